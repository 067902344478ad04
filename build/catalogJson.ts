// The scenarios compiled at build time: the project's own loaders (src/scenario/catalog.ts) read and check
// every file under scenarios/ (the Lab's factors included), and the page receives the finished catalogue as JSON (src/scenario/graph.ts),
// so that it ships neither the YAML text nor the YAML parser and does not check the files again as it starts.
// A file with a problem fails the build with the same located messages the command-line tools give.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { labInputs } from '../src/lab/factorFile';
import { CatalogError, type ScenarioFile } from '../src/scenario/catalog';
import { catalogFromFiles } from '../src/scenario/catalogFiles';
import type { Compiled } from '../src/scenario/files.browser';
import { encodeGraph } from '../src/scenario/graph';

export const CATALOG_MODULE = 'virtual:after-lenin-catalog';
const RESOLVED = `\0${CATALOG_MODULE}`;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, 'scenarios');
const FACTORS = 'scenarios/factors.yaml';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** The catalogue module's source: the scenario files, loaded and checked, as one JSON value. */
export function compileCatalog(): { code: string; files: string[] } {
  const paths = yamlFiles(DIR);
  const files: ScenarioFile[] = paths
    .map((path) => ({ name: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  // The Lab's factors are checked against the campaigns, as the Lab itself does, and travel with them.
  const catalog = catalogFromFiles(files.filter((f) => f.name !== FACTORS));
  const factors = files.find((f) => f.name === FACTORS);
  if (!factors) throw new CatalogError([{ file: FACTORS, path: '', message: 'is missing: the Lab needs its factors' }]);
  const compiled: Compiled = { catalog, factorSet: labInputs(catalog, factors).factorSet };
  const json = JSON.stringify(encodeGraph(compiled));
  // JSON.parse of a string literal is read faster than the same value written as a JavaScript object.
  return { code: `export default JSON.parse(${JSON.stringify(json)});\n`, files: paths };
}

/** The virtual module `virtual:after-lenin-catalog`, for the page and for the Lab's worker. */
export function catalogJson(): Plugin {
  return {
    name: 'after-lenin:catalog-json',
    resolveId: (id) => (id === CATALOG_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      try {
        const { code, files } = compileCatalog();
        for (const f of files) this.addWatchFile(f);
        return code;
      } catch (err) {
        if (err instanceof CatalogError) this.error(`The scenario files have problems:\n${err.message}`);
        throw err;
      }
    },
  };
}
