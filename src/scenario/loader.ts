// Turns scenario YAML text into validated, typed data. Every problem becomes one line naming the file, the
// field path and what is wrong; no exception escapes to the caller. Works on text, so the browser and Node
// share it (each supplies the file texts its own way).
import {
  campaignSchema,
  lensFileSchema,
  lessonSchema,
  type Campaign,
  type Lens,
  type Lesson,
} from './schema';
import { checkCampaignReferences, checkCitations, checkLessonReferences } from './references';
import type { Bibliography } from './sources';
import { validateWith, type Loaded, type Problem } from './problems';
import { readYaml } from './yamlfile';
import type { z } from 'zod';

export { formatProblem, formatProblems, type Loaded, type Problem } from './problems';

/** Parses a YAML text safely and checks it against a schema: the value, or one problem per fault. */
export function loadYaml<S extends z.ZodType>(file: string, text: string, schema: S): Loaded<z.infer<S>> {
  const raw = readYaml(file, text);
  return raw.ok ? validateWith(file, raw.value, schema) : raw;
}

/** Problems for every source key the data cites that the bibliography lacks (none without a bibliography). */
function citationProblems(file: string, data: unknown, bib: Bibliography | undefined): Problem[] {
  return bib ? checkCitations(data, bib).map((p) => ({ file, ...p })) : [];
}

export function loadCampaign(file: string, text: string, bib?: Bibliography): Loaded<Campaign> {
  const checked = loadYaml(file, text, campaignSchema);
  if (!checked.ok) return checked;
  const problems = [...checkCampaignReferences(checked.value).map((p) => ({ file, ...p })), ...citationProblems(file, checked.value, bib)];
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLesson(file: string, text: string, campaigns: Campaign[], bib?: Bibliography): Loaded<Lesson> {
  const checked = loadYaml(file, text, lessonSchema);
  if (!checked.ok) return checked;
  const problems = [...checkLessonReferences(checked.value, campaigns).map((p) => ({ file, ...p })), ...citationProblems(file, checked.value, bib)];
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLenses(file: string, text: string, bib?: Bibliography): Loaded<Lens[]> {
  const checked = loadYaml(file, text, lensFileSchema);
  if (!checked.ok) return checked;
  const lenses = checked.value.lenses;
  const problems: Problem[] = citationProblems(file, checked.value, bib);
  const ids = new Set<string>();
  lenses.forEach((l, i) => {
    if (ids.has(l.id)) problems.push({ file, path: `lenses[${i}:${l.id}].id`, message: `duplicate lens id "${l.id}"` });
    ids.add(l.id);
  });
  const defaults = lenses.filter((l) => l.default).length;
  if (defaults !== 1) problems.push({ file, path: 'lenses', message: `exactly one lens must be "default: true" (found ${defaults})` });
  return problems.length ? { ok: false, problems } : { ok: true, value: lenses };
}
