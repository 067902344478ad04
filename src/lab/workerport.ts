// One lab worker as the client sees it: a Web Worker when one can start, else the same session in the page.
// A worker that cannot be created, or fails before it has said anything (its file blocked or missing), is
// replaced by the in-page session, which is sent the messages the worker was sent.
import { openInPage } from './inpage';
import type { FromWorker, LabWorkerPort, ToWorker } from './protocol';

export function openWorkerPort(): LabWorkerPort {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return openInPage();
  }
  let heard = false;
  let fallback: LabWorkerPort | null = null;
  const sent: ToWorker[] = [];
  return {
    post(m) {
      if (fallback) return fallback.post(m);
      sent.push(m);
      worker.postMessage(m);
    },
    listen(onMessage, onError) {
      if (fallback) return fallback.listen(onMessage, onError);
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        heard = true;
        onMessage(e.data);
      };
      worker.onerror = (e) => {
        if (heard) return onError(new Error(`the lab worker failed: ${e.message ?? 'it stopped'}`));
        e.preventDefault();
        worker.terminate();
        fallback = openInPage();
        fallback.listen(onMessage, onError);
        sent.forEach((m) => fallback!.post(m));
      };
    },
    terminate() {
      worker.terminate();
      fallback?.terminate();
    },
  };
}
