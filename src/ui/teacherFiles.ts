// The YAML files a teacher's screens read, fetched only when first needed (a chunk of its own, so the YAML parser
// and the schema checks are never part of the first script): a scenario file a teacher or student loads, checked
// as `npm run -s validate` checks it and, when it is a valid campaign or lesson, added to the catalogue; and the
// lesson plans (scenarios/teachers.yaml), read as they are written; and the screens only a teacher opens (the
// teachers' screen, the lesson plans, the class at a glance), which a student never downloads.
import type { Catalog } from '../scenario/catalog';
import { withScenarioFile } from '../scenario/catalogFiles';
import { checkScenarioText } from '../scenario/check';
import type { Scenario } from '../scenario/playable';
import { formatProblems, type Loaded } from '../scenario/problems';
import { loadTeachers, type TeachersContent } from '../scenario/teachers';

export { loadYamlParser } from '../scenario/yaml.browser';
export { classScreen } from './screens/classview';
export { plansScreen } from './screens/plans';
export { teachersScreen } from './screens/teachers';

/** A loaded file: its kind, each problem as one located line, and the catalogue with its scenario when it can be played. */
export interface FileRead {
  kind: string;
  problems: string[];
  added: { catalog: Catalog; scenario: Scenario } | null;
}

/** Checks a file against the game's own scenarios (`base`); a valid campaign or lesson is added to `base`. */
export function readTeacherFile(base: Catalog, name: string, text: string): FileRead {
  const { campaigns, sources, scenarios, documents } = base;
  const checked = checkScenarioText(name, text, { campaigns, bib: sources, scenarios: scenarios.map((s) => s.id), documents });
  const { kind } = checked;
  if (checked.problems.length) return { kind, problems: formatProblems(checked.problems), added: null };
  if (kind !== 'campaign' && kind !== 'lesson') return { kind, problems: [], added: null };
  const added = withScenarioFile(base, { name, text });
  return added.ok ? { kind, problems: [], added: added.value } : { kind, problems: formatProblems(added.problems), added: null };
}

const TEACHERS_FILE = 'scenarios/teachers.yaml';
const rawTeachers = import.meta.glob('../../scenarios/teachers.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The lesson plans, checked against the game's own scenarios (each must have its plan). */
export function lessonPlans(base: Catalog): Loaded<TeachersContent> {
  const text = Object.values(rawTeachers)[0] ?? '';
  return loadTeachers(TEACHERS_FILE, text, base.scenarios.map((s) => s.id));
}
