// Small hand-built positions for the rules' unit tests: the real campaign's opening position, changed by hand,
// under a context whose lens or model numbers a test may override.
import type { Ctx } from '../../src/scenario/playable';
import type { LensParams, Model } from '../../src/scenario/schema';
import { initialState } from '../../src/rules/game';
import type { GameState } from '../../src/rules/state';
import { campaignCtx, config } from '../helpers';

type ModelChanges = { [G in keyof Model]?: Partial<Model[G]> };

/** The campaign's context with some lens parameters or model numbers replaced (noise off unless given). */
export function ctxWith(lens: Partial<LensParams> = {}, model: ModelChanges = {}): Ctx {
  const m = { ...campaignCtx.model };
  for (const g of Object.keys(model) as (keyof Model)[]) Object.assign((m[g] = { ...m[g] } as never), model[g]);
  return { ...campaignCtx, lens: { ...campaignCtx.lens, noise: 0, ...lens }, model: m as Model };
}

/** The campaign's opening position (January–June 1923) for the given seed. */
export function opening(ctx: Ctx = ctxWith(), seed: string | number = 1): GameState {
  return initialState(ctx, config({ seed }));
}

/** Breaks every alliance: each camp stands alone. */
export function noAlliances(s: GameState): void {
  s.alliances = {};
}
