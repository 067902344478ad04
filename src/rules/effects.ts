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
  if (flag !== undefined) checks.push((_c, s) => allSet(s.flags, flag));
  if (notFlag !== undefined) checks.push((_c, s) => noneSet(s.flags, notFlag));
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

export function setSeat(s: GameState, leader: string, seat: Seat): void {
  const l = s.leaders[leader];
  if (l.politburo === 'full' && seat !== 'full') markMilestone(s, `${leader}-out-of-politburo`);
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
  if (status === 'expelled' || status === 'exiled') markMilestone(s, `${leader}-expelled`);
  if (status === 'exiled') markMilestone(s, `${leader}-exiled`);
}

export function setHolder(s: GameState, post: string, holder: string | null): void {
  const prior = s.posts[post];
  if (prior === holder) return;
  if (prior) markMilestone(s, `${prior}-loses-${post}`);
  s.posts[post] = holder;
}

type EffectKind = Effect extends infer E ? (E extends Record<infer K, unknown> ? K : never) : never;

/** The kind of each effect in a list, worked out once per list: effects have one key each. */
const kindsOf = new WeakMap<readonly Effect[], EffectKind[]>();

function kinds(effects: readonly Effect[]): EffectKind[] {
  let k = kindsOf.get(effects);
  if (!k) {
    k = effects.map((e) => Object.keys(e)[0] as EffectKind);
    kindsOf.set(effects, k);
  }
  return k;
}

export function applyEffects(ctx: Ctx, s: GameState, effects: readonly Effect[], source: string): void {
  const k = kinds(effects);
  for (let i = 0; i < effects.length; i++) applyKind(ctx, s, effects[i], k[i], source);
}

export function applyEffect(ctx: Ctx, s: GameState, e: Effect, source: string): void {
  applyKind(ctx, s, e, Object.keys(e)[0] as EffectKind, source);
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

function applyKind(ctx: Ctx, s: GameState, e: Effect, kind: EffectKind, source: string): void {
  if (kind === 'prestige' && 'prestige' in e) {
    adjustStanding(ctx, s, e.prestige.leader, 'prestige', e.prestige.delta, source);
  } else if (kind === 'heir' && 'heir' in e) {
    adjustStanding(ctx, s, e.heir.leader, 'heir', e.heir.delta, source);
  } else if (kind === 'stigma' && 'stigma' in e) {
    adjustStanding(ctx, s, e.stigma.leader, 'stigma', e.stigma.delta, source);
  } else if (kind === 'mood' && 'mood' in e) {
    const m = (s.moods[e.mood.bloc] ??= {});
    m[e.mood.camp] = (m[e.mood.camp] ?? 0) + e.mood.delta;
    s.influences.push({ turn: s.turn, day: s.day, source, kind: 'mood', who: e.mood.camp, bloc: e.mood.bloc, delta: e.mood.delta });
  } else if (kind === 'ally' && 'ally' in e) {
    joinSide(s, e.ally[0], e.ally[1]);
  } else if (kind === 'split' && 'split' in e) {
    leaveSide(s, e.split[0], e.split[1]);
  } else if (kind === 'post' && 'post' in e) {
    setHolder(s, e.post.post, e.post.holder);
  } else if (kind === 'status' && 'status' in e) {
    setStatus(s, e.status.leader, e.status.is);
  } else if (kind === 'politburo' && 'politburo' in e) {
    if (e.politburo.remove) setSeat(s, e.politburo.remove, 'none');
    if (e.politburo.add && s.leaders[e.politburo.add].status === 'active') setSeat(s, e.politburo.add, 'full');
    if (e.politburo.candidate && s.leaders[e.politburo.candidate].status === 'active') setSeat(s, e.politburo.candidate, 'candidate');
  } else if (kind === 'camp' && 'camp' in e) {
    s.leaders[e.camp.leader].camp = e.camp.is;
    followBosses(ctx, s);
  } else if (kind === 'appointments' && 'appointments' in e) {
    s.appointmentMods.push({ factor: e.appointments.factor, until: s.turn + e.appointments.turns, source });
  } else if (kind === 'secretaries' && 'secretaries' in e) {
    moveSecretaries(ctx, s, e.secretaries.camp, e.secretaries.count, source);
  } else if (kind === 'enrolment' && 'enrolment' in e) {
    const bloc = 'lenin-enrolment';
    if (s.members[bloc] !== undefined) {
      s.members[bloc] += e.enrolment.members;
      s.apparatusShift += (ctx.lens.enrolmentApparatusBoost * e.enrolment.members) / ctx.model.membership.enrolmentScale;
    }
  } else if (kind === 'apparatusShare' && 'apparatusShare' in e) {
    s.apparatusShift += e.apparatusShare;
  } else if (kind === 'machine' && 'machine' in e) {
    s.machines[e.machine.id] = e.machine.boss;
    followBosses(ctx, s);
  } else if (kind === 'policy' && 'policy' in e) {
    const p = s.policy[e.policy.camp];
    if (e.policy.nep !== undefined) p.nep = e.policy.nep;
    if (e.policy.world !== undefined) p.world = e.policy.world;
  } else if (kind === 'flag' && 'flag' in e) {
    s.flags[e.flag] = true;
  } else if (kind === 'unflag' && 'unflag' in e) {
    delete s.flags[e.unflag];
  } else if (kind === 'milestone' && 'milestone' in e) {
    markMilestone(s, e.milestone);
  } else if (kind === 'chance' && 'chance' in e) {
    applyEffects(ctx, s, draw(s) < chanceOf(ctx, s, e.chance) ? e.chance.then : e.chance.else, source);
  } else if (kind === 'if' && 'if' in e) {
    applyEffects(ctx, s, holds(ctx, s, e.if.when) ? e.if.then : (e.if.else ?? []), source);
  }
}

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
