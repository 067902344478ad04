// The composition of a Congress from the support model, on the campaign's opening position changed by hand:
// the city machines, the secretaries by camp, the rank and file, and the bounds of the apparatus share.
import { describe, expect, it } from 'vitest';
import { apparatusShare, congressComposition, congressGroups, memberLean, sideStigma } from '../../src/rules/saved';
import type { Group } from '../../src/rules/support';
import { ctxWith, opening } from './rules-fixtures';

const ctx = ctxWith();
const byId = (groups: Group[]) => Object.fromEntries(groups.map((g) => [g.id, g]));
const total = (groups: Group[]) => groups.reduce((sum, g) => sum + g.share, 0);

describe('a Congress held now', () => {
  it('is made of the machines, the secretaries by camp and the rank and file, sharing all the seats', () => {
    const s = opening();
    const groups = byId(congressGroups(ctx, s));
    const a = ctx.lens.apparatusShare;
    expect(Object.keys(groups).sort()).toEqual(
      ['army', 'civil-war', 'leningrad', 'moscow', 'old-bolsheviks', 'secretaries-line', 'secretaries-stalin', 'secretaries-trotsky', 'secretaries-zinoviev', 'trade-unionists'].sort(),
    );
    expect(total(Object.values(groups))).toBeCloseTo(1, 12);
    // 40 regions appoint (Leningrad's and Moscow's go with their machines): 8 Stalin's, 3 Trotsky's, 2 Zinoviev's.
    const appointed = a - 0.1 - 0.08 - 0.05;
    expect(groups['secretaries-stalin'].share).toBeCloseTo((appointed * 8) / 40, 12);
    expect(groups['secretaries-trotsky'].share).toBeCloseTo((appointed * 3) / 40, 12);
    expect(groups['secretaries-zinoviev'].share).toBeCloseTo((appointed * 2) / 40, 12);
    expect(groups['secretaries-line'].share).toBeCloseTo((appointed * 27) / 40, 12);
    expect(groups['civil-war'].share).toBeCloseTo(((1 - a) * 330000) / 415000, 12);
    expect(groups['lenin-enrolment']).toBeUndefined();
  });

  it('gives each machine to its boss and each secretary to his camp, the rest to the line', () => {
    const groups = byId(congressGroups(ctx, opening()));
    expect(groups.leningrad.lean.zinoviev).toBe(ctx.model.support.machineLoyalty);
    expect(groups.leningrad.lean.line).toBeCloseTo(1 - ctx.model.support.machineLoyalty, 12);
    expect(groups.moscow.lean.zinoviev).toBe(ctx.model.support.machineLoyalty);
    expect(groups.army.lean.trotsky).toBe(ctx.model.support.machineLoyalty);
    expect(groups['secretaries-stalin'].lean.stalin).toBe(ctx.model.support.secretaryLoyalty);
    expect(groups['secretaries-line'].lean.line).toBe(1);

    const loose = byId(congressGroups(ctxWith({}, { support: { secretaryLoyalty: 0.5, machineLoyalty: 0.6 } }), opening()));
    expect(loose['secretaries-trotsky'].lean).toMatchObject({ trotsky: 0.5, line: 0.5 });
    expect(loose.leningrad.lean.zinoviev).toBe(0.6);
  });

  it('follows the holder of the War Commissariat for the army, and sends a fallen boss\'s delegates to the line', () => {
    const s = opening();
    s.posts['war-commissariat'] = 'frunze';
    s.leaders.kamenev.status = 'expelled';
    const groups = byId(congressGroups(ctx, s));
    expect(groups.army.lean.stalin).toBe(ctx.model.support.machineLoyalty);
    expect(groups.army.lean.trotsky).toBe(0);
    expect(groups.moscow.lean.line).toBe(1);
  });

  it('counts the secretaries of a camp whose leader has fallen with the line', () => {
    const s = opening();
    s.leaders.trotsky.status = 'expelled';
    const groups = byId(congressGroups(ctx, s));
    expect(groups['secretaries-trotsky']).toBeUndefined();
    const appointed = ctx.lens.apparatusShare - 0.23;
    expect(groups['secretaries-line'].share).toBeCloseTo((appointed * 30) / 40, 12);
  });

  it('keeps the apparatus share within its bounds however far the enrolment pushes it', () => {
    const s = opening();
    s.apparatusShift = 1;
    expect(apparatusShare(ctx, s)).toBe(ctx.model.support.apparatusShareMax);
    s.apparatusShift = -1;
    expect(apparatusShare(ctx, s)).toBe(ctx.model.support.apparatusShareMin);
    s.apparatusShift = 0.05;
    expect(apparatusShare(ctx, s)).toBeCloseTo(ctx.lens.apparatusShare + 0.05, 12);
    expect(apparatusShare(ctxWith({}, { support: { apparatusShareMax: 0.62 } }), s)).toBe(0.62);
  });

  it('adds up the groups\' leans into the composition of the hall', () => {
    const s = opening();
    const comp = congressComposition(ctx, s);
    const sum = Object.values(comp).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 12);
    const groups = congressGroups(ctx, s);
    expect(comp.trotsky).toBeCloseTo(groups.reduce((x, g) => x + g.share * g.lean.trotsky, 0), 12);
  });
});

describe('the rank and file', () => {
  it('share out over the active camps and the line, and turn from a camp as its stigma grows', () => {
    const s = opening();
    const before = memberLean(ctx, s, 1);
    expect(Object.values(before).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    s.leaders.trotsky.stigma = 40;
    const after = memberLean(ctx, s, 1);
    expect(after.trotsky).toBeLessThan(before.trotsky);
    s.leaders.trotsky.status = 'exiled';
    expect(memberLean(ctx, s, 1).trotsky).toBe(0);
  });

  it('hold against a camp a share of its allies\' stigma', () => {
    const s = opening();
    s.leaders.zinoviev.stigma = 30;
    expect(sideStigma(ctx, s, 'stalin')).toBe(30 * ctx.model.support.allyStigmaShare);
    expect(sideStigma(ctxWith({}, { support: { allyStigmaShare: 0.2 } }), s, 'stalin')).toBeCloseTo(6, 12);
    expect(sideStigma(ctx, s, 'trotsky')).toBe(0);
  });
});
