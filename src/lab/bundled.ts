// What a lab session needs in the browser, shared by the Web Worker and the in-page fallback: the bundled
// scenarios and factors, loaded once, and a pause that lets other tasks (a cancel message, the page's own
// drawing) run at most every few milliseconds. Impure like the client: it reads the clock.
import factorsText from '../../scenarios/factors.yaml?raw';
import { loadCatalogBundled } from '../scenario/files.browser';
import { labInputs, type LabInputs } from './factors';

const PAUSE_EVERY_MS = 25;

let inputs: LabInputs | null = null;

export function bundledLabInputs(): LabInputs {
  inputs ??= labInputs(loadCatalogBundled(), { name: 'scenarios/factors.yaml', text: factorsText });
  return inputs;
}

/** A pause for a lab session: yields to the event loop (without setTimeout's 4 ms clamp) every 25 ms. */
export function pauser(): () => void | Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  let lastPause = performance.now();
  return () => {
    const now = performance.now();
    if (now - lastPause < PAUSE_EVERY_MS) return;
    lastPause = now;
    return new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  };
}
