// Turns scenario YAML text into validated, typed data. Every problem becomes one line naming the file, the
// field path and what is wrong; no exception escapes to the caller. Works on text, so the browser and Node
// share it (each supplies the file texts its own way).
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  campaignSchema,
  lensFileSchema,
  lessonSchema,
  type Campaign,
  type Lens,
  type Lesson,
} from './schema';
import { checkCampaignReferences, checkLessonReferences } from './references';

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(top)'}: ${p.message}`;
}

/** Names the element of a list by its id when it has one, so "decisions[3]" reads "decisions[3:trotsky-funeral]". */
function labelledPath(data: unknown, segments: PropertyKey[]): string {
  let node: unknown = data;
  const parts: PropertyKey[] = [];
  for (const seg of segments) {
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg as string] : undefined;
    if (typeof seg === 'number' && next && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string') {
      parts.push(`${seg}:${(next as { id: string }).id}` as unknown as PropertyKey);
    } else {
      parts.push(seg);
    }
    node = next;
  }
  return parts
    .map((s, i) => (typeof s === 'number' || String(s).includes(':') ? `[${String(s)}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

function parseYaml(file: string, text: string): Loaded<unknown> {
  try {
    const value: unknown = parse(text, { prettyErrors: true, uniqueKeys: true });
    if (value === null || value === undefined) {
      return { ok: false, problems: [{ file, path: '', message: 'the file is empty' }] };
    }
    return { ok: true, value };
  } catch (err) {
    if (err instanceof YAMLParseError) {
      const line = err.linePos?.[0];
      const where = line ? `line ${line.line}, column ${line.col}` : '';
      const message = err.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
      return { ok: false, problems: [{ file, path: where, message: `not valid YAML: ${message}` }] };
    }
    return { ok: false, problems: [{ file, path: '', message: 'could not be read as YAML' }] };
  }
}

function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): Loaded<z.infer<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const p = { file, path: labelledPath(data, issue.path), message: describeIssue(issue) };
    const key = `${p.path}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  return { ok: false, problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union') return 'is not one of the allowed forms (see docs/model.md for effects and conditions)';
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `is missing (expected ${issue.expected})` : `must be a ${issue.expected}, not ${JSON.stringify(issue.input)}`;
  }
  return issue.message;
}

/** Parses and validates one YAML file against a schema, for data files with no cross-references to check. */
export function loadYaml<S extends z.ZodType>(file: string, text: string, schema: S): Loaded<z.infer<S>> {
  const raw = parseYaml(file, text);
  return raw.ok ? validate(file, raw.value, schema) : raw;
}

export function loadCampaign(file: string, text: string): Loaded<Campaign> {
  const raw = parseYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validate(file, raw.value, campaignSchema);
  if (!checked.ok) return checked;
  const problems = checkCampaignReferences(checked.value).map((p) => ({ file, ...p }));
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLesson(file: string, text: string, campaigns: Campaign[]): Loaded<Lesson> {
  const raw = parseYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validate(file, raw.value, lessonSchema);
  if (!checked.ok) return checked;
  const problems = checkLessonReferences(checked.value, campaigns).map((p) => ({ file, ...p }));
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLenses(file: string, text: string): Loaded<Lens[]> {
  const raw = parseYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validate(file, raw.value, lensFileSchema);
  if (!checked.ok) return checked;
  const lenses = checked.value.lenses;
  const problems: Problem[] = [];
  const ids = new Set<string>();
  lenses.forEach((l, i) => {
    if (ids.has(l.id)) problems.push({ file, path: `lenses[${i}:${l.id}].id`, message: `duplicate lens id "${l.id}"` });
    ids.add(l.id);
  });
  const defaults = lenses.filter((l) => l.default).length;
  if (defaults !== 1) problems.push({ file, path: 'lenses', message: `exactly one lens must be "default: true" (found ${defaults})` });
  return problems.length ? { ok: false, problems } : { ok: true, value: lenses };
}

/** Guesses the kind of a scenario file from its "kind" field, for tools that check any file they are given. */
export function kindOf(text: string): 'campaign' | 'lesson' | 'lenses' | 'factors' | 'unknown' {
  if (/^kind:\s*campaign\s*$/m.test(text)) return 'campaign';
  if (/^kind:\s*lesson\s*$/m.test(text)) return 'lesson';
  if (/^lenses:/m.test(text)) return 'lenses';
  if (/^factors:/m.test(text)) return 'factors';
  return 'unknown';
}
