// The game in progress: the one XState actor, its autosave after every accepted step, where the player is
// within the flow's screens (a decision's outcome).
// With src/flow, this is the only module that talks to XState. What the address chooses is read by
// src/ui/address.ts, and where the slots are kept is named in src/ui/slots.ts, both for the page's first script.
import { createActor, type Actor } from 'xstate';
import { createGameMachine, type FlowEvent, type GameMachine } from '../flow/machine';
import { makeSave, restoreSave, type Restored } from '../flow/save';
import { stepKey, type Snap } from '../flow/selectors';
import type { GameConfig } from '../rules/state';
import type { Catalog } from '../scenario/catalog';
import { OLD_SAVE_KEY, SLOTS, slotKey } from './slots';
import { clearUiState, loadUiState, saveUiState } from './uistate';

/** A slot's stored game: restored or the reason it cannot be, and when it was saved (if known). */
export interface SlotSave {
  slot: number;
  restored: Restored;
  text: string;
  savedAt: Date | null;
}

/** The key of the moment, by the browser's clock, when a slot was last saved. */
const savedAtKey = (slot: number) => `after-lenin:saved-at:${slot}`;
/** The channel on which the game's tabs say that they have saved. */
const TAB_CHANNEL = 'after-lenin:tabs';

/** A decision whose outcome is on screen. */
export interface Outcome {
  decision: string;
  option: string;
}

// ---------------------------------------------------------------- the game

export class Session {
  private actor: Actor<GameMachine> | null = null;
  private machine: GameMachine;
  private lastKey = '';
  /** The decision whose outcome is on screen, if any. */
  outcome: Outcome | null = null;
  /** Why the last autosave failed, while the game is not being saved; null when it is. */
  saveProblem: string | null = null;
  /** The slot the game being played is saved in. */
  slot: number = SLOTS[0];
  /** True once another tab of the game has saved over the save this tab plays, until this tab starts afresh. */
  otherTab = false;
  /** Tells the other tabs of the game each time this one saves (none where the browser has no channels). */
  private readonly channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null;
  private readonly tabId = `${Date.now()}-${Math.random()}`;

  /** `onStep` is called after each step the machine takes (and once when a game starts). */
  /** `onOtherTab` is called when another tab saves over the game this tab is playing. */
  constructor(
    private catalog: Catalog,
    private readonly onStep: () => void,
    private readonly onOtherTab: () => void = () => {},
  ) {
    this.machine = createGameMachine(catalog);
    migrateOldSave();
    this.channel?.addEventListener('message', (e: MessageEvent<{ saved?: string; slot?: number }>) => {
      if (!this.actor || e.data?.saved === undefined || e.data.saved === this.tabId || e.data.slot !== this.slot) return;
      this.otherTab = true;
      this.onOtherTab();
    });
  }

  /** Plays from now on with this catalogue (the built-in scenarios and a teacher's file); the game in play goes on as it is. */
  useCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    this.machine = createGameMachine(catalog);
  }

  /** The game's current snapshot, or null when no game is being played. */
  get snapshot(): Snap | null {
    return this.actor?.getSnapshot() ?? null;
  }

  /** Every slot that holds a game: restored, or the reason it cannot be. */
  readSlots(): SlotSave[] {
    const saves: SlotSave[] = [];
    for (const slot of SLOTS) {
      const text = readKey(slotKey(slot));
      if (text === null) continue;
      const at = Date.parse(readKey(savedAtKey(slot)) ?? '');
      saves.push({ slot, text, restored: restoreSave(this.catalog, text), savedAt: Number.isNaN(at) ? null : new Date(at) });
    }
    return saves;
  }

  /** The first slot that holds no game, or null when all do (or storage cannot be read). */
  freeSlot(): number | null {
    const taken = new Set(this.readSlots().map((s) => s.slot));
    return SLOTS.find((slot) => !taken.has(slot)) ?? null;
  }

  /** Removes one slot's save, leaving the others; false when the browser refused. */
  discardSave(slot: number): boolean {
    clearUiState(slot);
    try {
      localStorage.removeItem(slotKey(slot));
      localStorage.removeItem(savedAtKey(slot));
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

  /** Starts a new game saved in `slot`. */
  newGame(config: GameConfig, slot: number): void {
    this.stop();
    this.slot = slot;
    clearUiState(slot);
    this.attach(createActor(this.machine, { input: { config } }));
  }

  /** Plays a restored game on, saved in `slot`. */
  resume(restored: Extract<Restored, { ok: true }>, slot: number): void {
    this.stop();
    this.slot = slot;
    this.machine = restored.machine;
    const ui = loadUiState(slot, restored.save.log);
    this.attach(createActor(restored.machine, { snapshot: restored.snapshot, input: { config: restored.save.config } }), ui?.outcome ?? null);
  }

  send(event: FlowEvent): void {
    this.actor?.send(event);
  }

  /** Records where the player is within the flow's screens, beside the save. */
  rememberPlace(): void {
    const snap = this.snapshot;
    if (snap) saveUiState(this.slot, { log: snap.context.log.length, outcome: this.outcome });
  }

  private attach(actor: Actor<GameMachine>, outcome: Outcome | null = null): void {
    this.actor = actor;
    this.otherTab = false;
    this.outcome = outcome;
    actor.subscribe((snap) => this.onSnapshot(snap));
    actor.start();
    this.onSnapshot(actor.getSnapshot());
  }

  private onSnapshot(snap: Snap): void {
    const key = stepKey(snap);
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.autosave(snap);
    this.onStep();
  }

  private autosave(snap: Snap): void {
    if (!this.actor) return;
    const save = makeSave(snap.context.state.config, snap.context.log, this.actor.getPersistedSnapshot());
    try {
      localStorage.setItem(slotKey(this.slot), JSON.stringify(save));
      this.saveProblem = null;
      this.channel?.postMessage({ saved: this.tabId, slot: this.slot });
      // Only for the title's list: a clock that cannot be trusted or stored changes nothing in the game.
      writeKey(savedAtKey(this.slot), new Date().toISOString());
    } catch (err) {
      // The game goes on; the screens say at once that it is not being saved, and offer it as a file.
      const full = err instanceof DOMException && err.name === 'QuotaExceededError';
      this.saveProblem = full ? "the browser's storage for this page is full" : 'the browser refused to store it (storage may be turned off)';
    }
  }
}

/** A stored text, or null when there is none or the browser will not let it be read. */
function readKey(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a text; false when the browser refused. */
function writeKey(key: string, text: string): boolean {
  try {
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves a game kept under the old single key into the first free slot. The old key is removed only once its
 * game is safely in a slot; with every slot taken it stays where it is, to be moved when one is free.
 */
function migrateOldSave(): void {
  const text = readKey(OLD_SAVE_KEY);
  if (text === null) return;
  const texts = SLOTS.map((slot) => readKey(slotKey(slot)));
  const already = texts.includes(text);
  const free = SLOTS.find((_, i) => texts[i] === null);
  if (!already && (free === undefined || !writeKey(slotKey(free), text))) return;
  try {
    localStorage.removeItem(OLD_SAVE_KEY);
  } catch {
    /* moved already: the copy is found again next time and only its removal is retried */
  }
}
