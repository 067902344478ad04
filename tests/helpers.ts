// Shared test fixtures: the project's catalogue and quick ways to play games headlessly.
import { loadCatalogFromDisk } from '../src/scenario/disk';
import { contextFor } from '../src/scenario/catalog';
import { createActor } from 'xstate';
import { createGameMachine } from '../src/flow/machine';
import { newGame, pendingDecisions, playOut } from '../src/rules/game';
import type { GameConfig, PolicyId } from '../src/rules/state';
import type { Option } from '../src/scenario/schema';

export const catalog = loadCatalogFromDisk();
export const campaignCtx = contextFor(catalog, 'campaign');

export function config(over: Partial<GameConfig> = {}): GameConfig {
  return {
    scenario: 'campaign',
    role: null,
    lens: campaignCtx.lensId,
    seed: 1,
    policies: { stalin: 'historical', trotsky: 'historical' },
    ...over,
  };
}

export function play(seed: string | number, stalin: PolicyId = 'historical', trotsky: PolicyId = 'historical', scenario = 'campaign', lens?: string) {
  const ctx = contextFor(catalog, scenario, lens);
  return playOut(ctx, newGame(ctx, config({ scenario, lens: ctx.lensId, seed, policies: { stalin, trotsky } })), true);
}

/** How a test player picks: the index of the option to take in the first open decision, given its options and the turn. */
export type Picker = (options: readonly Option[], turn: number) => number;

/** The player's rule in the golden games: the historical option on even turns, the last listed on odd turns. */
export const alternateHistory: Picker = (options, turn) => (turn % 2 === 0 ? options.findIndex((o) => o.historical) : options.length - 1);

/**
 * Plays a game through the flow machine as a student would: BEGIN, then CONTINUE through every screen and CHOOSE
 * by the picker whenever the player has a decision, until the ending or `maxEvents` events have been sent.
 */
export function playThroughMachine(cfg: GameConfig, pick: Picker, maxEvents = 1000) {
  const ctx = contextFor(catalog, cfg.scenario, cfg.lens);
  const role = cfg.role;
  if (!role) throw new Error('playThroughMachine needs a config with a player role');
  const actor = createActor(createGameMachine(catalog), { input: { config: cfg } });
  actor.start();
  actor.send({ type: 'BEGIN' });
  for (let sent = 1; sent < maxEvents && actor.getSnapshot().value !== 'ending'; sent++) {
    const snap = actor.getSnapshot();
    if (snap.value === 'choosing') {
      const d = pendingDecisions(ctx, snap.context.state, role)[0];
      actor.send({ type: 'CHOOSE', decision: d.id, option: d.options[pick(d.options, snap.context.state.turn)].id });
    } else actor.send({ type: 'CONTINUE' });
  }
  return actor;
}
