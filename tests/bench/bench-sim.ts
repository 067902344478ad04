// Benchmark: complete campaign games per second on one core, both sides historical, default lens, with a fixed
// pure-JavaScript reference workload (reference.ts) timed in the same run. The engine's figure divided by the
// reference's is much steadier than either on a shared machine, so it is compared with the same ratio measured
// for the engine before its state was laid out for speed. Not a test: timings vary with the machine.
import { loadCatalogFromDisk } from '../../src/scenario/disk';
import { contextFor } from '../../src/scenario/catalog';
import { newGame, playOut } from '../../src/rules/game';
import { referenceRate } from './reference';

/** Games per thousand reference units, measured the same way with the engine before its speed work. */
const BEFORE = 640;

const ctx = contextFor(loadCatalogFromDisk(), 'campaign');
const play = (i: number) =>
  playOut(ctx, newGame(ctx, { scenario: 'campaign', role: null, lens: ctx.lensId, seed: i, policies: { stalin: 'historical', trotsky: 'historical' } }));
for (let i = 0; i < 2000; i++) play(-i);
referenceRate();
const games: number[] = [];
const reference: number[] = [];
for (let r = 0; r < 5; r++) {
  const n = 5000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) play(r * n + i);
  games.push(n / ((performance.now() - t0) / 1000));
  reference.push(referenceRate());
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[2];
const ratio = (1000 * median(games)) / median(reference);
const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
console.log(`complete games per second (one core, median of 5 rounds of 5,000): ${fmt(median(games))}`);
console.log(`range: ${fmt(Math.min(...games))}–${fmt(Math.max(...games))}; target: 20,000`);
console.log(`reference workload in the same run: ${fmt(median(reference))} units per second`);
console.log(`games per 1,000 reference units: ${ratio.toFixed(1)}`);
if (Number.isFinite(BEFORE)) console.log(`before the speed work: ${BEFORE.toFixed(1)}; speed-up: ${(ratio / BEFORE).toFixed(2)}× (target 3×)`);
