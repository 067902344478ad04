// The schema of scenarios/teachers.yaml: the lesson plan for each scenario (duration, objectives, where it sits
// in the exam boards' specifications, starter, play, plenary, differentiation, exam questions), how the model
// and the lenses work, and how to set homework and read the class's results — as data, for teachers.
import { z } from 'zod';
import { idSchema } from './schema';
import { loadYaml, type Loaded } from './loader';

const text = z.string().min(10);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const lessonPlanSchema = z
  .object({
    scenario: idSchema,
    minutes: z.number().int().min(10).max(600),
    duration: text,
    objectives: z.array(text).min(1),
    specifications: z.array(z.object({ board: z.string().min(2), topic: text }).strict()).min(1),
    starter: text,
    play: text,
    plenary: text,
    differentiation: z.array(text).min(1),
    examQuestions: z.array(text).min(1),
  })
  .strict();

export const teachersSchema = z
  .object({
    updated: isoDate,
    model: z.array(text).length(5),
    homework: z.array(text).min(1),
    results: z.array(text).min(1),
    plans: z.array(lessonPlanSchema).min(1),
  })
  .strict();

export type LessonPlan = z.infer<typeof lessonPlanSchema>;
export type TeachersContent = z.infer<typeof teachersSchema>;

/** Reads the teachers' file; `scenarios`, when given, are the ids each plan must name (and each must have a plan). */
export function loadTeachers(file: string, source: string, scenarios?: readonly string[]): Loaded<TeachersContent> {
  const checked = loadYaml(file, source, teachersSchema);
  if (!checked.ok || !scenarios) return checked;
  const problems = checked.value.plans.flatMap((p, i) => (scenarios.includes(p.scenario) ? [] : [{ file, path: `plans.${i}.scenario`, message: `names no scenario of the game: "${p.scenario}"` }]));
  for (const id of scenarios) if (!checked.value.plans.some((p) => p.scenario === id)) problems.push({ file, path: 'plans', message: `has no lesson plan for the scenario "${id}"` });
  return problems.length ? { ok: false, problems } : checked;
}
