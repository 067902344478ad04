// The vote just held, on its own screen and with its day: the result, who voted how, why (the ledger) and what
// really happened. A vote that was not held never comes here (the desk gives it one line).
import type { VoteRecord } from '../../rules/state';
import { voteDefinition } from '../../flow/selectors';
import { bodyName, lineSentence, tallyText } from '../../scenario/words';
import { ledgerLine, memberLine, partiesText } from '../../debrief/causes';
import { el } from '../dom';
import { dayName } from '../../scenario/days';
import { linkTerms } from '../glossary';
import { ledgerTable, membersTable } from '../ledger';
import { documentsButton, documentsFor } from '../reader';
import { continueRow, documentHeading, gameNav, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface VoteActions extends NavActions {
  /** On from the vote. */
  next: () => void;
}

function whoVoted({ sc }: GameView, v: VoteRecord): HTMLElement | null {
  if (!v.members.length) return null;
  return membersTable('How each member voted, in turn, and why', v.members.map((m) => memberLine(sc, m)));
}

function whyResult({ sc }: GameView, v: VoteRecord): HTMLElement | null {
  if (!v.blocs.length) return null;
  return el(
    'section',
    { class: 'why', 'aria-labelledby': `why-${v.id}` },
    el('h2', { id: `why-${v.id}` }, 'Why this result?'),
    el(
      'p',
      {},
      'With no cause at all a bloc would divide evenly. Each cause moved the share of its votes cast for the motion by the percentage points shown (+ for, − against): its loyalty to a camp, the earlier moments that swayed it (dated), the party line (loyalists follow the side with more Politburo seats) and the mood of the hall on the day (chance).',
    ),
    ledgerTable('The blocs and how they voted', v.blocs.map((b) => ledgerLine(sc, b))),
  );
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
      el('p', { class: 'lead' }, 'Motion: ', ...linkTerms(def.motion)),
      documentsButton(documentsFor(def.id)),
      v.sponsor ? el('p', {}, partiesText(view.sc, v)) : null,
      el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, v.passed ? 'Carried' : 'Defeated'), ' ', el('span', { class: 'tally' }, tally)),
      el('p', {}, `Needed: ${Math.round(v.threshold * 100)}% of those voting. ${lineSentence(v.lineWith)}`),
      whoVoted(view, v),
      whyResult(view, v),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': `hist-${v.id}` },
        documentHeading(`hist-${v.id}`, 'In history'),
        el('p', {}, ...linkTerms(def.historical.summary)),
        noteBlock(def.note, 'Note'),
      ),
      continueRow(actions.next),
    ],
  };
}
