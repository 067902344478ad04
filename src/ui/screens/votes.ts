// The vote just held, on its own screen and with its day: the result, who voted how, why (the ledger) and what
// really happened. A vote that was not held never comes here (the desk gives it one line).
import type { VoteRecord } from '../../rules/state';
import { voteScreenWords, type VoteScreenWords } from '../../debrief/voteWords';
import { el } from '../dom';
import { linkTerms } from '../glossary';
import { ledgerTable, membersTable } from '../ledger';
import { documentsButton, documentsFor } from '../reader';
import { continueRow, documentHeading, gameNav, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface VoteActions extends NavActions {
  /** On from the vote. */
  next: () => void;
}

function whyResult(id: string, why: VoteScreenWords['why']): HTMLElement | null {
  if (!why) return null;
  return el(
    'section',
    { class: 'why', 'aria-labelledby': `why-${id}` },
    el('h2', { id: `why-${id}` }, why.heading),
    el('p', {}, why.intro),
    ledgerTable(why.caption, why.blocs),
  );
}

/** The vote just held. */
export function voteScreen(view: GameView, v: VoteRecord, actions: VoteActions): Screen {
  const w = voteScreenWords(view.sc, v);
  const hall = v.body !== 'politburo';
  return {
    stage: true,
    cueName: `vote-${v.id}`,
    cue: {
      announce: `${w.title}: ${w.verdict.toLowerCase()}, ${w.tally}.`,
      sounds: hall ? ['murmurs', 'gavel'] : ['gavel'],
      later: hall && v.passed ? { sound: 'applause', afterMs: 900 } : undefined,
    },
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `${w.body} · `, el('time', { datetime: v.day }, w.day)),
      el('h1', {}, w.title),
      el('p', { class: 'lead' }, 'Motion: ', ...linkTerms(w.motion)),
      documentsButton(documentsFor(v.id)),
      w.parties ? el('p', {}, w.parties) : null,
      el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, w.verdict), ' ', el('span', { class: 'tally' }, w.tally)),
      el('p', {}, w.needed),
      w.members ? membersTable(w.members.caption, w.members.rows) : null,
      whyResult(v.id, w.why),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': `hist-${v.id}` },
        documentHeading(`hist-${v.id}`, 'In history'),
        el('p', {}, ...linkTerms(w.history)),
        noteBlock(w.note, 'Note'),
      ),
      continueRow(actions.next),
    ],
  };
}
