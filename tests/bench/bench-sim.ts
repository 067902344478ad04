// Benchmark: complete campaign games per second on one core, both sides historical, default lens.
// Prints the figure; the target is at least 5,000. Not a test: timings vary with the machine.
import { loadCatalogFromDisk } from '../../src/scenario/disk';
import { contextFor } from '../../src/scenario/catalog';
import { newGame, playOut } from '../../src/rules/game';

const ctx = contextFor(loadCatalogFromDisk(), 'campaign');
const play = (i: number) =>
  playOut(ctx, newGame(ctx, { scenario: 'campaign', role: null, lens: ctx.lensId, seed: i, policies: { stalin: 'historical', trotsky: 'historical' } }));
for (let i = 0; i < 2000; i++) play(-i);
const rounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const n = 5000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) play(r * n + i);
  rounds.push(n / ((performance.now() - t0) / 1000));
}
rounds.sort((a, b) => a - b);
console.log(`complete games per second (one core, median of 5 rounds of 5,000): ${Math.round(rounds[2])}`);
console.log(`range: ${Math.round(rounds[0])}–${Math.round(rounds[4])}; target: 5,000`);
