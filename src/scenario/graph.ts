// The catalogue as JSON, for the build to compile and the page to read back (build/catalogJson.ts,
// src/scenario/files.browser.ts). A catalogue shares objects (a scenario indexes its decisions by turn and by
// id, and carries its campaign), and its bibliography is a Map: plain JSON would copy every shared object and
// lose the Map. Here an object met more than once is written once, in `shared`, and referred to as {"@": i};
// a Map is written as {"@map": [[key, value], ...]}. Reading it back gives the same graph of objects.

export interface Encoded {
  shared: unknown[];
  root: unknown;
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** Writes a graph of plain objects, arrays, Maps and JSON values; throws on anything else or on a cycle. */
export function encodeGraph(root: unknown): Encoded {
  const seen = new Map<object, number>();
  const count = (v: unknown, path: object[]): void => {
    if (!isObject(v)) return;
    if (path.includes(v)) throw new Error('the catalogue refers to itself in a cycle, which cannot be compiled');
    seen.set(v, (seen.get(v) ?? 0) + 1);
    if (seen.get(v)! > 1) return;
    const children = v instanceof Map ? [...v].flat() : Object.values(v);
    for (const c of children) count(c, [...path, v]);
  };
  count(root, []);
  const index = new Map<object, number>();
  const shared: unknown[] = [];
  const write = (v: unknown, top = false): unknown => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') throw new Error(`the catalogue holds a ${typeof v}`);
    if (!isObject(v)) return v;
    if (!top && (seen.get(v) ?? 0) > 1) {
      let i = index.get(v);
      if (i === undefined) {
        i = shared.length;
        index.set(v, i);
        shared.push(null);
        shared[i] = write(v, true);
      }
      return { '@': i };
    }
    if (v instanceof Map) return { '@map': [...v].map(([k, x]) => [write(k), write(x)]) };
    if (Array.isArray(v)) return v.map((x) => write(x));
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Error(`the catalogue holds a ${proto?.constructor?.name ?? 'class'} object`);
    if ('@' in v || '@map' in v) throw new Error('the catalogue has a key "@" or "@map", which the compiled form reserves');
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = write(x);
    return out;
  };
  return { root: write(root), shared };
}

/** Reads back what encodeGraph wrote. */
export function decodeGraph(encoded: Encoded): unknown {
  const done = new Map<number, unknown>();
  const read = (v: unknown): unknown => {
    if (!isObject(v)) return v;
    if (Array.isArray(v)) return v.map(read);
    const o = v as Obj;
    if (typeof o['@'] === 'number') {
      const i = o['@'];
      if (!done.has(i)) done.set(i, read(encoded.shared[i]));
      return done.get(i);
    }
    if (Array.isArray(o['@map'])) return new Map((o['@map'] as unknown[][]).map(([k, x]) => [read(k), read(x)]));
    const out: Obj = {};
    for (const [k, x] of Object.entries(o)) out[k] = read(x);
    return out;
  };
  return read(encoded.root);
}
