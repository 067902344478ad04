// The catalogue of scenarios and lenses: loads every file, reports every problem, and builds the contexts
// that the rules play on. Callers supply the file texts (from disk in Node, bundled in the browser).
import type { Campaign, Lens, Lesson } from './schema';
import { formatProblems, loadCampaign, loadLenses, loadLesson, type Problem } from './loader';
import { classifyScenarioFile } from './yamlfile';
import { clip } from './problems';
import { buildScenario, makeCtx, type Ctx, type Scenario } from './playable';
import { loadSources, useBibliography, type Bibliography } from './sources';
import { loadDocuments, type SourceDocument } from './documents';
import { loadGlossary, type GlossaryEntry } from './glossary';
import { checkCitations, checkDocumentReferences, checkLessonDocuments } from './references';
import { loadDebriefContent, type DebriefContent } from './debrief';
import { defaultLens } from './menu';

export interface Catalog {
  campaigns: Campaign[];
  lessons: Lesson[];
  lenses: Lens[];
  scenarios: Scenario[];
  /** The bibliography that every note, lens and factor cites. */
  sources: Bibliography;
  /** Primary sources for the document reader (empty when no documents file was given). */
  documents: SourceDocument[];
  glossary: GlossaryEntry[];
  /** The debrief's rules and prose (scenarios/debrief.yaml), when the catalogue was built with them. */
  debrief: DebriefContent | null;
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
    super(formatProblems(problems).join('\n'));
  }
}

/** Loads the bibliography, then campaigns (lessons refer to them), lessons, the lens file, the debrief's file and
 * the library of documents and glossary; every source they cite must be in the bibliography, which then becomes the
 * one the citation formatters read. */
export function buildCatalog(files: ScenarioFile[], lensFile: ScenarioFile, sourcesFile: ScenarioFile, debriefFile?: ScenarioFile, library?: LibraryFiles): Catalog {
  const problems: Problem[] = [];
  const sourcesResult = loadSources(sourcesFile.name, sourcesFile.text);
  if (!sourcesResult.ok) problems.push(...sourcesResult.problems);
  const bib = sourcesResult.ok ? sourcesResult.value : undefined;
  const campaigns: Campaign[] = [];
  const lessons: Lesson[] = [];
  const lessonFiles: ScenarioFile[] = [];
  const lessonFileOf = new Map<Lesson, string>();
  for (const f of files) {
    if (classifyScenarioFile(f.name, f.text).kind === 'lesson') {
      lessonFiles.push(f);
      continue;
    }
    const r = loadCampaign(f.name, f.text, bib);
    if (r.ok) campaigns.push(r.value);
    else problems.push(...r.problems);
  }
  for (const f of lessonFiles) {
    const r = loadLesson(f.name, f.text, campaigns, bib);
    if (r.ok) {
      lessons.push(r.value);
      lessonFileOf.set(r.value, f.name);
    } else problems.push(...r.problems);
  }
  const lensResult = loadLenses(lensFile.name, lensFile.text, bib);
  if (!lensResult.ok) problems.push(...lensResult.problems);
  const debrief = debriefFile ? loadDebriefContent(debriefFile.name, debriefFile.text) : null;
  if (debrief && !debrief.ok) problems.push(...debrief.problems);
  if (debrief?.ok && lensResult.ok) problems.push(...unknownLenses(debriefFile!.name, debrief.value, lensResult.value));
  const { documents, glossary } = loadLibrary(library, { campaigns, lessonFileOf, bib }, problems);
  if (problems.length) throw new CatalogError(problems);
  const scenarios = [
    ...campaigns.map((c) => buildScenario(c)),
    ...lessons.map((l) => buildScenario(campaigns.find((c) => c.id === l.base)!, l)),
  ];
  useBibliography(bib!);
  return { campaigns, lessons, lenses: lensResult.ok ? lensResult.value : [], scenarios, sources: bib!, documents, glossary, debrief: debrief?.ok ? debrief.value : null };
}

