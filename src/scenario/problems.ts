// Problems found in a scenario file, in the project's own words: one line each, "FILE: path: message", with
// any value from the file cut short, at most MAX_PROBLEMS_PER_FILE lines per file, and no second line for a
// mistake already reported. Schema checks (zod) are translated here, so no library wording reaches a user.
import type { z } from 'zod';

export interface Problem {
  file: string;
  /** Where in the file: a field path such as "leaders[1:trotsky].prestige", "line 3, column 5", or "" for the whole file. */
  path: string;
  message: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The most characters of a value from the input that any message repeats. */
export const MAX_ECHO = 80;
/** The most problems listed for one file; the rest are counted in one last line. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** A text from the input, cut to at most MAX_ECHO characters (an ellipsis marks the cut). */
export function clip(text: string, max = MAX_ECHO): string {
  const chars = Array.from(text.slice(0, max + 1));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** A value from the input described in a few words: a quoted (clipped) text, a number, or the kind of thing it is. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${clip(value.replace(/\s+/g, ' '), MAX_ECHO - 2)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return clip(String(value));
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length ? `a group of fields (${clip(keys.join(', '), 60)})` : 'an empty group of fields';
  }
  return `a ${typeof value}`;
}

/** One problem as one line; the path and message are capped too, so that no line can grow with the input. */
export function formatProblem(p: Problem): string {
  const message = clip(p.message.replace(/\s*\n\s*/g, ' '), 400);
  return p.path ? `${clip(p.file, 200)}: ${clip(p.path, 200)}: ${message}` : `${clip(p.file, 200)}: ${message}`;
}

/** One line per problem, at most MAX_PROBLEMS_PER_FILE per file and then "… and N more". */
export function formatProblems(problems: readonly Problem[]): string[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile].flatMap(([file, list]) => {
    const shown = list.slice(0, MAX_PROBLEMS_PER_FILE).map(formatProblem);
    const rest = list.length - shown.length;
    return rest > 0 ? [...shown, `${file}: … and ${rest} more problem${rest === 1 ? '' : 's'}`] : shown;
  });
}

/** Names the element of a list by its id when it has one, so "decisions[3]" reads "decisions[3:trotsky-funeral]". */
export function labelledPath(data: unknown, segments: readonly PropertyKey[]): string {
  let node: unknown = data;
  let out = '';
  for (const seg of segments) {
    const next = node && typeof node === 'object' && Object.hasOwn(node, seg) ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
    const id = next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
    if (typeof seg === 'number') out += typeof id === 'string' ? `[${seg}:${clip(id, 40)}]` : `[${seg}]`;
    else out += `${out ? '.' : ''}${clip(String(seg), 40)}`;
    node = next;
  }
  return out;
}

const NOUNS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
  map: 'a group of fields',
  literal: 'a fixed word',
};

const noun = (expected: string) => (Object.hasOwn(NOUNS, expected) ? NOUNS[expected] : 'a different kind of value');

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, input: unknown): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const length = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
  const has = length === undefined ? '' : ` (it has ${length})`;
  if (issue.origin === 'string') return `${small ? 'is too short' : 'is too long'}: ${small ? 'at least' : 'at most'} ${limit} characters${has}`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    if ((issue as { exact?: boolean }).exact) return `must have exactly ${limit} items${has}`;
    return `must have ${small ? 'at least' : 'at most'} ${limit} item${Number(limit) === 1 ? '' : 's'}${has}`;
  }
  const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
  return `must be ${bound} ${limit}, not ${describeValue(input)}`;
}

/** One zod issue in the project's words. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return Object.hasOwn(NOUNS, issue.expected) ? `is missing: it must be ${noun(issue.expected)}` : 'is missing';
      return `must be ${noun(issue.expected)}, not ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${clip(issue.keys.map((k) => `"${k}"`).join(', '))}`;
    case 'invalid_union':
      return 'is not one of the allowed forms (see docs/model.md for effects and conditions)';
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue, input);
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? '' : 'one of '}${clip(issue.values.map((v) => JSON.stringify(v)).join(', '))}, not ${describeValue(input)}`;
    case 'invalid_format':
      return `${/^Invalid/.test(issue.message) ? 'is not in the expected form' : issue.message}, not ${describeValue(input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}, not ${describeValue(input)}`;
    case 'invalid_key':
      return `has a field name that is not allowed: ${describeValue(input)}`;
    case 'invalid_element':
      return `has a value that is not allowed: ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

/**
 * Drops the lines that only repeat a mistake already reported: a size or format check on a value of the wrong
 * type, and a rule about a whole group of fields whose own fields are already wrong.
 */
function withoutCascades(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const typed = new Set(issues.filter((i) => i.code === 'invalid_type' || i.code === 'invalid_union').map((i) => pathKey(i.path)));
  const keys = issues.map((i) => pathKey(i.path));
  return issues.filter((issue, n) => {
    if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union' && typed.has(keys[n])) return false;
    if (issue.code === 'custom') return !keys.some((k) => k !== keys[n] && (keys[n] === '' || k.startsWith(`${keys[n]}\u0000`)));
    return true;
  });
}

/** Checks parsed data against a schema; every problem is one line with its field path. */
export function validateWith<S extends z.ZodType>(file: string, data: unknown, schema: S): Loaded<z.infer<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of withoutCascades(result.error.issues)) {
    const p = { file, path: labelledPath(data, issue.path) || '(top)', message: describeIssue(issue) };
    const key = `${p.path}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  return { ok: false, problems };
}
