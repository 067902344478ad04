// Round trip: report codes made from many headless games, across scenarios, roles, rivals' play and lenses,
// all verify, and the replay gives the same ending and the same decisions as the game that was played.
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers';
import { verifyCode } from '../../src/kit/verify';
import { assignment, MIX, pickerFor, playedCode } from './helpers';

const GAMES = Number(process.env.KIT_GAMES ?? 1000);
const LENSES = catalog.lenses.map((l) => l.id);

describe('report codes round trip', () => {
  it(`${GAMES} games' codes verify and replay to the same ending and decisions`, () => {
    let longest = 0;
    const endings = new Set<string>();
    for (let i = 0; i < GAMES; i++) {
      const mix = MIX[i % MIX.length];
      const a = assignment({ ...mix, lens: LENSES[i % LENSES.length], ...(i % 5 === 0 ? { seed: `fixed${i}` } : {}) });
      const played = playedCode(a, String(i), pickerFor(i), `Student ${i}`, [`Answer ${i}`, ''], );
      const v = verifyCode(catalog, played.code, a);
      if (!v.valid) throw new Error(`game ${i}: ${v.reason}`);
      expect(v.name).toBe(`Student ${i}`);
      expect(v.ending.id).toBe(played.state.ending!.id);
      expect(v.decisions.map((d) => `${d.id}:${d.option}`)).toEqual(played.state.choices.filter((c) => c.by === 'player').map((c) => `${c.decision}:${c.option}`));
      expect(v.log.slice(0, -1)).toEqual(played.log);
      expect(v.answers).toEqual([`Answer ${i}`, '']);
      if (mix.scenario === 'campaign') longest = Math.max(longest, played.code.length);
      endings.add(v.ending.id);
    }
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThan(600);
    expect(endings.size).toBeGreaterThan(3);
  }, 300_000);
});
