// The teachers' own tools, a chunk fetched when the teachers' screen is first opened (src/ui/teaching.ts),
// with the YAML parser they read with (needed nowhere else in the page): the check of a teacher's file, the
// lesson plans read from scenarios/teachers.yaml as written, and the class at a glance.
export { checkScenarioText } from '../scenario/check';
export { loadYamlParser } from '../scenario/yaml.browser';
export { loadTeachers } from '../scenario/teachers';
export { classScreen } from './screens/classview';
export { plansScreen } from './screens/plans';
export { teachersScreen } from './screens/teachers';

/** The text of the lesson plans, as written. */
const plans = import.meta.glob('../../scenarios/teachers.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Where the lesson plans are, as their messages name the file. */
export const TEACHERS_FILE = 'scenarios/teachers.yaml';

/** The lesson plans' text, or '' when the file is missing (their loader then says so). */
export function teachersText(): string {
  return Object.values(plans)[0] ?? '';
}
