// The game in progress: the one XState actor, its autosave after every accepted step, where the player is
// within the flow's screens (a decision's outcome, which vote), and the address the game was opened with.
// With src/flow, this is the only module that talks to XState.
import { createActor, type Actor } from 'xstate';
import { createGameMachine, type FlowEvent, type GameMachine } from '../flow/machine';
import { makeSave, restoreSave, type Restored } from '../flow/save';
import { flowScreen, stepKey, type Snap } from '../flow/selectors';
import type { GameConfig, PolicyId } from '../rules/state';
import { lensById, scenarioById, type Catalog } from '../scenario/catalog';
import type { Role } from '../scenario/schema';
import { echoValue } from '../scenario/words';
import { clearUiState, loadUiState, saveUiState } from './uistate';

export const SAVE_KEY = 'after-lenin:save';
/** The channel on which the game's tabs say that they have saved. */
const TAB_CHANNEL = 'after-lenin:tabs';

/** A decision whose outcome is on screen. */
export interface Outcome {
  decision: string;
  option: string;
}

/** What the address chose in advance for a new game. */
export interface SetupPreset {
  scenario?: string;
  lens?: string;
  role?: Role;
}

/** What the player chose on the setup screen. */
export interface SetupChoice {
  role: Role;
  scenario: string;
  lens: string;
  /** The rival's policy. */
  rival: PolicyId;
}

// ---------------------------------------------------------------- the address

/** The address's scenario, lens and role: a preset for the setup, none at all, or the problems with them. */
export function readAddress(catalog: Catalog): { preset: SetupPreset | null; problems: string[] } {
  const params = new URLSearchParams(location.search);
  const scenario = params.get('scenario');
  const lens = params.get('lens');
  const role = params.get('role');
  const problems: string[] = [];
  if (scenario !== null && !scenarioById(catalog, scenario)) {
    problems.push(`There is no scenario called "${echoValue(scenario)}". The scenarios are: ${catalog.scenarios.map((s) => s.id).join(', ')}.`);
  }
  if (lens !== null && !lensById(catalog, lens)) {
    problems.push(`There is no lens called "${echoValue(lens)}". The lenses are: ${catalog.lenses.map((l) => l.id).join(', ')}.`);
  }
  if (role !== null && role !== 'stalin' && role !== 'trotsky') problems.push(`There is no role called "${echoValue(role)}": play as stalin or trotsky.`);
  const chosen = scenario !== null || lens !== null || role !== null;
  const preset = chosen && !problems.length ? { scenario: scenario ?? undefined, lens: lens ?? undefined, role: (role as Role | null) ?? undefined } : null;
  return { preset, problems };
}

/** The address's parameters that choose a new game's setup. */
const SETUP_PARAMS = ['scenario', 'lens', 'role'];

