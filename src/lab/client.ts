// The page's side of the Counterfactual Lab: starts lab Web Workers (one per core, at most 4, each playing its
// share of the game seeds; in the page itself when no worker can start, see src/lab/workerport.ts), adds up
// their progress and tallies, and summarises them on the main thread. The numbers are the same whatever the
// number of workers, and the same as the CLI's for the same request. The Lab screen starts its workers when
// it opens (prepareLab), so that they have read the scenarios and warmed up by the time Run is pressed; after a
// run, fresh ones are started for the next.
import { runSharded, type LabJob, type LabWorkerPort } from './protocol';
import { openWorkerPort } from './workerport';
import { summariseLab, type LabProgress, type LabRequest, type LabResult } from './run';

export interface LabHandle<T> {
  result: Promise<T>;
  /** Asks the workers to stop at their next seed; `result` then rejects with LabCancelled. */
  cancel(): void;
}

export interface ClientOptions {
  /** Number of workers; by default one per core, at most 4. */
  workers?: number;
}

function defaultWorkers(): number {
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4));
}

/** Workers started ahead of a run, each with the promise that it has warmed up. */
const pool: { port: LabWorkerPort; ready: Promise<void> }[] = [];
/** How many workers to keep ready (0 until prepareLab is called, and again after releaseLab). */
let keepReady = 0;

function fillPool(): void {
  while (pool.length < keepReady) {
    const port = openWorkerPort();
    const ready = new Promise<void>((resolve) => port.listen((m) => m.type !== 'progress' && resolve(), () => resolve()));
    port.post({ type: 'warm' });
    pool.push({ port, ready });
  }
}

/**
 * Starts the workers that the next run will use, before it is asked for: each reads the bundled scenarios and
 * plays a few games. Resolves when all are ready. Runs started earlier are not affected.
 */
export function prepareLab(options: ClientOptions = {}): Promise<void> {
  keepReady = options.workers ?? defaultWorkers();
  fillPool();
  return Promise.all(pool.map((w) => w.ready)).then(() => undefined);
}

/** Stops the workers kept ready (leaving the Lab): they hold the scenarios in memory. */
export function releaseLab(): void {
  keepReady = 0;
  for (const w of pool.splice(0)) w.port.terminate();
}

/** A worker for a run: one kept ready if there is one, else a new one. */
function takeWorker(): LabWorkerPort {
  return pool.shift()?.port ?? openWorkerPort();
}

function start(job: LabJob, onProgress: ((p: LabProgress) => void) | undefined, options: ClientOptions): LabHandle<Record<string, LabResult>> {
  const run = runSharded(job, options.workers ?? defaultWorkers(), takeWorker, onProgress);
  const refill = () => fillPool();
  run.result.then(refill, refill);
  const result = run.result.then((tallies) =>
    Object.fromEntries(Object.entries(tallies).map(([lens, t]) => [lens, summariseLab({ ...job.request, lens }, t)])),
  );
  return { result, cancel: run.cancel };
}

/** Runs one attribution in workers. */
export function startLab(request: LabRequest, onProgress?: (p: LabProgress) => void, options: ClientOptions = {}): LabHandle<LabResult> {
  const run = start({ kind: 'lab', request }, onProgress, options);
  return { result: run.result.then((byLens) => Object.values(byLens)[0]), cancel: run.cancel };
}

/** Runs the same attribution under each lens (all lenses unless listed), for the side-by-side view. */
export function startLensComparison(
  request: LabRequest,
  lenses?: string[],
  onProgress?: (p: LabProgress) => void,
  options: ClientOptions = {},
): LabHandle<Record<string, LabResult>> {
  return start({ kind: 'lenses', request, lenses }, onProgress, options);
}
