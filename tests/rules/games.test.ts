// Whole games under every policy: 10,000 random-policy games all reach an ending by the end of 1929 without
// an exception, and the same seed always gives the same game.
import { describe, expect, it } from 'vitest';
import { newGame, playOut } from '../../src/rules/game';
import { campaignCtx, config, play } from '../helpers';
import { turnIndex } from '../../src/scenario/turns';

describe('random-policy games', () => {
  it('10,000 games all end by December 1929 with a valid ending', () => {
    const ends = new Set(campaignCtx.sc.endings.map((e) => e.id));
    const last = turnIndex(campaignCtx.sc.calendar, '1929H2');
    const seen = new Map<string, number>();
    for (let i = 0; i < 10000; i++) {
      const s = playOut(campaignCtx, newGame(campaignCtx, config({ seed: `random:${i}`, policies: { stalin: 'random', trotsky: 'random' } })));
      expect(s.ending).not.toBeNull();
      expect(ends.has(s.ending!.id)).toBe(true);
      expect(s.ending!.turn).toBeLessThanOrEqual(last);
      seen.set(s.ending!.id, (seen.get(s.ending!.id) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThanOrEqual(4);
  }, 60000);
});

describe('determinism', () => {
  it('the same seed and policies give byte-identical games', () => {
    for (const seed of [1, 'x', 99]) {
      expect(JSON.stringify(play(seed, 'random', 'shrewd'))).toBe(JSON.stringify(play(seed, 'random', 'shrewd')));
    }
  });
  it('different seeds give different games', () => {
    expect(JSON.stringify(play(1, 'random', 'random').choices)).not.toBe(JSON.stringify(play(2, 'random', 'random').choices));
  });
});
