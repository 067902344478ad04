// Exact Shapley values: how much of the change from no factor to all factors each factor is owed, averaged
// over every order in which the factors could be switched on. Coalitions are bitmasks (bit i = factor i), so a
// value table has 2^n entries. Exact for n <= MAX_EXACT_FACTORS (10 factors: 1,024 coalitions). Pure.

export const MAX_EXACT_FACTORS = 10;

/** Number of factors switched on in a coalition. */
export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The coalition of all n factors. */
export function fullMask(n: number): number {
  return (1 << n) - 1;
}

/** The indices of the factors in a coalition, in order. */
export function members(mask: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (mask & (1 << i)) out.push(i);
  return out;
}

/** Weight of a coalition of size s not containing the factor: s! (n - s - 1)! / n!. */
export function shapleyWeights(n: number): number[] {
  const fact = [1];
  for (let i = 1; i <= n; i++) fact.push(fact[i - 1] * i);
  return Array.from({ length: n }, (_, s) => (fact[s] * fact[n - s - 1]) / fact[n]);
}

function checkSize(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_EXACT_FACTORS) {
    throw new RangeError(`exact Shapley values need 1 to ${MAX_EXACT_FACTORS} factors (got ${n})`);
  }
}

/** Shapley values from a table of all 2^n coalition values (index = coalition bitmask). */
export function shapleyFromTable(values: ArrayLike<number>): number[] {
  const n = Math.round(Math.log2(values.length));
  checkSize(n);
  if (values.length !== 1 << n) throw new RangeError(`a value table needs 2^n entries (got ${values.length})`);
  const w = shapleyWeights(n);
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < values.length; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      phi[i] += w[size] * (values[mask | bit] - values[mask]);
    }
  }
  return phi;
}

/** Shapley values of n factors for a value function over coalition bitmasks (called once per coalition). */
export function shapley(n: number, v: (mask: number) => number): number[] {
  checkSize(n);
  const table = new Float64Array(1 << n);
  for (let mask = 0; mask < table.length; mask++) table[mask] = v(mask);
  return shapleyFromTable(table);
}
