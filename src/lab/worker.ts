// Web Worker entry for the Counterfactual Lab: loads the bundled scenarios and factors once, then answers the
// page's messages through the lab session (src/lab/protocol.ts). The only impure file of src/lab besides the
// page-side client: it reads the clock to pause at most every few milliseconds for incoming cancel messages.
import factorsText from '../../scenarios/factors.yaml?raw';
import { loadCatalogBundled } from '../scenario/files.browser';
import { labInputs, type LabInputs } from './factors';
import { createLabSession, type FromWorker, type ToWorker } from './protocol';

const PAUSE_EVERY_MS = 25;

let inputs: LabInputs | null = null;

function loadInputs(): LabInputs {
  inputs ??= labInputs(loadCatalogBundled(), { name: 'scenarios/factors.yaml', text: factorsText });
  return inputs;
}

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
let lastPause = performance.now();

/** Yields to the worker's event loop (without setTimeout's 4 ms clamp) so that a cancel message is read. */
function pause(): void | Promise<void> {
  const now = performance.now();
  if (now - lastPause < PAUSE_EVERY_MS) return;
  lastPause = now;
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

const scope = self as unknown as { postMessage: (m: FromWorker) => void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const handle = createLabSession({ inputs: loadInputs, post: (m) => scope.postMessage(m), pause });
scope.onmessage = (e) => void handle(e.data);
