// The desk's screens: the briefing that opens a game, and the news since the last screen — the documents that
// fell due, each with its day, and a line for each scheduled vote that did not arise — with the leaders.
import { calendar, playerRole, voteDefinition, type DatedEvent } from '../../flow/selectors';
import type { VoteRecord } from '../../rules/state';
import { dayName } from '../../scenario/days';
import { el, paragraphs } from '../dom';
import { linkedParagraphs } from '../glossary';
import { leaderName } from '../labels';
import { documentsButton, documentsByIds, documentsFor } from '../reader';
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
      el('div', { class: 'document minutes' }, el('p', { class: 'doc-kind' }, `Secret · for ${leaderName(sc, role)} only`), ...linkedParagraphs(sc.briefing[role], 'body')),
      sc.lesson ? el('section', {}, el('h2', {}, 'Questions to answer as you play'), el('ul', {}, ...sc.lesson.questions.map((q) => el('li', {}, q)))) : null,
      sc.lesson ? documentsButton(documentsByIds(sc.lesson.documents), 'Primary sources for this lesson') : null,
      continueRow(actions.next, 'Begin'),
    ],
  };
}

/** What reached the desk since the last screen: events in date order, and the votes that did not arise. */
export interface DeskNews {
  events: DatedEvent[];
  notHeld: VoteRecord[];
}

export function eventsScreen(view: GameView, news: DeskNews, actions: DeskActions): Screen {
  const { sc, state } = view;
  const { events, notHeld } = news;
  const cal = calendar(sc, state.turn);
  return {
    stage: true,
    cue: { sounds: [events.some((e) => e.event.kind === 'telegram') ? 'telegraph' : 'typewriter'] },
    children: [
      gameNav(view, actions),
      el('div', { class: 'calendar', 'aria-hidden': 'true' }, el('span', { class: 'half' }, cal.half), el('span', { class: 'year' }, String(cal.year))),
      el('p', { class: 'kicker' }, `Half-year ${cal.number} of ${cal.of} · ${dayName(state.day)}`),
      el('h1', {}, cal.name),
      events.length === 0 && notHeld.length === 0 ? el('p', {}, 'No new dispatches reach your desk.') : null,
      ...events.map(({ event: e, day }) =>
        el(
          'article',
          { class: `document ${e.kind}`, 'aria-labelledby': `event-${e.id}` },
          el('p', { class: 'doc-kind' }, `${e.kind} · `, el('time', { datetime: day }, dayName(day))),
          documentHeading(`event-${e.id}`, e.title),
          ...linkedParagraphs(e.text, 'body'),
          documentsButton(documentsFor(e.id)),
          noteBlock(e.note),
        ),
      ),
      ...notHeld.map((v) =>
        el('p', { class: 'not-held' }, el('time', { datetime: v.day }, dayName(v.day)), ` · ${voteDefinition(sc, v).title}: this vote did not arise, because ${v.reason ?? 'the conditions for it were not met'}.`),
      ),
      el('h2', {}, 'The leaders'),
      leaderCards(view),
      continueRow(actions.next),
    ],
  };
}
