// The title screen, and the screen for a link to the game that has a mistake in it.
import { button, el } from '../dom';
import { actionsRow, type Screen } from './parts';

export interface TitleView {
  /** Where the saved game stands ("The full campaign — as Stalin, July–December 1925"), when there is one. */
  saved: string | null;
  /** Why the saved game could not be loaded, when it could not. */
  saveProblem: string | null;
  /** What went wrong with the player's last action here (a save file refused, a save that would not go). */
  problem: TitleProblem | null;
}

export interface TitleProblem {
  heading: string;
  reason: string;
}

export interface TitleActions {
  resume: () => void;
  newGame: () => void;
  lab: () => void;
  settings: () => void;
  sources: () => void;
  discardSave: () => void;
  /** Loads a save file's text. */
  loadFile: (text: string) => void;
}

/** A button that opens the file picker for a save file, and the hidden picker itself. */
function loadFileButton(load: (text: string) => void): HTMLElement {
  const input = el('input', { type: 'file', accept: '.json,application/json', id: 'load-file', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void file.text().then(load, () => load(''));
  });
  return el('div', { class: 'menu-file' }, button('Load a game from a file', () => input.click()), input);
}

export function titleScreen(view: TitleView, actions: TitleActions): Screen {
  const menu = el('div', { class: 'menu' });
  if (view.saved !== null) {
    menu.append(button('Continue', actions.resume, 'primary'));
    menu.append(el('p', { class: 'hint' }, view.saved));
  }
  menu.append(button('New game', actions.newGame, view.saved !== null ? '' : 'primary'));
  menu.append(button('Lab', actions.lab));
  menu.append(button('Settings', actions.settings));
  menu.append(button('Sources', actions.sources));
  menu.append(loadFileButton(actions.loadFile));
  const notice = view.saveProblem
    ? el(
        'section',
        { class: 'notice', role: 'alert', 'aria-labelledby': 'save-problem' },
        el('h2', { id: 'save-problem' }, 'Your saved game could not be loaded'),
        el('p', {}, `Reason: ${view.saveProblem}.`),
        el('p', {}, 'You can start a new game; the damaged save will be replaced when you do.'),
        button('Discard the damaged save', actions.discardSave, 'secondary'),
      )
    : null;
  const fileNotice = view.problem
    ? el('section', { class: 'notice', role: 'alert', 'aria-labelledby': 'title-problem' }, el('h2', { id: 'title-problem' }, view.problem.heading), el('p', {}, `Reason: ${view.problem.reason}.`))
    : null;
  return {
    poster: true,
    focus: fileNotice ?? notice,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('p', { class: 'kicker' }, 'A game of the Soviet power struggle, 1923–1929'),
        el('h1', {}, el('span', { class: 'title-banner' }, 'After Lenin')),
        el('p', { class: 'lead' }, 'Lenin is dying. Play Stalin or Trotsky, change what happened, and see every vote — and why it went the way it did.'),
        notice,
        fileNotice,
        menu,
      ),
    ],
  };
}

/** A link whose scenario, lens or role does not exist: each problem in one sentence, and the way back. */
export function linkErrorScreen(problems: string[], actions: { back: () => void }): Screen {
  const alert = el('div', { class: 'notice', role: 'alert', 'aria-labelledby': 'link-problem' }, el('h2', { id: 'link-problem' }, 'The link has a mistake'), ...problems.map((p) => el('p', {}, p)));
  return {
    poster: true,
    focus: alert,
    children: [el('div', { class: 'sheet' }, el('h1', {}, 'This link does not open a game'), alert, actionsRow(button('Back to the title', actions.back, 'primary')))],
  };
}

export interface ReplaceActions {
  replace: () => void;
  /** Downloads the stored save as a file before anything replaces it. */
  download: () => void;
  back: () => void;
}

/** Asked before a new game replaces the stored one; `saved` says where that game stands, or that it is damaged. */
export function replaceScreen(saved: string, actions: ReplaceActions): Screen {
  return {
    poster: true,
    escape: actions.back,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('h1', {}, 'Replace your saved game?'),
        el('p', { class: 'lead' }, `The game is kept in one place, and a new game takes it. Your saved game: ${saved}.`),
        el('p', {}, 'Download it first to keep it as a file; "Load a game from a file" on the title screen brings it back.'),
        actionsRow(
          button('Replace it and start', actions.replace, 'primary'),
          button('Download the saved game', actions.download, 'secondary'),
          button('Back to the title', actions.back, 'secondary'),
        ),
      ),
    ],
  };
}

/** The Sources page: the whole bibliography, and the way back. */
export function sourcesScreen(content: HTMLElement[], actions: { back: () => void }): Screen {
  return { children: [el('div', { class: 'sheet' }, ...content, actionsRow(button('Back to the title', actions.back, 'secondary')))] };
}