/** The documents (checked against the campaigns and the lessons that list them) and the glossary. */
function loadLibrary(
  library: LibraryFiles | undefined,
  known: { campaigns: Campaign[]; lessonFileOf: Map<Lesson, string>; bib: Bibliography | undefined },
  problems: Problem[],
): { documents: SourceDocument[]; glossary: GlossaryEntry[] } {
  if (!library) return { documents: [], glossary: [] };
  const cited = (file: string, data: unknown) => (known.bib ? checkCitations(data, known.bib).map((p) => ({ file, ...p })) : []);
  const docs = loadDocuments(library.documents.name, library.documents.text);
  const documents = docs.ok ? docs.value : [];
  if (!docs.ok) problems.push(...docs.problems);
  else {
    const file = library.documents.name;
    problems.push(...checkDocumentReferences(documents, known.campaigns).map((p) => ({ file, ...p })), ...cited(file, { documents }));
    known.lessonFileOf.forEach((lessonFile, l) => problems.push(...checkLessonDocuments(l, documents).map((p) => ({ file: lessonFile, ...p }))));
  }
  const terms = loadGlossary(library.glossary.name, library.glossary.text);
  if (!terms.ok) problems.push(...terms.problems);
  else problems.push(...cited(library.glossary.name, { terms: terms.value }));
  return { documents, glossary: terms.ok ? terms.value : [] };
}

function unknownLenses(file: string, content: DebriefContent, lenses: readonly Lens[]): Problem[] {
  const known = new Set(lenses.map((l) => l.id));
  return content.historians.flatMap((r, i) =>
    known.has(r.lens) ? [] : [{ file, path: `historians[${i}:${r.id}].lens`, message: `unknown lens "${clip(r.lens)}" (known: ${[...known].join(', ')})` }],
  );
}

/**
 * The catalogue from every file of a scenario folder: each file is sorted by its declared kind (campaigns,
 * lessons, the one lens file, the one bibliography, the debrief's file, and the documents and glossary if there are
 * any; the lab's factor file and the other data files are left to their own readers), and a file of no known kind is
 * a problem.
 */
export function catalogFromFiles(files: readonly ScenarioFile[]): Catalog {
  const scenarios: ScenarioFile[] = [];
  const single: Record<'lenses' | 'sources' | 'debrief' | 'documents' | 'glossary', ScenarioFile[]> = { lenses: [], sources: [], debrief: [], documents: [], glossary: [] };
  const problems: Problem[] = [];
  for (const f of files) {
    const c = classifyScenarioFile(f.name, f.text);
    if (c.kind === 'campaign' || c.kind === 'lesson') scenarios.push(f);
    else if (c.kind === 'lenses' || c.kind === 'sources' || c.kind === 'debrief' || c.kind === 'documents' || c.kind === 'glossary') single[c.kind].push(f);
    else if (c.kind === 'unknown') problems.push(c.problem);
  }
  // The documents and the glossary come as a pair, or not at all (a folder of scenarios only).
  const library = single.documents.length + single.glossary.length > 0;
  const wanted = { lenses: 'lens file, lenses.yaml', sources: 'bibliography, sources.yaml', documents: 'documents file, documents.yaml', glossary: 'glossary, glossary.yaml' };
  for (const kind of ['lenses', 'sources', ...(library ? (['documents', 'glossary'] as const) : [])] as const) {
    if (single[kind].length === 1) continue;
    const found = single[kind].map((f) => f.name).join(', ') || 'none';
    problems.push({ file: 'scenarios', path: '', message: `needs exactly one ${wanted[kind]} (found: ${found})` });
  }
  if (single.debrief.length > 1) problems.push({ file: 'scenarios', path: '', message: `needs at most one debrief file (found: ${single.debrief.map((f) => f.name).join(', ')})` });
  if (problems.length) throw new CatalogError(problems);
  return buildCatalog(scenarios, single.lenses[0], single.sources[0], single.debrief[0], library ? { documents: single.documents[0], glossary: single.glossary[0] } : undefined);
}

export { defaultLens } from './menu';

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
