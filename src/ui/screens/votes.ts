// The half-year's votes, one at a time: the result, who voted how, why (the ledger) and what really happened.
import type { VoteRecord } from '../../rules/state';
import { calendar, voteDefinition } from '../../flow/selectors';
import { bodyName, lineSentence, tallyText } from '../../scenario/words';
import { ledgerLine, memberLine, partiesText } from '../../debrief/causes';
import { button, el } from '../dom';
import { ledgerTable, membersTable } from '../ledger';
import { actionsRow, continueRow, documentHeading, gameNav, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface VoteActions extends NavActions {
  /** On to the next vote of the half-year. */
  nextVote: () => void;
  /** On from the last vote. */
  next: () => void;
}

export function noVotesScreen(view: GameView, actions: VoteActions): Screen {
  return {
    stage: true,
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `Votes · ${calendar(view.sc, view.state.turn).name}`),
      el('h1', {}, 'No votes this half-year'),
      el('p', {}, 'The Politburo, the Central Committee and the Congress take no vote that decides the struggle this half-year. Your rivals have made their moves.'),
      continueRow(actions.next),
    ],
  };
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

/** Vote `index` of the half-year's `votes` (from 0). */
export function voteScreen(view: GameView, votes: VoteRecord[], index: number, actions: VoteActions): Screen {
  const v = votes[index];
  const def = voteDefinition(view.sc, v);
  const tally = tallyText(v);
  const hall = v.body !== 'politburo';
  const last = index === votes.length - 1;
  return {
    stage: true,
    cueName: `vote-${index}`,
    cue: {
      announce: v.held ? `${def.title}: ${v.passed ? 'carried' : 'defeated'}, ${tally}.` : `${def.title}: not held.`,
      sounds: hall ? ['murmurs', 'gavel'] : ['gavel'],
      later: hall && v.passed ? { sound: 'applause', afterMs: 900 } : undefined,
    },
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `${bodyName(v.body)} · ${def.date} · vote ${index + 1} of ${votes.length}`),
      el('h1', {}, def.title),
      el('p', { class: 'lead' }, `Motion: ${def.motion}`),
      v.held && v.sponsor ? el('p', {}, partiesText(view.sc, v)) : null,
      v.held
        ? el('p', {}, el('span', { class: `verdict ${v.passed ? 'passed' : 'failed'}` }, v.passed ? 'Carried' : 'Defeated'), ' ', el('span', { class: 'tally' }, tally))
        : el('p', { class: 'notice' }, `The vote was not held: ${v.reason ?? 'the conditions for it were not met'}.`),
      v.held ? el('p', {}, `Needed: ${Math.round(v.threshold * 100)}% of those voting. ${lineSentence(v.lineWith)}`) : null,
      whoVoted(view, v),
      whyResult(view, v),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': `hist-${v.id}` },
        documentHeading(`hist-${v.id}`, 'In history'),
        el('p', {}, def.historical.summary),
        noteBlock(def.note, 'Note'),
      ),
      last ? continueRow(actions.next) : actionsRow(button('Next vote', actions.nextVote, 'primary')),
    ],
  };
}
