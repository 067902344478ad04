// The catalogue of scenarios and lenses: loads every file, reports every problem, and builds the contexts
// that the rules play on. Callers supply the file texts (from disk in Node, bundled in the browser).
import type { Campaign, Lens, Lesson } from './schema';
import { formatProblems, loadCampaign, loadLenses, loadLesson, type Problem } from './loader';
import { classifyScenarioFile } from './yamlfile';
import { clip } from './problems';
import { buildScenario, makeCtx, type Ctx, type Scenario } from './playable';

export interface Catalog {
  campaigns: Campaign[];
  lessons: Lesson[];
  lenses: Lens[];
  scenarios: Scenario[];
}

export interface ScenarioFile {
  name: string;
  text: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems).join('\n'));
  }
}

/** Loads campaigns first (lessons refer to them), then lessons, then the lens file. */
export function buildCatalog(files: ScenarioFile[], lensFile: ScenarioFile): Catalog {
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  const lessons: Lesson[] = [];
  const lessonFiles: ScenarioFile[] = [];
  for (const f of files) {
    if (classifyScenarioFile(f.name, f.text).kind === 'lesson') {
      lessonFiles.push(f);
      continue;
    }
    const r = loadCampaign(f.name, f.text);
    if (r.ok) campaigns.push(r.value);
    else problems.push(...r.problems);
  }
  for (const f of lessonFiles) {
    const r = loadLesson(f.name, f.text, campaigns);
    if (r.ok) lessons.push(r.value);
    else problems.push(...r.problems);
  }
  const lensResult = loadLenses(lensFile.name, lensFile.text);
  if (!lensResult.ok) problems.push(...lensResult.problems);
  if (problems.length) throw new CatalogError(problems);
  const scenarios = [
    ...campaigns.map((c) => buildScenario(c)),
    ...lessons.map((l) => buildScenario(campaigns.find((c) => c.id === l.base)!, l)),
  ];
  return { campaigns, lessons, lenses: lensResult.ok ? lensResult.value : [], scenarios };
}

/**
 * The catalogue from every file of a scenario folder: each file is sorted by its declared kind (campaigns,
 * lessons, the one lens file; the lab's factor file is left to the lab), and a file of no known kind is a problem.
 */
export function catalogFromFiles(files: readonly ScenarioFile[]): Catalog {
  const scenarios: ScenarioFile[] = [];
  const lensFiles: ScenarioFile[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const c = classifyScenarioFile(f.name, f.text);
    if (c.kind === 'campaign' || c.kind === 'lesson') scenarios.push(f);
    else if (c.kind === 'lenses') lensFiles.push(f);
    else if (c.kind === 'unknown') problems.push(c.problem);
  }
  if (lensFiles.length !== 1) {
    const found = lensFiles.map((f) => f.name).join(', ') || 'none';
    problems.push({ file: 'scenarios', path: '', message: `needs exactly one lens file, lenses.yaml (found: ${found})` });
  }
  if (problems.length) throw new CatalogError(problems);
  return buildCatalog(scenarios, lensFiles[0]);
}

export function defaultLens(cat: Catalog): Lens {
  return cat.lenses.find((l) => l.default)!;
}

export function scenarioById(cat: Catalog, id: string): Scenario | undefined {
  return cat.scenarios.find((s) => s.id === id);
}

export function lensById(cat: Catalog, id: string): Lens | undefined {
  return cat.lenses.find((l) => l.id === id);
}

/** The rules' context for a scenario and lens; unknown ids name the known ones. */
export function contextFor(cat: Catalog, scenarioId: string, lensId?: string): Ctx {
  const sc = scenarioById(cat, scenarioId);
  if (!sc) throw new Error(`unknown scenario "${clip(scenarioId)}" (known: ${cat.scenarios.map((s) => s.id).join(', ')})`);
  const lens = lensId === undefined ? defaultLens(cat) : lensById(cat, lensId);
  if (!lens) throw new Error(`unknown lens "${clip(String(lensId))}" (known: ${cat.lenses.map((l) => l.id).join(', ')})`);
  return makeCtx(sc, lens);
}
