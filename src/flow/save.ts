// Saved games: the machine's persisted snapshot plus the event log, with a format version. Restoring checks
// the shape and replays the log from the config to confirm the snapshot; a corrupted or outdated save is
// reported with a clear reason instead of being half-loaded.
import { createActor, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import type { Catalog } from '../scenario/catalog';
import type { GameConfig, GameState } from '../rules/state';
import { POLICIES } from '../rules/state';
import { ROLES } from '../scenario/schema';
import { createGameMachine, type FlowEvent, type GameMachine, type MachineOptions } from './machine';

export const SAVE_VERSION = 1;

export interface SaveFile {
  version: number;
  config: GameConfig;
  log: FlowEvent[];
  snapshot: unknown;
}

const eventSchema = z.union([
  z.object({ type: z.literal('BEGIN') }).strict(),
  z.object({ type: z.literal('CONTINUE') }).strict(),
  z.object({ type: z.literal('DEBRIEF') }).strict(),
  z.object({ type: z.literal('CHOOSE'), decision: z.string(), option: z.string() }).strict(),
]);

const configSchema = z
  .object({
    scenario: z.string(),
    role: z.enum(ROLES).nullable(),
    lens: z.string(),
    seed: z.union([z.string(), z.number()]),
    policies: z.object({ stalin: z.enum(POLICIES as [string, ...string[]]), trotsky: z.enum(POLICIES as [string, ...string[]]) }),
    forced: z.record(z.string(), z.string()).optional(),
    switches: z.array(z.string()).optional(),
  })
  .strict();

const saveSchema = z.object({ version: z.number(), config: configSchema, log: z.array(eventSchema), snapshot: z.unknown() }).strict();

export type Restored =
  | { ok: true; machine: GameMachine; snapshot: SnapshotFrom<GameMachine>; save: SaveFile }
  | { ok: false; reason: string };

export function makeSave(config: GameConfig, log: FlowEvent[], snapshot: unknown): SaveFile {
  return { version: SAVE_VERSION, config, log, snapshot };
}

/**
 * Replays a log from a config and returns the final snapshot; throws, naming the event and the state it was
 * refused in, if an event is refused. `observe` watches every step the rules take (see MachineOptions);
 * `onStart` sees the game as it stands before the first event.
 */
export function replay(
  catalog: Catalog,
  config: GameConfig,
  log: readonly FlowEvent[],
  options: MachineOptions & { onStart?: (state: GameState) => void } = {},
) {
  const machine = createGameMachine(catalog, { observe: options.observe });
  const actor = createActor(machine, { input: { config } });
  actor.start();
  options.onStart?.(actor.getSnapshot().context.state);
  for (const [i, event] of log.entries()) {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot().context.log.length !== before.context.log.length + 1) {
      actor.stop();
      throw new Error(`event ${i + 1} (${event.type}) was not accepted in the state "${String(before.value)}"`);
    }
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { machine, snapshot };
}

/** Reads a save from its JSON text; every failure names what is wrong. */
export function restoreSave(catalog: Catalog, text: string): Restored {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved game is not valid JSON (it may have been cut short or edited)' };
  }
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `the saved game is damaged at "${issue.path.join('.') || 'top'}": ${issue.message}` };
  }
  const save = parsed.data as SaveFile;
  if (save.version !== SAVE_VERSION) {
    const age = save.version > SAVE_VERSION ? 'a newer' : 'an older';
    return { ok: false, reason: `the saved game is from ${age} version of the game (format ${save.version}, this version reads format ${SAVE_VERSION})` };
  }
  if (!catalog.scenarios.some((s) => s.id === save.config.scenario)) {
    return { ok: false, reason: `the saved game uses a scenario that no longer exists ("${save.config.scenario}")` };
  }
  if (!catalog.lenses.some((l) => l.id === save.config.lens)) {
    return { ok: false, reason: `the saved game uses a lens that no longer exists ("${save.config.lens}")` };
  }
  try {
    const { machine, snapshot } = replay(catalog, save.config, save.log);
    const stored = JSON.stringify((save.snapshot as { context?: unknown })?.context ?? null);
    if (stored !== JSON.stringify(snapshot.context)) {
      return { ok: false, reason: 'the saved game does not match its own history (it was edited or is corrupted)' };
    }
    return { ok: true, machine, snapshot, save };
  } catch (err) {
    return { ok: false, reason: `the saved game's history cannot be replayed: ${(err as Error).message}` };
  }
}
