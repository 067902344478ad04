// Web Worker entry for the Counterfactual Lab, kept small: the page's first message names the lab session's
// chunk of the page's own build (src/lab/serve.ts). The worker imports it and answers every later message
// through it, those that arrived meanwhile first and in order. If the chunk cannot be imported the worker
// fails with the reason, and the page plays the session itself instead (src/lab/workerport.ts).
import type { FromWorker, ToWorker } from './protocol';
import type { ServeMessage, serveLab } from './serve';

const scope = self as unknown as { postMessage: (m: FromWorker) => void; onmessage: ((e: MessageEvent<ToWorker | ServeMessage>) => void) | null };
let handle: ((m: ToWorker) => Promise<void> | void) | null = null;
const waiting: ToWorker[] = [];

scope.onmessage = (e) => {
  const m = e.data;
  if ('serve' in m) {
    import(/* @vite-ignore */ m.serve).then(
      (served: { serveLab: typeof serveLab }) => {
        const session = served.serveLab((out) => scope.postMessage(out));
        handle = session;
        for (const w of waiting.splice(0)) void session(w);
      },
      (err: unknown) =>
        setTimeout(() => {
          throw err;
        }),
    );
  } else if (handle) void handle(m);
  else waiting.push(m);
};
