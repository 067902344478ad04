// The scenario files bundled into the browser build by Vite, built into a catalogue once.
import { catalogFromFiles, type Catalog, type ScenarioFile } from './catalog';

const raw = import.meta.glob('../../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: Catalog | null = null;

/** The project's scenarios and lenses as bundled into the page (built on first call), each file sorted by its kind. */
export function loadCatalogBundled(): Catalog {
  if (cached) return cached;
  const files: ScenarioFile[] = Object.entries(raw)
    .map(([path, text]) => ({ name: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.name.localeCompare(b.name));
  cached = catalogFromFiles(files);
  return cached;
}
