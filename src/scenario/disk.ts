// Reads the scenario files from disk for Node tools and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog, type ScenarioFile } from './catalog';

export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios');
const ROOT = join(SCENARIO_DIR, '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

export function readScenarioFile(path: string): ScenarioFile {
  return { name: relative(ROOT, path) || path, text: readFileSync(path, 'utf8') };
}

let cached: Catalog | null = null;

/** The project's own scenarios and lenses (loaded once per process). */
export function loadCatalogFromDisk(): Catalog {
  if (cached) return cached;
  const files = yamlFiles(SCENARIO_DIR)
    .sort()
    .map(readScenarioFile)
    .filter((f) => /^kind:\s*(campaign|lesson)\s*$/m.test(f.text));
  cached = buildCatalog(files, readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')), readScenarioFile(join(SCENARIO_DIR, 'debrief.yaml')));
  return cached;
}
