// The lab session run in the page itself, for when no Web Worker can start: a page opened from a file, a
// learning platform that forbids workers. Same session, same inputs, so the same numbers; it pauses every few
// milliseconds so that the page keeps drawing its progress and a cancel arrives. Messages each way are
// delivered on a later task, as a worker's would be.
import { bundledLabInputs, pauser } from './bundled';
import { createLabSession, type FromWorker, type LabWorkerPort } from './protocol';

export function openInPage(): LabWorkerPort {
  let listener: ((m: FromWorker) => void) | null = null;
  let closed = false;
  const handle = createLabSession({
    inputs: bundledLabInputs,
    post: (m) => setTimeout(() => !closed && listener?.(m), 0),
    pause: pauser(),
  });
  return {
    post: (m) => setTimeout(() => !closed && void handle(m), 0),
    listen(onMessage) {
      listener = onMessage;
    },
    terminate() {
      if (closed) return;
      closed = true;
      void handle({ type: 'cancel' });
    },
  };
}

/** The one-file build starts no worker at all: its configuration points `./workerport` here. */
export const openWorkerPort = openInPage;
