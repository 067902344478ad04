// Build-time pieces: the icons drawn in code are valid PNG and SVG of the stated sizes, and the
// Content-Security-Policies allow no inline or evaluated script and nothing from another address.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SERVED_POLICY, policyText, singlePolicy } from '../build/csp';
import { THEME, iconPng, iconSvg } from '../build/icons';

describe('the icons', () => {
  it('are PNGs of the asked size, in the poster colours, with a red corner and a cream centre', () => {
    const png = iconPng(48);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(48);
    expect(png.readUInt32BE(20)).toBe(48);
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(raw.length).toBe(48 * (48 * 4 + 1));
    const pixel = (x: number, y: number) => [...raw.subarray(y * (48 * 4 + 1) + 1 + x * 4, y * (48 * 4 + 1) + 1 + x * 4 + 3)];
    const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    expect(pixel(0, 0)).toEqual(hex(THEME.red));
    expect(pixel(24, 24)).toEqual(hex(THEME.cream));
  });

  it('have an SVG with the same shapes', () => {
    const svg = iconSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 512 512">/);
    for (const colour of Object.values(THEME)) expect(svg).toContain(colour);
  });
});

describe('the Content-Security-Policies', () => {
  it('of the served build allow scripts, workers and media only from the game itself', () => {
    const text = policyText(SERVED_POLICY);
    expect(text).toContain("script-src 'self';");
    expect(text).toContain("worker-src 'self';");
    expect(text).toContain("media-src 'self';");
    expect(text).toContain("object-src 'none'");
    expect(text).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('of the one-file build allow only the hashed script and style', () => {
    const text = policyText(singlePolicy(['abc='], ['def=']));
    expect(text).toContain("default-src 'none'; script-src 'sha256-abc='; style-src 'sha256-def='");
    expect(text).not.toMatch(/'self'|unsafe-|https?:|\*/);
  });
});
