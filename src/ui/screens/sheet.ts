// A screen as the router shows it (its elements and how the page frames them), and the side sheet on the
// poster. Kept apart from the game's parts (./parts.ts) so that the title, the new-game form and the settings
// come from the page's first script without the game's code.
import type { Cue } from '../cues';
import { el, type Child } from '../dom';

/** A screen: its elements, and how the page frames them. */
export interface Screen {
  children: Child[];
  /** The poster background (title, setup, settings). */
  poster?: boolean;
  /** The stage beside the text (the game's screens). */
  stage?: boolean;
  /** What takes focus instead of the heading: an alert that must be heard first. */
  focus?: HTMLElement | null;
  /** What the Escape key does: the way back from a screen that has one. */
  escape?: () => void;
  /** The sounds and announcement that come with the screen, given once per visit (see src/ui/cues.ts). */
  cue?: Cue;
  /** Tells this screen's cues apart from those of another screen at the same step of the game (a vote, an outcome). */
  cueName?: string;
}

/** A side screen on the poster: a sheet with its heading (settings, a new game, a question, a link's mistake). */
export function sheetScreen(heading: string, children: Child[], frame: Omit<Screen, 'children' | 'poster'> = {}): Screen {
  return { poster: true, ...frame, children: [el('div', { class: 'sheet' }, el('h1', {}, heading), ...children)] };
}

/** The row of buttons at the foot of a screen. */
export function actionsRow(...buttons: Child[]): HTMLElement {
  return el('div', { class: 'actions' }, ...buttons);
}
