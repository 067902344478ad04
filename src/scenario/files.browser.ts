// The scenarios as the page receives them: compiled and checked at build time (build/catalogJson.ts), with
// the Lab's factors (read by src/lab/bundled.ts), and read back here once. Reading them also makes the
// catalogue's bibliography the one the citation formatters use.
import compiledModule from 'virtual:after-lenin-catalog';
import type { Catalog } from './catalog';
import { decodeGraph, type Encoded } from './graph';
import { useBibliography } from './sources';

/** What the build compiles: the catalogue, and the Lab's factors checked against its campaigns. */
export interface Compiled {
  catalog: Catalog;
  factorSet: unknown;
}

let cached: Compiled | null = null;

/** Everything compiled into the page, read on first call. */
export function loadCompiledBundled(): Compiled {
  if (cached) return cached;
  cached = decodeGraph(compiledModule as Encoded) as Compiled;
  useBibliography(cached.catalog.sources);
  return cached;
}

/** The project's scenarios and lenses as compiled into the page. */
export function loadCatalogBundled(): Catalog {
  return loadCompiledBundled().catalog;
}
