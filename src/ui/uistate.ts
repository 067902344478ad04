// Where the player was within the game's screens — the outcome of a decision on screen — which the machine's
// snapshot does not record (each vote has its own state in the machine). Kept under its own small localStorage key beside the
// save (whose format it leaves alone), and trusted on load only when it matches that save.
import type { FlowEvent } from '../flow/machine';

/** The key of the screen state beside one slot's save. */
export const uiKey = (slot: number) => `after-lenin:ui:${slot}`;
const UI_VERSION = 2;

export interface UiState {
  /** The length of the save's event log when this was written: ties it to one moment of one game. */
  log: number;
  /** The decision whose outcome is on screen, if any. */
  outcome: { decision: string; option: string } | null;
}

export function saveUiState(slot: number, ui: UiState): void {
  try {
    localStorage.setItem(uiKey(slot), JSON.stringify({ version: UI_VERSION, ...ui }));
  } catch {
    /* storage unavailable: a reload returns to the machine's own screen */
  }
}

export function clearUiState(slot: number): void {
  try {
    localStorage.removeItem(uiKey(slot));
  } catch {
    /* nothing to clear */
  }
}

/** Reads the stored screen state; anything malformed, or not matching the save's log, gives null. */
export function loadUiState(slot: number, log: readonly FlowEvent[]): UiState | null {
  let raw: unknown;
  try {
    const text = localStorage.getItem(uiKey(slot));
    if (text === null) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (v.version !== UI_VERSION || v.log !== log.length) return null;
  let outcome: UiState['outcome'] = null;
  if (v.outcome !== null && v.outcome !== undefined) {
    const o = v.outcome as Record<string, unknown>;
    const last = log[log.length - 1];
    // An outcome is only ever shown right after the choice that it reports.
    if (typeof o !== 'object' || typeof o.decision !== 'string' || typeof o.option !== 'string') return null;
    if (!last || last.type !== 'CHOOSE' || last.decision !== o.decision || last.option !== o.option) return null;
    outcome = { decision: o.decision, option: o.option };
  }
  return { log: log.length, outcome };
}
