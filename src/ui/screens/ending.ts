// The ending of a game: its title, summary, epilogue and history, and the way to the debrief.
import { calendar } from '../../flow/selectors';
import type { Ending } from '../../scenario/schema';
import { el, paragraphs } from '../dom';
import { continueRow, noteBlock, type GameView, type Screen } from './parts';

/** The ending's title when the scenario has none for it. */
export const UNTITLED_ENDING = 'The struggle ends';

export function endingOf({ sc, state }: GameView): Ending | undefined {
  return state.ending ? sc.endingById[state.ending.id] : undefined;
}

export function endingScreen(view: GameView, actions: { debrief: () => void }): Screen {
  const { sc, state } = view;
  const ending = endingOf(view);
  const title = ending?.title ?? UNTITLED_ENDING;
  return {
    stage: true,
    cue: { announce: `The game is over: ${title}.`, sounds: ['gavel'] },
    children: [
      el('p', { class: 'kicker' }, `The ending · ${calendar(sc, state.ending?.turn ?? state.turn).name}`),
      el('h1', {}, title),
      ...(ending ? paragraphs(ending.summary, 'lead') : []),
      ending ? el('section', { 'aria-labelledby': 'epilogue' }, el('h2', { id: 'epilogue' }, 'Epilogue'), ...paragraphs(ending.epilogue)) : null,
      ending ? noteBlock(ending.note, 'History') : null,
      continueRow(actions.debrief, 'Debrief'),
    ],
  };
}
