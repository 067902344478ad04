// Conditions and effects: the small vocabulary in which scenario files say when something can happen and
// what it changes. Each is turned once into functions of the working state (board.ts), with the names it
// mentions already turned into numbers. Every change is logged with its source, so a vote's ledger can say
// what moved each bloc.
import { CAMPS, type Camp, type Condition, type Effect } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import {
  addMood,
  ally,
  appoint,
  clearFlag,
  campIndex,
  COLLECTIVE,
  EXILED,
  EXPELLED,
  FLAGS,
  FULL,
  hasFlag,
  isAlliedB,
  markMilestone,
  MILESTONES,
  NO_SEAT,
  seatIndex,
  setFlag,
  statusIndex,
  unally,
  ACTIVE,
  CANDIDATE,
  type Board,
  type Index,
} from './board';
import { draw } from './rng';
import { dominantCamp } from './dominance';
import { followBosses } from './apparatus';
import { clamp } from './clamp';

/** Facts worked out once while several conditions are checked against the same state. */
export interface Memo {
  /** The dominant camp (CAMPS index, or COLLECTIVE). */
  dominant?: number;
}

/** A condition as a function of the game (memo: the facts shared by several checks at one moment). */
export type Pred = (ctx: Ctx, b: Board, memo: Memo | undefined) => boolean;

/** Each condition is turned once into one function that checks the keys it actually has. */
const compiled = new WeakMap<Condition, Pred>();
const ALWAYS: Pred = () => true;

const dominantIndex = (x: Camp | 'collective') => (x === 'collective' ? COLLECTIVE : campIndex(x));
const maskOfList = <T>(v: T | T[], index: (x: T) => number) => (Array.isArray(v) ? v : [v]).reduce((m, x) => m | (1 << index(x)), 0);

/** Checks that every flag of the list is set (or, with `set` false, that none is). */
function flagsCheck(names: string | string[], set: boolean): Pred {
  if (typeof names === 'string') {
    const f = FLAGS.id(names);
    return (_c, b) => hasFlag(b, f) === set;
  }
  const fs = names.map((x) => FLAGS.id(x));
  return (_c, b) => {
    for (let i = 0; i < fs.length; i++) if (hasFlag(b, fs[i]) !== set) return false;
    return true;
  };
}

/** The checks of a condition about leaders, posts and alliances. */
function peopleChecks(cond: Condition, ix: Index, checks: Pred[]): void {
  const { allied, notAllied, holds: held, lacks, status, inPolitburo, notInPolitburo, seat } = cond;
  const leader = (id: string) => ix.leaderOf(id);
  if (allied) {
    const [x, y] = [campIndex(allied[0]), campIndex(allied[1])];
    checks.push((_c, b) => isAlliedB(b, x, y));
  }
  if (notAllied) {
    const [x, y] = [campIndex(notAllied[0]), campIndex(notAllied[1])];
    checks.push((_c, b) => !isAlliedB(b, x, y));
  }
  if (held) {
    const [p, l] = [ix.post.get(held.post)!, leader(held.leader)];
    checks.push((_c, b) => b.post[p] === l);
  }
  if (lacks) {
    const [p, l] = [ix.post.get(lacks.post)!, leader(lacks.leader)];
    checks.push((_c, b) => b.post[p] !== l);
  }
  if (status) {
    const [l, allowed] = [leader(status.leader), maskOfList(status.is, statusIndex)];
    checks.push((_c, b) => (allowed & (1 << b.status[l])) !== 0);
  }
  if (inPolitburo) {
    const l = leader(inPolitburo);
    checks.push((_c, b) => b.seat[l] === FULL);
  }
  if (notInPolitburo) {
    const l = leader(notInPolitburo);
    checks.push((_c, b) => b.seat[l] !== FULL);
  }
  if (seat) {
    const [l, allowed] = [leader(seat.leader), maskOfList(seat.is, seatIndex)];
    checks.push((_c, b) => (allowed & (1 << b.seat[l])) !== 0);
  }
}

