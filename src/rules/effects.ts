// Conditions and effects: the small vocabulary in which scenario files say when something can happen and
// what it changes. Every change is logged with its source, so a vote's ledger can say what moved each bloc.
import { CAMPS, type Camp, type Condition, type Effect, type Status } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { allianceKey, isAllied, type GameState, type Seat } from './state';
import { draw } from './rng';
import { dominantCamp } from './dominance';
import { followBosses } from './apparatus';
import { clamp } from './clamp';

function allSet(flags: Record<string, true>, v: string | string[]): boolean {
  if (typeof v === 'string') return flags[v] === true;
  for (const f of v) if (!flags[f]) return false;
  return true;
}

function noneSet(flags: Record<string, true>, v: string | string[]): boolean {
  if (typeof v === 'string') return flags[v] !== true;
  for (const f of v) if (flags[f]) return false;
  return true;
}

/** Facts worked out once while several conditions are checked against the same state. */
export interface Memo {
  dominant?: Camp | 'collective';
}

type Check = (ctx: Ctx, s: GameState, memo: Memo | undefined) => boolean;

/** Each condition is turned once into the list of checks for the keys it actually has. */
const compiled = new WeakMap<Condition, Check[]>();

function compile(cond: Condition): Check[] {
  const checks: Check[] = [];
  const { flag, notFlag, role, allied, notAllied, holds: held, lacks, status, inPolitburo, notInPolitburo, seat, dominant, notDominant, any } = cond;
  if (typeof flag === 'string') checks.push((_c, s) => s.flags[flag] === true);
  else if (flag !== undefined) checks.push((_c, s) => allSet(s.flags, flag));
  if (typeof notFlag === 'string') checks.push((_c, s) => s.flags[notFlag] !== true);
  else if (notFlag !== undefined) checks.push((_c, s) => noneSet(s.flags, notFlag));
  if (role !== undefined) checks.push((_c, s) => s.config.role === role);
  if (allied) checks.push((_c, s) => isAllied(s, allied[0], allied[1]));
  if (notAllied) checks.push((_c, s) => !isAllied(s, notAllied[0], notAllied[1]));
  if (held) checks.push((_c, s) => s.posts[held.post] === held.leader);
  if (lacks) checks.push((_c, s) => s.posts[lacks.post] !== lacks.leader);
  if (status) {
    const allowed: Status[] = Array.isArray(status.is) ? status.is : [status.is];
    checks.push((_c, s) => allowed.includes(s.leaders[status.leader].status));
  }
  if (inPolitburo) checks.push((_c, s) => s.leaders[inPolitburo].politburo === 'full');
  if (notInPolitburo) checks.push((_c, s) => s.leaders[notInPolitburo].politburo !== 'full');
  if (seat) {
    const allowed: Seat[] = Array.isArray(seat.is) ? seat.is : [seat.is];
    checks.push((_c, s) => allowed.includes(s.leaders[seat.leader].politburo));
  }
  const dominance = (c: Ctx, s: GameState, memo: Memo | undefined) => (memo ? (memo.dominant ??= dominantCamp(c, s)) : dominantCamp(c, s));
  if (dominant) checks.push((c, s, memo) => dominance(c, s, memo) === dominant);
  if (notDominant) checks.push((c, s, memo) => dominance(c, s, memo) !== notDominant);
  if (any) checks.push((c, s, memo) => any.some((x) => holds(c, s, x, memo)));
  return checks;
}

export function holds(ctx: Ctx, s: GameState, cond: Condition | undefined, memo?: Memo): boolean {
  if (!cond) return true;
  let checks = compiled.get(cond);
  if (!checks) {
    checks = compile(cond);
    compiled.set(cond, checks);
  }
  for (let i = 0; i < checks.length; i++) if (!checks[i](ctx, s, memo)) return false;
  return true;
}

/**
 * The second camp leaves whatever side it was on and joins the first camp's side, allying with every camp
 * already there. Sides stay disjoint, so no camp can be on both sides of a vote.
 */
export function joinSide(s: GameState, host: Camp, joiner: Camp): void {
  if (host === joiner) return;
  for (const c of CAMPS) if (c !== joiner) delete s.alliances[allianceKey(c, joiner)];
  for (const c of CAMPS) {
    if (c !== joiner && (c === host || isAllied(s, host, c))) s.alliances[allianceKey(c, joiner)] = true;
  }
}

