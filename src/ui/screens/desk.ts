// The desk's screens: the briefing that opens a game, and each half-year's documents with the leaders.
import { calendar, eventsThisTurn, playerRole } from '../../flow/selectors';
import { el, paragraphs } from '../dom';
import { leaderName } from '../labels';
import { continueRow, documentHeading, gameNav, leaderCards, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface DeskActions extends NavActions {
  next: () => void;
}

export function briefingScreen(view: GameView, actions: DeskActions): Screen {
  const { sc, state } = view;
  const role = playerRole(state);
  return {
    stage: true,
    cue: { sounds: ['typewriter'] },
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `Briefing · ${calendar(sc, state.turn).name}`),
      el('h1', {}, sc.title),
      ...paragraphs(sc.summary, 'lead'),
      el('div', { class: 'document minutes' }, el('p', { class: 'doc-kind' }, `Secret · for ${leaderName(sc, role)} only`), ...paragraphs(sc.briefing[role], 'body')),
      sc.lesson ? el('section', {}, el('h2', {}, 'Questions to answer as you play'), el('ul', {}, ...sc.lesson.questions.map((q) => el('li', {}, q)))) : null,
      continueRow(actions.next, 'Begin'),
    ],
  };
}

export function eventsScreen(view: GameView, actions: DeskActions): Screen {
  const { sc, state } = view;
  const events = eventsThisTurn(sc, state);
  const cal = calendar(sc, state.turn);
  return {
    stage: true,
    cue: { sounds: [events.some((e) => e.kind === 'telegram') ? 'telegraph' : 'typewriter'] },
    children: [
      gameNav(view, actions),
      el('div', { class: 'calendar', 'aria-hidden': 'true' }, el('span', { class: 'half' }, cal.half), el('span', { class: 'year' }, String(cal.year))),
      el('p', { class: 'kicker' }, `Half-year ${cal.number} of ${cal.of}`),
      el('h1', {}, cal.name),
      events.length === 0 ? el('p', {}, 'No dispatches reach your desk this half-year.') : null,
      ...events.map((e) =>
        el(
          'article',
          { class: `document ${e.kind}`, 'aria-labelledby': `event-${e.id}` },
          el('p', { class: 'doc-kind' }, e.kind),
          documentHeading(`event-${e.id}`, e.title),
          ...paragraphs(e.text, 'body'),
          noteBlock(e.note),
        ),
      ),
      el('h2', {}, 'The leaders'),
      leaderCards(view),
      continueRow(actions.next),
    ],
  };
}