/** The checks of a condition, the cheapest first (the role, then flags): each is pure, so the order is free. */
function compile(cond: Condition, ix: Index): Pred {
  const checks: Pred[] = [];
  const { flag, notFlag, role, dominant, notDominant, any } = cond;
  if (role !== undefined) checks.push((_c, b) => b.config.role === role);
  if (flag !== undefined) checks.push(flagsCheck(flag, true));
  if (notFlag !== undefined) checks.push(flagsCheck(notFlag, false));
  peopleChecks(cond, ix, checks);
  const dominance = (c: Ctx, b: Board, memo: Memo | undefined) => (memo ? (memo.dominant ??= dominantCamp(c, b)) : dominantCamp(c, b));
  if (dominant) {
    const d = dominantIndex(dominant);
    checks.push((c, b, memo) => dominance(c, b, memo) === d);
  }
  if (notDominant) {
    const d = dominantIndex(notDominant);
    checks.push((c, b, memo) => dominance(c, b, memo) !== d);
  }
  if (any) {
    const alternatives = any.map((x) => predicate(x, ix));
    checks.push((c, b, memo) => alternatives.some((p) => p(c, b, memo)));
  }
  if (checks.length === 0) return ALWAYS;
  if (checks.length === 1) return checks[0];
  return (c, b, memo) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i](c, b, memo)) return false;
    return true;
  };
}

/** A condition as a function (none: always true), made once per condition. */
export function predicate(cond: Condition | undefined, ix: Index): Pred {
  if (!cond) return ALWAYS;
  let p = compiled.get(cond);
  if (!p) compiled.set(cond, (p = compile(cond, ix)));
  return p;
}

export function holds(ctx: Ctx, b: Board, cond: Condition | undefined, memo?: Memo): boolean {
  return cond === undefined || predicate(cond, b.ix)(ctx, b, memo);
}

/**
 * The second camp leaves whatever side it was on and joins the first camp's side, allying with every camp
 * already there. Sides stay disjoint, so no camp can be on both sides of a vote.
 */
export function joinSide(b: Board, host: number, joiner: number): void {
  if (host === joiner) return;
  for (let c = 0; c < 4; c++) if (c !== joiner) unally(b, c, joiner);
  for (let c = 0; c < 4; c++) if (c !== joiner && (c === host || isAlliedB(b, host, c))) ally(b, c, joiner);
}

/** The second camp leaves the first camp's side, breaking with every camp on it. */
export function leaveSide(b: Board, host: number, leaver: number): void {
  if (host === leaver) return;
  for (let c = 0; c < 4; c++) if (c !== leaver && (c === host || isAlliedB(b, host, c))) unally(b, c, leaver);
}

export function setSeat(b: Board, leader: number, seat: number): void {
  if (b.seat[leader] === FULL && seat !== FULL) markMilestone(b, b.ix.outOfPolitburo[leader]);
  b.seat[leader] = seat;
  b.seatsFresh = false;
}

export function setStatus(b: Board, leader: number, status: number): void {
  if (b.status[leader] === status) return;
  b.status[leader] = status;
  b.seatsFresh = false;
  if (status !== ACTIVE) {
    if (b.seat[leader] !== NO_SEAT) setSeat(b, leader, NO_SEAT);
    for (let p = 0; p < b.post.length; p++) if (b.post[p] === leader) setHolder(b, p, -1);
  }
  if (status === EXPELLED || status === EXILED) markMilestone(b, b.ix.expelledMilestone[leader]);
  if (status === EXILED) markMilestone(b, b.ix.exiledMilestone[leader]);
}

export function setHolder(b: Board, post: number, holder: number): void {
  const prior = b.post[post];
  if (prior === holder) return;
  if (prior >= 0) markMilestone(b, b.ix.loses[prior * b.ix.posts.length + post]);
  b.post[post] = holder;
}

/** Effects as a function of the game they change; `source` names the moment that logs the change. */
export type Apply = (ctx: Ctx, b: Board, source: string) => void;

/** Each list of effects is turned once into one function (effects have one key each). */
const compiledEffects = new WeakMap<readonly Effect[], Apply>();
const NOTHING: Apply = () => {};

/** A list of effects as one function, made once per list. */
export function effectsOf(effects: readonly Effect[], ix: Index): Apply {
  let fn = compiledEffects.get(effects);
  if (!fn) {
    const fns = effects.map((e) => compileEffect(e, ix));
    fn = fns.length === 0 ? NOTHING : fns.length === 1 ? fns[0] : (ctx, b, source) => {
      for (let i = 0; i < fns.length; i++) fns[i](ctx, b, source);
    };
    compiledEffects.set(effects, fn);
  }
  return fn;
}

