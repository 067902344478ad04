// What a lab session needs in the browser, shared by the Web Worker and the in-page fallback: the bundled
// scenarios and factors (compiled at build time), read once, and a pause that lets other tasks (a cancel
// message, the page's own drawing) run at most every few milliseconds. Impure like the client: it reads the clock.
import { loadCatalogBundled, loadCompiledBundled } from '../scenario/files.browser';
import type { FactorSet, LabInputs } from './factors';

const PAUSE_EVERY_MS = 25;

let inputs: LabInputs | null = null;

/** The Lab's factors as compiled into the page, checked at build time against the bundled campaigns. */
export function loadFactorsBundled(): FactorSet {
  return loadCompiledBundled().factorSet as FactorSet;
}

export function bundledLabInputs(): LabInputs {
  inputs ??= { catalog: loadCatalogBundled(), factorSet: loadFactorsBundled() };
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
