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
import { checkCampaignReferences, checkLessonReferences } from './references';
import { validateWith, type Loaded, type Problem } from './problems';
import { readYaml } from './yamlfile';

export { formatProblem, formatProblems, type Loaded, type Problem } from './problems';

export function loadCampaign(file: string, text: string): Loaded<Campaign> {
  const raw = readYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validateWith(file, raw.value, campaignSchema);
  if (!checked.ok) return checked;
  const problems = checkCampaignReferences(checked.value).map((p) => ({ file, ...p }));
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLesson(file: string, text: string, campaigns: Campaign[]): Loaded<Lesson> {
  const raw = readYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validateWith(file, raw.value, lessonSchema);
  if (!checked.ok) return checked;
  const problems = checkLessonReferences(checked.value, campaigns).map((p) => ({ file, ...p }));
  return problems.length ? { ok: false, problems } : checked;
}

export function loadLenses(file: string, text: string): Loaded<Lens[]> {
  const raw = readYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validateWith(file, raw.value, lensFileSchema);
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
