// Checking one scenario file's text with the loader its kind calls for, as `npm run -s validate` does and as
// the teachers' screen does for a file a teacher loads: every problem located (file, where, what). Pure.
import type { Campaign } from './schema';
import type { Bibliography } from './sources';
import { loadCampaign, loadLenses, loadLesson } from './loader';
import { loadDebriefContent, loadDocuments, loadGlossary, loadSources } from './readers';
import { loadTeachers } from './teachers';
import { checkCitations, checkDocumentReferences, checkLessonDocuments } from './references';
import type { SourceDocument } from './documents';
import { classifyScenarioFile, readYaml, type FileKind } from './yamlfile';
import type { Loaded, Problem } from './problems';

/** What a file is checked against: the project's campaigns, bibliography and scenario ids. */
export interface CheckContext {
  campaigns: Campaign[];
  bib?: Bibliography;
  scenarios?: string[];
  /** The primary sources a lesson may list (not checked when left out). */
  documents?: SourceDocument[];
  /** The reader of a factor file (the Lab's own), where factor files are checked. */
  factors?: (name: string, text: string, campaigns: Campaign[]) => Problem[];
}

function problemsOf<T>(r: Loaded<T>): Problem[] {
  return r.ok ? [] : r.problems;
}

/** The kind of a file and every problem with it (none when it is valid). */
export function checkScenarioText(name: string, text: string, ctx: CheckContext): { kind: FileKind | 'unknown'; problems: Problem[] } {
  const kind = classifyScenarioFile(name, text);
  switch (kind.kind) {
    case 'campaign':
      return { kind: kind.kind, problems: problemsOf(loadCampaign(name, text, ctx.bib)) };
    case 'lesson': {
      const r = loadLesson(name, text, ctx.campaigns, ctx.bib);
      const problems = r.ok ? (ctx.documents?.length ? checkLessonDocuments(r.value, ctx.documents) : []).map((p) => ({ file: name, ...p })) : r.problems;
      return { kind: kind.kind, problems };
    }
    case 'lenses':
      return { kind: kind.kind, problems: problemsOf(loadLenses(name, text, ctx.bib)) };
    case 'sources':
      return { kind: kind.kind, problems: problemsOf(loadSources(name, text)) };
    case 'factors':
      return { kind: kind.kind, problems: ctx.factors ? ctx.factors(name, text, ctx.campaigns) : [] };
    case 'debrief':
      return { kind: kind.kind, problems: problemsOf(loadDebriefContent(name, text)) };
    case 'documents': {
      const r = loadDocuments(name, text);
      const problems = r.ok ? [...checkDocumentReferences(r.value, ctx.campaigns), ...(ctx.bib ? checkCitations({ documents: r.value }, ctx.bib) : [])].map((p) => ({ file: name, ...p })) : r.problems;
      return { kind: kind.kind, problems };
    }
    case 'glossary': {
      const r = loadGlossary(name, text);
      const problems = r.ok ? (ctx.bib ? checkCitations({ terms: r.value }, ctx.bib) : []).map((p) => ({ file: name, ...p })) : r.problems;
      return { kind: kind.kind, problems };
    }
    case 'teachers':
      return { kind: kind.kind, problems: problemsOf(loadTeachers(name, text, ctx.scenarios)) };
    case 'data':
      return { kind: kind.kind, problems: problemsOf(readYaml(name, text)) };
    default:
      return { kind: 'unknown', problems: [kind.problem] };
  }
}
