// The lab's runs: sharing turns between coalitions gives exactly the games that playOut gives one by one; the
// same request gives the same numbers; shards merge to the whole; the Shapley values add up; a cancel stops
// the run between seeds; a bad request is refused with a message a user can act on.
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/scenario/catalog';
import { newGame, playOut } from '../../src/rules/game';
import type { GameConfig, PolicyId } from '../../src/rules/state';
import { playBranching } from '../../src/lab/branching';
import { coalitionChanges } from '../../src/lab/factors';
import {
  LabCancelled,
  LabRequestError,
  mergeTallies,
  runLab,
  runLensComparison,
  summariseLab,
  tallyLab,
  type LabProgress,
} from '../../src/lab/run';
import { catalog } from '../helpers';
import { inputs, smallRequest } from './helpers';

describe('playing coalitions with shared turns', () => {
  const cases: { scenario: string; lens?: string; trotsky: PolicyId; factors: string[] }[] = [
    {
      scenario: 'campaign',
      trotsky: 'historical',
      factors: ['funeral', 'testament', 'war-commissariat', 'new-opposition', 'stays-inside', 'no-lenin-enrolment', 'lenin-lives-1925'],
    },
    { scenario: 'campaign', lens: 'contingency', trotsky: 'shrewd', factors: ['court-zinoviev', 'disciplined-minority', 'lenin-lives-1925'] },
    { scenario: 'united-opposition', trotsky: 'historical', factors: ['funeral', 'disciplined-minority', 'stays-inside', 'no-lenin-enrolment'] },
  ];
  for (const c of cases) {
    it(`gives exactly playOut's ending for every coalition (${c.scenario}, Trotsky ${c.trotsky}, ${c.factors.length} factors)`, () => {
      const ctx = contextFor(catalog, c.scenario, c.lens);
      const factors = c.factors.map((id) => inputs.factorSet.byId[id]);
      for (const seed of ['a', 'b', 'c']) {
        const configs: GameConfig[] = Array.from({ length: 1 << factors.length }, (_, mask) => ({
          scenario: c.scenario,
          role: null,
          lens: ctx.lensId,
          seed,
          policies: { stalin: 'historical', trotsky: c.trotsky },
          ...coalitionChanges(factors, mask),
        }));
        const shared = playBranching(ctx, configs);
        configs.forEach((config, mask) => expect(shared[mask], `seed ${seed}, coalition ${mask}`).toEqual(playOut(ctx, newGame(ctx, config)).ending));
      }
    });
  }
});

describe('runLab', () => {
  it('gives the same numbers for the same request and seed', async () => {
    const a = await runLab(smallRequest());
    const b = await runLab(smallRequest());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('reports the variants and attributes all − baseline to the factors', async () => {
    const r = await runLab(smallRequest());
    const ids = smallRequest().factors;
    expect(Object.keys(r.factors)).toEqual(ids);
    expect(Object.keys(r.variants)).toEqual(['historical', ...ids.map((id) => `only:${id}`), 'all', 'shrewd']);
    expect(r.coalitions).toHaveLength(16);
    expect(r.baseline).toBe(r.variants.historical);
    expect(r.all).toBe(r.coalitions[15]);
    const total = Object.values(r.factors).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(r.all - r.baseline, 12);
    for (const shares of Object.values(r.endings)) expect(Object.values(shares).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('shares the games across shards without changing any number', async () => {
    const whole = await runLab(smallRequest());
    const shards = await Promise.all([0, 1, 2].map((index) => tallyLab(smallRequest({ shard: { index, count: 3 } }))));
    expect(shards.map((s) => s.games)).toEqual([4, 4, 4]);
    expect(summariseLab(smallRequest(), mergeTallies(shards))).toEqual(whole);
  });

  it('a different seed gives different games', async () => {
    const a = await runLab(smallRequest({ runs: 40 }));
    const b = await runLab(smallRequest({ runs: 40, seed: 'other' }));
    expect(JSON.stringify(a.coalitions)).not.toBe(JSON.stringify(b.coalitions));
  });

  it('stops between seeds when cancelled, and rejects with LabCancelled', async () => {
    let checks = 0;
    const seen: LabProgress[] = [];
    const run = runLab(smallRequest({ runs: 50 }), (p) => void seen.push(p), () => ++checks > 3);
    await expect(run).rejects.toBeInstanceOf(LabCancelled);
    expect(seen).toHaveLength(3);
    expect(seen[2].done).toBe(3 * 17);
    expect(seen[2].total).toBe(50 * 17);
  });

  it('waits for a progress listener that returns a promise', async () => {
    const order: string[] = [];
    await runLab(smallRequest({ runs: 2 }), async (p) => {
      order.push(`progress ${p.done}`);
      await Promise.resolve();
      order.push(`resumed ${p.done}`);
    });
    expect(order).toEqual(['progress 17', 'resumed 17', 'progress 34', 'resumed 34']);
  });

  it('refuses bad requests with a message naming what is wrong', async () => {
    await expect(runLab(smallRequest({ factors: ['funeral', 'nope'] }))).rejects.toThrow(/unknown factor "nope" \(known: funeral, /);
    await expect(runLab(smallRequest({ lens: 'marxist' }))).rejects.toThrow(LabRequestError);
    await expect(runLab(smallRequest({ scenario: 'nowhere' }))).rejects.toThrow(/unknown scenario "nowhere"/);
    await expect(runLab(smallRequest({ runs: 0 }))).rejects.toThrow(/runs must be/);
    const eleven = [...inputs.factorSet.factors.map((f) => f.id), 'funeral'];
    await expect(runLab(smallRequest({ factors: eleven }))).rejects.toThrow(LabRequestError);
  });
});

describe('runLensComparison', () => {
  it('gives each lens the result runLab gives under that lens', async () => {
    const request = smallRequest({ runs: 6, factors: ['court-zinoviev', 'no-lenin-enrolment'] });
    const byLens = await runLensComparison({ ...request, lenses: ['apparatus', 'personalities'] });
    expect(Object.keys(byLens)).toEqual(['apparatus', 'personalities']);
    expect(byLens.apparatus).toEqual(await runLab({ ...request, lens: 'apparatus' }));
    const every = await runLensComparison({ ...request, runs: 2 });
    expect(Object.keys(every)).toEqual(catalog.lenses.map((l) => l.id));
  });
});
