// Shared test fixtures: the project's catalogue and quick ways to play games headlessly.
import { loadCatalogFromDisk } from '../src/scenario/disk';
import { contextFor } from '../src/scenario/catalog';
import { newGame, playOut } from '../src/rules/game';
import type { GameConfig, PolicyId } from '../src/rules/state';

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
