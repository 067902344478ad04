// The scenario files bundled into the browser build by Vite, built into a catalogue once.
import { buildCatalog, type Catalog, type ScenarioFile } from './catalog';

const raw = import.meta.glob('../../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: Catalog | null = null;

/** The project's scenarios and lenses as bundled into the page (built on first call). */
export function loadCatalogBundled(): Catalog {
  if (cached) return cached;
  const files: ScenarioFile[] = Object.entries(raw)
    .map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const lensFile = files.find((f) => f.name.endsWith('lenses.yaml'));
  if (!lensFile) throw new Error('scenarios/lenses.yaml is missing from the build');
  const debriefFile = files.find((f) => f.name.endsWith('scenarios/debrief.yaml'));
  const scenarioFiles = files.filter((f) => f !== debriefFile && !f.name.endsWith('lenses.yaml') && !f.name.endsWith('factors.yaml'));
  cached = buildCatalog(scenarioFiles, lensFile, debriefFile);
  return cached;
}