/** Forgets the address's setup choices, so that a reload opens the title (the seed and debug flags stay). */
export function clearAddress(): void {
  const params = new URLSearchParams(location.search);
  if (!SETUP_PARAMS.some((p) => params.has(p))) return;
  for (const p of SETUP_PARAMS) params.delete(p);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** A new game's config: the player's choices, the rival's policy, and the address's seed or a fresh one. */
export function configFor(choice: SetupChoice): GameConfig {
  const rival: Role = choice.role === 'stalin' ? 'trotsky' : 'stalin';
  const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
  policies[rival] = choice.rival;
  const seed = new URLSearchParams(location.search).get('seed');
  return { scenario: choice.scenario, role: choice.role, lens: choice.lens, seed: seed ?? Math.floor(Math.random() * 1e9), policies };
}

// ---------------------------------------------------------------- the game

export class Session {
  private actor: Actor<GameMachine> | null = null;
  private machine: GameMachine;
  private lastKey = '';
  /** The decision whose outcome is on screen, if any. */
  outcome: Outcome | null = null;
  /** Which of the half-year's votes is on screen. */
  voteIndex = 0;
  /** The vote to show on entering the votes of a resumed game (instead of the first). */
  private resumeVoteIndex: number | null = null;
  /** Why the last autosave failed, while the game is not being saved; null when it is. */
  saveProblem: string | null = null;
  /** True once another tab of the game has saved over the save this tab plays, until this tab starts afresh. */
  otherTab = false;
  /** Tells the other tabs of the game each time this one saves (none where the browser has no channels). */
  private readonly channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null;
  private readonly tabId = `${Date.now()}-${Math.random()}`;

  /** `onStep` is called after each step the machine takes (and once when a game starts). */
  /** `onOtherTab` is called when another tab saves over the game this tab is playing. */
  constructor(
    private readonly catalog: Catalog,
    private readonly onStep: () => void,
    private readonly onOtherTab: () => void = () => {},
  ) {
    this.machine = createGameMachine(catalog);
    this.channel?.addEventListener('message', (e: MessageEvent<{ saved?: string }>) => {
      if (!this.actor || e.data?.saved === undefined || e.data.saved === this.tabId) return;
      this.otherTab = true;
      this.onOtherTab();
    });
  }

  /** The game's current snapshot, or null when no game is being played. */
  get snapshot(): Snap | null {
    return this.actor?.getSnapshot() ?? null;
  }

  /** The saved game, if there is one: restored, or the reason it cannot be. */
  readSave(): Restored | null {
    const text = this.storedText();
    return text === null ? null : restoreSave(this.catalog, text);
  }

  /** The stored save's text, if there is one and the browser lets it be read. */
  storedText(): string | null {
    try {
      return localStorage.getItem(SAVE_KEY);
    } catch {
      return null;
    }
  }

  /** Removes the stored save; false when the browser refused. */
  discardSave(): boolean {
    clearUiState();
    try {
      localStorage.removeItem(SAVE_KEY);
      return true;
    } catch {
      return false;
    }
  }

  /** A save file's text, as downloaded: restored with `restoreFile`. */
  saveFileText(): string | null {
    const snap = this.snapshot;
    if (!snap || !this.actor) return null;
    return JSON.stringify(makeSave(snap.context.state.config, snap.context.log, this.actor.getPersistedSnapshot()));
  }

  /** Reads a save file chosen by the player; every failure names what is wrong. */
  restoreFile(text: string): Restored {
    return restoreSave(this.catalog, text);
  }

  stop(): void {
    this.actor?.stop();
    this.actor = null;
    this.lastKey = '';
  }

  newGame(config: GameConfig): void {
    this.stop();
    this.attach(createActor(this.machine, { input: { config } }));
  }

  resume(restored: Extract<Restored, { ok: true }>): void {
    this.stop();
    this.machine = restored.machine;
    const ui = loadUiState(restored.save.log);
    this.attach(createActor(restored.machine, { snapshot: restored.snapshot, input: { config: restored.save.config } }), ui?.outcome ?? null, ui?.voteIndex ?? null);
  }

  send(event: FlowEvent): void {
    this.actor?.send(event);
  }

  /** Records where the player is within the flow's screens, beside the save. */
  rememberPlace(): void {
    const snap = this.snapshot;
    if (snap) saveUiState({ log: snap.context.log.length, outcome: this.outcome, voteIndex: this.voteIndex });
  }

  private attach(actor: Actor<GameMachine>, outcome: Outcome | null = null, voteIndex: number | null = null): void {
    this.actor = actor;
    this.otherTab = false;
    this.outcome = outcome;
    this.resumeVoteIndex = voteIndex;
    actor.subscribe((snap) => this.onSnapshot(snap));
    actor.start();
    this.onSnapshot(actor.getSnapshot());
  }

  private onSnapshot(snap: Snap): void {
    const key = stepKey(snap);
    if (key === this.lastKey) return;
    const enteringVotes = flowScreen(snap) === 'voting' && !this.lastKey.startsWith('voting|');
    this.lastKey = key;
    if (enteringVotes) this.voteIndex = this.resumeVoteIndex ?? 0;
    this.resumeVoteIndex = null;
    this.autosave(snap);
    this.onStep();
  }

  private autosave(snap: Snap): void {
    if (!this.actor) return;
    const save = makeSave(snap.context.state.config, snap.context.log, this.actor.getPersistedSnapshot());
    try {
      localStorage.setItem(SAVE_KEY, JSON.stringify(save));
      this.saveProblem = null;
      this.channel?.postMessage({ saved: this.tabId });
    } catch (err) {
      // The game goes on; the screens say at once that it is not being saved, and offer it as a file.
      const full = err instanceof DOMException && err.name === 'QuotaExceededError';
      this.saveProblem = full ? "the browser's storage for this page is full" : 'the browser refused to store it (storage may be turned off)';
    }
  }
}
