// The lab benchmark's page script: exposes runLabBenchmark(request), which runs an attribution in the lab's
// Web Workers exactly as the Lab screen does and returns the results with the time each took in this browser:
// first with workers started when Run is pressed (cold), then with workers started when the screen opened and
// ready by the time Run is pressed (warm), as the Lab screen now has them.
import { prepareLab, releaseLab, startLab } from '../../../src/lab/client';
import type { LabRequest, LabResult } from '../../../src/lab/run';
import { referenceRate } from '../reference';

export interface LabBenchmark {
  /** Milliseconds from Run to the result, with workers started on the press and with workers ready. */
  coldMs: number;
  ms: number;
  workers: number;
  result: LabResult;
  /** The cold run's result (the same numbers). */
  coldResult: LabResult;
  /** The fixed reference workload's units per second in this page, timed before the runs. */
  reference: number;
}

declare global {
  interface Window {
    runLabBenchmark: (request: LabRequest, workers?: number) => Promise<LabBenchmark>;
  }
}

async function timed(request: LabRequest, workers: number): Promise<{ ms: number; result: LabResult }> {
  const started = performance.now();
  const result = await startLab(request, undefined, { workers }).result;
  return { ms: performance.now() - started, result };
}

window.runLabBenchmark = async (request, workers) => {
  const count = workers ?? Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4));
  const reference = referenceRate(1000);
  const cold = await timed(request, count);
  await prepareLab({ workers: count });
  const warm = await timed(request, count);
  releaseLab();
  return { coldMs: cold.ms, coldResult: cold.result, ms: warm.ms, workers: count, result: warm.result, reference };
};
