// The scenarios compiled at build time: the project's own loaders (src/scenario/catalog.ts) read and check
// every file under scenarios/ (the Lab's factors included), and the page receives the finished catalogue as JSON (src/scenario/graph.ts),
// so that it ships neither the YAML text nor the YAML parser and does not check the files again as it starts.
// A file with a problem fails the build with the same located messages the command-line tools give.
// A second, small module holds only what the title and the new-game form read (src/scenario/menu.ts), so that
// the page's first script can show them before the catalogue arrives.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { labInputs } from '../src/lab/factorFile';
import { CatalogError, type ScenarioFile } from '../src/scenario/catalog';
import { catalogFromFiles } from '../src/scenario/catalogFiles';
import type { Compiled } from '../src/scenario/files.browser';
import { encodeGraph } from '../src/scenario/graph';
import { menuOf } from '../src/scenario/menu';

export const CATALOG_MODULE = 'virtual:after-lenin-catalog';
export const MENU_MODULE = 'virtual:after-lenin-menu';
const MODULES = [CATALOG_MODULE, MENU_MODULE];
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = join(ROOT, 'scenarios');
const FACTORS = 'scenarios/factors.yaml';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** JSON.parse of a string literal is read faster than the same value written as a JavaScript object. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** The two modules' sources: the scenario files, loaded and checked, as one JSON value, and their menu. */
export function compileCatalog(): { code: string; menu: string; files: string[] } {
  const paths = yamlFiles(DIR);
  const files: ScenarioFile[] = paths
    .map((path) => ({ name: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  // The Lab's factors are checked against the campaigns, as the Lab itself does, and travel with them.
  const catalog = catalogFromFiles(files.filter((f) => f.name !== FACTORS));
  const factors = files.find((f) => f.name === FACTORS);
  if (!factors) throw new CatalogError([{ file: FACTORS, path: '', message: 'is missing: the Lab needs its factors' }]);
  const compiled: Compiled = { catalog, factorSet: labInputs(catalog, factors).factorSet };
  return { code: jsonModule(encodeGraph(compiled)), menu: jsonModule(menuOf(catalog)), files: paths };
}

/** The virtual modules `virtual:after-lenin-catalog` and `virtual:after-lenin-menu`, compiled once per build. */
export function catalogJson(): Plugin {
  let compiled: ReturnType<typeof compileCatalog> | null = null;
  return {
    name: 'after-lenin:catalog-json',
    buildStart: () => void (compiled = null),
    watchChange: (id) => void (id.endsWith('.yaml') && (compiled = null)),
    resolveId: (id) => (MODULES.includes(id) ? `\0${id}` : undefined),
    load(id) {
      const which = MODULES.find((m) => id === `\0${m}`);
      if (which === undefined) return undefined;
      try {
        compiled ??= compileCatalog();
        for (const f of compiled.files) this.addWatchFile(f);
        return which === CATALOG_MODULE ? compiled.code : compiled.menu;
      } catch (err) {
        if (err instanceof CatalogError) this.error(`The scenario files have problems:\n${err.message}`);
        throw err;
      }
    },
  };
}
