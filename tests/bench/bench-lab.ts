// Benchmark: the default attribution of the Counterfactual Lab (8 factors, 256 coalitions, 200 games each, plus
// the shrewd variant: 51,400 games), timed in Node on one core and in Chromium in the lab's Web Workers, as the
// Lab screen runs it (a fresh `vite build` of tests/bench/lab-page, served by `vite preview`). Checks that the
// browser's numbers equal Node's. Not a test: timings vary with the machine and its load; the target is under
// 2 seconds in the browser with the Lab's workers started when its screen opens. Options: --runs N (default 200), --node-only, --workers N (browser workers).
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { MAX_LAB_RUNS, MAX_WORKERS, parseArgs } from '../../src/cli/args';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { labInputs } from '../../src/lab/factorFile';
import { runLab, type LabRequest, type LabResult } from '../../src/lab/run';
import { launch } from '../browser/server';
import { catalogJson } from '../../build/catalogJson';
import type { LabBenchmark } from './lab-page/bench-page';
import { referenceRate } from './reference';

const PAGE = fileURLToPath(new URL('./lab-page/', import.meta.url));

/** The default attribution's request: the factor file's defaults, default lens, seed 1. */
export function defaultLabRequest(runs = 200): LabRequest {
  const { factorSet } = labInputs(loadCatalogFromDisk(), readScenarioFile(join(SCENARIO_DIR, 'factors.yaml')));
  return { scenario: 'campaign', factors: factorSet.defaults, runs, seed: '1' };
}

/** Times one attribution in this Node process (one core). */
export async function benchLabInNode(request: LabRequest): Promise<{ ms: number; result: LabResult }> {
  const inputs = labInputs(loadCatalogFromDisk(), readScenarioFile(join(SCENARIO_DIR, 'factors.yaml')));
  const started = performance.now();
  const result = await runLab({ ...request, ...inputs });
  return { ms: performance.now() - started, result };
}

/** Builds the benchmark page, serves it, and times one attribution in headless Chromium's lab workers. */
export async function benchLabInChromium(request: LabRequest, workers?: number): Promise<LabBenchmark> {
  const outDir = mkdtempSync(join(tmpdir(), 'after-lenin-lab-bench-'));
  // The page and its workers read the scenarios as the game does: compiled to JSON when it is built.
  const common = { configFile: false as const, root: PAGE, base: './', logLevel: 'error' as const, plugins: [catalogJson()], worker: { plugins: () => [catalogJson()] } };
  await build({ ...common, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  const server = await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.resolvedUrls!.local[0]);
    await page.waitForFunction(() => typeof window.runLabBenchmark === 'function');
    const bench = await page.evaluate(([r, w]) => window.runLabBenchmark(r, w), [request, workers] as const);
    if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    return bench;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { runs: { int: { max: MAX_LAB_RUNS } }, 'node-only': 'boolean', workers: { int: { max: MAX_WORKERS } } });
  const request = defaultLabRequest((args.runs as number | undefined) ?? 200);
  const games = request.runs * ((1 << request.factors.length) + 1);
  console.log(`default attribution: ${request.factors.length} factors, ${1 << request.factors.length} coalitions × ${request.runs} games + shrewd = ${games.toLocaleString('en-GB')} games`);
  // The machine's speed of the moment, from the fixed reference workload timed around the run (see bench-sim.ts).
  const before = referenceRate(1000);
  const node = await benchLabInNode(request);
  const rate = (before + referenceRate(1000)) / 2;
  const units = (ms: number) => `${Math.round((ms / 1000) * rate).toLocaleString('en-GB')} reference units`;
  console.log(`reference workload: ${Math.round(rate).toLocaleString('en-GB')} units per second in Node around the run`);
  console.log(`Node, one core:        ${(node.ms / 1000).toFixed(2)} s  (${Math.round(games / (node.ms / 1000)).toLocaleString('en-GB')} games/s; ${units(node.ms)})`);
  if (args['node-only']) return;
  const browser = await benchLabInChromium(request, args.workers as number | undefined);
  console.log(`Chromium, ${browser.workers} worker(s) started on Run:  ${(browser.coldMs / 1000).toFixed(2)} s`);
  console.log(`Chromium, ${browser.workers} worker(s) ready before Run: ${(browser.ms / 1000).toFixed(2)} s  (target: under 2 s)`);
  console.log(`reference workload in the page: ${Math.round(browser.reference).toLocaleString('en-GB')} units per second`);
  const same = [browser.result, browser.coldResult].every((r) => JSON.stringify(r) === JSON.stringify(node.result));
  console.log(`browser numbers equal Node's: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
