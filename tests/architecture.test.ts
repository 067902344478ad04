// The import graph, checked by parsing every source file with the TypeScript compiler (not by regexes): data
// flows one way — scenario ← rules ← flow ← lab and debrief ← kit ← ui ← main — XState stays in the flow and the UI's
// session, Phaser in the scenes and the stage, Howler in the audio, Node's modules in the tools, and the rules
// use no hidden randomness, clock or browser globals, and the YAML parser is never loaded with the first script or the
// Lab's worker. A back-edge fails this test with the file and the import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

type Layer = 'scenario' | 'rules' | 'flow' | 'lab' | 'debrief' | 'kit' | 'cli' | 'audio' | 'ui' | 'main' | 'scenes' | 'art' | 'tools' | 'data';

/** Which layer a file belongs to, from its path relative to the repository. */
function layerOf(path: string): Layer | null {
  if (path === 'src/main.ts') return 'main';
  const m = /^src\/(scenario|rules|flow|lab|debrief|kit|cli|audio|ui)\//.exec(path);
  if (m) return m[1] as Layer;
  if (path.startsWith('scenes/')) return 'scenes';
  if (path.startsWith('assets/art/')) return 'art';
  if (path.startsWith('scenarios/') || /^assets\/.*\.(wav|webm|mp3|ogg|woff2?|svg|png|json|css)(\?.*)?$/.test(path)) return 'data';
  if (path.startsWith('assets/')) return 'tools';
  return null;
}

/** The layers each layer may import. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  scenario: ['scenario', 'data'],
  rules: ['rules', 'scenario'],
  flow: ['flow', 'rules', 'scenario'],
  lab: ['lab', 'flow', 'rules', 'scenario', 'data'],
  debrief: ['debrief', 'lab', 'flow', 'rules', 'scenario', 'data'],
  kit: ['kit', 'debrief', 'lab', 'flow', 'rules', 'scenario', 'data'],
  cli: ['cli', 'kit', 'debrief', 'lab', 'flow', 'rules', 'scenario', 'data'],
  audio: ['audio', 'data'],
  ui: ['ui', 'kit', 'debrief', 'lab', 'flow', 'rules', 'scenario', 'audio', 'scenes', 'art', 'data'],
  main: ['main', 'ui', 'audio', 'scenario', 'data'],
  scenes: ['scenes', 'art'],
  art: ['art'],
  tools: ['tools', 'scenario', 'data'],
  data: [],
};

/** Packages with a fixed home: a file outside it must not import them. */
const PACKAGE_HOMES: { pkg: RegExp; name: string; allowed: (path: string) => boolean }[] = [
  { pkg: /^xstate(\/|$)/, name: 'XState', allowed: (p) => p.startsWith('src/flow/') || p === 'src/ui/session.ts' },
  { pkg: /^phaser(\/|$)/, name: 'Phaser', allowed: (p) => p.startsWith('scenes/') || p === 'src/ui/stage.ts' },
  { pkg: /^howler(\/|$)/, name: 'Howler', allowed: (p) => p.startsWith('src/audio/') },
  {
    pkg: /^node:/,
    name: "Node's own modules",
    allowed: (p) => p.startsWith('src/cli/') || p === 'src/scenario/disk.ts' || layerOf(p) === 'tools',
  },
];

/** Files that still break a rule, each with the reason; this list may only shrink. */
const KNOWN_EXCEPTIONS: Record<string, string> = {};

interface Edge {
  from: string;
  spec: string;
  /** The imported file relative to the root, for relative imports; null for packages. */
  to: string | null;
}

function importsOf(path: string, text: string): Edge[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (spec: string) => {
    const to = spec.startsWith('.') ? normalize(join(dirname(path), spec)).replace(/\\/g, '/') : null;
    edges.push({ from: path, spec, to });
  };
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return edges;
}

/** Every rule an edge breaks, as one readable line each. */
function violations(edge: Edge): string[] {
  const out: string[] = [];
  const from = layerOf(edge.from);
  if (edge.to !== null) {
    const target = edge.to.replace(/\?.*$/, '');
    const to = layerOf(target) ?? layerOf(`${target}.ts`);
    if (from && to && !ALLOWED[from].includes(to)) out.push(`${edge.from} (${from}) imports ${edge.spec} (${to})`);
  } else {
    for (const home of PACKAGE_HOMES) {
      if (home.pkg.test(edge.spec) && !home.allowed(edge.from)) out.push(`${edge.from} imports ${home.name} (${edge.spec})`);
    }
    if (from === 'rules') out.push(`${edge.from} imports the package ${edge.spec}: the rules use none`);
  }
  return out;
}

