// How a side that the player does not control chooses: `historical` repeats what the person really did,
// `random` picks any option with the seeded generator, `shrewd` weighs each option's expected effect on its
// own position one step ahead (gambles are weighed by their odds). The lab uses the same policies.
import type { Decision, Effect, Option } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import type { PolicyId } from './state';
import { campIndex, COLLECTIVE, hasFlag, type Board } from './board';
import { applyEffect, chanceOf, holds } from './effects';
import { drawIndex } from './rng';
import { activeMask, campLeaderActive, compositionInto, lineFollows, politburoSeats, sideMask, sideShareOfCc } from './support';
import { congressGroupTable } from './groups';
import { dominantCamp } from './dominance';

export function historicalOption(d: Decision): Option {
  const options = d.options;
  for (let i = 0; i < options.length; i++) if (options[i].historical) return options[i];
  return options[0];
}

const COMPOSITION = new Float64Array(5);

/** How good the present moment looks for a camp (its index in CAMPS), from 0 (ruined) to 1 (unchallenged). */
export function positionScore(ctx: Ctx, b: Board, camp: number): number {
  const armyRules = hasFlag(b, b.ix.redArmyRules);
  if (camp === 1 && armyRules) return 1;
  if (camp !== 1 && armyRules) return 0;
  if (!campLeaderActive(b, camp)) return 0;
  const side = sideMask(b, camp);
  const rivals = activeMask(b) & ~side;
  const comp = compositionInto(congressGroupTable(ctx, b), COMPOSITION);
  let congress = 0;
  for (let c = 0; c < 4; c++) if (side & (1 << c)) congress += comp[c + 1];
  const line = rivals === 0 ? 'sponsor' : lineFollows(b, side, rivals);
  congress += line === 'sponsor' ? comp[0] : line === 'split' ? comp[0] / 2 : 0;
  const cc = sideShareOfCc(b, camp);
  const total = politburoSeats(b, 15) || 1;
  const politburo = politburoSeats(b, side) / total;
  const leader = b.ix.chief[camp];
  const own = politburoSeats(b, 1 << camp) / total;
  const winning = previewWinner(ctx, b) === camp ? 1 : 0;
  const w = ctx.model.shrewd;
  return (
    w.congress * congress +
    w.centralCommittee * cc +
    w.politburo * politburo +
    w.ownSeats * own +
    w.winning * winning -
    b.stigma[leader] / w.stigmaDivisor +
    b.prestige[leader] / w.prestigeDivisor
  );
}

/** Who would win if the game ended now (CAMPS index or COLLECTIVE): the first ending whose conditions hold, ignoring the player's role. */
function previewWinner(ctx: Ctx, b: Board): number {
  for (const e of ctx.sc.endings) {
    if (e.when.role !== undefined || !holds(ctx, b, e.when)) continue;
    return e.winner === undefined ? dominantCamp(ctx, b) : e.winner === 'collective' ? COLLECTIVE : campIndex(e.winner);
  }
  return COLLECTIVE;
}

/** Boards done with, to be made look-ahead copies again (a look-ahead takes one and gives it back). */
const SPARE_COPIES: Board[] = [];

/** The expected score after a list of effects played on a copy of the board (the board itself is not changed). */
function expectedOnCopy(ctx: Ctx, b: Board, effects: readonly Effect[], camp: number, source: string): number {
  let spare = SPARE_COPIES.pop();
  if (spare && spare.ix !== b.ix) spare = undefined;
  const copy = b.copy(spare);
  const score = expectedAfter(ctx, copy, effects, camp, source);
  SPARE_COPIES.push(copy);
  return score;
}

/** Expected score after a list of effects, branching on every gamble by its odds. */
function expectedAfter(ctx: Ctx, b: Board, effects: readonly Effect[], camp: number, source: string): number {
  for (let i = 0; i < effects.length; i++) {
    const e = effects[i];
    if ('chance' in e) {
      const p = chanceOf(ctx, b, e.chance);
      const rest = effects.slice(i + 1);
      const win = expectedOnCopy(ctx, b, [...e.chance.then, ...rest], camp, source);
      const lose = expectedOnCopy(ctx, b, [...e.chance.else, ...rest], camp, source);
      return p * win + (1 - p) * lose;
    }
    if ('if' in e) {
      const branch = holds(ctx, b, e.if.when) ? e.if.then : (e.if.else ?? []);
      return expectedAfter(ctx, b, [...branch, ...effects.slice(i + 1)], camp, source);
    }
    applyEffect(ctx, b, e, source);
  }
  return positionScore(ctx, b, camp);
}

export function shrewdOption(ctx: Ctx, b: Board, d: Decision): Option {
  const camp = campIndex(d.role);
  let best = d.options[0];
  let bestScore = -Infinity;
  for (const o of d.options) {
    const score = expectedOnCopy(ctx, b, o.effects, camp, `${d.id}:${o.id}`);
    if (score > bestScore + 1e-9) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

export function chooseOption(ctx: Ctx, b: Board, d: Decision, policy: PolicyId): Option {
  if (policy === 'historical') return historicalOption(d);
  if (policy === 'random') return d.options[drawIndex(b, d.options.length)];
  return shrewdOption(ctx, b, d);
}
