// A fixed pure-JavaScript workload that stands for "how fast is this machine right now": the benchmarks time
// it in the same run as the thing they measure and report the ratio, which moves far less than a raw figure on
// a shared machine. One unit builds small records, looks them up by text key, sorts them and sums them.

/** One unit of the reference workload; returns a checksum so that no step can be left out by the compiler. */
export function referenceUnit(salt: number): number {
  const rows: { key: string; a: number; b: number }[] = [];
  const byKey = new Map<string, number>();
  let x = (salt * 2654435761) >>> 0;
  for (let i = 0; i < 400; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) >>> 0;
    const row = { key: `k${x % 97}-${i % 13}`, a: x % 1000, b: (x >>> 10) % 100 };
    rows.push(row);
    byKey.set(row.key, (byKey.get(row.key) ?? 0) + row.b);
  }
  rows.sort((p, q) => p.a - q.a || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  let sum = 0;
  for (const r of rows) sum = (sum + r.a * (byKey.get(r.key) ?? 1)) % 1_000_003;
  return sum;
}

/** Reference units per second, timed over about `ms` milliseconds. */
export function referenceRate(ms = 300): number {
  let units = 0;
  let check = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (let k = 0; k < 50; k++) check ^= referenceUnit(units++);
  }
  if (check === -1) console.log('');
  return units / ((performance.now() - t0) / 1000);
}
