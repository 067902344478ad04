// The teachers' screen: setting an assignment by link (from a built-in scenario or the teacher's own file), the
// way to a class's report codes, and checking, playing and assigning a scenario file the teacher wrote.
import type { Assignment } from '../../kit/assignment';
import type { Catalog } from '../../scenario/catalog';
import type { Scenario } from '../../scenario/playable';
import { button, el, type Child } from '../dom';
import { assignForm, type OwnScenario } from './assign';
import { alertText, fileField, problemList } from './ownfile';
import { actionsRow, type Screen } from './parts';

/** What became of a file the teacher chose: its kind, each problem as one located line, and the scenario it adds. */
export interface FileLoad {
  kind: string;
  problems: string[];
  /** The catalogue with the file's scenario, when the file is a valid campaign or lesson. */
  added: { catalog: Catalog; scenario: Scenario } | null;
}

export interface TeachersActions {
  /** Checks a file's text and, when it is a valid campaign or lesson, makes it part of the game on this device. */
  load: (name: string, text: string) => Promise<FileLoad | string>;
  /** Plays a scenario (the setup screen with it chosen). */
  play: (scenario: string) => void;
  /** Stops using the loaded file on this device (the built-in scenarios only, from now on). */
  forget: () => void;
  link: (a: Assignment) => string;
  classView: () => void;
  plans: () => void;
  back: () => void;
}

/** What the teacher's own file is, once loaded: its title and what can be done with it. */
function loadedNote(own: OwnScenario, title: string, actions: TeachersActions): Child[] {
  return [
    el('p', { role: 'status', class: 'valid' }, `${own.fileName} is loaded: “${title}” can be played on this device and set as an assignment: it is chosen as the scenario in the form above.`),
    el('p', { class: 'hint' }, 'It stays loaded on this device until you stop using it; a game saved on it can then no longer be continued here.'),
    actionsRow(button('Play it yourself', () => actions.play(own.id), 'secondary'), button('Stop using this file', actions.forget, 'secondary')),
  ];
}

/** A teacher's own scenario file: chosen, checked like `npm run -s validate` does, each mistake listed where it is. */
function fileSection(catalog: Catalog, own: OwnScenario | null, actions: TeachersActions, onAdded: (c: Catalog, own: OwnScenario) => void): HTMLElement {
  const current = own ? catalog.scenarios.find((s) => s.id === own.id) : undefined;
  const read = async (name: string, text: string): Promise<Child[]> => {
    const r = await actions.load(name, text);
    if (typeof r === 'string') return [alertText(r)];
    if (r.problems.length) return [problemList(name, r.problems)];
    if (!r.added) return [el('p', { role: 'status', class: 'valid' }, `${name} is a valid ${r.kind} file.`)];
    const mine = { id: r.added.scenario.id, fileName: name };
    onAdded(r.added.catalog, mine);
    return loadedNote(mine, r.added.scenario.title, actions);
  };
  return el(
    'section',
    { 'aria-labelledby': 'check-head' },
    el('h2', { id: 'check-head' }, 'Your own scenario file'),
    el('p', {}, 'A lesson you wrote on the campaign, or a campaign of your own, as a YAML file: the game checks it here, on this device, and lists every mistake with where it is. A valid one can be played and set as an assignment like the built-in scenarios.'),
    fileField({
      id: 'check-file',
      label: 'Scenario file (.yaml)',
      read,
      initial: own && current ? loadedNote(own, current.title, actions) : [],
    }),
  );
}

/** The statement every teacher's screen makes about the class's data. */
export function privacyNote(): HTMLElement {
  return el('p', { class: 'privacy' }, 'Everything here happens on this device: no account, no server, and no student’s name, answer or result leaves it.');
}

export function teachersScreen(catalog: Catalog, own: OwnScenario | null, actions: TeachersActions): Screen {
  let form = assignForm(catalog, { link: actions.link, own });
  // A newly loaded file is offered in the assignment form at once, already chosen.
  const onAdded = (added: Catalog, mine: OwnScenario) => {
    const next = assignForm(added, { link: actions.link, own: mine }, mine.id);
    form.replaceWith(next);
    form = next;
  };
  return {
    escape: actions.back,
    children: [
      el(
        'div',
        { class: 'sheet teachers' },
        el('p', { class: 'kicker' }, 'For teachers'),
        el('h1', {}, 'Set the game as a lesson or homework'),
        el('p', {}, 'The lesson plans give each scenario’s duration, objectives, place in the exam specifications, starter, plenary and differentiation, ready to print.'),
        privacyNote(),
        el('p', {}, 'Make a link for the class; each student plays the game it sets and hands in a report code. Paste the class’s codes on “The class at a glance” to see every game replayed and checked.'),
        actionsRow(button('Lesson plans', actions.plans, 'secondary'), button('The class at a glance', actions.classView, 'secondary'), button('Back to the title', actions.back, 'secondary')),
        form,
        fileSection(catalog, own, actions, onAdded),
      ),
    ],
  };
}
