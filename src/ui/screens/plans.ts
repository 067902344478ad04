// The lesson plans for teachers (scenarios/teachers.yaml): one plan per scenario, how the model and the lenses
// work, and how to set homework and read the class's results. Printable.
import type { Catalog } from '../../scenario/catalog';
import { formatProblems, type Loaded } from '../../scenario/problems';
import type { LessonPlan, TeachersContent } from '../../scenario/teachers';
import { button, el } from '../dom';
import { actionsRow, type Screen } from './parts';

function list(items: string[], ordered = false): HTMLElement {
  return el(ordered ? 'ol' : 'ul', {}, ...items.map((t) => el('li', {}, t)));
}

function planSection(catalog: Catalog, plan: LessonPlan): HTMLElement {
  const sc = catalog.scenarios.find((s) => s.id === plan.scenario);
  const id = `plan-${plan.scenario}`;
  const part = (title: string, ...body: (HTMLElement | string)[]) => el('div', {}, el('h3', {}, title), ...body.map((b) => (typeof b === 'string' ? el('p', {}, b) : b)));
  return el(
    'section',
    { class: 'lesson-plan', 'aria-labelledby': id },
    el('h2', { id }, sc ? (sc.kind === 'lesson' ? `Lesson: ${sc.title}` : sc.title) : plan.scenario),
    el('p', { class: 'lead' }, `${plan.duration} (${plan.minutes} minutes in all.)`),
    part('Objectives', list(plan.objectives)),
    part('Where it sits in the specifications', el('dl', { class: 'facts' }, ...plan.specifications.flatMap((s) => [el('dt', {}, s.board), el('dd', {}, s.topic)]))),
    part('Starter', plan.starter),
    part('The play', plan.play),
    part('Plenary, built on the class’s results', plan.plenary),
    part('Differentiation', list(plan.differentiation)),
    part('The exam questions it prepares for', list(plan.examQuestions, true)),
  );
}

export function plansScreen(catalog: Catalog, content: Loaded<TeachersContent>, actions: { back: () => void }): Screen {
  const back = actionsRow(button('Print the lesson plans', () => window.print(), 'secondary'), button('Back', actions.back, 'secondary'));
  if (!content.ok) {
    const alert = el('div', { class: 'notice', role: 'alert' }, el('p', {}, 'The lesson plans could not be read:'), list(formatProblems(content.problems)));
    return { escape: actions.back, focus: alert, children: [el('div', { class: 'sheet' }, el('h1', {}, 'Lesson plans'), alert, back)] };
  }
  const c = content.value;
  return {
    escape: actions.back,
    children: [
      el(
        'div',
        { class: 'sheet teachers' },
        el('p', { class: 'kicker' }, `For teachers · updated ${c.updated}`),
        el('h1', {}, 'Lesson plans'),
        back,
        el('section', { 'aria-labelledby': 'plans-model' }, el('h2', { id: 'plans-model' }, 'How the model and the lenses work'), list(c.model)),
        el('section', { 'aria-labelledby': 'plans-homework' }, el('h2', { id: 'plans-homework' }, 'Setting homework'), list(c.homework, true)),
        el('section', { 'aria-labelledby': 'plans-results' }, el('h2', { id: 'plans-results' }, 'Reading the class’s results'), list(c.results)),
        ...c.plans.filter((p) => catalog.scenarios.some((s) => s.id === p.scenario)).map((p) => planSection(catalog, p)),
      ),
    ],
  };
}
