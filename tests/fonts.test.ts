// The web fonts are cut to the game's characters by assets/fonts/subset.ts. These tests read the character
// map of each committed font file and fail when a character the game's text uses — which the original
// Oswald or PT Serif can draw — is missing from the cut fonts (run `npm run fonts` after adding such text).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mappedCharacters } from '../assets/fonts/cmap';
import { FACES, fileName, fontParts, gameCharacters, parseRanges, unicodeRange } from '../assets/fonts/subset';

const FONTS = fileURLToPath(new URL('../assets/fonts/', import.meta.url));

const name = (c: number) => `${String.fromCodePoint(c)} (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;

describe('web fonts', () => {
  const used = gameCharacters();

  it('count the game text: letters, digits, typographic quotes and dashes', () => {
    for (const char of 'AZaz09‘’“”–—…Ééü') expect(used).toContain(char.codePointAt(0));
  });

  for (const { family, pkg, weight } of FACES) {
    it(`${family} ${weight} draws every character of the game that the original font can draw`, () => {
      const cut = new Set<number>();
      const original = new Set<number>();
      for (const { part, file } of fontParts(pkg, weight)) {
        for (const c of mappedCharacters(readFileSync(file))) original.add(c);
        const path = FONTS + fileName(family, weight, part);
        if (readdirSync(FONTS).includes(fileName(family, weight, part))) for (const c of mappedCharacters(readFileSync(path))) cut.add(c);
      }
      const missing = used.filter((c) => original.has(c) && !cut.has(c));
      expect(missing.map(name), 'missing from the subset: run npm run fonts').toEqual([]);
      expect(cut.size).toBeLessThan(original.size);
    });
  }

  it('are declared in fonts.css with the unicode-range of what each file holds', () => {
    const css = readFileSync(FONTS + 'fonts.css', 'utf8');
    const files = readdirSync(FONTS).filter((f) => f.endsWith('.woff2'));
    expect(files.length).toBeGreaterThanOrEqual(FACES.length);
    for (const file of files) {
      const held = [...mappedCharacters(readFileSync(FONTS + file))].filter((c) => c >= 0x20).sort((a, b) => a - b);
      const rule = new RegExp(`url\\(\\./${file.replace(/\./g, '\\.')}(?:\\?no-inline)?\\) format\\('woff2'\\);\\s*unicode-range: ([^;]+);`).exec(css);
      expect(rule, `${file} has no @font-face rule`).not.toBeNull();
      const declared = parseRanges(rule![1]);
      const outside = held.filter((c) => !declared.some(([low, high]) => c >= low && c <= high));
      expect(outside.map(name), `${file} holds characters its rule does not declare`).toEqual([]);
    }
  });

  it('are preloaded by the page only as files that exist, Basic Latin parts the title uses', () => {
    const html = readFileSync(fileURLToPath(new URL('../index.html', import.meta.url)), 'utf8');
    const preloads = [...html.matchAll(/<link rel="preload" href="\/assets\/fonts\/([^"]+)" as="font" type="font\/woff2" crossorigin \/>/g)].map((m) => m[1]);
    expect(preloads.length).toBeGreaterThan(0);
    for (const file of preloads) {
      expect(readdirSync(FONTS), `${file} is preloaded but does not exist`).toContain(file);
      expect(file).toMatch(/-latin\.woff2$/);
    }
  });

  it('writes ranges compactly', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xa0, 0x2014])).toBe('U+20-22,U+A0,U+2014');
  });
});
