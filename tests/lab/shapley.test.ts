// Exact Shapley values on synthetic value functions: they add up to v(all) − v(none) (efficiency), factors
// that play the same part get the same value (symmetry), a factor that changes nothing gets 0 (null player),
// known games give their textbook values, and the properties hold for random value tables (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullMask, members, popcount, shapley, shapleyFromTable, shapleyWeights, MAX_EXACT_FACTORS } from '../../src/lab/shapley';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Swaps bits i and j of a mask. */
function swapBits(mask: number, i: number, j: number): number {
  const bi = (mask >> i) & 1;
  const bj = (mask >> j) & 1;
  return bi === bj ? mask : mask ^ ((1 << i) | (1 << j));
}

describe('helpers', () => {
  it('count and list the members of a coalition', () => {
    expect(popcount(0)).toBe(0);
    expect(popcount(0b1011)).toBe(3);
    expect(popcount(fullMask(10))).toBe(10);
    expect(members(0b1010, 4)).toEqual([1, 3]);
  });
  it('weights each coalition size so that every factor’s weights sum to 1 over all coalitions', () => {
    for (let n = 1; n <= MAX_EXACT_FACTORS; n++) {
      const w = shapleyWeights(n);
      const binom = (k: number) => { let c = 1; for (let i = 0; i < k; i++) c = (c * (n - 1 - i)) / (i + 1); return c; };
      expect(sum(w.map((x, s) => x * binom(s)))).toBeCloseTo(1, 12);
    }
  });
  it('refuses more than 10 factors or a table of the wrong length', () => {
    expect(() => shapley(11, () => 0)).toThrow(RangeError);
    expect(() => shapley(0, () => 0)).toThrow(RangeError);
    expect(() => shapleyFromTable([1, 2, 3])).toThrow(RangeError);
  });
});

describe('known games', () => {
  it('an additive game gives each factor its own effect', () => {
    const effects = [0.1, -0.05, 0.3, 0];
    const phi = shapley(4, (m) => 0.5 + sum(members(m, 4).map((i) => effects[i])));
    phi.forEach((p, i) => expect(p).toBeCloseTo(effects[i], 12));
  });
  it('a game that needs two factors together splits the effect between them', () => {
    const phi = shapley(3, (m) => ((m & 0b011) === 0b011 ? 1 : 0));
    expect(phi[0]).toBeCloseTo(0.5, 12);
    expect(phi[1]).toBeCloseTo(0.5, 12);
    expect(phi[2]).toBe(0);
  });
  it('the glove game: one left glove, two right gloves', () => {
    // v = 1 when the coalition holds the left glove (factor 0) and at least one right glove.
    const phi = shapley(3, (m) => ((m & 1) && m & 0b110 ? 1 : 0));
    expect(phi[0]).toBeCloseTo(2 / 3, 12);
    expect(phi[1]).toBeCloseTo(1 / 6, 12);
    expect(phi[2]).toBeCloseTo(1 / 6, 12);
  });
});

const table = (n: number) => fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1 << n, maxLength: 1 << n });

describe('properties on random value tables', () => {
  it('efficiency: the values sum to v(all) − v(none)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => table(n)), (v) => {
        const phi = shapleyFromTable(v);
        expect(sum(phi)).toBeCloseTo(v[v.length - 1] - v[0], 9);
      }),
    );
  });
  it('null player: a factor that changes nothing gets 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), table(n))),
        ([n, k, raw]) => {
          const v = (m: number) => raw[m & ~(1 << k)];
          const phi = shapley(n, v);
          expect(Math.abs(phi[k])).toBeLessThan(1e-12);
          expect(sum(phi)).toBeCloseTo(v(fullMask(n)) - v(0), 9);
        },
      ),
    );
  });
  it('symmetry: two factors that play the same part get equal values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), table(n)),
        ),
        ([n, i, j, raw]) => {
          fc.pre(i !== j);
          // Symmetrise the table in i and j: v(S) = raw(S) + raw(S with i and j swapped).
          const v = (m: number) => raw[m] + raw[swapBits(m, i, j)];
          const phi = shapley(n, v);
          expect(phi[i]).toBeCloseTo(phi[j], 9);
        },
      ),
    );
  });
  it('linearity: the values of a sum of games are the sums of their values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(table(n), table(n))), ([a, b]) => {
        const pa = shapleyFromTable(a);
        const pb = shapleyFromTable(b);
        const pab = shapleyFromTable(a.map((x, m) => x + b[m]));
        pab.forEach((p, i) => expect(p).toBeCloseTo(pa[i] + pb[i], 9));
      }),
    );
  });
  it('exact for 10 factors (1,024 coalitions)', () => {
    const effects = Array.from({ length: 10 }, (_, i) => (i - 4.5) / 100);
    const phi = shapley(10, (m) => sum(members(m, 10).map((i) => effects[i])) + (m === fullMask(10) ? 0.1 : 0));
    phi.forEach((p, i) => expect(p).toBeCloseTo(effects[i] + 0.01, 12));
  });
});
