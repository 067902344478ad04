// The support model of the Party (the circular flow of power). A Congress is made of delegates chosen by the
// regional secretaries (the apparatus share), the delegations of the big city machines, and delegates of the
// rank and file, whose mood follows prestige, the claim to be Lenin's heir, policy and the stigma of
// factionalism. The Central Committee is elected from the Congress by slate. Pure and deterministic.
// Sides are counted as masks of camps (bit i: CAMPS[i]) and a body's groups are written into reused arrays
// (groups.ts); the functions that return lists and records are for the ledgers, the debrief and the tests.
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { maskOf, type CampMask, type Side } from './state';
import { ACTIVE, FULL, SIDE_NAMES, type Board } from './board';
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

export const SIDES: readonly Side[] = SIDE_NAMES;

/** Whether a camp's chief (camp: its index in CAMPS) is an active member of the Party. */
export function campLeaderActive(b: Board, camp: number): boolean {
  return b.status[b.ix.chief[camp]] === ACTIVE;
}

/** The camps whose leaders are active members of the Party. */
export function activeMask(b: Board): CampMask {
  const chief = b.ix.chief;
  const status = b.status;
  let mask = 0;
  for (let i = 0; i < 4; i++) if (status[chief[i]] === ACTIVE) mask |= 1 << i;
  return mask;
}

export function apparatusShare(ctx: Ctx, b: Board): number {
  const m = ctx.model.support;
  return clamp(ctx.lens.apparatusShare + b.apparatusShift, m.apparatusShareMin, m.apparatusShareMax);
}

type Bloc = Ctx['sc']['campaign']['blocs'][number];

/** How strongly a rank-and-file bloc is drawn to a camp: the model's transparent scoring rule. */
function scoreOf(ctx: Ctx, b: Board, bloc: Bloc, leader: number, camp: number, mood: number, stigma: number): number {
  const m = ctx.model.support;
  const fit = 1 - (Math.abs(bloc.nep - b.policy[camp * 2]) + Math.abs(bloc.world - b.policy[camp * 2 + 1])) / 2;
  const personal = (b.prestige[leader] * bloc.prestigeWeight + b.heir[leader] * bloc.heirWeight) / m.personalDivisor;
  return (
    ctx.lens.personalWeight * personal +
    ctx.lens.policyWeight * bloc.policyWeight * fit * m.policyScale -
    (ctx.lens.stigmaWeight * stigma) / m.stigmaDivisor +
    mood
  );
}

/** A rank-and-file bloc's score for a camp (camp: its index in CAMPS). */
export function campScore(ctx: Ctx, b: Board, blocIdx: number, camp: number, stigma = sideStigma(ctx, b, camp)): number {
  return scoreOf(ctx, b, ctx.sc.campaign.blocs[blocIdx], b.ix.chief[camp], camp, b.mood[blocIdx * 4 + camp], stigma);
}

/** A camp's stigma: its leader's own, plus the model's share of each ally's (faction-making taints the whole bloc). */
export function sideStigma(ctx: Ctx, b: Board, camp: number): number {
  const chief = b.ix.chief;
  let stigma = b.stigma[chief[camp]];
  const share = ctx.model.support.allyStigmaShare;
  const allies = b.ally[camp];
  for (let i = 0; i < 4; i++) if (allies & (1 << i)) stigma += b.stigma[chief[i]] * share;
  return stigma;
}

const RAW = new Float64Array(4);

/**
 * The rank-and-file bloc's lean (a softmax over the active camps and the party line), written into `out` from
 * `at` in the order of SIDES.
 */
