// The catalogue of scenarios and lenses: loads every file, reports every problem, and builds the contexts
// that the rules play on. Callers supply the file texts (from disk in Node, bundled in the browser).
import type { Campaign, Lens, Lesson } from './schema';
import { formatProblem, loadCampaign, loadLenses, loadLesson, type Problem } from './loader';
import { buildScenario, makeCtx, type Ctx, type Scenario } from './playable';
import { loadDebriefContent, type DebriefContent } from './debrief';

export interface Catalog {
  campaigns: Campaign[];
  lessons: Lesson[];
  lenses: Lens[];
  scenarios: Scenario[];
  /** The debrief's rules and prose (scenarios/debrief.yaml), when the catalogue was built with them. */
  debrief: DebriefContent | null;
}

export interface ScenarioFile {
  name: string;
  text: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** Loads campaigns first (lessons refer to them), then lessons, then the lens file and the debrief's file. */
export function buildCatalog(files: ScenarioFile[], lensFile: ScenarioFile, debriefFile?: ScenarioFile): Catalog {
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  const lessons: Lesson[] = [];
  const lessonFiles: ScenarioFile[] = [];
  for (const f of files) {
    if (/^kind:\s*lesson\s*$/m.test(f.text)) {
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
  const debrief = debriefFile ? loadDebriefContent(debriefFile.name, debriefFile.text) : null;
  if (debrief && !debrief.ok) problems.push(...debrief.problems);
  if (debrief?.ok && lensResult.ok) problems.push(...unknownLenses(debriefFile!.name, debrief.value, lensResult.value));
  if (problems.length) throw new CatalogError(problems);
  const scenarios = [
    ...campaigns.map((c) => buildScenario(c)),
    ...lessons.map((l) => buildScenario(campaigns.find((c) => c.id === l.base)!, l)),
  ];
  return { campaigns, lessons, lenses: lensResult.ok ? lensResult.value : [], scenarios, debrief: debrief?.ok ? debrief.value : null };
}

function unknownLenses(file: string, content: DebriefContent, lenses: readonly Lens[]): Problem[] {
  const known = new Set(lenses.map((l) => l.id));
  return content.historians.flatMap((r, i) =>
    known.has(r.lens) ? [] : [{ file, path: `historians[${i}:${r.id}].lens`, message: `unknown lens "${r.lens}" (known: ${[...known].join(', ')})` }],
  );
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
  if (!sc) throw new Error(`unknown scenario "${scenarioId}" (known: ${cat.scenarios.map((s) => s.id).join(', ')})`);
  const lens = lensId === undefined ? defaultLens(cat) : lensById(cat, lensId);
  if (!lens) throw new Error(`unknown lens "${lensId}" (known: ${cat.lenses.map((l) => l.id).join(', ')})`);
  return makeCtx(sc, lens);
}