/** The second camp leaves the first camp's side, breaking with every camp on it. */
export function leaveSide(s: GameState, host: Camp, leaver: Camp): void {
  if (host === leaver) return;
  for (const c of CAMPS) {
    if (c !== leaver && (c === host || isAllied(s, host, c))) delete s.alliances[allianceKey(c, leaver)];
  }
}

/** Records the first turn a milestone happened; later repeats keep the first date. */
export function markMilestone(s: GameState, id: string): void {
  if (s.milestones[id] === undefined) s.milestones[id] = s.turn;
}

/** The names of the milestones that leaders and posts make ("trotsky-loses-war-commissar"), each built once. */
type Names = Map<string, Map<string, string>>;
const SUFFIXED: Names = new Map();
const LOSES: Names = new Map();
const suffixed = (who: string, what: string) => `${who}-${what}`;
const loses = (who: string, post: string) => `${who}-loses-${post}`;

function milestoneName(cache: Names, a: string, b: string, build: (a: string, b: string) => string): string {
  let inner = cache.get(a);
  if (!inner) cache.set(a, (inner = new Map()));
  let name = inner.get(b);
  if (name === undefined) inner.set(b, (name = build(a, b)));
  return name;
}

export function setSeat(s: GameState, leader: string, seat: Seat): void {
  const l = s.leaders[leader];
  if (l.politburo === 'full' && seat !== 'full') markMilestone(s, milestoneName(SUFFIXED, leader, 'out-of-politburo', suffixed));
  l.politburo = seat;
}

export function setStatus(s: GameState, leader: string, status: Status): void {
  const l = s.leaders[leader];
  if (l.status === status) return;
  l.status = status;
  if (status !== 'active') {
    if (l.politburo !== 'none') setSeat(s, leader, 'none');
    for (const post in s.posts) if (s.posts[post] === leader) setHolder(s, post, null);
  }
  if (status === 'expelled' || status === 'exiled') markMilestone(s, milestoneName(SUFFIXED, leader, 'expelled', suffixed));
  if (status === 'exiled') markMilestone(s, milestoneName(SUFFIXED, leader, 'exiled', suffixed));
}

export function setHolder(s: GameState, post: string, holder: string | null): void {
  const prior = s.posts[post];
  if (prior === holder) return;
  if (prior) markMilestone(s, milestoneName(LOSES, prior, post, loses));
  s.posts[post] = holder;
}

type Apply = (ctx: Ctx, s: GameState, source: string) => void;

/** Each list of effects is turned once into a list of functions, one per effect (effects have one key each). */
const compiledEffects = new WeakMap<readonly Effect[], Apply[]>();

export function applyEffects(ctx: Ctx, s: GameState, effects: readonly Effect[], source: string): void {
  let fns = compiledEffects.get(effects);
  if (!fns) {
    fns = effects.map(compileEffect);
    compiledEffects.set(effects, fns);
  }
  for (let i = 0; i < fns.length; i++) fns[i](ctx, s, source);
}

export function applyEffect(ctx: Ctx, s: GameState, e: Effect, source: string): void {
  compileEffect(e)(ctx, s, source);
}

function logChange(s: GameState, source: string, kind: 'prestige' | 'heir' | 'stigma', who: string, delta: number) {
  s.influences.push({ turn: s.turn, day: s.day, source, kind, who, delta });
}

/**
 * Changes a leader's prestige, heir standing or stigma, kept within the model's bounds, and logs the push
 * (the full change asked for, so the ledger shows what each source meant to do).
 */
export function adjustStanding(ctx: Ctx, s: GameState, leader: string, kind: 'prestige' | 'heir' | 'stigma', delta: number, source: string) {
  const l = s.leaders[leader];
  l[kind] = clamp(l[kind] + delta, ctx.model.support.standingMin, ctx.model.support.standingMax);
  logChange(s, source, kind, leader, delta);
}

