// The recorded games: 10,000 seeded games that cover every scenario, every lens, every policy on both sides,
// players who decide, full ledgers and the lab's coalitions of factors. Each game's whole result (the final
// state: ending, leaders, posts, flags, milestones, every vote with its record, tallies and ledger, the log of
// pushes, the choices and events) is reduced to a short hash. `record.ts` writes the hashes of the engine as it
// is; `recorded.test.ts` replays the same games and compares, so a change to the engine that alters any game,
// however slightly, is caught with the game it altered.
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScenarioFile, SCENARIO_DIR } from '../../../src/scenario/disk';
import { contextFor } from '../../../src/scenario/catalog';
import { choose, newGame, playTurn } from '../../../src/rules/game';
import type { GameConfig, GameState, PolicyId } from '../../../src/rules/state';
import { coalitionChanges } from '../../../src/lab/factors';
import { labInputs } from '../../../src/lab/factorFile';
import type { Role } from '../../../src/scenario/schema';
import type { Ctx } from '../../../src/scenario/playable';
import { catalog } from '../../helpers';

export const GAMES = 10_000;
export const HASH_FILE = join(dirname(fileURLToPath(import.meta.url)), 'hashes.txt');

const factors = labInputs(catalog, readScenarioFile(join(SCENARIO_DIR, 'factors.yaml'))).factorSet.factors;
const scenarios = catalog.scenarios.map((s) => s.id);
const lenses = catalog.lenses.map((l) => l.id);
const POLICIES: readonly PolicyId[] = ['historical', 'shrewd', 'random'];
const ctxs = new Map<string, Ctx>();

function ctxOf(scenario: string, lens: string): Ctx {
  const key = `${scenario}/${lens}`;
  let ctx = ctxs.get(key);
  if (!ctx) ctxs.set(key, (ctx = contextFor(catalog, scenario, lens)));
  return ctx;
}

/** What game number i is: its scenario, lens, policies, player, detail and lab factors, all from i alone. */
export function describeGame(i: number): { ctx: Ctx; config: GameConfig; detail: boolean } {
  const scenario = scenarios[i % scenarios.length];
  const lens = lenses[Math.floor(i / scenarios.length) % lenses.length];
  const ctx = ctxOf(scenario, lens);
  const stalin = POLICIES[Math.floor(i / 15) % 3];
  const trotsky = POLICIES[Math.floor(i / 45) % 3];
  const role: Role | null = i % 7 === 0 ? 'stalin' : i % 7 === 3 ? 'trotsky' : null;
  const config: GameConfig = { scenario, role, lens: ctx.lensId, seed: i % 11 === 5 ? `seed-${i}` : i, policies: { stalin, trotsky } };
  if (i % 5 === 2) Object.assign(config, coalitionChanges(factors, (i * 2654435761) % (1 << factors.length)));
  return { ctx, config, detail: i % 4 === 1 };
}

/** Plays game i to its end; a player takes options by a fixed rule that depends on the game and the turn. */
export function playRecorded(i: number): GameState {
  const { ctx, config, detail } = describeGame(i);
  const s = newGame(ctx, config);
  const decide = (st: GameState, d: { id: string; options: readonly { id: string }[] }) =>
    choose(ctx, st, d.id, d.options[(st.turn * 3 + i) % d.options.length].id, 'player');
  while (!s.ending) playTurn(ctx, s, { detail, decide });
  return s;
}

/** The result as JSON, keys in the order the state holds them: a saved game is checked against exactly this text. */
/**
 * The hash of a game's result. A vote record's `variant` names which of the scenario's words were shown (it
 * came after these games were recorded, and is words, not a result), so it is left out: every result the
 * engine computes is still compared.
 */
export function fingerprint(s: GameState): string {
  const json = JSON.stringify(s, (key, value: unknown) => (key === 'variant' ? undefined : value));
  return createHash('sha1').update(json).digest('hex').slice(0, 10);
}
