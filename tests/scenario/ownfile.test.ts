// A teacher's own scenario file added to the catalogue (as the teachers' screen, the student's assignment and the
// verify command do): a valid lesson or campaign becomes playable beside the built-in ones with the same content
// hash in the page's compiled catalogue as on disk; a file with mistakes gives every mistake located, in the same
// lines as `npm run -s validate`; any other kind of file is refused by name.
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../build/catalogJson';
import { makeAssignment, needsScenarioFile, scenarioHash, scenarioMismatch } from '../../src/kit/assignment';
import type { Catalog } from '../../src/scenario/catalog';
import { withScenarioFile } from '../../src/scenario/catalogFiles';
import { checkScenarioText } from '../../src/scenario/check';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import type { Compiled } from '../../src/scenario/files.browser';
import { decodeGraph, type Encoded } from '../../src/scenario/graph';
import { formatProblems } from '../../src/scenario/problems';
import { catalog } from '../helpers';

const lessonText = readScenarioFile(`${SCENARIO_DIR}/lessons/funeral-and-testament.yaml`).text;
const ownLesson = lessonText.replace(/^id: funeral-and-testament$/m, 'id: my-funeral').replace(/^minutes: 15$/m, 'minutes: 25');

function pageCatalog(): Catalog {
  const literal = /^export default JSON\.parse\((.*)\);\n$/s.exec(compileCatalog().code)!;
  return (decodeGraph(JSON.parse(JSON.parse(literal[1]) as string) as Encoded) as Compiled).catalog;
}

function added(base: Catalog, text: string, name = 'my-lesson.yaml') {
  const r = withScenarioFile(base, { name, text });
  if (!r.ok) throw new Error(formatProblems(r.problems).join('\n'));
  return r.value;
}

describe('a teacher’s own scenario file', () => {
  it('adds a lesson beside the built-in scenarios, with the same hash in the page as on disk', () => {
    const { catalog: own, scenario } = added(catalog, ownLesson);
    expect(scenario).toMatchObject({ id: 'my-funeral', kind: 'lesson' });
    expect(own.scenarios.map((s) => s.id)).toEqual([...catalog.scenarios.map((s) => s.id), 'my-funeral']);
    expect(catalog.scenarios.some((s) => s.id === 'my-funeral')).toBe(false);
    const inPage = added(pageCatalog(), ownLesson).scenario;
    expect(scenarioHash(inPage)).toBe(scenarioHash(scenario));
    const builtIn = own.scenarios.find((s) => s.id === 'funeral-and-testament')!;
    expect(scenarioHash(scenario)).not.toBe(scenarioHash(builtIn));
  });

  it('replaces a built-in scenario of the same id, and any change to the file changes the hash', () => {
    const same = added(catalog, lessonText).scenario;
    const builtIn = catalog.scenarios.find((s) => s.id === 'funeral-and-testament')!;
    expect(scenarioHash(same)).toBe(scenarioHash(builtIn));
    const edited = added(catalog, lessonText.replace(/^minutes: 15$/m, 'minutes: 20'));
    expect(edited.catalog.scenarios.filter((s) => s.id === 'funeral-and-testament')).toEqual([edited.scenario]);
    expect(scenarioHash(edited.scenario)).not.toBe(scenarioHash(builtIn));
  });

  it('adds a campaign of its own', () => {
    const text = readScenarioFile(`${SCENARIO_DIR}/campaign.yaml`).text.replace(/^id: campaign$/m, 'id: my-campaign');
    const { catalog: own, scenario } = added(catalog, text, 'my-campaign.yaml');
    expect(scenario).toMatchObject({ id: 'my-campaign', kind: 'campaign' });
    expect(own.campaigns.map((c) => c.id)).toEqual(['campaign', 'my-campaign']);
  });

  it('lists every mistake where it is, in the same lines as the validator', () => {
    const broken = ownLesson.replace(/^minutes: 25$/m, 'minutes: fifteen').replace(/^start: 1924H1$/m, 'start: 1924H3').replace(/^documents: \[/m, 'documents: [no-such-document, ');
    const r = withScenarioFile(catalog, { name: 'my-lesson.yaml', text: broken });
    expect(r.ok).toBe(false);
    const lines = formatProblems(r.ok ? [] : r.problems);
    expect(lines.some((l) => l.startsWith('my-lesson.yaml: minutes: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('my-lesson.yaml: start: '))).toBe(true);
    const checked = checkScenarioText('my-lesson.yaml', broken, { campaigns: catalog.campaigns, bib: catalog.sources, documents: catalog.documents });
    expect(formatProblems(checked.problems)).toEqual(lines);
    const badDocument = ownLesson.replace(/^documents: \[/m, 'documents: [no-such-document, ');
    const docs = withScenarioFile(catalog, { name: 'my-lesson.yaml', text: badDocument });
    expect(formatProblems(docs.ok ? [] : docs.problems)).toEqual(['my-lesson.yaml: documents[0]: unknown document "no-such-document" (it must be an id in scenarios/documents.yaml)']);
    expect(formatProblems(checkScenarioText('my-lesson.yaml', badDocument, { campaigns: catalog.campaigns, documents: catalog.documents }).problems)).toEqual(formatProblems(docs.ok ? [] : docs.problems));
  });

  it('refuses a file that is not a campaign or lesson, naming its kind', () => {
    const r = withScenarioFile(catalog, { name: 'lenses.yaml', text: readScenarioFile(`${SCENARIO_DIR}/lenses.yaml`).text });
    expect(r.ok ? [] : formatProblems(r.problems)).toEqual(['lenses.yaml: is a lenses file, not a campaign or lesson that can be played']);
    const none = withScenarioFile(catalog, { name: 'notes.yaml', text: 'title: my notes\n' });
    expect(none.ok ? [] : formatProblems(none.problems)[0]).toMatch(/^notes\.yaml: kind: is missing/);
  });

  it('tells a student’s file from the one an assignment was set on, and when a file is needed at all', () => {
    const { catalog: own, scenario } = added(catalog, ownLesson);
    const set = makeAssignment(own, { scenario: 'my-funeral', role: 'stalin', rival: 'historical', lens: 'many-causes', questions: 'lesson' });
    if (!set.ok) throw new Error(set.reason);
    const a = set.value;
    expect(a.hash).toBe(scenarioHash(scenario));
    expect(needsScenarioFile(catalog, a)).toBe(true);
    expect(needsScenarioFile(own, a)).toBe(false);
    expect(scenarioMismatch(a, added(catalog, ownLesson).scenario)).toBeNull();
    const changed = added(catalog, ownLesson.replace(/^minutes: 25$/m, 'minutes: 30'));
    expect(needsScenarioFile(changed.catalog, a)).toBe(true);
    expect(scenarioMismatch(a, changed.scenario)).toMatch(/^it holds the scenario "my-funeral", but not the same version: it has been changed since the link was made/);
    const other = added(catalog, ownLesson.replace(/^id: my-funeral$/m, 'id: other-lesson'));
    expect(scenarioMismatch(a, other.scenario)).toBe('it holds the scenario "other-lesson", but the assignment is set on "my-funeral"');
  });
});
