// The title screen, and the screen for a link to the game that has a mistake in it.
import { button, el } from '../dom';
import { actionsRow, sheetScreen, type Screen } from './sheet';

export interface TitleView {
  /** The slots that hold a game, in order. */
  slots: SlotLine[];
  /** What went wrong with the player's last action here (a save file refused, a save that would not go). */
  problem: TitleProblem | null;
}

/** One slot's game as the player sees it. */
export interface SlotLine {
  slot: number;
  /** "Slot 2 — The full campaign — as …, July–December 1925, saved …", or what it held when it is damaged. */
  label: string;
  /** Why the slot's game cannot be loaded, when it cannot. */
  problem: string | null;
}

export interface TitleProblem {
  heading: string;
  reason: string;
}

export interface TitleActions {
  resume: (slot: number) => void;
  newGame: () => void;
  lab: () => void;
  settings: () => void;
  sources: () => void;
  /** The teachers' screen: assignments, the class's codes, lesson plans. */
  teachers: () => void;
  discardSave: (slot: number) => void;
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

/** A slot whose game cannot be loaded: why, and the way to discard it without touching the other slots. */
function damagedNotice(line: SlotLine, discard: (slot: number) => void): HTMLElement {
  const id = `save-problem-${line.slot}`;
  return el(
    'section',
    { class: 'notice', role: 'alert', 'aria-labelledby': id },
    el('h2', { id }, `The saved game in slot ${line.slot} could not be loaded`),
    el('p', {}, `Reason: ${line.problem}.`),
    el('p', {}, 'Discarding it leaves the other slots as they are; a new game may also take its place, after asking.'),
    button(`Discard the damaged save in slot ${line.slot}`, () => discard(line.slot), 'secondary'),
  );
}

export function titleScreen(view: TitleView, actions: TitleActions): Screen {
  const menu = el('div', { class: 'menu' });
  const playable = view.slots.filter((line) => line.problem === null);
  for (const [i, line] of playable.entries()) {
    const hint = el('p', { class: 'hint', id: `slot-hint-${line.slot}` }, line.label);
    const resume = button(`Continue slot ${line.slot}`, () => actions.resume(line.slot), i === 0 ? 'primary' : '');
    resume.setAttribute('aria-describedby', hint.id);
    menu.append(resume, hint);
  }
  menu.append(button('New game', actions.newGame, playable.length ? '' : 'primary'));
  menu.append(button('Lab', actions.lab));
  menu.append(button('Settings', actions.settings));
  menu.append(button('Sources', actions.sources));
  menu.append(button('For teachers', actions.teachers));
  menu.append(loadFileButton(actions.loadFile));
  const notices = view.slots.filter((line) => line.problem !== null).map((line) => damagedNotice(line, actions.discardSave));
  const fileNotice = view.problem
    ? el('section', { class: 'notice', role: 'alert', 'aria-labelledby': 'title-problem' }, el('h2', { id: 'title-problem' }, view.problem.heading), el('p', {}, `Reason: ${view.problem.reason}.`))
    : null;
  return {
    poster: true,
    focus: fileNotice ?? notices[0] ?? null,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('p', { class: 'kicker' }, 'A game of the Soviet power struggle, 1923–1929'),
        el('h1', {}, el('span', { class: 'title-banner' }, 'After Lenin')),
        el('p', { class: 'lead' }, 'Lenin is dying. Play Stalin or Trotsky, change what happened, and see every vote — and why it went the way it did.'),
        ...notices,
        fileNotice,
        menu,
      ),
    ],
  };
}

/** A link whose scenario, lens or role does not exist: each problem in one sentence, and the way back. */
export function linkErrorScreen(problems: string[], actions: { back: () => void }): Screen {
  const alert = el('div', { class: 'notice', role: 'alert', 'aria-labelledby': 'link-problem' }, el('h2', { id: 'link-problem' }, 'The link has a mistake'), ...problems.map((p) => el('p', {}, p)));
  return sheetScreen('This link does not open a game', [alert, actionsRow(button('Back to the title', actions.back, 'primary'))], { focus: alert });
}

export interface SlotChoiceActions {
  /** Puts the game into this slot, replacing what it holds. */
  replace: (slot: number) => void;
  /** Downloads a slot's game as a file before anything replaces it. */
  download: (slot: number) => void;
  back: () => void;
}

/** Asked when every slot holds a game: which one the new or loaded game should replace, if any. */
export function slotChoiceScreen(what: string, slots: SlotLine[], actions: SlotChoiceActions): Screen {
  const rows = slots.map((line) =>
    el(
      'section',
      { class: 'slot-choice', 'aria-labelledby': `slot-choice-${line.slot}` },
      el('h2', { id: `slot-choice-${line.slot}` }, `Slot ${line.slot}`),
      el('p', {}, line.problem === null ? line.label : `${line.label} — damaged and cannot be loaded`),
      actionsRow(button(`Replace slot ${line.slot}`, () => actions.replace(line.slot), 'secondary'), button(`Download slot ${line.slot}`, () => actions.download(line.slot), 'secondary')),
    ),
  );
  return sheetScreen(
    'Which saved game should be replaced?',
    [
      el('p', { class: 'lead' }, `All ${slots.length} save slots hold a game. Choose the one that ${what} should replace, or go back and keep them all.`),
      el('p', {}, 'Download a game first to keep it as a file; "Load a game from a file" on the title screen brings it back.'),
      ...rows,
      actionsRow(button('Back to the title', actions.back, 'primary')),
    ],
    { escape: actions.back },
  );
}

/** The Sources page: the whole bibliography, and the way back. */
export function sourcesScreen(content: HTMLElement[], actions: { back: () => void }): Screen {
  return { children: [el('div', { class: 'sheet' }, ...content, actionsRow(button('Back to the title', actions.back, 'secondary')))] };
}
