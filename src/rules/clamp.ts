// The one bound-keeping helper of the rules: a value held between a lower and an upper limit.

/** `v` held within [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
