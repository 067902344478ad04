// The support model of the Party (the circular flow of power). A Congress is made of delegates chosen by the
// regional secretaries (the apparatus share), the delegations of the big city machines, and delegates of the
// rank and file, whose mood follows prestige, the claim to be Lenin's heir, policy and the stigma of
// factionalism. The Central Committee is elected from the Congress by slate. Pure and deterministic.
// The hot paths count sides as masks of camps (state.ts) and write a body's groups into reused arrays
// (groups.ts); the functions that return lists and records are for the ledgers, the debrief and the tests.
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { allyMask, CAMP_BIT, chiefList, leaderList, campsOf, maskOf, sideIndex, type CampMask, type GameState, type Side } from './state';
import { clamp } from './clamp';
import { congressGroupTable, groupsOf, type GroupTable } from './groups';

export interface Group {
  id: string;
  name: string;
  kind: 'apparatus' | 'machine' | 'members' | 'cc';
  /** Share of the body's seats. */
  share: number;
  lean: Record<Side, number>;
}

export function campLeaderActive(ctx: Ctx, s: GameState, camp: Camp): boolean {
  return chiefList(s, ctx.sc.chiefs)[sideIndex(camp) - 1].status === 'active';
}

/** The camps whose leaders are active members of the Party. */
export function activeMask(ctx: Ctx, s: GameState): CampMask {
  const chiefs = chiefList(s, ctx.sc.chiefs);
  let mask = 0;
  for (let i = 0; i < 4; i++) if (chiefs[i].status === 'active') mask |= 1 << i;
  return mask;
}


export function apparatusShare(ctx: Ctx, s: GameState): number {
  const m = ctx.model.support;
  return clamp(ctx.lens.apparatusShare + s.apparatusShift, m.apparatusShareMin, m.apparatusShareMax);
}

/** How strongly a rank-and-file bloc is drawn to a camp: the model's transparent scoring rule. */
export function campScore(ctx: Ctx, s: GameState, blocIdx: number, camp: Camp, stigma = sideStigma(ctx, s, camp)): number {
  const bloc = ctx.sc.campaign.blocs[blocIdx];
  return scoreOf(ctx, bloc, s.leaders[ctx.sc.campLeader[camp]], s.policy[camp], s.moods[bloc.id]?.[camp] ?? 0, stigma);
}

type Bloc = Ctx['sc']['campaign']['blocs'][number];

function scoreOf(ctx: Ctx, bloc: Bloc, leader: GameState['leaders'][string], p: { nep: number; world: number }, mood: number, stigma: number): number {
  const m = ctx.model.support;
  const fit = 1 - (Math.abs(bloc.nep - p.nep) + Math.abs(bloc.world - p.world)) / 2;
  const personal = (leader.prestige * bloc.prestigeWeight + leader.heir * bloc.heirWeight) / m.personalDivisor;
  return (
    ctx.lens.personalWeight * personal +
    ctx.lens.policyWeight * bloc.policyWeight * fit * m.policyScale -
    (ctx.lens.stigmaWeight * stigma) / m.stigmaDivisor +
    mood
  );
}

/** A camp's stigma: its leader's own, plus the model's share of each ally's (faction-making taints the whole bloc). */
export function sideStigma(ctx: Ctx, s: GameState, camp: Camp): number {
  const chiefs = chiefList(s, ctx.sc.chiefs);
  let stigma = chiefs[sideIndex(camp) - 1].stigma;
  const share = ctx.model.support.allyStigmaShare;
  const allies = allyMask(s, camp) & ~CAMP_BIT[camp];
  for (let i = 0; i < 4; i++) if (allies & (1 << i)) stigma += chiefs[i].stigma * share;
  return stigma;
}

const RAW = new Float64Array(4);

/**
 * The rank-and-file bloc's lean (a softmax over the active camps and the party line), written into `out` from
 * `at` in the order of SIDES.
 */
