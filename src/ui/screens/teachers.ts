// The teachers' screen: setting an assignment by link, and the way to a class's report codes.
import type { Assignment } from '../../kit/assignment';
import type { Catalog } from '../../scenario/catalog';
import { button, el } from '../dom';
import { assignForm } from './assign';
import { actionsRow, type Screen } from './parts';

export interface TeachersActions {
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
      ),
    ],
  };
}
