// The teachers' screen: setting an assignment by link, and the way to a class's report codes.
import type { Assignment } from '../../kit/assignment';
import type { Catalog } from '../../scenario/catalog';
import { button, el } from '../dom';
import { assignForm } from './assign';
import { actionsRow, type Screen } from './parts';

/** The outcome of checking a scenario file: its kind, and each problem as one located line. */
export interface FileCheck {
  kind: string;
  problems: string[];
}

/** A teacher's own scenario file: chosen, checked like `npm run -s validate` does, each mistake listed where it is. */
function fileCheckSection(check: (name: string, text: string) => FileCheck): HTMLElement {
  const input = el('input', { type: 'file', id: 'check-file', accept: '.yaml,.yml,text/yaml' });
  const out = el('div', { 'aria-live': 'polite', id: 'check-result' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(
      (text) => {
        const r = check(file.name, text);
        out.replaceChildren(
          r.problems.length
            ? el('div', { class: 'notice', role: 'alert' }, el('p', {}, `${file.name} has ${r.problems.length} mistake${r.problems.length === 1 ? '' : 's'}. Each line says where (the field, or the line and column) and what is wrong:`), el('ul', { class: 'problems' }, ...r.problems.map((p) => el('li', {}, p))))
            : el('p', { role: 'status', class: 'valid' }, `${file.name} is a valid ${r.kind} file.`),
        );
      },
      () => out.replaceChildren(el('p', { class: 'notice', role: 'alert' }, `${file.name} could not be read: choose it again.`)),
    );
  });
  return el(
    'section',
    { 'aria-labelledby': 'check-head' },
    el('h2', { id: 'check-head' }, 'Check your own scenario file'),
    el('p', {}, 'A lesson you wrote on the campaign, or a campaign of your own, as a YAML file: the game checks it here, on this device, and lists every mistake with where it is.'),
    el('label', { for: 'check-file' }, 'Scenario file (.yaml)'),
    input,
    out,
  );
}

export interface TeachersActions {
  /** Checks a scenario file's text. */
  check: (name: string, text: string) => FileCheck;
  link: (a: Assignment) => string;
  classView: () => void;
  plans: () => void;
  back: () => void;
}

/** The statement every teacher's screen makes about the class's data. */
export function privacyNote(): HTMLElement {
  return el('p', { class: 'privacy' }, 'Everything here happens on this device: no account, no server, and no student’s name, answer or result leaves it.');
}

export function teachersScreen(catalog: Catalog, actions: TeachersActions): Screen {
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
        assignForm(catalog, { link: actions.link }),
        fileCheckSection(actions.check),
      ),
    ],
  };
}