export function memberLeanInto(
  ctx: Ctx,
  s: GameState,
  blocIdx: number,
  stigmas: ArrayLike<number> | undefined,
  out: Float64Array,
  at: number,
  active = activeMask(ctx, s),
): void {
  const line = ctx.lens.lineLoyalty * ctx.model.support.lineScale;
  const bloc = ctx.sc.campaign.blocs[blocIdx];
  const moods = s.moods[bloc.id];
  let max = line;
  for (let i = 0; i < 4; i++) {
    if (!(active & (1 << i))) continue;
    const camp = CAMPS[i];
    const stigma = stigmas ? stigmas[i] : sideStigma(ctx, s, camp);
    RAW[i] = scoreOf(ctx, bloc, chiefList(s, ctx.sc.chiefs)[i], s.policy[camp], moods?.[camp] ?? 0, stigma);
    if (RAW[i] > max) max = RAW[i];
  }
  const lineShare = Math.exp(line - max);
  let total = lineShare;
  for (let i = 0; i < 4; i++) {
    const e = active & (1 << i) ? Math.exp(RAW[i] - max) : 0;
    out[at + 1 + i] = e;
    total += e;
  }
  out[at] = lineShare;
  for (let k = 0; k < 5; k++) out[at + k] /= total;
}

const LEAN = new Float64Array(5);

/** The rank-and-file bloc's lean as a record: a softmax over the active camps and the party line. */
export function memberLean(ctx: Ctx, s: GameState, blocIdx: number, stigmas?: number[]): Record<Side, number> {
  memberLeanInto(ctx, s, blocIdx, stigmas, LEAN, 0);
  return leanRecord(LEAN, 0);
}

export const SIDES: readonly Side[] = ['line', ...CAMPS];

export function emptyLean(): Record<Side, number> {
  return { line: 0, stalin: 0, trotsky: 0, zinoviev: 0, bukharin: 0 };
}

