// The YAML parser as the page sees it. The page reads its own scenarios compiled at build time, so it needs
// the parser only for a teacher's own file and the lesson plans: the page's build (build/lazyYaml.ts) points
// src/scenario/yamlfile.ts here instead of at the package, and the package is fetched as a chunk of its own
// by `loadYamlParser()`, which whatever reads YAML in the page awaits first. Node reads the package directly.
import type * as Yaml from 'yaml';

let parser: typeof Yaml | null = null;

/** Fetches the YAML parser (once); until it is here, reading YAML fails with a message that says so. */
export async function loadYamlParser(): Promise<void> {
  parser ??= await import('yaml');
}

function loaded(): typeof Yaml {
  if (!parser) throw new Error('the YAML parser is not loaded yet: the page must await loadYamlParser() before it reads YAML');
  return parser;
}

export const parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => loaded().parseDocument(...args)) as typeof Yaml.parseDocument;
export const isCollection = ((node: unknown) => loaded().isCollection(node)) as typeof Yaml.isCollection;

/** A constructor that makes the package's own line counter. */
export const LineCounter = function LineCounter() {
  return new (loaded().LineCounter)();
} as unknown as typeof Yaml.LineCounter;

/** The package's `visit`, with its BREAK, SKIP and REMOVE signals. */
export const visit = ((node: Parameters<typeof Yaml.visit>[0], visitor: Parameters<typeof Yaml.visit>[1]) => loaded().visit(node, visitor)) as typeof Yaml.visit;
for (const signal of ['BREAK', 'SKIP', 'REMOVE'] as const) Object.defineProperty(visit, signal, { get: () => loaded().visit[signal] });

export type { Document } from 'yaml';
