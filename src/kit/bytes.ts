// The small binary toolkit behind assignment links and report codes: a writer and reader of bytes (numbers as
// variable-length integers, text as UTF-8 with its length), a 64-bit content hash, a canonical JSON form for
// hashing data, strict base64url (one spelling per byte string, so no character can change without changing
// the bytes), and the sealed envelope both use: a prefix naming kind and version, the payload (deflated when
// that is shorter) and a checksum over everything before it. Pure: no DOM, no clock, no randomness.
import { deflateSync, inflateSync } from 'fflate';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Raised inside a decoder when the bytes run out or do not make sense; callers turn it into a reason. */
export class FormatError extends Error {}

export class ByteWriter {
  private out: number[] = [];

  u8(n: number): this {
    this.out.push(n & 0xff);
    return this;
  }

  /** A whole number from 0 up, seven bits per byte (LEB128). */
  uint(n: number): this {
    let v = Math.floor(n);
    if (v < 0 || !Number.isSafeInteger(v)) throw new RangeError(`cannot write ${n} as a whole number`);
    do {
      let b = v % 128;
      v = Math.floor(v / 128);
      if (v > 0) b |= 0x80;
      this.out.push(b);
    } while (v > 0);
    return this;
  }

  raw(bytes: Uint8Array): this {
    for (const b of bytes) this.out.push(b);
    return this;
  }

  text(s: string): this {
    const b = encoder.encode(s);
    return this.uint(b.length).raw(b);
  }

  texts(list: readonly string[]): this {
    this.uint(list.length);
    for (const s of list) this.text(s);
    return this;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export class ByteReader {
  private at = 0;

  constructor(private readonly data: Uint8Array) {}

  u8(): number {
    if (this.at >= this.data.length) throw new FormatError('it ends too early');
    return this.data[this.at++];
  }

  uint(): number {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8();
      v += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (i > 0 && b === 0) throw new FormatError('a number in it is written in a non-standard way');
        return v;
      }
      scale *= 128;
    }
    throw new FormatError('a number in it is too long');
  }

  raw(n: number): Uint8Array {
    if (this.at + n > this.data.length) throw new FormatError('it ends too early');
    const out = this.data.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  text(): string {
    const b = this.raw(this.uint());
    try {
      return decoder.decode(b);
    } catch {
      throw new FormatError('a text in it is not valid UTF-8');
    }
  }

  /** A list of texts, refusing counts larger than the bytes left could hold. */
  texts(): string[] {
    const n = this.uint();
    if (n > this.data.length - this.at) throw new FormatError('a list in it is longer than the code');
    return Array.from({ length: n }, () => this.text());
  }

  left(): number {
    return this.data.length - this.at;
  }

  end(): void {
    if (this.at !== this.data.length) throw new FormatError('it has extra bytes at the end');
  }
}

// ------------------------------------------------------------------------------------------------ hashing

/** A 64-bit hash of bytes, as 8 bytes: two independent 32-bit lanes (a murmur-style mix), not cryptographic. */
export function hashBytes(data: Uint8Array): Uint8Array {
  let h1 = 0xdeadbeef ^ data.length;
  let h2 = 0x41c6ce57 ^ data.length;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const out = new Uint8Array(8);
  for (let i = 0; i < 4; i++) {
    out[i] = (h1 >>> (8 * i)) & 0xff;
    out[4 + i] = (h2 >>> (8 * i)) & 0xff;
  }
  return out;
}

export function hashText(text: string): Uint8Array {
  return hashBytes(encoder.encode(text));
}

/** JSON with every object's keys sorted, so equal data always gives the same text (and the same hash). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// ------------------------------------------------------------------------------------------------ base64url

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict decoding: null for a character outside the alphabet, an impossible length, or unused bits set. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const group = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < group.length ? INDEX.get(group[k]) : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    const bytes = group.length - 1;
    for (let k = 0; k < bytes; k++) out.push((n >>> (16 - 8 * k)) & 0xff);
    if (bytes < 3 && (n & ((1 << (8 * (3 - bytes))) - 1)) !== 0) return null;
  }
  return Uint8Array.from(out);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// ------------------------------------------------------------------------------------------------ envelope

const CHECK_BYTES = 6;
const PLAIN = 0;
const DEFLATED = 1;
/** Longest payload accepted after inflating: far beyond any real code, short of anything harmful. */
const MAX_PAYLOAD = 200_000;

/** `PREFIX` + base64url(form byte, payload, checksum); the checksum covers the prefix too. */
export function seal(prefix: string, payload: Uint8Array): string {
  const packed = deflateSync(payload, { level: 9 });
  const body = packed.length < payload.length ? new ByteWriter().u8(DEFLATED).raw(packed).bytes() : new ByteWriter().u8(PLAIN).raw(payload).bytes();
  const check = checksum(prefix, body);
  return prefix + toBase64Url(new ByteWriter().raw(body).raw(check).bytes());
}

function checksum(prefix: string, body: Uint8Array): Uint8Array {
  return hashBytes(new ByteWriter().text(prefix).raw(body).bytes()).slice(0, CHECK_BYTES);
}

export type Unsealed = { ok: true; payload: Uint8Array } | { ok: false; reason: string };

/** Opens a sealed string whose prefix has already been matched; `what` names it in the reasons. */
export function unseal(prefix: string, text: string, what: string): Unsealed {
  const bytes = fromBase64Url(text.slice(prefix.length));
  if (!bytes) return { ok: false, reason: `the ${what} contains characters or a length that no ${what} can have (it was changed or cut short)` };
  if (bytes.length < CHECK_BYTES + 2) return { ok: false, reason: `the ${what} is too short (it was cut short)` };
  const body = bytes.slice(0, bytes.length - CHECK_BYTES);
  if (!bytesEqual(checksum(prefix, body), bytes.slice(bytes.length - CHECK_BYTES))) {
    return { ok: false, reason: `the ${what} fails its checksum: it was edited, mistyped or cut short` };
  }
  if (body[0] === PLAIN) return { ok: true, payload: body.slice(1) };
  if (body[0] !== DEFLATED) return { ok: false, reason: `the ${what} uses a packing this version does not know` };
  try {
    const payload = inflateSync(body.slice(1), { out: new Uint8Array(MAX_PAYLOAD + 1) });
    if (payload.length > MAX_PAYLOAD) return { ok: false, reason: `the ${what} is far longer than any real one` };
    return { ok: true, payload };
  } catch {
    return { ok: false, reason: `the ${what} cannot be unpacked (it is damaged)` };
  }
}
