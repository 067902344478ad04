// How a side that the player does not control chooses: `historical` repeats what the person really did,
// `random` picks any option with the seeded generator, `shrewd` weighs each option's expected effect on its
// own position one step ahead (gambles are weighed by their odds). The lab uses the same policies.
import type { Camp, Decision, Effect, Option } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { cloneState, type GameState, type PolicyId } from './state';
import { applyEffect, chanceOf, holds } from './effects';
import { drawIndex } from './rng';
import { campLeaderActive, congressComposition, lineFollows, politburoSeats, sideOf, sideShareOfCc } from './support';
import { CAMPS } from '../scenario/schema';
import { dominantCamp } from './dominance';

export function historicalOption(d: Decision): Option {
  const options = d.options;
  for (let i = 0; i < options.length; i++) if (options[i].historical) return options[i];
  return options[0];
}

/** How good the present moment looks for a camp, from 0 (ruined) to 1 (unchallenged). */
export function positionScore(ctx: Ctx, s: GameState, camp: Camp): number {
  if (camp === 'trotsky' && s.flags['red-army-rules']) return 1;
  if (camp !== 'trotsky' && s.flags['red-army-rules']) return 0;
  if (!campLeaderActive(ctx, s, camp)) return 0;
  const side = sideOf(ctx, s, camp);
  const rivals = CAMPS.filter((c) => !side.includes(c) && campLeaderActive(ctx, s, c));
  const comp = congressComposition(ctx, s);
  let congress = 0;
  for (const c of side) congress += comp[c];
  const line = rivals.length === 0 ? 'sponsor' : lineFollows(ctx, s, side, rivals);
  congress += line === 'sponsor' ? comp.line : line === 'split' ? comp.line / 2 : 0;
  const cc = sideShareOfCc(ctx, s, camp);
  const total = politburoSeats(s, CAMPS) || 1;
  const politburo = politburoSeats(s, side) / total;
  const leader = s.leaders[ctx.sc.campLeader[camp]];
  const own = politburoSeats(s, [camp]) / total;
  const winning = previewWinner(ctx, s) === camp ? 1 : 0;
  const w = ctx.model.shrewd;
  return (
    w.congress * congress +
    w.centralCommittee * cc +
    w.politburo * politburo +
    w.ownSeats * own +
    w.winning * winning -
    leader.stigma / w.stigmaDivisor +
    leader.prestige / w.prestigeDivisor
  );
}

/** Who would win if the game ended now: the first ending whose conditions hold, ignoring the player's role. */
function previewWinner(ctx: Ctx, s: GameState): Camp | 'collective' {
  for (const e of ctx.sc.endings) {
    if (e.when.role !== undefined || !holds(ctx, s, e.when)) continue;
    return e.winner ?? dominantCamp(ctx, s);
  }
  return 'collective';
}

/** Expected score after a list of effects, branching on every gamble by its odds. */
function expectedAfter(ctx: Ctx, s: GameState, effects: readonly Effect[], camp: Camp, source: string): number {
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i];
    if ('chance' in e) {
      const p = chanceOf(ctx, s, e.chance);
      const rest = effects.slice(i + 1);
      const win = expectedAfter(ctx, cloneState(s), [...e.chance.then, ...rest], camp, source);
      const lose = expectedAfter(ctx, cloneState(s), [...e.chance.else, ...rest], camp, source);
      return p * win + (1 - p) * lose;
    }
    if ('if' in e) {
      const branch = holds(ctx, s, e.if.when) ? e.if.then : (e.if.else ?? []);
      return expectedAfter(ctx, s, [...branch, ...effects.slice(i + 1)], camp, source);
    }
    applyEffect(ctx, s, e, source);
  }
  return positionScore(ctx, s, camp);
}

export function shrewdOption(ctx: Ctx, s: GameState, d: Decision): Option {
  const camp: Camp = d.role;
  let best = d.options[0];
  let bestScore = -Infinity;
  for (const o of d.options) {
    const score = expectedAfter(ctx, cloneState(s), o.effects, camp, `${d.id}:${o.id}`);
    if (score > bestScore + 1e-9) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

export function chooseOption(ctx: Ctx, s: GameState, d: Decision, policy: PolicyId): Option {
  if (policy === 'historical') return historicalOption(d);
  if (policy === 'random') return d.options[drawIndex(s, d.options.length)];
  return shrewdOption(ctx, s, d);
}
