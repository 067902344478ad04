// The conversation between the page (or the CLI) and lab workers: the messages each side sends, the worker's
// side as a plain function of its inputs (so Node tests can drive it without a browser), and the caller's
// side, which shares a job's games among several workers by seed and adds up their tallies. A worker runs one
// job at a time: a lab attribution or a lens comparison, for its shard of the games. It reports progress after
// every seed, pausing there so that a cancel message can arrive, and stops at the next seed once cancelled.
// A worker can be warmed before it is given a job: it reads the scenarios and plays a few games, so that
// the first real run starts at full speed.
import {
  LabCancelled,
  LabRequestError,
  mergeTallies,
  tallyLab,
  tallyLensComparison,
  type LabProgress,
  type LabRequest,
  type LabTally,
} from './run';
import type { LabInputs } from './factors';

/** The warm-up: the default factors over this many seeds (a few hundred games in all). */
const WARM_UP_RUNS = 2;

export type LabJob = { kind: 'lab'; request: LabRequest } | { kind: 'lenses'; request: LabRequest; lenses?: string[] };

export type ToWorker = { type: 'run'; job: LabJob } | { type: 'cancel' } | { type: 'warm' };

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  /** Lens id → tally; a lab job has one entry, for its own lens. */
  | { type: 'done'; tallies: Record<string, LabTally> }
  | { type: 'cancelled' }
  | { type: 'error'; message: string }
  /** The answer to a warm message: ready for a job. */
  | { type: 'ready' };

export interface SessionDeps {
  inputs: () => LabInputs;
  post: (message: FromWorker) => void;
  /** Called after each progress report; a promise that resolves on a later task lets messages in. */
  pause: () => void | Promise<void>;
}

/** The worker's message handler. Resolves when the message has been dealt with (for a run, when it ends). */
export function createLabSession(deps: SessionDeps): (message: ToWorker) => Promise<void> {
  let cancelled = false;
  let running = false;
  return async (message) => {
    if (message.type === 'cancel') {
      cancelled = true;
      return;
    }
    if (message.type === 'warm') {
      await warmUp(deps.inputs());
      deps.post({ type: 'ready' });
      return;
    }
    if (running) {
      deps.post({ type: 'error', message: 'this worker is already running a job' });
      return;
    }
    running = true;
    cancelled = false;
    const onProgress = (p: { done: number; total: number }) => {
      deps.post({ type: 'progress', done: p.done, total: p.total });
      return deps.pause();
    };
    const shouldCancel = () => cancelled;
    try {
      const options = { ...message.job.request, ...deps.inputs() };
      const tallies: Record<string, LabTally> =
        message.job.kind === 'lab'
          ? await tallyLab(options, onProgress, shouldCancel).then((t) => ({ [t.lens]: t }))
          : await tallyLensComparison({ ...options, lenses: message.job.lenses }, onProgress, shouldCancel);
      deps.post({ type: 'done', tallies });
    } catch (err) {
      if (err instanceof LabCancelled) deps.post({ type: 'cancelled' });
      else if (err instanceof LabRequestError) deps.post({ type: 'error', message: err.message });
      else deps.post({ type: 'error', message: `the lab failed: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      running = false;
    }
  };
}

/** Reads the scenarios and plays the default attribution over a few seeds (its result is not used). */
async function warmUp(inputs: LabInputs): Promise<void> {
  const factors = inputs.factorSet.defaults;
  try {
    await tallyLab({ ...inputs, scenario: 'campaign', factors, runs: WARM_UP_RUNS, seed: 'warm-up' });
  } catch {
    // A catalogue without the campaign or its factors warms up on nothing; a real run reports the problem.
  }
}

/** One worker as the caller sees it: Web Workers and Node's worker threads both fit. */
export interface LabWorkerPort {
  post(message: ToWorker): void;
  listen(onMessage: (message: FromWorker) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

export interface ShardedRun {
  /** Lens id → the tally of all the job's games. Rejects with LabCancelled after cancel(). */
  result: Promise<Record<string, LabTally>>;
  /** Asks every worker to stop at its next seed. */
  cancel(): void;
}

/**
 * Runs a job in `count` workers, worker k playing the games whose index is k modulo count, and merges their
 * tallies: the numbers are the same for any count. Progress is the sum of the workers' progress.
 */
export function runSharded(job: LabJob, count: number, open: () => LabWorkerPort, onProgress?: (p: LabProgress) => void): ShardedRun {
  const n = Math.max(1, Math.min(count, job.request.runs));
  const ports: LabWorkerPort[] = [];
  const progress = Array.from({ length: n }, () => ({ done: 0, total: 0 }));
  let settled = false;
  const result = new Promise<Record<string, LabTally>>((resolve, reject) => {
    const shards: Record<string, LabTally>[] = [];
    let finished = 0;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      ports.forEach((p) => p.terminate());
      reject(err);
    };
    for (let index = 0; index < n; index++) {
      const port = open();
      ports.push(port);
      port.listen(
        (m) => {
          if (settled || m.type === 'ready') return;
          if (m.type === 'progress') {
            progress[index] = { done: m.done, total: m.total };
            onProgress?.({ done: progress.reduce((a, p) => a + p.done, 0), total: progress.reduce((a, p) => a + p.total, 0) });
          } else if (m.type === 'done') {
            shards[index] = m.tallies;
            port.terminate();
            if (++finished < n) return;
            settled = true;
            const lenses = Object.keys(shards[0]);
            resolve(Object.fromEntries(lenses.map((lens) => [lens, mergeTallies(shards.map((s) => s[lens]))])));
          } else if (m.type === 'cancelled') fail(new LabCancelled());
          else fail(new Error(m.message));
        },
        (err) => fail(err),
      );
      port.post({ type: 'run', job: { ...job, request: { ...job.request, shard: { index, count: n } } } });
    }
  });
  return {
    result,
    cancel() {
      if (!settled) ports.forEach((p) => p.post({ type: 'cancel' }));
    },
  };
}
