// Reads which characters a WOFF2 font can draw, from its character map (cmap table), with no font library:
// the subsetting script uses it to give each character to a file that has it, and the tests to check the cut.
import { brotliDecompressSync } from 'node:zlib';

/** Reads a WOFF2 number of up to five bytes, seven bits each. */
function base128(bytes: Buffer, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = bytes[at.pos++];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('bad UIntBase128 in a WOFF2 table directory');
}

/** The cmap table of a WOFF2 font (its tables are stored one after another in one Brotli stream). */
function cmapTable(woff2: Buffer): Buffer {
  if (woff2.toString('ascii', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = woff2.readUInt16BE(12);
  const compressedLength = woff2.readUInt32BE(20);
  const at = { pos: 48 };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[at.pos++];
    const known = flags & 0x3f;
    let tag = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca'][known] ?? `#${known}`;
    if (known === 0x3f) {
      tag = woff2.toString('ascii', at.pos, at.pos + 4);
      at.pos += 4;
    }
    const version = flags >> 6;
    let length = base128(woff2, at);
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    if (transformed) length = base128(woff2, at);
    tables.push({ tag, length });
  }
  const stream = brotliDecompressSync(woff2.subarray(at.pos, at.pos + compressedLength));
  let offset = 0;
  for (const { tag, length } of tables) {
    if (tag === 'cmap') return stream.subarray(offset, offset + length);
    offset += length;
  }
  throw new Error('no cmap table');
}

/** The code points a font maps to a glyph, from its Unicode cmap subtable (format 4 or 12). */
export function mappedCharacters(woff2: Buffer): Set<number> {
  const cmap = cmapTable(woff2);
  const out = new Set<number>();
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => cmap.readUInt32BE(4 + i * 8 + 4));
  for (const sub of records) {
    const format = cmap.readUInt16BE(sub);
    if (format === 12) {
      const groups = cmap.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const [start, end, glyph] = [0, 4, 8].map((k) => cmap.readUInt32BE(sub + 16 + g * 12 + k));
        for (let c = start; c <= end; c++) if (glyph + c - start > 0) out.add(c);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [end, start, delta, rangeOffset] = [ends, starts, deltas, rangeOffsets].map((base) => cmap.readUInt16BE(base + s * 2));
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const where = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
          const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : cmap.readUInt16BE(where) && (cmap.readUInt16BE(where) + delta) & 0xffff;
          if (glyph !== 0) out.add(c);
        }
      }
    }
  }
  return out;
}
