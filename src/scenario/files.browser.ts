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
  const named = (name: string) => {
    const file = files.find((f) => f.name === `scenarios/${name}`);
    if (!file) throw new Error(`scenarios/${name} is missing from the build`);
    return file;
  };
  const scenarioFiles = files.filter((f) => /^kind:\s*(campaign|lesson)\s*$/m.test(f.text));
  cached = buildCatalog(scenarioFiles, named('lenses.yaml'), { documents: named('documents.yaml'), glossary: named('glossary.yaml') });
  return cached;
}
