// What every game screen is made of (the screen itself and a side sheet are in ./sheet.ts): the game's
// menu bar, the "what really happened" note and the leaders' cards.
import { portraitSvg } from '../../../assets/art/portraits';
import type { GameState } from '../../rules/state';
import type { Scenario } from '../../scenario/playable';
import type { Note } from '../../scenario/schema';
import { button, el, portraitImg } from '../dom';
import { sourcesLine } from '../sources';
import { campName, leaderName, postName, seatName, standingText, statusWord } from '../labels';
import { playerRole } from '../../flow/selectors';
import { actionsRow } from './sheet';

export { actionsRow, sheetScreen, type Screen } from './sheet';

/** A game screen's view: the scenario and the state of the game. */
export interface GameView {
  sc: Scenario;
  state: GameState;
}

export interface NavActions {
  settings: () => void;
  leave: () => void;
}

/** The game's menu bar: which game, and the ways out of it. */
export function gameNav({ sc, state }: GameView, actions: NavActions): HTMLElement {
  return el(
    'nav',
    { 'aria-label': 'Game menu', class: 'game-nav' },
    el('span', { class: 'progress' }, `${sc.title.split(':')[0]} · as ${campName(sc, playerRole(state))}`),
    button('Settings', actions.settings, 'secondary'),
    button('Save and leave', actions.leave, 'secondary'),
  );
}

/** What really happened, dated and sourced. */
export function noteBlock(note: Note, head = 'What really happened'): HTMLElement {
  return el(
    'div',
    { class: 'note' },
    el('p', {}, el('span', { class: 'note-head' }, `${head} (${note.date}). `), note.text),
    sourcesLine(note.sources),
  );
}

/** A heading inside a document, in the document's own type. */
export function documentHeading(id: string, text: string): HTMLElement {
  return el('h2', { id, style: 'font-family:inherit;font-size:1.15rem' }, text);
}

/** The leaders: portrait, faction, status, posts and standing of the main leaders and every Politburo member. */
export function leaderCards({ sc, state }: GameView): HTMLElement {
  const ids = sc.campaign.leaders.filter((l) => sc.desk.includes(l.id) || state.leaders[l.id]?.politburo !== 'none').map((l) => l.id);
  return el(
    'ul',
    { class: 'leaders', 'aria-label': 'The leaders' },
    ...ids.map((id) => {
      const l = state.leaders[id];
      const posts = Object.entries(state.posts).filter(([, holder]) => holder === id).map(([p]) => postName(sc, p));
      const out = l.status !== 'active';
      const status = statusWord(l.status);
      return el(
        'li',
        { class: `leader${out ? ' out' : ''}` },
        portraitImg(portraitSvg(id, { size: 56, muted: out }), '', 56),
        el(
          'div',
          {},
          el('span', { class: 'name' }, leaderName(sc, id)),
          el('span', { class: 'meter' }, campName(sc, l.camp)),
          status ? el('span', { class: 'meter status' }, status.charAt(0).toUpperCase() + status.slice(1)) : null,
          el('span', { class: 'meter' }, posts.length ? posts.join(', ') : seatName(l.politburo)),
          el('span', { class: 'meter' }, standingText(l)),
        ),
      );
    }),
  );
}

/** The one way forward at the foot of a game screen. */
export function continueRow(onContinue: () => void, label = 'Continue'): HTMLElement {
  return actionsRow(button(label, onContinue, 'primary'));
}

/** Said at once on every game screen while the game is not being saved, with the way to keep it as a file. */
export function unsavedNotice(reason: string, download: () => void): HTMLElement {
  return el(
    'section',
    { class: 'notice', role: 'alert', 'aria-labelledby': 'unsaved-head' },
    el('h2', { id: 'unsaved-head' }, 'This game is not being saved'),
    el('p', {}, `Your last step could not be saved: ${reason}. Download the game as a file to keep it; "Load a game from a file" on the title screen brings it back.`),
    button('Download the game as a file', download, 'secondary'),
  );
}

/** Said when another tab of the game saves over the game played here: the two share one save. */
export function otherTabNotice(): HTMLElement {
  return el(
    'section',
    { class: 'notice', role: 'alert', 'aria-labelledby': 'other-tab-head', id: 'other-tab' },
    el('h2', { id: 'other-tab-head' }, 'This game is open in another tab'),
    el('p', {}, 'The tabs share one saved game: each step taken in one replaces what the other saved. Play on in one tab only, and close the other.'),
  );
}
