// The consequences of a half-year: the apparatus map's regional secretaries before and after the
// appointments, the votes held, and the leaders as they now stand.
import type { Side } from '../../rules/state';
import { calendar, closedTurn, voteDefinition, votesOfClosedTurn } from '../../flow/selectors';
import { dayName } from '../../scenario/days';
import { tallyText } from '../../scenario/words';
import { el, table } from '../dom';
import { SIDE_LETTER, sideName } from '../labels';
import { continueRow, gameNav, leaderCards, type GameView, type NavActions, type Screen } from './parts';

export interface MapActions extends NavActions {
  next: () => void;
}

export function consequencesScreen(view: GameView, before: Side[], actions: MapActions): Screen {
  const { sc, state } = view;
  const closed = calendar(sc, closedTurn(state)).name;
  const regions = sc.campaign.regions;
  const was = (i: number) => before[i] ?? state.secretaries[i];
  const changed = regions.map((_, i) => before[i] !== undefined && before[i] !== state.secretaries[i]);
  const counts = new Map<Side, number>();
  for (const s of state.secretaries) counts.set(s, (counts.get(s) ?? 0) + 1);
  const nChanged = changed.filter(Boolean).length;
  const summary = `${nChanged} regional secretar${nChanged === 1 ? 'y' : 'ies'} changed hands. ${[...counts.entries()].map(([s, n]) => `${sideName(sc, s)}: ${n}`).join('; ')}.`;
  const votes = votesOfClosedTurn(state);
  return {
    stage: true,
    cue: { announce: `Consequences of ${closed}: ${summary}` },
    children: [
      gameNav(view, actions),
      el('p', { class: 'kicker' }, `Consequences · ${closed}`),
      el('h1', {}, 'The apparatus'),
      el('p', { class: 'lead' }, 'The General Secretary appoints the regional secretaries; they choose the congress delegates; the Congress elects the Central Committee, which elects the Politburo and the Secretariat. This is the circular flow of power.'),
      el('p', {}, summary),
      votes.length ? el('p', {}, `The votes held in ${closed}, in the order of their days:`) : null,
      votes.length
        ? el('ul', {}, ...votes.map((v) => el('li', {}, el('time', { datetime: v.day }, dayName(v.day)), ` · ${voteDefinition(sc, v).title}: ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}`)))
        : null,
      table(
        'Regional secretaries by loyalty (letters as on the map)',
        ['Region', 'Before', 'Now', 'Changed'],
        regions.map((r, i) => [
          r.name,
          `${SIDE_LETTER[was(i)]} — ${sideName(sc, was(i))}`,
          `${SIDE_LETTER[state.secretaries[i]]} — ${sideName(sc, state.secretaries[i])}`,
          changed[i] ? 'Yes' : 'No',
        ]),
        (i) => (changed[i] ? 'changed' : undefined),
      ),
      el('h2', {}, 'The leaders'),
      leaderCards(view),
      continueRow(actions.next),
    ],
  };
}
