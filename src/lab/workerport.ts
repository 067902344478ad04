// One lab worker as the client sees it: a Web Worker when one can start, else the same session in the page.
// The worker is told first where the lab session's chunk is (src/lab/serve.ts, whose address the page learns
// by importing it), then sent the page's messages in order. A worker that cannot be created, or fails before
// it has said anything (its file or the chunk blocked or missing), is replaced by the in-page session, which
// is sent the messages the worker was sent.
import { openInPage } from './inpage';
import type { FromWorker, LabWorkerPort, ToWorker } from './protocol';
import type { ServeMessage } from './serve';

/** The address of the session's chunk, looked up once for every worker. */
let serveUrl: Promise<string> | null = null;

export function openWorkerPort(): LabWorkerPort {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return openInPage();
  }
  let heard = false;
  let fallback: LabWorkerPort | null = null;
  let listening: { onMessage: (m: FromWorker) => void; onError: (e: Error) => void } | null = null;
  const sent: ToWorker[] = [];
  const playInPage = () => {
    if (fallback) return;
    worker.terminate();
    fallback = openInPage();
    if (listening) fallback.listen(listening.onMessage, listening.onError);
    sent.forEach((m) => fallback!.post(m));
  };
  serveUrl ??= import('./serve').then((served) => served.SERVE_URL);
  // Each message waits for the one before it, the first of all for the chunk's address.
  let queue = serveUrl.then((serve) => worker.postMessage({ serve } satisfies ServeMessage));
  queue.catch(() => {
    serveUrl = null;
    playInPage();
  });
  return {
    post(m) {
      if (fallback) return fallback.post(m);
      sent.push(m);
      queue = queue.then(() => void (fallback ?? worker.postMessage(m)), () => undefined);
    },
    listen(onMessage, onError) {
      listening = { onMessage, onError };
      if (fallback) return fallback.listen(onMessage, onError);
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        heard = true;
        onMessage(e.data);
      };
      worker.onerror = (e) => {
        if (heard) return onError(new Error(`the lab worker failed: ${e.message ?? 'it stopped'}`));
        e.preventDefault();
        playInPage();
      };
    },
    terminate() {
      worker.terminate();
      fallback?.terminate();
    },
  };
}
