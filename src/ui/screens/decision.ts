// A decision the player must take, and then its outcome beside what really happened.
import type { Decision } from '../../scenario/schema';
import { decisionDay } from '../../flow/selectors';
import { dayName } from '../../scenario/days';
import { button, el, paragraphs } from '../dom';
import { linkedParagraphs, linkTerms } from '../glossary';
import { documentsButton, documentsFor } from '../reader';
import { continueRow, documentHeading, gameNav, noteBlock, type GameView, type NavActions, type Screen } from './parts';

export interface DecisionActions extends NavActions {
  choose: (option: string) => void;
}

export function decisionScreen(view: GameView, decision: Decision, actions: DecisionActions): Screen {
  return {
    stage: true,
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, 'Decision · ', el('time', { datetime: view.state.day }, dayName(view.state.day))),
      el('h1', {}, decision.title),
      ...linkedParagraphs(decision.prompt, 'lead'),
      documentsButton(documentsFor(decision.id)),
      el(
        'ul',
        { class: 'options', 'aria-label': 'Your options' },
        ...decision.options.map((o) => el('li', { class: 'option' }, button(o.label, () => actions.choose(o.id)), el('p', {}, ...linkTerms(o.text)))),
      ),
    ],
  };
}

export interface OutcomeActions extends NavActions {
  next: () => void;
}

export function outcomeScreen(view: GameView, chosen: { decision: string; option: string }, actions: OutcomeActions): Screen {
  const d = view.sc.decisionById[chosen.decision];
  const o = d.options.find((x) => x.id === chosen.option)!;
  const hist = d.options.find((x) => x.historical)!;
  const day = decisionDay(view.state, d.id);
  return {
    stage: true,
    cue: { announce: `You chose: ${o.label}.` },
    // The machine has already moved on to the screen that follows the outcome, which must still give its own cues.
    cueName: `outcome-${d.id}`,
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `Your decision · ${d.title} · `, el('time', { datetime: day }, dayName(day))),
      el('h1', {}, o.label),
      el('div', { class: 'outcome' }, ...paragraphs(o.outcome)),
      documentsButton(documentsFor(d.id)),
      el(
        'section',
        { class: 'document minutes', 'aria-labelledby': 'history-head' },
        documentHeading('history-head', o.historical ? 'You did what really happened' : `In history: ${hist.label}`),
        noteBlock(d.note),
      ),
      continueRow(actions.next),
    ],
  };
}
