// The support model of the Party (the circular flow of power). A Congress is made of delegates chosen by the
// regional secretaries (the apparatus share), the delegations of the big city machines, and delegates of the
// rank and file, whose mood follows prestige, the claim to be Lenin's heir, policy and the stigma of
// factionalism. The Central Committee is elected from the Congress by slate. Pure and deterministic.
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { isAllied, type GameState, type Side } from './state';
import { clamp } from './clamp';

export interface Group {
  id: string;
  name: string;
  kind: 'apparatus' | 'machine' | 'members' | 'cc';
  /** Share of the body's seats. */
  share: number;
  lean: Record<Side, number>;
}

export function campLeaderActive(ctx: Ctx, s: GameState, camp: Camp): boolean {
  return s.leaders[ctx.sc.campLeader[camp]].status === 'active';
}

export function apparatusShare(ctx: Ctx, s: GameState): number {
  const m = ctx.model.support;
  return clamp(ctx.lens.apparatusShare + s.apparatusShift, m.apparatusShareMin, m.apparatusShareMax);
}

/** How strongly a rank-and-file bloc is drawn to a camp: the model's transparent scoring rule. */
export function campScore(ctx: Ctx, s: GameState, blocIdx: number, camp: Camp, stigma = sideStigma(ctx, s, camp)): number {
  const bloc = ctx.sc.campaign.blocs[blocIdx];
  const m = ctx.model.support;
  const leader = s.leaders[ctx.sc.campLeader[camp]];
  const p = s.policy[camp];
  const fit = 1 - (Math.abs(bloc.nep - p.nep) + Math.abs(bloc.world - p.world)) / 2;
  const personal = (leader.prestige * bloc.prestigeWeight + leader.heir * bloc.heirWeight) / m.personalDivisor;
  const mood = s.moods[bloc.id]?.[camp] ?? 0;
  return (
    ctx.lens.personalWeight * personal +
    ctx.lens.policyWeight * bloc.policyWeight * fit * m.policyScale -
    (ctx.lens.stigmaWeight * stigma) / m.stigmaDivisor +
    mood
  );
}

/** A camp's stigma: its leader's own, plus the model's share of each ally's (faction-making taints the whole bloc). */
export function sideStigma(ctx: Ctx, s: GameState, camp: Camp): number {
  let stigma = s.leaders[ctx.sc.campLeader[camp]].stigma;
  const share = ctx.model.support.allyStigmaShare;
  for (const c of CAMPS) if (c !== camp && isAllied(s, camp, c)) stigma += s.leaders[ctx.sc.campLeader[c]].stigma * share;
  return stigma;
}

/** The rank-and-file bloc's lean: a softmax over the active camps and the party line. */
export function memberLean(ctx: Ctx, s: GameState, blocIdx: number, stigmas?: number[]): Record<Side, number> {
  const line = ctx.lens.lineLoyalty * ctx.model.support.lineScale;
  const raw = [0, 0, 0, 0];
  const active = [false, false, false, false];
  let max = line;
  for (let i = 0; i < CAMPS.length; i++) {
    if (!campLeaderActive(ctx, s, CAMPS[i])) continue;
    active[i] = true;
    raw[i] = campScore(ctx, s, blocIdx, CAMPS[i], stigmas ? stigmas[i] : sideStigma(ctx, s, CAMPS[i]));
    if (raw[i] > max) max = raw[i];
  }
  const lean = emptyLean();
  lean.line = Math.exp(line - max);
  let total = lean.line;
  for (let i = 0; i < CAMPS.length; i++) {
    if (!active[i]) continue;
    const e = Math.exp(raw[i] - max);
    lean[CAMPS[i]] = e;
    total += e;
  }
  for (const k of SIDES) lean[k] /= total;
  return lean;
}

export const SIDES: readonly Side[] = ['line', ...CAMPS];

export function emptyLean(): Record<Side, number> {
  return { line: 0, stalin: 0, trotsky: 0, zinoviev: 0, bukharin: 0 };
}

export function leanOf(side: Side, share: number): Record<Side, number> {
  const lean = emptyLean();
  lean[side] += share;
  lean.line += 1 - share;
  return lean;
}

export interface Cast {
  for: number;
  against: number;
  abstain: number;
}

/**
 * How a group with this lean casts its votes, before the mood of the hall: its sponsor-side share for, its
 * target-side share against, the line's share with the side the line follows (or evenly when it splits), and
 * bystanders' share likewise at the model's turnout; those who do not vote abstain.
 */
