// The ledger's causes: why each bloc voted as it did, in percentage points of its votes cast for the motion.
// The decomposition is exact by construction: starting from an even split, the bloc's vote is recomputed
// after adding one cause at a time, and each cause is credited with the change it made: first the bloc's
// loyalty (a machine to its boss, secretaries to whoever appointed them, a current to its camp) or, for the
// rank and file, the camps' standing before any recorded push followed by every push in date order - all
// with the uncommitted share still dividing evenly - then the party line, which moves that share, then the
// mood of the hall. The changes telescope, so the starting disposition plus
// the causes is the bloc's share for the motion. Computed only for records with detail: a record, not a cause.
import type { Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import type { Ballot, Cause, Influence, MemberReason, VoteRecord } from './state';
import { addMood, campIndex, type Board } from './board';
import { castOf, memberLean, SIDES, type Cast, type Group } from './support';

/** With no cause at all a bloc would divide evenly. */
export const DISPOSITION = 50;

/** The source ids of the causes the model itself supplies (the others are decisions, options, events, votes). */
export const MODEL_CAUSES = { line: 'party-line', standing: 'standing', noise: 'mood-of-hall' } as const;

type Lean = Group['lean'];

/** The share for the motion if only the committed voted their side and everyone else divided evenly. */
function committed(lean: Lean, sponsor: readonly Camp[], target: readonly Camp[]): number {
  let f = 0;
  let rest = 0;
  for (const k of SIDES) {
    if (sponsor.includes(k as Camp)) f += lean[k];
    else if (!target.includes(k as Camp)) rest += lean[k];
  }
  let total = 0;
  for (const k of SIDES) total += lean[k];
  return total > 0 ? (100 * (f + rest / 2)) / total : DISPOSITION;
}

/** The camp a machine, the secretaries or a current are loyal to, or null for the line's own. */
function loyalTo(lean: Lean): string | null {
  for (const k of SIDES) if (k !== 'line' && lean[k] > 0) return k;
  return null;
}

/** Percentage of the votes cast that are for the motion; an even split when none are cast. */
export function forShare(c: Cast): number {
  const cast = c.for + c.against;
  return cast > 0 ? (100 * c.for) / cast : DISPOSITION;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

class Tally {
  causes: Cause[] = [];
  private bySource = new Map<string, Cause>();
  constructor(private prev: number) {}

  /** Credits `source` with the change from the last share to `share`. */
  add(kind: Cause['kind'], source: string, day: string, share: number): void {
    const effect = share - this.prev;
    this.prev = share;
    if (effect === 0) return;
    const seen = this.bySource.get(source);
    if (seen) {
      seen.effect += effect;
      return;
    }
    const cause: Cause = { kind, source, day, effect };
    this.bySource.set(source, cause);
    this.causes.push(cause);
  }
}

function movesMembers(inf: Influence, bloc: string, chiefs: ReadonlySet<string>): boolean {
  if (inf.kind === 'mood') return inf.bloc === bloc;
  return inf.kind !== 'secretaries' && chiefs.has(inf.who);
}

/**
 * A rank-and-file bloc: the camps' standing with every recorded push taken back, then each push that could
 * move this bloc (its camp chiefs' prestige, heir standing and stigma, and its own mood) put back in turn.
 */
function memberSteps(ctx: Ctx, b: Board, g: Group, ballot: (lean: Lean) => number, tally: Tally): void {
  const chiefs = new Set<string>(Object.values(ctx.sc.campLeader));
  const pushes = b.influences.filter((inf) => movesMembers(inf, g.id, chiefs));
  const then = b.copy();
  const idx = ctx.sc.blocIndex[g.id];
  const shift = (inf: Influence, sign: number) => {
    if (inf.kind === 'mood') addMood(then, idx, campIndex(inf.who), sign * inf.delta);
    else if (inf.kind !== 'secretaries') then[inf.kind][then.ix.leaderOf(inf.who)] += sign * inf.delta;
  };
  for (let i = pushes.length - 1; i >= 0; i--) shift(pushes[i], -1);
  tally.add('standing', MODEL_CAUSES.standing, b.day, ballot(memberLean(ctx, then, idx)));
  for (const inf of pushes) {
    shift(inf, 1);
    tally.add('moment', inf.source, inf.day, ballot(memberLean(ctx, then, idx)));
  }
}

/** Every cause of one bloc's vote, and its share for the motion as cast (after the mood of the hall). */
export function blocCauses(
  ctx: Ctx,
  b: Board,
  g: Group,
  sides: { sponsor: Camp[]; target: Camp[]; lineWith: VoteRecord['lineWith'] },
  cast: Cast,
): { share: number; causes: Cause[] } {
  const tally = new Tally(DISPOSITION);
  if (g.kind === 'members') memberSteps(ctx, b, g, (lean) => committed(lean, sides.sponsor, sides.target), tally);
  else {
    const camp = loyalTo(g.lean);
    if (camp) tally.add('loyalty', camp, b.day, committed(g.lean, sides.sponsor, sides.target));
  }
  tally.add('line', MODEL_CAUSES.line, b.day, forShare(castOf(ctx, g.lean, sides.sponsor, sides.target, sides.lineWith)));
  const share = forShare(cast);
  tally.add('noise', MODEL_CAUSES.noise, b.day, share);
  return { share: round4(share), causes: tally.causes.map((c) => ({ ...c, effect: round4(c.effect) })).filter((c) => c.effect !== 0) };
}

/** The few earlier moments that moved a bloc most, biggest first (the short list of the old ledger). */
export function topMoments(causes: readonly Cause[]): { source: string; impact: number }[] {
  return causes
    .filter((c) => c.kind === 'moment')
    .sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect) || (x.source < y.source ? -1 : 1))
    .slice(0, 4)
    .map((c) => ({ source: c.source, impact: Math.round(c.effect * 100) / 100 }));
}

/**
 * Why a Politburo member cast his ballot: his camp's side (a chief never breaks ranks; another member may
 * waver on policy or doubt), or, outside both sides, the line's lead.
 */
export function memberReasons(side: 'sponsor' | 'target' | null, chief: boolean, ballot: Ballot, lineWith: VoteRecord['lineWith']): MemberReason[] {
  if (side) {
    const loyal = side === 'sponsor' ? 'for' : 'against';
    const reasons: MemberReason[] = [side === 'sponsor' ? 'sponsor-side' : 'target-side'];
    if (chief) reasons.push('chief');
    else if (ballot === 'abstain') reasons.push('doubt');
    else if (ballot !== loyal) reasons.push('waver');
    return reasons;
  }
  if (ballot === 'abstain') return ['line-abstain'];
  return [lineWith === 'split' ? 'line-split' : lineWith === 'sponsor' ? 'line-sponsor' : 'line-target'];
}
