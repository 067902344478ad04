// The half-year's votes, one at a time: the result, who voted how, why (the ledger) and what really happened.
import type { VoteRecord } from '../../rules/state';
import { calendar, voteDefinition } from '../../flow/selectors';
import { bodyName, lineSentence, tallyText } from '../../scenario/words';
import { button, el, table } from '../dom';
import { campName, leaderName, sourceLabel } from '../labels';
import { ledgerTable } from '../ledger';
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
