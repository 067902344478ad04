// Calibration against history (PRODUCT.md targets). With both sides historical under the default lens the
// game should mostly repeat history; a shrewder Trotsky should do clearly better, yet never always win.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lab/simulate';
import { campaignCtx } from '../helpers';
import { turnIndex } from '../../src/scenario/turns';

const historical = simulate(campaignCtx, { runs: 1000, seed: 'calibration', policies: { stalin: 'historical', trotsky: 'historical' } });

describe('calibration, default lens, both sides historical (1,000 seeds)', () => {
  it('Stalin dominates at the end of 1929 in at least 80% of games', () => {
    expect(historical.leaders.stalin ?? 0).toBeGreaterThanOrEqual(800);
  });

  it('every milestone falls within a year of its real date', () => {
    for (const m of campaignCtx.sc.campaign.milestones) {
      const got = historical.milestones[m.id];
      expect(got, m.id).not.toBeNull();
      expect(Math.abs(turnIndex(campaignCtx.sc.calendar, got!) - turnIndex(campaignCtx.sc.calendar, m.historical)), m.id).toBeLessThanOrEqual(2);
    }
  });

  it('the 14th Congress gives the Stalin–Bukharin side 80–95% of the votes cast', () => {
    const share = historical.votes['fourteenth-congress'].meanForShare!;
    expect(share).toBeGreaterThanOrEqual(0.8);
    expect(share).toBeLessThanOrEqual(0.95);
  });

  it('the opposition gets under 5% at the 15th Congress', () => {
    expect(1 - historical.votes['fifteenth-congress'].meanForShare!).toBeLessThan(0.05);
  });
});

describe('policies', () => {
  const runs = 400;
  const shrewdTrotsky = simulate(campaignCtx, { runs, seed: 'policy', policies: { stalin: 'historical', trotsky: 'shrewd' } });
  const histTrotsky = simulate(campaignCtx, { runs, seed: 'policy', policies: { stalin: 'historical', trotsky: 'historical' } });
  it('a shrewd Trotsky wins clearly more often than the historical one, but not always', () => {
    const share = (s: typeof histTrotsky) => (s.leaders.trotsky ?? 0) / s.runs;
    expect(share(shrewdTrotsky)).toBeGreaterThan(share(histTrotsky) + 0.05);
    expect(share(shrewdTrotsky)).toBeLessThan(1);
  });

  it('no policy pairing wins for either side in every game', () => {
    const policies = ['historical', 'shrewd', 'random'] as const;
    for (const stalin of policies) {
      for (const trotsky of policies) {
        const r = simulate(campaignCtx, { runs: 200, seed: 'pairs', policies: { stalin, trotsky } });
        expect(r.leaders.stalin ?? 0, `${stalin} vs ${trotsky}`).toBeLessThan(r.runs);
        expect(r.leaders.trotsky ?? 0, `${stalin} vs ${trotsky}`).toBeLessThan(r.runs);
      }
    }
  }, 60000);
});
