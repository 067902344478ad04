// The appointment rule: how many regional secretaries the General Secretary's Secretariat replaces in a turn,
// and where. The pace is the lens's appointment rate, scaled by decisions and by the Politburo's consent.
import { describe, expect, it } from 'vitest';
import { appointSecretaries } from '../../src/rules/saved';
import type { GameState } from '../../src/rules/state';
import { ctxWith, noAlliances, opening } from './rules-fixtures';

const count = (s: GameState, side: string) => s.secretaries.filter((x) => x === side).length;

describe('the appointment rule', () => {
  const ctx = ctxWith({ appointmentRate: 4 });

  it('replaces the appointment rate\'s number of secretaries when his side holds the Politburo', () => {
    const s = opening(ctx);
    const before = s.secretaries.slice();
    expect(appointSecretaries(ctx, s)).toBe(4);
    expect(count(s, 'stalin')).toBe(count({ secretaries: before } as GameState, 'stalin') + 4);
    expect(s.influences.at(-1)).toEqual({ turn: 0, day: '1923-01-01', source: 'appointments', kind: 'secretaries', who: 'stalin', delta: 4 });
  });

  it('never appoints in the cities that the machines hold', () => {
    const s = opening(ctx);
    const machineRegions = ctx.sc.campaign.regions.map((r, i) => [r.id, i] as const).filter(([id]) => id === 'leningrad' || id === 'moscow');
    for (let turn = 0; turn < 12; turn++) appointSecretaries(ctx, s);
    for (const [, i] of machineRegions) expect(s.secretaries[i]).toBe(ctx.sc.campaign.regions[i].secretary);
    expect(count(s, 'stalin')).toBe(ctx.sc.apparatusRegions.length);
    expect(appointSecretaries(ctx, s)).toBe(0);
  });

  it('slows to half when the Politburo is evenly split and to a quarter when his side is outvoted', () => {
    const split = opening(ctx);
    noAlliances(split);
    split.alliances['bukharin+stalin'] = true;
    split.alliances['trotsky+zinoviev'] = true;
    expect(appointSecretaries(ctx, split)).toBe(4 * ctx.model.apparatus.consentSplit);

    const outvoted = opening(ctx);
    noAlliances(outvoted);
    expect(appointSecretaries(ctx, outvoted)).toBe(4 * ctx.model.apparatus.consentOutvoted);
    const lenient = ctxWith({ appointmentRate: 4 }, { apparatus: { consentOutvoted: 0.75 } });
    const outvotedAgain = opening(lenient);
    noAlliances(outvotedAgain);
    expect(appointSecretaries(lenient, outvotedAgain)).toBe(3);
  });

  it('speeds up under a decision\'s factor and credits the extra appointments to that decision', () => {
    const s = opening(ctx);
    s.appointmentMods.push({ factor: 1.5, until: 0, source: 'reshuffle' });
    expect(appointSecretaries(ctx, s)).toBe(6);
    expect(s.influences.slice(-2).map((i) => [i.source, i.delta])).toEqual([
      ['appointments', 4],
      ['reshuffle', 2],
    ]);
    const later = opening(ctx);
    later.turn = 1;
    later.appointmentMods.push({ factor: 1.5, until: 0, source: 'reshuffle' });
    expect(appointSecretaries(ctx, later)).toBe(4);
  });

  it('rounds a fractional pace up or down by the seeded draw', () => {
    const frac = ctxWith({ appointmentRate: 2.5 });
    const counts = new Set<number>();
    for (let seed = 1; seed <= 20; seed++) counts.add(appointSecretaries(frac, opening(frac, seed)));
    expect([...counts].sort()).toEqual([2, 3]);
  });

  it('stops when there is no active General Secretary', () => {
    const vacant = opening(ctx);
    vacant.posts['general-secretary'] = null;
    expect(appointSecretaries(ctx, vacant)).toBe(0);
    const fallen = opening(ctx);
    fallen.leaders.stalin.status = 'removed';
    expect(appointSecretaries(ctx, fallen)).toBe(0);
  });
});