/** A lean held in five numbers (SIDES order) as a record. */
export function leanRecord(lean: ArrayLike<number>, at: number): Record<Side, number> {
  return { line: lean[at], stalin: lean[at + 1], trotsky: lean[at + 2], zinoviev: lean[at + 3], bukharin: lean[at + 4] };
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
 * bystanders' share likewise at the model's turnout; those who do not vote abstain. The lean is five numbers
 * from `at` in the order of SIDES; the result is written into `out`.
 */
export function castInto(ctx: Ctx, lean: ArrayLike<number>, at: number, sponsor: CampMask, target: CampMask, lineWith: 'sponsor' | 'target' | 'split', out: Cast): Cast {
  let f = 0;
  let a = 0;
  let ab = 0;
  const { lineStickiness, bystanderTurnout } = ctx.model.votes;
  for (let k = 0; k < 5; k++) {
    const share = lean[at + k];
    if (share === 0) continue;
    const bit = k === 0 ? 0 : 1 << (k - 1);
    const toward = k === 0 ? lineStickiness : (sponsor | target) & bit ? 1 : bystanderTurnout;
    if (sponsor & bit) f += share;
    else if (target & bit) a += share;
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
  out.for = f;
  out.against = a;
  out.abstain = ab;
  return out;
}

/** How a group with this lean casts its votes (castInto, for a lean kept as a record). */
export function castOf(ctx: Ctx, lean: Record<Side, number>, sponsor: readonly Camp[], target: readonly Camp[], lineWith: 'sponsor' | 'target' | 'split'): Cast {
  const five = [lean.line, lean.stalin, lean.trotsky, lean.zinoviev, lean.bukharin];
  return castInto(ctx, five, 0, maskOf(sponsor), maskOf(target), lineWith, { for: 0, against: 0, abstain: 0 });
}

/** Who a machine's delegates answer to: the holder of its post when it has one, else its boss. */
export function machineBoss(s: GameState, m: { id: string; post?: string }): string | null {
  return m.post ? s.posts[m.post] : s.machines[m.id];
}

/** The groups that make up a Congress or Conference, each with its share of delegates and its lean. */
export function congressGroups(ctx: Ctx, s: GameState): Group[] {
  return groupsOf(ctx, congressGroupTable(ctx, s));
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

/** Share of delegates leaning to each side (SIDES order), summed group by group, into `out`. */
export function compositionInto(t: GroupTable, out: Float64Array): Float64Array {
  out.fill(0);
  for (let g = 0; g < t.n; g++) {
    const share = t.share[g];
    for (let k = 0; k < 5; k++) out[k] += share * t.lean[g * 5 + k];
  }
  return out;
}

const COMPOSITION = new Float64Array(5);

/** Share of delegates leaning to each side (camps and line) in a Congress held now, without noise. */
export function congressComposition(ctx: Ctx, s: GameState, groups?: Group[]): Record<Side, number> {
  if (!groups) return leanRecord(compositionInto(congressGroupTable(ctx, s), COMPOSITION), 0);
  const out = emptyLean();
  for (const g of groups) {
    for (const k of SIDES) out[k] += g.share * g.lean[k];
  }
  return out;
}

/** The camps standing with a camp: itself and its allies whose leaders are still active. */
export function sideMask(ctx: Ctx, s: GameState, camp: Camp): CampMask {
  return allyMask(s, camp) & (activeMask(ctx, s) | CAMP_BIT[camp]);
}

/** The camps standing with a camp, as a list in the order of CAMPS. */
export function sideOf(ctx: Ctx, s: GameState, camp: Camp): Camp[] {
  return campsOf(sideMask(ctx, s, camp));
}

/** Full Politburo seats held by active members of each camp (CAMPS order), into `out`. */
export function seatCounts(s: GameState, out: Int32Array): Int32Array {
  out.fill(0);
  const leaders = leaderList(s);
  for (let i = 0; i < leaders.length; i++) {
    const l = leaders[i];
    if (l.politburo === 'full' && l.status === 'active') out[sideIndex(l.camp) - 1]++;
  }
  return out;
}

/** The seats of the camps in a mask, from seatCounts. */
export function seatsOf(counts: Int32Array, mask: CampMask): number {
  let n = 0;
  for (let i = 0; i < 4; i++) if (mask & (1 << i)) n += counts[i];
  return n;
}

const SEATS = new Int32Array(4);

/** Full Politburo seats held by members of the given camps. */
export function politburoSeats(s: GameState, camps: readonly Camp[]): number {
  return seatsOf(seatCounts(s, SEATS), maskOf(camps));
}

/**
 * Which side the party line follows in a contest: the side with more Politburo seats. When the Politburo is
 * evenly split the loyalists divide too; when neither side sits there, they follow the General Secretary.
 */
export function lineFollowsMask(s: GameState, sponsor: CampMask, target: CampMask): 'sponsor' | 'target' | 'split' {
  seatCounts(s, SEATS);
  const a = seatsOf(SEATS, sponsor);
  const b = seatsOf(SEATS, target);
  if (a !== b) return a > b ? 'sponsor' : 'target';
  if (a > 0) return 'split';
  const gs = s.posts['general-secretary'];
  const gsCamp = gs ? s.leaders[gs].camp : null;
  return gsCamp && target & CAMP_BIT[gsCamp] ? 'target' : 'sponsor';
}

export function lineFollows(_ctx: Ctx, s: GameState, sponsor: readonly Camp[], target: readonly Camp[]): 'sponsor' | 'target' | 'split' {
  return lineFollowsMask(s, maskOf(sponsor), maskOf(target));
}

/** The share of the Central Committee that would stand with a camp, the line included when it leads. */
export function sideShareOfCc(ctx: Ctx, s: GameState, camp: Camp): number {
  const side = sideMask(ctx, s, camp);
  let share = 0;
  for (let i = 0; i < 4; i++) if (side & (1 << i)) share += s.cc[CAMPS[i]];
  const rivals = activeMask(ctx, s) & ~side;
  const line = lineFollowsMask(s, side, rivals);
  if (line === 'sponsor') share += s.cc.line;
  else if (line === 'split') share += s.cc.line / 2;
  return share;
}
