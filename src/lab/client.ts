// The page's side of the Counterfactual Lab: starts lab Web Workers (one per core, at most 4, each playing its
// share of the game seeds; in the page itself when no worker can start, see src/lab/workerport.ts), adds up
// their progress and tallies, and summarises them on the main thread. The numbers are the same whatever the
// number of workers, and the same as the CLI's for the same request.
import { runSharded, type LabJob } from './protocol';
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

function start(job: LabJob, onProgress: ((p: LabProgress) => void) | undefined, options: ClientOptions): LabHandle<Record<string, LabResult>> {
  const run = runSharded(job, options.workers ?? defaultWorkers(), openWorkerPort, onProgress);
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