export function memberLeanInto(
  ctx: Ctx,
  b: Board,
  blocIdx: number,
  stigmas: ArrayLike<number> | undefined,
  out: Float64Array,
  at: number,
  active = activeMask(b),
): void {
  const line = ctx.lens.lineLoyalty * ctx.model.support.lineScale;
  const bloc = ctx.sc.campaign.blocs[blocIdx];
  const chief = b.ix.chief;
  let max = line;
  for (let i = 0; i < 4; i++) {
    if (!(active & (1 << i))) continue;
    const stigma = stigmas ? stigmas[i] : sideStigma(ctx, b, i);
    RAW[i] = scoreOf(ctx, b, bloc, chief[i], i, b.mood[blocIdx * 4 + i], stigma);
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
export function memberLean(ctx: Ctx, b: Board, blocIdx: number): Record<Side, number> {
  memberLeanInto(ctx, b, blocIdx, undefined, LEAN, 0);
  return leanRecord(LEAN, 0);
}

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

/** Who a machine's delegates answer to: the holder of its post when it has one, else its boss (-1: nobody). */
export function machineBoss(b: Board, machine: number): number {
  const post = b.ix.machinePost[machine];
  return post >= 0 ? b.post[post] : b.boss[machine];
}

/** The groups that make up a Congress or Conference, each with its share of delegates and its lean. */
export function congressGroups(ctx: Ctx, b: Board): Group[] {
  return groupsOf(ctx, congressGroupTable(ctx, b));
}

export function ccGroups(ctx: Ctx, b: Board): Group[] {
  const groups: Group[] = [];
  for (let k = 0; k < 5; k++) {
    const side = SIDES[k];
    const share = b.cc[k];
    if (!share) continue;
    const effective: Side = k !== 0 && !campLeaderActive(b, k - 1) ? 'line' : side;
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
export function congressComposition(ctx: Ctx, b: Board): Record<Side, number> {
  return leanRecord(compositionInto(congressGroupTable(ctx, b), COMPOSITION), 0);
}

/** The camps standing with a camp: itself and its allies whose leaders are still active. */
export function sideMask(b: Board, camp: number): CampMask {
  return (b.ally[camp] | (1 << camp)) & (activeMask(b) | (1 << camp));
}

/** The camps standing with a camp, as a list in the order of CAMPS. */
export function sideOf(b: Board, camp: number): Camp[] {
  const mask = sideMask(b, camp);
  return CAMPS.filter((_c, i) => mask & (1 << i));
}

/** Full Politburo seats held by active members of each camp (CAMPS order): the board's own counts, to read at once. */
export function seatCounts(b: Board): Int32Array {
  const out = b.seats;
  if (b.seatsFresh) return out;
  out.fill(0);
  const { seat, status, camp } = b;
  for (let i = 0; i < seat.length; i++) if (seat[i] === FULL && status[i] === ACTIVE) out[camp[i]]++;
  b.seatsFresh = true;
  return out;
}

/** The seats of the camps in a mask, from seatCounts. */
export function seatsOf(counts: Int32Array, mask: CampMask): number {
  let n = 0;
  for (let i = 0; i < 4; i++) if (mask & (1 << i)) n += counts[i];
  return n;
}

/** Full Politburo seats held by members of the camps in a mask. */
export function politburoSeats(b: Board, mask: CampMask): number {
  return seatsOf(seatCounts(b), mask);
}

/**
 * Which side the party line follows in a contest: the side with more Politburo seats. When the Politburo is
 * evenly split the loyalists divide too; when neither side sits there, they follow the General Secretary.
 */
export function lineFollows(b: Board, sponsor: CampMask, target: CampMask): 'sponsor' | 'target' | 'split' {
  const seats = seatCounts(b);
  const a = seatsOf(seats, sponsor);
  const c = seatsOf(seats, target);
  if (a !== c) return a > c ? 'sponsor' : 'target';
  if (a > 0) return 'split';
  const gs = b.ix.gs < 0 ? -1 : b.post[b.ix.gs];
  return gs >= 0 && target & (1 << b.camp[gs]) ? 'target' : 'sponsor';
}

/** The share of the Central Committee that would stand with a camp, the line included when it leads. */
export function sideShareOfCc(b: Board, camp: number): number {
  const side = sideMask(b, camp);
  let share = 0;
  for (let i = 0; i < 4; i++) if (side & (1 << i)) share += b.cc[i + 1];
  const rivals = activeMask(b) & ~side;
  const line = lineFollows(b, side, rivals);
  if (line === 'sponsor') share += b.cc[0];
  else if (line === 'split') share += b.cc[0] / 2;
  return share;
}

