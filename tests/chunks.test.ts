// How the served build is cut into files, read from a real build with the project's configuration: the
// page's first script (its entry and the chunks it imports before it runs) shows the title without the YAML
// parser, zod, XState or Phaser, and within its share of the load target; the Lab's session, which each
// worker imports by its address, reaches nothing of the page, whose code would touch a document a worker has
// not got; and the YAML parser is fetched only by what reads YAML in the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The hello world's script before its first frame, 367 KB gzip when last measured, and the target's share. */
const FIRST_SCRIPT_LIMIT = 0.25 * 367_000;

type Chunk = Rollup.OutputChunk;

let outDir = '';
let chunks: Chunk[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'after-lenin-chunks-'));
  const result = await build({ root: ROOT, logLevel: 'silent', mode: 'production', build: { outDir, emptyOutDir: true } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  chunks = outputs.flatMap((o) => o.output.filter((f): f is Chunk => f.type === 'chunk'));
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const path = (id: string) => id.replace(/\\/g, '/');

/** A chunk and every chunk it imports statically, in turn: what runs before its own code. */
function closure(start: Chunk): Chunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, Chunk>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const name of c.imports) if (byName.has(name)) visit(byName.get(name)!);
  };
  visit(start);
  return [...seen.values()];
}

function entry(test: (id: string) => boolean): Chunk {
  const found = chunks.find((c) => c.isEntry && c.facadeModuleId !== null && test(path(c.facadeModuleId)));
  if (!found) throw new Error(`no entry chunk found among ${chunks.map((c) => c.fileName).join(', ')}`);
  return found;
}

const modules = (list: Chunk[]) => list.flatMap((c) => c.moduleIds.map(path));
const HEAVY = /\/node_modules\/(zod|xstate|yaml|phaser)\/|\/build\/phaser-cut\.js$/;

describe('the first script', () => {
  it('carries no YAML parser, zod, XState or Phaser', () => {
    const first = modules(closure(entry((id) => id.endsWith('/index.html'))));
    expect(first.some((id) => id.endsWith('/src/main.ts'))).toBe(true);
    expect(first.filter((id) => HEAVY.test(id))).toEqual([]);
  });

  it('carries neither the catalogue nor the rules, the session or the game screens', () => {
    const first = modules(closure(entry((id) => id.endsWith('/index.html'))));
    const game = first.filter((id) => /after-lenin-catalog|\/src\/(rules|flow|lab|kit|debrief)\/|\/src\/ui\/(app|session|game)\.ts$/.test(id));
    expect(game).toEqual([]);
  });

  it('is within a quarter of the hello world script, gzip', () => {
    const bytes = closure(entry((id) => id.endsWith('/index.html'))).reduce((sum, c) => sum + gzipSync(c.code).length, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(FIRST_SCRIPT_LIMIT);
  });
});

describe("the Lab's session for its workers", () => {
  it('keeps its exports and reaches nothing of the page', () => {
    const serve = entry((id) => id.endsWith('/src/lab/serve.ts'));
    expect(serve.exports).toEqual(expect.arrayContaining(['SERVE_URL', 'serveLab']));
    const reached = modules(closure(serve));
    expect(reached.some((id) => id.endsWith('/src/lab/protocol.ts'))).toBe(true);
    expect(reached.filter((id) => /\/src\/(ui|audio)\/|\/src\/main\.ts$|\/scenes\/|index\.html$/.test(id))).toEqual([]);
  });

  it('does not bring the YAML parser, which only the teachers’ tools fetch', () => {
    const reached = modules(closure(entry((id) => id.endsWith('/src/lab/serve.ts'))));
    expect(reached.filter((id) => /\/node_modules\/yaml\//.test(id))).toEqual([]);
    const yaml = chunks.filter((c) => c.moduleIds.some((id) => /\/node_modules\/yaml\//.test(path(id))));
    expect(yaml).toHaveLength(1);
    // Fetched only through a dynamic import: no entry's static closure holds it; a dynamically imported one does.
    for (const e of chunks.filter((c) => c.isEntry)) expect(closure(e).map((c) => c.fileName)).not.toContain(yaml[0].fileName);
    expect(chunks.some((c) => c.dynamicImports.includes(yaml[0].fileName))).toBe(true);
  });
});