export function applyEffects(ctx: Ctx, b: Board, effects: readonly Effect[], source: string): void {
  effectsOf(effects, b.ix)(ctx, b, source);
}

/** Each effect is turned into a function once (the shrewd policy applies effects one at a time). */
const compiledEffect = new WeakMap<Effect, Apply>();

export function applyEffect(ctx: Ctx, b: Board, e: Effect, source: string): void {
  let fn = compiledEffect.get(e);
  if (!fn) compiledEffect.set(e, (fn = compileEffect(e, b.ix)));
  fn(ctx, b, source);
}

export type Standing = 'prestige' | 'heir' | 'stigma';

/**
 * Changes a leader's prestige, heir standing or stigma, kept within the model's bounds, and logs the push
 * (the full change asked for, so the ledger shows what each source meant to do).
 */
export function adjustStanding(ctx: Ctx, b: Board, leader: number, kind: Standing, delta: number, source: string): void {
  const values = b[kind];
  values[leader] = clamp(values[leader] + delta, ctx.model.support.standingMin, ctx.model.support.standingMax);
  b.influences.push({ turn: b.turn, day: b.day, source, kind, who: b.ix.leaders[leader], delta });
}

/** What one effect does, as a function of the game it changes (effects have one key each). */
function compileEffect(e: Effect, ix: Index): Apply {
  return standingEffect(e, ix) ?? powerEffect(e, ix) ?? partyEffect(e, ix) ?? recordEffect(e, ix) ?? NOTHING;
}

/** A change to a leader's standing or a bloc's mood, logged as a push on the Party. */
function standingEffect(e: Effect, ix: Index): Apply | null {
  const leader = (id: string) => ix.leaderOf(id);
  if ('prestige' in e) {
    const l = leader(e.prestige.leader);
    return (ctx, b, source) => adjustStanding(ctx, b, l, 'prestige', e.prestige.delta, source);
  }
  if ('heir' in e) {
    const l = leader(e.heir.leader);
    return (ctx, b, source) => adjustStanding(ctx, b, l, 'heir', e.heir.delta, source);
  }
  if ('stigma' in e) {
    const l = leader(e.stigma.leader);
    return (ctx, b, source) => adjustStanding(ctx, b, l, 'stigma', e.stigma.delta, source);
  }
  if ('mood' in e) {
    const { bloc, camp, delta } = e.mood;
    const [i, c] = [ix.bloc.get(bloc)!, campIndex(camp)];
    return (_ctx, b, source) => {
      addMood(b, i, c, delta);
      b.influences.push({ turn: b.turn, day: b.day, source, kind: 'mood', who: camp, bloc, delta });
    };
  }
  return null;
}

/** A change of sides, posts, status or seats. */
function powerEffect(e: Effect, ix: Index): Apply | null {
  const leader = (id: string) => ix.leaderOf(id);
  if ('ally' in e) {
    const [host, joiner] = [campIndex(e.ally[0]), campIndex(e.ally[1])];
    return (_ctx, b) => joinSide(b, host, joiner);
  }
  if ('split' in e) {
    const [host, leaver] = [campIndex(e.split[0]), campIndex(e.split[1])];
    return (_ctx, b) => leaveSide(b, host, leaver);
  }
  if ('post' in e) {
    const [p, l] = [ix.post.get(e.post.post)!, ix.leaderOf(e.post.holder)];
    return (_ctx, b) => setHolder(b, p, l);
  }
  if ('status' in e) {
    const [l, st] = [leader(e.status.leader), statusIndex(e.status.is)];
    return (_ctx, b) => setStatus(b, l, st);
  }
  if ('politburo' in e) {
    const { remove, add, candidate } = e.politburo;
    const [r, a, c] = [remove ? leader(remove) : -1, add ? leader(add) : -1, candidate ? leader(candidate) : -1];
    return (_ctx, b) => {
      if (r >= 0) setSeat(b, r, NO_SEAT);
      if (a >= 0 && b.status[a] === ACTIVE) setSeat(b, a, FULL);
      if (c >= 0 && b.status[c] === ACTIVE) setSeat(b, c, CANDIDATE);
    };
  }
  if ('camp' in e) {
    const [l, c] = [leader(e.camp.leader), campIndex(e.camp.is)];
    return (ctx, b) => {
      b.camp[l] = c;
      b.seatsFresh = false;
      followBosses(ctx, b);
    };
  }
  return null;
}

