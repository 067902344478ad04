// Where the save slots live in the browser's storage. The title's first script asks only whether any game is
// stored; reading one back is the session's work (src/ui/session.ts).

/** Where a game was kept before there were slots: moved into a free slot on the first load, never lost. */
export const OLD_SAVE_KEY = 'after-lenin:save';
/** The save slots, numbered as the player sees them. */
export const SLOTS = [1, 2, 3] as const;
/** The key of a slot's save. */
export const slotKey = (slot: number) => `${OLD_SAVE_KEY}:${slot}`;

/** True when any slot (or the old single key) holds a game, or when storage cannot be read to tell. */
export function anyStoredGame(): boolean {
  try {
    return [OLD_SAVE_KEY, ...SLOTS.map(slotKey)].some((key) => localStorage.getItem(key) !== null);
  } catch {
    return true;
  }
}
