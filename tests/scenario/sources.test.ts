// The bibliography: every work a note, lens or factor cites is listed in full in scenarios/sources.yaml;
// students read short citations, never a bare key; and no internal remark reaches any text a student reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citedKeys } from '../../src/scenario/references';
import { fullCitation, plainCitation, shortCitation } from '../../src/scenario/sources';
import { loadSources } from '../../src/scenario/readers';
import { catalog } from '../helpers';

const ROOT = join(__dirname, '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const yamlFiles = files(join(ROOT, 'scenarios'), /\.yaml$/).map((path) => ({ name: relative(ROOT, path), data: parse(readFileSync(path, 'utf8')) as unknown }));
const citingFiles = yamlFiles.filter((f) => !f.name.endsWith('sources.yaml'));

/** Every string a student may read in a scenario file, with its path: all values except ids and citation keys. */
function texts(data: unknown, path = ''): { path: string; text: string }[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((x, i) => texts(x, `${path}[${i}]`));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, unknown>)
    // Fields of ids, never shown: a document's "relates" names decisions and votes (one is "trotsky-lessons").
    .filter(([k]) => !['id', 'key', 'sources', 'source', 'base', 'turn', 'until', 'start', 'end', 'relates'].includes(k))
    .flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

// What must never reach a student: remarks about where the project's facts were collected or checked.
const INTERNAL = /teaching notes|fact base|from memory|handout|shared\/history|FACTS\.md|AUDIT\.md/i;
// The old source tags ("SEED", "WP-TEST", "[R]"), in capitals only, so that "seed" may still be used.
const OLD_TAGS = /\bSEED\b|\bWP-[A-Z0-9]|\[R\]/;

describe('the bibliography', () => {
  it('lists every cited work in full: author, title, year, kind, and pages, an address or an edition', () => {
    const cited = citingFiles.flatMap((f) => citedKeys(f.data).map((c) => ({ ...c, file: f.name })));
    expect(cited.length).toBeGreaterThan(150);
    for (const c of cited) {
      const s = catalog.sources.get(c.key);
      expect(s, `${c.file}: ${c.path} cites "${c.key}"`).toBeDefined();
      expect(s!.author.length).toBeGreaterThan(1);
      expect(s!.title.length).toBeGreaterThan(1);
      expect(['primary', 'scholarly', 'reference', 'school resource']).toContain(s!.kind);
      expect(Boolean(s!.pages || s!.url || s!.publisher || s!.volume), c.key).toBe(true);
    }
    for (const lens of catalog.lenses) for (const h of lens.historians) expect(catalog.sources.has(h.source), `${lens.id}: ${h.name}`).toBe(true);
  });

  it('gives short and full citations a student can read', () => {
    expect(shortCitation('deutscher-1959')).toBe('Deutscher, *The Prophet Unarmed*, 1959');
    expect(shortCitation('stalin-1927-speech')).toBe('Stalin, speech of 23 October 1927, *Works* vol. 10');
    expect(plainCitation('hughes-1994')).toBe('Hughes, "Capturing the Russian Peasantry", 1994');
    expect(fullCitation('stalin-1927-speech')).toBe(
      'J. V. Stalin, "The Trotskyist Opposition Before and Now", speech of 23 October 1927, in *Works* vol. 10 (Foreign Languages Publishing House, Moscow, 1954), pp. 177–211.',
    );
    for (const key of catalog.sources.keys()) {
      expect(shortCitation(key), key).not.toContain(key);
      expect(fullCitation(key), key).not.toContain(key);
    }
    expect(() => shortCitation('no-such-work')).toThrow('unknown source "no-such-work": add it to scenarios/sources.yaml');
  });

  it('reports a bad entry with its file and field', () => {
    const bad = 'sources:\n  - { key: a-book, name: Ab, author: An Author, title: A Title, year: 1950, kind: primary }\n  - { key: b-book, name: Bc, author: Another, title: B Title, year: 1951, kind: novel, publisher: Xy }\n';
    const r = loadSources('bad.yaml', bad);
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^sources\[0\]: needs the pages, a stable address/));
    expect(lines).toContainEqual(expect.stringMatching(/^sources\[1\]\.kind: /));
  });
});

describe('what students read', () => {
  const keys = [...catalog.sources.keys()];
  const keyPattern = new RegExp(`(^|[^a-z0-9-])(${keys.join('|')})([^a-z0-9-]|$)`);

  it('never shows a bare source key in a scenario text', () => {
    for (const f of yamlFiles) {
      for (const t of texts(f.data)) expect(t.text, `${f.name}: ${t.path}`).not.toMatch(keyPattern);
    }
  });

  it('prints sources through the citation formatters, not as raw keys', () => {
    const code = files(join(ROOT, 'src'), /\.ts$/).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
    for (const c of code) expect(c.text, c.name).not.toMatch(/sources\.join\(|\$\{h\.source\}/);
  });

  it('carries no internal remark: scenario texts, bibliography, code and documentation', () => {
    for (const f of yamlFiles) {
      for (const t of texts(f.data)) {
        expect(t.text, `${f.name}: ${t.path}`).not.toMatch(INTERNAL);
        expect(t.text, `${f.name}: ${t.path}`).not.toMatch(OLD_TAGS);
      }
    }
    const docs = [...files(join(ROOT, 'src'), /\.ts$/), ...files(join(ROOT, 'docs'), /\.md$/), join(ROOT, 'README.md'), ...files(join(ROOT, 'scenarios'), /\.yaml$/)];
    for (const path of docs) {
      const text = readFileSync(path, 'utf8');
      expect(text, relative(ROOT, path)).not.toMatch(INTERNAL);
      expect(text, relative(ROOT, path)).not.toMatch(OLD_TAGS);
    }
  });
});