export function castOf(ctx: Ctx, lean: Record<Side, number>, sponsor: readonly Camp[], target: readonly Camp[], lineWith: 'sponsor' | 'target' | 'split'): Cast {
  let f = 0;
  let a = 0;
  let ab = 0;
  const { lineStickiness, bystanderTurnout } = ctx.model.votes;
  for (const k of SIDES) {
    const share = lean[k];
    if (share === 0) continue;
    const toward = k === 'line' ? lineStickiness : sponsor.includes(k as Camp) || target.includes(k as Camp) ? 1 : bystanderTurnout;
    if (sponsor.includes(k as Camp)) f += share;
    else if (target.includes(k as Camp)) a += share;
    else {
      if (lineWith === 'sponsor') f += share * toward;
      else if (lineWith === 'target') a += share * toward;
      else {
        f += (share * toward) / 2;
        a += (share * toward) / 2;
      }
      ab += share * (1 - toward);
    }
  }
  return { for: f, against: a, abstain: ab };
}

/** Who a machine's delegates answer to: the holder of its post when it has one, else its boss. */
export function machineBoss(s: GameState, m: { id: string; post?: string }): string | null {
  return m.post ? s.posts[m.post] : s.machines[m.id];
}

/** The groups that make up a Congress or Conference, each with its share of delegates and its lean. */
export function congressGroups(ctx: Ctx, s: GameState): Group[] {
  const camp = ctx.sc.campaign;
  const { machineLoyalty, secretaryLoyalty } = ctx.model.support;
  const a = apparatusShare(ctx, s);
  const groups: Group[] = [];
  let machineShare = 0;
  for (const m of camp.machines) {
    const boss = machineBoss(s, m);
    const bossCamp = boss ? s.leaders[boss].camp : 'line';
    const bossActive = boss !== null && s.leaders[boss].status === 'active';
    machineShare += m.share;
    groups.push({
      id: m.id,
      name: m.name,
      kind: 'machine',
      share: m.share,
      lean: bossActive ? leanOf(bossCamp, machineLoyalty) : leanOf('line', 1),
    });
  }
  const counts = emptyLean();
  let regions = 0;
  const active = { line: true, stalin: false, trotsky: false, zinoviev: false, bukharin: false };
  for (const c of CAMPS) active[c] = campLeaderActive(ctx, s, c);
  for (const i of ctx.sc.apparatusRegions) {
    const sec = s.secretaries[i];
    counts[active[sec] ? sec : 'line']++;
    regions++;
  }
  const appShare = Math.max(0, a - machineShare);
  for (const side of SIDES) {
    const n = counts[side];
    if (!n) continue;
    groups.push({
      id: ctx.sc.groupIds.secretaries[side],
      name: ctx.sc.names[ctx.sc.groupIds.secretaries[side]],
      kind: 'apparatus',
      share: (appShare * n) / regions,
      lean: side === 'line' ? leanOf('line', 1) : leanOf(side, secretaryLoyalty),
    });
  }
  let members = 0;
  for (const b of camp.blocs) members += s.members[b.id];
  const stigmas = CAMPS.map((c) => sideStigma(ctx, s, c));
  camp.blocs.forEach((b, i) => {
    if (!s.members[b.id]) return;
    groups.push({
      id: b.id,
      name: b.name,
      kind: 'members',
      share: ((1 - a) * s.members[b.id]) / members,
      lean: memberLean(ctx, s, i, stigmas),
    });
  });
  return groups;
}

export function ccGroups(ctx: Ctx, s: GameState): Group[] {
  const groups: Group[] = [];
  for (const side of SIDES) {
    const share = s.cc[side];
    if (!share) continue;
    const effective: Side = side !== 'line' && !campLeaderActive(ctx, s, side) ? 'line' : side;
    const id = ctx.sc.groupIds.cc[side];
    groups.push({ id, name: ctx.sc.names[id], kind: 'cc', share, lean: leanOf(effective, 1) });
  }
  return groups;
}

/** Share of delegates leaning to each side (camps and line) in a Congress held now, without noise. */
export function congressComposition(ctx: Ctx, s: GameState, groups: Group[] = congressGroups(ctx, s)): Record<Side, number> {
  const out = emptyLean();
  for (const g of groups) {
    for (const k of SIDES) out[k] += g.share * g.lean[k];
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
 * Which side the party line follows in a contest: the side with more Politburo seats. When the Politburo is
 * evenly split the loyalists divide too; when neither side sits there, they follow the General Secretary.
 */
export function lineFollows(_ctx: Ctx, s: GameState, sponsor: readonly Camp[], target: readonly Camp[]): 'sponsor' | 'target' | 'split' {
  const a = politburoSeats(s, sponsor);
  const b = politburoSeats(s, target);
  if (a !== b) return a > b ? 'sponsor' : 'target';
  if (a > 0) return 'split';
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
  const line = lineFollows(ctx, s, side, rivals);
  if (line === 'sponsor') share += s.cc.line;
  else if (line === 'split') share += s.cc.line / 2;
  return share;
}
