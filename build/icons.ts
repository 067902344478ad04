// The game's icon, drawn in code: a red field, a black disc and a cream five-pointed star, in the poster's
// colours. The same shapes give the SVG (for browsers that take it) and the PNGs an installed app needs;
// everything lies within the middle 80%, so the icon may also be cut to a circle ("maskable").
import { deflateSync } from 'node:zlib';

export const THEME = { red: '#b3261e', black: '#1b1b1b', cream: '#f2e8d5' } as const;

const DISC = 0.34; // the disc's radius, as a share of the side
const STAR = 0.22; // the star's outer radius

/** The star's ten corners in a unit square (centre 0.5, 0.5), the first pointing up. */
function starPoints(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? STAR : STAR * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)];
  });
}

export function iconSvg(): string {
  const star = starPoints()
    .map(([x, y]) => `${(x * 512).toFixed(1)},${(y * 512).toFixed(1)}`)
    .join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
    `<rect width="512" height="512" fill="${THEME.red}"/>` +
    `<circle cx="256" cy="256" r="${DISC * 512}" fill="${THEME.black}"/>` +
    `<polygon points="${star}" fill="${THEME.cream}"/></svg>`
  );
}

function inside(poly: [number, number][], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The icon as RGBA pixels. A pixel whose four corners lie in the same shape takes that shape's colour; a pixel
 * on an edge is the average of 4 × 4 samples, so that the edges are smooth.
 */
function pixels(size: number): Uint8Array {
  const star = starPoints();
  const colours = [rgb(THEME.red), rgb(THEME.black), rgb(THEME.cream)];
  const shape = (x: number, y: number) => (inside(star, x, y) ? 2 : Math.hypot(x - 0.5, y - 0.5) <= DISC ? 1 : 0);
  const corners = Array.from({ length: (size + 1) * (size + 1) }, (_, i) => shape((i % (size + 1)) / size, Math.floor(i / (size + 1)) / size));
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c0 = corners[py * (size + 1) + px];
      const same = [corners[py * (size + 1) + px + 1], corners[(py + 1) * (size + 1) + px], corners[(py + 1) * (size + 1) + px + 1]].every((c) => c === c0);
      const sum = [0, 0, 0];
      for (let s = 0; s < n * n; s++) {
        const c = same ? c0 : shape((px + ((s % n) + 0.5) / n) / size, (py + (Math.floor(s / n) + 0.5) / n) / size);
        for (let k = 0; k < 3; k++) sum[k] += colours[c][k];
      }
      const o = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) out[o + k] = Math.round(sum[k] / (n * n));
      out[o + 3] = 255;
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The icon as a PNG file of size × size pixels (8-bit RGBA). */
export function iconPng(size: number): Buffer {
  const rgba = pixels(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}
