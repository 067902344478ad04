/**
 * Cuts the game's web fonts down to the characters it uses, so that a school network fetches a few small
 * files instead of every script Oswald and PT Serif cover.
 *
 * The characters: every character in the scenarios (scenarios/**.yaml), the interface and the scenes (src/,
 * scenes/, index.html, the portraits' titles), in upper and lower case (headings are set in capitals), plus
 * printable ASCII, the Latin-1 letters and the typographic quotes, dashes and signs — so that a teacher's own
 * scenario with an accented name still finds its letters. The fonts come from @fontsource, which splits each
 * face by script (latin, latin-ext, cyrillic…); each character goes to the first part that can draw it (basic
 * Latin first), and each part that receives characters is cut to them.
 *
 * Writes assets/fonts/NAME-WEIGHT-PART.woff2 and assets/fonts/fonts.css (the @font-face rules, each with the
 * unicode-range of exactly its characters). tests/fonts.test.ts fails when a character of the game's text is
 * missing. Run after adding text with new characters:  npm run fonts
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { mappedCharacters } from './cmap';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const require = createRequire(import.meta.url);

/** The faces the game uses: Oswald for headings and the stage, PT Serif for the text. */
export const FACES = [
  { family: 'Oswald', pkg: '@fontsource/oswald', weight: 500 },
  { family: 'Oswald', pkg: '@fontsource/oswald', weight: 700 },
  { family: 'PT Serif', pkg: '@fontsource/pt-serif', weight: 400 },
  { family: 'PT Serif', pkg: '@fontsource/pt-serif', weight: 700 },
] as const;

/** Where the game's text lives, relative to the repository. */
const TEXT_SOURCES = ['scenarios', 'src', 'scenes', 'index.html', 'assets/art'];
const TEXT_FILE = /\.(ya?ml|ts|html)$/;

/** Always included: printable ASCII, Latin-1 (no-break space to ÿ), and typographic punctuation and signs. */
const ALWAYS = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2015], // hyphens and dashes
  [0x2018, 0x201e], // quotes
  [0x2020, 0x2022], // daggers, bullet
  [0x2026, 0x2026], // ellipsis
  [0x2032, 0x2033], // prime, double prime
  [0x2039, 0x203a], // single angle quotes
  [0x2212, 0x2212], // minus
] as const;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Every character the game's text uses (with both cases) and the fixed set, sorted by code point. */
export function gameCharacters(): number[] {
  const points = new Set<number>();
  for (const [low, high] of ALWAYS) for (let c = low; c <= high; c++) points.add(c);
  for (const file of TEXT_SOURCES.flatMap((source) => filesUnder(join(ROOT, source)))) {
    for (const char of readFileSync(file, 'utf8')) {
      for (const form of [char, char.toUpperCase(), char.toLowerCase()]) {
        if ([...form].length === 1) points.add(form.codePointAt(0)!);
      }
    }
  }
  // Control characters, and the line and paragraph separators, are never drawn.
  return [...points].filter((c) => c >= 0x20 && !(c >= 0x7f && c < 0xa0) && c !== 0x2028 && c !== 0x2029).sort((a, b) => a - b);
}

/** One script part of a face as @fontsource ships it: its woff2 file and the characters it covers. */
export interface FontPart {
  part: string;
  file: string;
  covers: (codePoint: number) => boolean;
}

/** [low, high] code point pairs from a CSS unicode-range such as "U+0000-00FF,U+0131". */
export function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((item) => {
    const [low, high] = item.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(low, 16), parseInt(high ?? low, 16)];
  });
}

/** The parts of one face, read from the package's own CSS (comment, file and unicode-range of each rule). */
export function fontParts(pkg: string, weight: number): FontPart[] {
  const cssPath = require.resolve(`${pkg}/${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const prefix = pkg.slice(pkg.indexOf('/') + 1);
  const rule = new RegExp(`url\\(\\./files/(${prefix}-([a-z-]+)-${weight}-normal\\.woff2)\\)[^}]*?unicode-range:\\s*([^;]+);`, 'g');
  const parts: FontPart[] = [];
  for (const [, file, part, ranges] of css.matchAll(rule)) {
    const spans = parseRanges(ranges);
    parts.push({ part, file: join(dirname(cssPath), 'files', file), covers: (c) => spans.some(([lo, hi]) => c >= lo && c <= hi) });
  }
  if (parts.length === 0) throw new Error(`${cssPath}: no @font-face rule with a woff2 file and a unicode-range`);
  // Basic Latin first: a character two parts cover (a dagger, a dash) goes to the file every page loads.
  return parts.sort((a, b) => Number(b.part === 'latin') - Number(a.part === 'latin'));
}

/** "U+20-7E,U+A0" for a sorted list of code points. */
export function unicodeRange(points: readonly number[]): string {
  const spans: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j] + 1) j++;
    const hex = (c: number) => c.toString(16).toUpperCase();
    spans.push(j === i ? `U+${hex(points[i])}` : `U+${hex(points[i])}-${hex(points[j])}`);
    i = j + 1;
  }
  return spans.join(',');
}

export const fileName = (family: string, weight: number, part: string): string =>
  `${family.toLowerCase().replace(/\s+/g, '-')}-${weight}-${part}.woff2`;

async function main(): Promise<void> {
  for (const name of readdirSync(HERE)) if (name.endsWith('.woff2')) rmSync(join(HERE, name));
  const characters = gameCharacters();
  const rules: string[] = [];
  let total = 0;
  for (const { family, pkg, weight } of FACES) {
    const taken = new Set<number>();
    for (const { part, file, covers } of fontParts(pkg, weight)) {
      const source = readFileSync(file);
      const drawn = mappedCharacters(source);
      const points = characters.filter((c) => covers(c) && drawn.has(c) && !taken.has(c));
      if (points.length === 0) continue;
      for (const c of points) taken.add(c);
      const out = fileName(family, weight, part);
      const font = await subsetFont(source, String.fromCodePoint(...points), { targetFormat: 'woff2' });
      writeFileSync(join(HERE, out), font);
      total += font.length;
      console.log(`${out.padEnd(32)} ${String(points.length).padStart(4)} characters ${(font.length / 1024).toFixed(1).padStart(6)} KiB  (from ${relative(ROOT, file)})`);
      rules.push(
        `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n` +
          `  src: url(./${out}?no-inline) format('woff2');\n  unicode-range: ${unicodeRange(points)};\n}\n`,
      );
    }
  }
  const header = '/* The game\'s web fonts, cut to the characters it uses. Made by assets/fonts/subset.ts (npm run fonts): do not edit. */\n';
  writeFileSync(join(HERE, 'fonts.css'), header + rules.join('\n'));
  console.log(`all fonts ${(total / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`Could not subset the fonts: ${(error as Error).message}`);
    process.exit(1);
  });
}