/** A change to the apparatus, the membership, the machines or a camp's policy. */
function partyEffect(e: Effect, ix: Index): Apply | null {
  if ('appointments' in e) {
    const { factor, turns } = e.appointments;
    return (_ctx, b, source) => void b.appointmentMods.push({ factor, until: b.turn + turns, source });
  }
  if ('secretaries' in e) {
    const c = campIndex(e.secretaries.camp);
    return (ctx, b, source) => moveSecretaries(ctx, b, c, e.secretaries.count, source);
  }
  if ('enrolment' in e) {
    return (ctx, b) => {
      const i = b.ix.enrolment;
      if (i < 0) return;
      b.members[i] += e.enrolment.members;
      b.apparatusShift += (ctx.lens.enrolmentApparatusBoost * e.enrolment.members) / ctx.model.membership.enrolmentScale;
    };
  }
  if ('apparatusShare' in e) return (_ctx, b) => void (b.apparatusShift += e.apparatusShare);
  if ('machine' in e) {
    const [m, boss] = [ix.machine.get(e.machine.id)!, ix.leaderOf(e.machine.boss)];
    return (ctx, b) => {
      b.boss[m] = boss;
      followBosses(ctx, b);
    };
  }
  if ('policy' in e) {
    const c = campIndex(e.policy.camp);
    return (_ctx, b) => {
      if (e.policy.nep !== undefined) b.policy[c * 2] = e.policy.nep;
      if (e.policy.world !== undefined) b.policy[c * 2 + 1] = e.policy.world;
    };
  }
  return null;
}

/** A flag, a milestone, or a gamble or test that leads to other effects. */
function recordEffect(e: Effect, ix: Index): Apply | null {
  if ('flag' in e) {
    const f = FLAGS.id(e.flag);
    return (_ctx, b) => setFlag(b, f);
  }
  if ('unflag' in e) {
    const f = FLAGS.id(e.unflag);
    return (_ctx, b) => clearFlag(b, f);
  }
  if ('milestone' in e) {
    const m = MILESTONES.id(e.milestone);
    return (_ctx, b) => markMilestone(b, m);
  }
  if ('chance' in e) {
    const [then, otherwise] = [effectsOf(e.chance.then, ix), effectsOf(e.chance.else, ix)];
    return (ctx, b, source) => (draw(b) < chanceOf(ctx, b, e.chance) ? then : otherwise)(ctx, b, source);
  }
  if ('if' in e) {
    const [when, then, otherwise] = [predicate(e.if.when, ix), effectsOf(e.if.then, ix), e.if.else ? effectsOf(e.if.else, ix) : NOTHING];
    return (ctx, b, source) => (when(ctx, b, undefined) ? then : otherwise)(ctx, b, source);
  }
  return null;
}

/** The probability of a gamble: its base chance, shifted by a leader's prestige above or below the pivot. */
export function chanceOf(ctx: Ctx, b: Board, c: { p: number; boost?: { leader: string; per: number } }): number {
  const g = ctx.model.gambles;
  const boost = c.boost ? (b.prestige[b.ix.leaderOf(c.boost.leader)] - g.prestigePivot) * c.boost.per : 0;
  return clamp(c.p + boost, g.chanceFloor, g.chanceCeiling);
}

/**
 * Places (count > 0) or removes (count < 0) secretaries of a camp, taking the regions in order of their list
 * so that the result is the same every time. Machine regions are left to their bosses.
 */
export function moveSecretaries(_ctx: Ctx, b: Board, camp: number, count: number, source: string): void {
  let moved = 0;
  const side = camp + 1;
  for (const i of b.ix.apparatus) {
    if (moved >= Math.abs(count)) break;
    const cur = b.secretary[i];
    if (count > 0 && cur !== side) {
      appoint(b, i, side);
      moved++;
    } else if (count < 0 && cur === side) {
      appoint(b, i, 0);
      moved++;
    }
  }
  if (moved) b.influences.push({ turn: b.turn, day: b.day, source, kind: 'secretaries', who: CAMPS[camp], delta: count > 0 ? moved : -moved });
}

