// The vote just held, on its own screen and with its day: the result, who voted how, why (the ledger) and what
// really happened. A vote that was not held never comes here (the desk gives it one line).
import type { VoteRecord } from '../../rules/state';
import { voteDefinition } from '../../flow/selectors';
import { bodyName, lineSentence, tallyText } from '../../scenario/words';
import { el, table } from '../dom';
import { dayName } from '../../scenario/days';
import { campName, leaderName, sourceLabel } from '../labels';
import { ledgerTable } from '../ledger';
import { continueRow, documentHeading, gameNav, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface VoteActions extends NavActions {
  /** On from the vote. */
  next: () => void;
}

function whoVoted({ sc, state }: GameView, v: VoteRecord): HTMLElement | null {
  if (!v.members.length) return null;
  return table(
    'How each member voted, in turn',
    ['Member', 'Faction', 'Vote'],
    v.members.map((m) => [leaderName(sc, m.leader), campName(sc, state.leaders[m.leader]?.camp ?? ''), el('span', { class: `ballot-${m.vote}` }, m.vote)]),
  );
}

function whyResult({ sc }: GameView, v: VoteRecord): HTMLElement {
  const ledger = v.blocs.length
    ? ledgerTable(
        'The blocs and how they voted',
        v.blocs.map((b) => ({ ...b, movedBy: b.movedBy.map((m) => ({ label: sourceLabel(sc, m.source), impact: m.impact })) })),
      )
    : el('p', {}, 'Politburo members vote as individuals, by faction and by their standing; see the table of members above.');
  return el('section', { class: 'why', 'aria-labelledby': `why-${v.id}` }, el('h2', { id: `why-${v.id}` }, 'Why this result?'), ledger);
}

/** The vote just held. */
export function voteScreen(view: GameView, v: VoteRecord, actions: VoteActions): Screen {
  const def = voteDefinition(view.sc, v);
  const tally = tallyText(v);
  const hall = v.body !== 'politburo';
  return {
    stage: true,
    cueName: `vote-${v.id}`,
    cue: {
      announce: `${def.title}: ${v.passed ? 'carried' : 'defeated'}, ${tally}.`,
      sounds: hall ? ['murmurs', 'gavel'] : ['gavel'],
      later: hall && v.passed ? { sound: 'applause', afterMs: 900 } : undefined,
    },
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `${bodyName(v.body)} · `, el('time', { datetime: v.day }, dayName(v.day))),
      el('h1', {}, def.title),
      el('p', { class: 'lead' }, `Motion: ${def.motion}`),
      el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, v.passed ? 'Carried' : 'Defeated'), ' ', el('span', { class: 'tally' }, tally)),
      el('p', {}, `Needed: ${Math.round(v.threshold * 100)}% of those voting. ${lineSentence(v.lineWith)}`),
      whoVoted(view, v),
      whyResult(view, v),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': `hist-${v.id}` },
        documentHeading(`hist-${v.id}`, 'In history'),
        el('p', {}, def.historical.summary),
        noteBlock(def.note, 'Note'),
      ),
      continueRow(actions.next),
    ],
  };
}
