// Web Worker entry for the Counterfactual Lab: answers the page's messages through the lab session
// (src/lab/protocol.ts), with the bundled scenarios and factors (src/lab/bundled.ts).
import '../scenario/jitless';
import { bundledLabInputs, pauser } from './bundled';
import { createLabSession, type FromWorker, type ToWorker } from './protocol';

const scope = self as unknown as { postMessage: (m: FromWorker) => void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const handle = createLabSession({ inputs: bundledLabInputs, post: (m) => scope.postMessage(m), pause: pauser() });
scope.onmessage = (e) => void handle(e.data);
