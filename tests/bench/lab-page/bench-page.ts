// The lab benchmark's page script: exposes runLabBenchmark(request), which runs an attribution in the lab's
// Web Workers exactly as the Lab screen does and returns the result with the time it took in this browser.
import { startLab } from '../../../src/lab/client';
import type { LabRequest, LabResult } from '../../../src/lab/run';

export interface LabBenchmark {
  ms: number;
  workers: number;
  result: LabResult;
}

declare global {
  interface Window {
    runLabBenchmark: (request: LabRequest, workers?: number) => Promise<LabBenchmark>;
  }
}

window.runLabBenchmark = async (request, workers) => {
  const count = workers ?? Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4));
  const started = performance.now();
  const result = await startLab(request, undefined, { workers: count }).result;
  return { ms: performance.now() - started, workers: count, result };
};
