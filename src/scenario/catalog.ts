// The catalogue of scenarios and lenses, and the contexts that the rules play on. It is built from the files
// by src/scenario/catalogFiles.ts (in Node, at build time and for a teacher's own file); the page receives the
// project's own compiled (src/scenario/files.browser.ts), so nothing here reads YAML.
import type { Campaign, Lens, Lesson } from './schema';
import { clip, formatProblems, type Problem } from './problems';
import { makeCtx, type Ctx, type Scenario } from './playable';
import type { Bibliography } from './sources';
import type { SourceDocument } from './documents';
import type { GlossaryEntry } from './glossary';
import type { DebriefContent } from './debrief';
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

export { defaultLens };

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
