// The support model of the Party (the circular flow of power). A Congress is made of delegates chosen by the
// regional secretaries (the apparatus share), the delegations of the big city machines, and delegates of the
// rank and file, whose mood follows prestige, the claim to be Lenin's heir, policy and the stigma of
// factionalism. The Central Committee is elected from the Congress by slate. Pure and deterministic.
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from './scenario';
import { isAllied, type GameState, type Side } from './state';

export interface Group {
  id: string;
  name: string;
  kind: 'apparatus' | 'machine' | 'members' | 'cc';
  /** Share of the body's seats. */
  share: number;
  lean: Partial<Record<Side, number>>;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

export function campLeaderActive(ctx: Ctx, s: GameState, camp: Camp): boolean {
  return s.leaders[ctx.sc.campLeader[camp]].status === 'active';
}

export function apparatusShare(ctx: Ctx, s: GameState): number {
  return clamp(ctx.lens.apparatusShare + s.apparatusShift, 0.35, 0.88);
}

/** How strongly a rank-and-file bloc is drawn to a camp: the model's transparent scoring rule. */
export function campScore(ctx: Ctx, s: GameState, blocIdx: number, camp: Camp): number {
  const bloc = ctx.sc.campaign.blocs[blocIdx];
  const leader = s.leaders[ctx.sc.campLeader[camp]];
  const p = s.policy[camp];
  const fit = 1 - (Math.abs(bloc.nep - p.nep) + Math.abs(bloc.world - p.world)) / 2;
  const personal = (leader.prestige * bloc.prestigeWeight + leader.heir * bloc.heirWeight) / 50;
  const mood = s.moods[bloc.id]?.[camp] ?? 0;
  return (
    ctx.lens.personalWeight * personal +
    ctx.lens.policyWeight * bloc.policyWeight * fit * 2 -
    (ctx.lens.stigmaWeight * leader.stigma) / 20 +
    mood
  );
}

/** The rank-and-file bloc's lean: a softmax over the active camps and the party line. */
export function memberLean(ctx: Ctx, s: GameState, blocIdx: number): Partial<Record<Side, number>> {
  const scores: Partial<Record<Side, number>> = {};
  let max = ctx.lens.lineLoyalty * 2.5;
  scores.line = max;
  for (const camp of CAMPS) {
    if (!campLeaderActive(ctx, s, camp)) continue;
    const v = campScore(ctx, s, blocIdx, camp);
    scores[camp] = v;
    if (v > max) max = v;
  }
  let total = 0;
  for (const k in scores) {
    const e = Math.exp(scores[k as Side]! - max);
    scores[k as Side] = e;
    total += e;
  }
  for (const k in scores) scores[k as Side]! /= total;
  return scores;
}

/** The groups that make up a Congress or Conference, each with its share of delegates and its lean. */
export function congressGroups(ctx: Ctx, s: GameState): Group[] {
  const camp = ctx.sc.campaign;
  const a = apparatusShare(ctx, s);
  const groups: Group[] = [];
  let machineShare = 0;
  for (const m of camp.machines) {
    const bossCamp = s.leaders[s.machines[m.id]].camp;
    const bossActive = s.leaders[s.machines[m.id]].status === 'active';
    machineShare += m.share;
    groups.push({
      id: m.id,
      name: m.name,
      kind: 'machine',
      share: m.share,
      lean: bossActive ? { [bossCamp]: 0.92, line: 0.08 } : { line: 1 },
    });
  }
  const counts: Partial<Record<Side, number>> = {};
  let regions = 0;
  for (let i = 0; i < s.secretaries.length; i++) {
    if (ctx.sc.machineRegions.has(i)) continue;
    const sec = s.secretaries[i];
    const effective: Side = sec !== 'line' && !campLeaderActive(ctx, s, sec) ? 'line' : sec;
    counts[effective] = (counts[effective] ?? 0) + 1;
    regions++;
  }
  const appShare = Math.max(0, a - machineShare);
  for (const side of ['line', ...CAMPS] as Side[]) {
    const n = counts[side];
    if (!n) continue;
    groups.push({
      id: `secretaries-${side}`,
      name: ctx.sc.names[`secretaries-${side}`],
      kind: 'apparatus',
      share: (appShare * n) / regions,
      lean: side === 'line' ? { line: 1 } : { [side]: 0.95, line: 0.05 },
    });
  }
  let members = 0;
  for (const b of camp.blocs) members += s.members[b.id];
  camp.blocs.forEach((b, i) => {
    if (!s.members[b.id]) return;
    groups.push({
      id: b.id,
      name: b.name,
      kind: 'members',
      share: ((1 - a) * s.members[b.id]) / members,
      lean: memberLean(ctx, s, i),
    });
  });
  return groups;
}

export function ccGroups(ctx: Ctx, s: GameState): Group[] {
  const groups: Group[] = [];
  for (const side of ['line', ...CAMPS] as Side[]) {
    const share = s.cc[side];
    if (!share) continue;
    const effective: Side = side !== 'line' && !campLeaderActive(ctx, s, side) ? 'line' : side;
    groups.push({ id: `cc-${side}`, name: ctx.sc.names[`cc-${side}`], kind: 'cc', share, lean: { [effective]: 1 } });
  }
  return groups;
}

/** Share of delegates leaning to each side (camps and line) in a Congress held now, without noise. */
export function congressComposition(ctx: Ctx, s: GameState): Record<Side, number> {
  const out: Record<Side, number> = { line: 0, stalin: 0, trotsky: 0, zinoviev: 0, bukharin: 0 };
  for (const g of congressGroups(ctx, s)) {
    for (const k in g.lean) out[k as Side] += g.share * g.lean[k as Side]!;
  }
  return out;
}

/** The camps standing with a camp: itself and its allies whose leaders are still active. */
export function sideOf(ctx: Ctx, s: GameState, camp: Camp): Camp[] {
  return CAMPS.filter((c) => isAllied(s, camp, c) && (c === camp || campLeaderActive(ctx, s, c)));
}

/** Full Politburo seats held by members of the given camps. */
export function politburoSeats(s: GameState, camps: readonly Camp[]): number {
  let n = 0;
  const leaders = s.leaders;
  for (const id in leaders) {
    const l = leaders[id];
    if (l.politburo === 'full' && l.status === 'active') {
      for (let i = 0; i < camps.length; i++) {
        if (camps[i] === l.camp) {
          n++;
          break;
        }
      }
    }
  }
  return n;
}

/**
 * Which side the party line follows in a contest: the side with more Politburo seats; on a tie the side of
 * the General Secretary. Loyalists back the leadership; that is the circular flow's inertia.
 */
export function lineFollows(_ctx: Ctx, s: GameState, sponsor: readonly Camp[], target: readonly Camp[]): 'sponsor' | 'target' {
  const a = politburoSeats(s, sponsor);
  const b = politburoSeats(s, target);
  if (a !== b) return a > b ? 'sponsor' : 'target';
  const gs = s.posts['general-secretary'];
  const gsCamp = gs ? s.leaders[gs].camp : null;
  return gsCamp && target.includes(gsCamp) ? 'target' : 'sponsor';
}

/** The share of the Central Committee that would stand with a camp, the line included when it leads. */
export function sideShareOfCc(ctx: Ctx, s: GameState, camp: Camp): number {
  const side = sideOf(ctx, s, camp);
  let share = 0;
  for (const c of side) share += s.cc[c];
  const rivals = CAMPS.filter((c) => !side.includes(c) && campLeaderActive(ctx, s, c));
  if (lineFollows(ctx, s, side, rivals) === 'sponsor') share += s.cc.line;
  return share;
}