/** Hidden randomness, clock or browser globals in a rules file, found in its syntax tree. */
function impurities(path: string, text: string): string[] {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const whole = `${node.expression.text}.${node.name.text}`;
      if (whole === 'Math.random') found.push(`${path} uses Math.random`);
    }
    if (ts.isIdentifier(node) && ['Date', 'window', 'document', 'localStorage', 'navigator', 'performance', 'crypto'].includes(node.text)) {
      const parent = node.parent;
      const isMemberName = parent && ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey = parent && (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isMemberName && !isKey) found.push(`${path} uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const files = ['src', 'scenes', 'assets'].flatMap(sourceFiles);

/**
 * The files a file loads at once: its imports that bring values (not `import type`, not a list of types only, not
 * `import()`), resolved to files of the project, and the packages it imports the same way.
 */
function loadedAtOnce(path: string, text: string): { files: string[]; packages: string[] } {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = { files: [] as string[], packages: [] as string[] };
  for (const node of sf.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      if (clause?.isTypeOnly || (clause && !clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))) continue;
    } else if (node.isTypeOnly) continue;
    const spec = node.moduleSpecifier.text;
    if (!spec.startsWith('.')) {
      out.packages.push(spec);
      continue;
    }
    const target = normalize(join(dirname(path), spec.replace(/\?.*$/, ''))).replace(/\\/g, '/');
    const file = [target, `${target}.ts`, `${target}/index.ts`].find((f) => files.includes(f));
    if (file) out.files.push(file);
  }
  return out;
}

/** Every file a script loads before anything it fetches on demand, and the packages they import. */
function firstScript(entry: string): { files: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const { files: next, packages: pkgs } = loadedAtOnce(f, readFileSync(join(ROOT, f), 'utf8'));
    pkgs.forEach((p) => packages.add(p));
    queue.push(...next);
  }
  return { files: seen, packages };
}
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('the import graph', () => {
  it('covers every layer', () => {
    const layers = new Set(files.map(layerOf));
    for (const l of ['scenario', 'rules', 'flow', 'lab', 'kit', 'cli', 'audio', 'ui', 'main', 'scenes', 'art']) expect(layers).toContain(l);
    expect(files.filter((f) => layerOf(f) === null)).toEqual([]);
  });

  it('has no edge against the allowed graph', () => {
    const found = files.flatMap((f) => importsOf(f, read(f)).flatMap(violations)).filter((v) => !(v.split(' ')[0] in KNOWN_EXCEPTIONS));
    expect(found).toEqual([]);
  });

  it('keeps its list of exceptions honest: each still breaks a rule', () => {
    for (const f of Object.keys(KNOWN_EXCEPTIONS)) {
      if (!files.includes(f)) continue;
      expect(importsOf(f, read(f)).flatMap(violations).length, `${f} no longer needs its exception`).toBeGreaterThan(0);
    }
  });

  it('keeps the rules free of randomness, clocks and browser globals', () => {
    const rules = files.filter((f) => layerOf(f) === 'rules');
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.flatMap((f) => impurities(f, read(f)))).toEqual([]);
  });

  it('keeps the teacher\'s kit pure too: no DOM, clock or randomness, so codes verify the same in Node and the browser', () => {
    const kit = files.filter((f) => layerOf(f) === 'kit');
    expect(kit.length).toBeGreaterThan(3);
    expect(kit.flatMap((f) => impurities(f, read(f)))).toEqual([]);
  });

  it('keeps the YAML parser out of the first script and the Lab’s worker: it is fetched only to read a teacher’s file', () => {
    // The first script, the game's chunk it fetches at once, and the Lab's worker with the session it imports:
    // each must reach a good part of the code (the walk works), and none of them the YAML parser.
    const least: Record<string, number> = { 'src/main.ts': 10, 'src/ui/game.ts': 40, 'src/lab/worker.ts': 0, 'src/lab/serve.ts': 10 };
    for (const [entry, size] of Object.entries(least)) {
      const { files: loaded, packages } = firstScript(entry);
      expect(loaded.size, entry).toBeGreaterThan(size);
      expect([...packages].filter((p) => /^yaml(\/|$)/.test(p)), entry).toEqual([]);
      expect([...loaded].filter((f) => /^src\/scenario\/(yamlfile|loader|readers|catalogFiles|check)\.ts$/.test(f)), entry).toEqual([]);
    }
    const teacher = firstScript('src/ui/teacherFiles.ts');
    expect(teacher.packages).toContain('yaml');
  });

  it('would catch a back-edge, a misplaced package and an impure rule', () => {
    const bad = [
      ...importsOf('src/rules/x.ts', "import { createGameMachine } from '../flow/machine';\nimport Phaser from 'phaser';"),
      ...importsOf('src/scenario/y.ts', "import type { GameState } from '../rules/state';"),
      ...importsOf('src/lab/z.ts', "const m = await import('../ui/app');"),
      ...importsOf('src/ui/w.ts', "import { createActor } from 'xstate';"),
      ...importsOf('src/flow/v.ts', "import { Howl } from 'howler';"),
    ].flatMap(violations);
    expect(bad).toEqual([
      'src/rules/x.ts (rules) imports ../flow/machine (flow)',
      'src/rules/x.ts imports Phaser (phaser)',
      'src/rules/x.ts imports the package phaser: the rules use none',
      'src/scenario/y.ts (scenario) imports ../rules/state (rules)',
      'src/lab/z.ts (lab) imports ../ui/app (ui)',
      'src/ui/w.ts imports XState (xstate)',
      'src/flow/v.ts imports Howler (howler)',
    ]);
    expect(impurities('src/rules/r.ts', 'const a = Math.random(); const b = Date.now(); const c = new Date(); window.alert(1);')).toEqual([
      'src/rules/r.ts uses Math.random',
      'src/rules/r.ts uses Date',
      'src/rules/r.ts uses Date',
      'src/rules/r.ts uses window',
    ]);
    expect(impurities('src/rules/ok.ts', 'const o = { window: 1 }; o.window; const date = 2;')).toEqual([]);
  });
});