/** What one effect does, as a function of the game it changes. */
function compileEffect(e: Effect): Apply {
  if ('prestige' in e) return (ctx, s, source) => adjustStanding(ctx, s, e.prestige.leader, 'prestige', e.prestige.delta, source);
  if ('heir' in e) return (ctx, s, source) => adjustStanding(ctx, s, e.heir.leader, 'heir', e.heir.delta, source);
  if ('stigma' in e) return (ctx, s, source) => adjustStanding(ctx, s, e.stigma.leader, 'stigma', e.stigma.delta, source);
  if ('mood' in e) {
    const { bloc, camp, delta } = e.mood;
    return (_ctx, s, source) => {
      const m = (s.moods[bloc] ??= {});
      m[camp] = (m[camp] ?? 0) + delta;
      s.influences.push({ turn: s.turn, day: s.day, source, kind: 'mood', who: camp, bloc, delta });
    };
  }
  if ('ally' in e) return (_ctx, s) => joinSide(s, e.ally[0], e.ally[1]);
  if ('split' in e) return (_ctx, s) => leaveSide(s, e.split[0], e.split[1]);
  if ('post' in e) return (_ctx, s) => setHolder(s, e.post.post, e.post.holder);
  if ('status' in e) return (_ctx, s) => setStatus(s, e.status.leader, e.status.is);
  if ('politburo' in e) {
    const { remove, add, candidate } = e.politburo;
    return (_ctx, s) => {
      if (remove) setSeat(s, remove, 'none');
      if (add && s.leaders[add].status === 'active') setSeat(s, add, 'full');
      if (candidate && s.leaders[candidate].status === 'active') setSeat(s, candidate, 'candidate');
    };
  }
  if ('camp' in e) {
    return (ctx, s) => {
      s.leaders[e.camp.leader].camp = e.camp.is;
      followBosses(ctx, s);
    };
  }
  if ('appointments' in e) {
    const { factor, turns } = e.appointments;
    return (_ctx, s, source) => void s.appointmentMods.push({ factor, until: s.turn + turns, source });
  }
  if ('secretaries' in e) return (ctx, s, source) => moveSecretaries(ctx, s, e.secretaries.camp, e.secretaries.count, source);
  if ('enrolment' in e) {
    const bloc = 'lenin-enrolment';
    return (ctx, s) => {
      if (s.members[bloc] === undefined) return;
      s.members[bloc] += e.enrolment.members;
      s.apparatusShift += (ctx.lens.enrolmentApparatusBoost * e.enrolment.members) / ctx.model.membership.enrolmentScale;
    };
  }
  if ('apparatusShare' in e) return (_ctx, s) => void (s.apparatusShift += e.apparatusShare);
  if ('machine' in e) {
    return (ctx, s) => {
      s.machines[e.machine.id] = e.machine.boss;
      followBosses(ctx, s);
    };
  }
  if ('policy' in e) {
    return (_ctx, s) => {
      const p = s.policy[e.policy.camp];
      if (e.policy.nep !== undefined) p.nep = e.policy.nep;
      if (e.policy.world !== undefined) p.world = e.policy.world;
    };
  }
  if ('flag' in e) return (_ctx, s) => void (s.flags[e.flag] = true);
  if ('unflag' in e) return (_ctx, s) => void delete s.flags[e.unflag];
  if ('milestone' in e) return (_ctx, s) => markMilestone(s, e.milestone);
  if ('chance' in e) return (ctx, s, source) => applyEffects(ctx, s, draw(s) < chanceOf(ctx, s, e.chance) ? e.chance.then : e.chance.else, source);
  if ('if' in e) return (ctx, s, source) => applyEffects(ctx, s, holds(ctx, s, e.if.when) ? e.if.then : (e.if.else ?? NONE), source);
  return () => {};
}

const NONE: readonly Effect[] = [];

/** The probability of a gamble: its base chance, shifted by a leader's prestige above or below the pivot. */
export function chanceOf(ctx: Ctx, s: GameState, c: { p: number; boost?: { leader: string; per: number } }): number {
  const g = ctx.model.gambles;
  const boost = c.boost ? (s.leaders[c.boost.leader].prestige - g.prestigePivot) * c.boost.per : 0;
  return clamp(c.p + boost, g.chanceFloor, g.chanceCeiling);
}

/**
 * Places (count > 0) or removes (count < 0) secretaries of a camp, taking the regions in order of their list
 * so that the result is the same every time. Machine regions are left to their bosses.
 */
export function moveSecretaries(ctx: Ctx, s: GameState, camp: Camp, count: number, source: string): void {
  let moved = 0;
  for (const i of ctx.sc.apparatusRegions) {
    if (moved >= Math.abs(count)) break;
    const cur = s.secretaries[i];
    if (count > 0 && cur !== camp) {
      s.secretaries[i] = camp;
      moved++;
    } else if (count < 0 && cur === camp) {
      s.secretaries[i] = 'line';
      moved++;
    }
  }
  if (moved) s.influences.push({ turn: s.turn, day: s.day, source, kind: 'secretaries', who: camp, delta: count > 0 ? moved : -moved });
}
