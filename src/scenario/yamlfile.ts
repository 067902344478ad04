// Reading a scenario file's text safely, in Node and in the browser: a size limit, binary data, broken YAML,
// nesting too deep to read and aliases that refer to themselves are each reported as one problem with the
// line where it is known, before any schema check. Also the one classifier of scenario files by their kind.
import { isCollection, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { clip, type Loaded, type Problem } from './problems';

/** The largest scenario file read (the full campaign is about a tenth of this). */
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_FILE_SIZE_TEXT = '1 MB';
/** The deepest nesting of lists and groups of fields accepted (the campaign uses 14 levels). */
export const MAX_NESTING = 32;

/** `data`: a file of the scenario folder that another part of the game reads with its own loader. */
export type FileKind = 'campaign' | 'lesson' | 'lenses' | 'factors' | 'sources' | 'debrief' | 'documents' | 'glossary' | 'teachers' | 'data';
export type Classified = { kind: FileKind } | { kind: 'unknown'; problem: Problem };

/** The files that declare no kind, known by their name. */
const NAMED_FILES = new Map<string, FileKind>([
  ['lenses.yaml', 'lenses'],
  ['factors.yaml', 'factors'],
  ['debrief.yaml', 'debrief'],
  ['teachers.yaml', 'teachers'],
  ['documents.yaml', 'documents'],
  ['glossary.yaml', 'glossary'],
  ['sources.yaml', 'sources'],
]);

/**
 * What a scenario file is: the kind it declares ("kind: campaign" or "kind: lesson"), or, for the files that
 * declare none, their name (lenses.yaml, factors.yaml and the other data files) or a top-level "lenses:" or
 * "factors:" list. Anything else is a problem: no file is taken for a campaign unless it says it is one.
 */
export function classifyScenarioFile(name: string, text: string): Classified {
  const declared = /^kind:[ \t]*(["']?)([^\s"'#]*)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
  if (declared === 'campaign' || declared === 'lesson') return { kind: declared };
  if (declared !== undefined) {
    const message = `kind must be "campaign" or "lesson", not "${clip(declared, 40)}"`;
    return { kind: 'unknown', problem: { file: name, path: 'kind', message } };
  }
  const named = NAMED_FILES.get(name.split(/[\\/]/).pop() ?? '');
  if (named) return { kind: named };
  if (/^lenses:/m.test(text)) return { kind: 'lenses' };
  if (/^factors:/m.test(text)) return { kind: 'factors' };
  if (/^sources:/m.test(text)) return { kind: 'sources' };
  if (/^historians:/m.test(text)) return { kind: 'debrief' };
  // A file that cannot be read as YAML at all is reported as such, rather than as one without a kind.
  const raw = readYaml(name, text);
  if (!raw.ok) return { kind: 'unknown', problem: raw.problems[0] };
  const message = 'is missing: a scenario file needs "kind: campaign" or "kind: lesson" (or a top-level "lenses:", "factors:" or "sources:" list)';
  return { kind: 'unknown', problem: { file: name, path: 'kind', message } };
}

function at(lines: LineCounter, offset: number | undefined): string {
  if (offset === undefined) return '';
  const { line, col } = lines.linePos(offset);
  return `line ${line}, column ${col}`;
}

function binaryAt(text: string): number {
  // Control characters other than tab and line breaks, and the mark left where bytes were not UTF-8 text.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.search(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/);
}

/** The first nesting too deep or alias inside its own anchor, as a problem with its line; null if none. */
function structureProblem(file: string, doc: Document, lines: LineCounter): Problem | null {
  let found: Problem | null = null;
  visit(doc, {
    Alias(_key, node, path) {
      const target = node.resolve(doc);
      if (target && path.includes(target as never)) {
        const message = `the alias *${clip(node.source, 40)} is used inside its own anchor &${clip(node.source, 40)}, so it would repeat for ever`;
        found = { file, path: at(lines, node.range?.[0]), message };
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_key, node, path) {
      if (isCollection(node) && path.filter((p) => isCollection(p)).length >= MAX_NESTING) {
        found = { file, path: at(lines, node.range?.[0]), message: `is nested more than ${MAX_NESTING} levels deep` };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function parseProblem(file: string, text: string): Problem | Document {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    const first = error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    const message = /call stack/i.test(first) ? `is nested too deeply to be read (more than ${MAX_NESTING} levels)` : `not valid YAML: ${clip(first)}`;
    return { file, path: where, message };
  }
  return structureProblem(file, doc, lines) ?? doc;
}

/** Parses a scenario file's text into plain data, or says in one problem why it cannot be read. */
export function readYaml(file: string, text: string): Loaded<unknown> {
  const fail = (path: string, message: string): Loaded<unknown> => ({ ok: false, problems: [{ file, path, message }] });
  if (text.length > MAX_FILE_BYTES) return fail('', `is larger than ${MAX_FILE_SIZE_TEXT}, the limit for a scenario file`);
  const binary = binaryAt(text);
  if (binary >= 0) {
    const before = text.slice(0, binary);
    const line = before.split('\n').length;
    return fail(`line ${line}, column ${binary - before.lastIndexOf('\n')}`, 'contains binary data: a scenario file must be plain text (UTF-8)');
  }
  try {
    const parsed = parseProblem(file, text);
    if (!('toJS' in parsed)) return { ok: false, problems: [parsed] };
    const value: unknown = parsed.toJS({ maxAliasCount: 1000 });
    if (value === null || value === undefined) return fail('', 'the file is empty');
    return { ok: true, value };
  } catch (err) {
    if (err instanceof RangeError) return fail('', `is nested too deeply to be read (more than ${MAX_NESTING} levels)`);
    if (err instanceof ReferenceError) return fail('', 'uses its aliases too many times to be read (more than 1,000)');
    return fail('', `could not be read as YAML: ${clip(err instanceof Error ? err.message : String(err))}`);
  }
}
