// The catalogue of scenarios and lenses: loads every file, reports every problem, and builds the contexts
// that the rules play on. Callers supply the file texts (from disk in Node, bundled in the browser).
import type { Campaign, Lens, Lesson } from './schema';
import { formatProblem, loadCampaign, loadLenses, loadLesson, type Problem } from './loader';
import { buildScenario, makeCtx, type Ctx, type Scenario } from './playable';
import { loadDocuments, type SourceDocument } from './documents';
import { loadGlossary, type GlossaryEntry } from './glossary';
import { checkDocumentReferences, checkLessonDocuments } from './references';

export interface Catalog {
  campaigns: Campaign[];
  lessons: Lesson[];
  lenses: Lens[];
  scenarios: Scenario[];
  /** Primary sources for the document reader (empty when no documents file was given). */
  documents: SourceDocument[];
  glossary: GlossaryEntry[];
}

/** The files beside the scenarios that students read: the primary sources and the glossary. */
export interface LibraryFiles {
  documents: ScenarioFile;
  glossary: ScenarioFile;
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

/** Loads campaigns first (lessons refer to them), then lessons, then the lens file, then the library. */
export function buildCatalog(files: ScenarioFile[], lensFile: ScenarioFile, library?: LibraryFiles): Catalog {
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  const lessons: Lesson[] = [];
  const lessonFiles: ScenarioFile[] = [];
  const lessonFileOf = new Map<Lesson, string>();
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
    if (r.ok) {
      lessons.push(r.value);
      lessonFileOf.set(r.value, f.name);
    }
    else problems.push(...r.problems);
  }
  const lensResult = loadLenses(lensFile.name, lensFile.text);
  if (!lensResult.ok) problems.push(...lensResult.problems);
  const { documents, glossary } = loadLibrary(library, campaigns, lessonFileOf, problems);
  if (problems.length) throw new CatalogError(problems);
  const scenarios = [
    ...campaigns.map((c) => buildScenario(c)),
    ...lessons.map((l) => buildScenario(campaigns.find((c) => c.id === l.base)!, l)),
  ];
  return { campaigns, lessons, lenses: lensResult.ok ? lensResult.value : [], scenarios, documents, glossary };
}

/** The documents (checked against the campaigns and the lessons that list them) and the glossary. */
function loadLibrary(
  library: LibraryFiles | undefined,
  campaigns: Campaign[],
  lessonFileOf: Map<Lesson, string>,
  problems: Problem[],
): { documents: SourceDocument[]; glossary: GlossaryEntry[] } {
  if (!library) return { documents: [], glossary: [] };
  const docs = loadDocuments(library.documents.name, library.documents.text);
  const documents = docs.ok ? docs.value : [];
  if (!docs.ok) problems.push(...docs.problems);
  else problems.push(...checkDocumentReferences(documents, campaigns).map((p) => ({ file: library.documents.name, ...p })));
  if (docs.ok) {
    lessonFileOf.forEach((file, l) => problems.push(...checkLessonDocuments(l, documents).map((p) => ({ file, ...p }))));
  }
  const terms = loadGlossary(library.glossary.name, library.glossary.text);
  if (!terms.ok) problems.push(...terms.problems);
  return { documents, glossary: terms.ok ? terms.value : [] };
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
