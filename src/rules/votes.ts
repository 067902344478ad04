// Resolving a vote. No result is scripted: the sides come from the alliances of the moment, each group of
// voters splits according to the support model with seeded noise, and the record keeps a ledger of how each
// bloc voted and which earlier decisions moved it. A Congress that elects the Central Committee also closes
// the circular flow: the new CC elects the Politburo and the General Secretary.
import { CAMPS, type Camp, type Vote } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { campsOf, type Ballot, type CampMask, type LedgerBloc, type MemberBallot, type VoteRecord } from './state';
import { ACTIVE, campIndex, EXPELLED, FULL, CANDIDATE, hasFlag, NO_SEAT, markMilestone, setFlag, type Board } from './board';
import { blocCauses, DISPOSITION, memberReasons, topMoments } from './causes';
import { adjustStanding, effectsOf, holds, predicate, setHolder, setSeat, setStatus, type Apply, type Pred } from './effects';
import type { Index } from './board';
import { clamp } from './clamp';
import { draw, drawNormal } from './rng';
import { activeMask, campLeaderActive, castInto, compositionInto, lineFollows, sideMask, type Cast } from './support';
import { ccGroupTable, congressGroupTable, groupAt, GroupTable } from './groups';

interface Sides {
  sponsor: CampMask;
  target: CampMask;
  lineWith: VoteRecord['lineWith'];
}

/**
 * The empty ledger of a record kept without detail, and the ballots of a vote not held in the Politburo: one
 * frozen list each, shared by every such record (nothing is ever added to them).
 */
const NO_BLOCS = Object.freeze([]) as unknown as LedgerBloc[];
const NO_BALLOTS = Object.freeze([]) as unknown as MemberBallot[];

/** The groups of the vote being held, kept until its Congress has elected the Central Committee. */
const delegatesTable = new GroupTable();
const SPLIT: Cast = { for: 0, against: 0, abstain: 0 };
const COMPOSITION = new Float64Array(5);

function notHeld(vote: Vote, b: Board, reason: string): VoteRecord {
  return {
    id: vote.id,
    turn: b.turn,
    day: b.day,
    body: vote.body,
    held: false,
    reason,
    passed: false,
    for: 0,
    against: 0,
    abstain: 0,
    threshold: vote.threshold,
    sponsorSide: [],
    targetSide: [],
    lineWith: 'sponsor',
    blocs: [],
    members: [],
  };
}

/** A vote's names as numbers and its conditions and effects as functions, made once per vote. */
interface VoteRules {
  target: number;
  /** The sponsoring camp (-1 for a vote of confidence, which has none). */
  sponsor: number;
  post: number;
  requires: Pred;
  lineSplitsIf: Pred | null;
  onPass: Apply;
  onFail: Apply;
  passed: number;
  failed: number;
}

const voteRules = new WeakMap<Vote, VoteRules>();

function rulesOf(vote: Vote, ix: Index): VoteRules {
  let r = voteRules.get(vote);
  if (!r) {
    r = {
      target: ix.leaderOf(vote.target),
      sponsor: vote.kind === 'confidence' ? -1 : campIndex(vote.sponsor),
      post: vote.post === undefined ? -1 : (ix.post.get(vote.post) ?? -1),
      requires: predicate(vote.requires, ix),
      lineSplitsIf: vote.lineSplitsIf ? predicate(vote.lineSplitsIf, ix) : null,
      onPass: effectsOf(vote.onPass, ix),
      onFail: effectsOf(vote.onFail, ix),
      passed: ix.votePassed.get(vote.id)!,
      failed: ix.voteFailed.get(vote.id)!,
    };
    voteRules.set(vote, r);
  }
  return r;
}

/** Why a scheduled vote cannot be held now, or null when it can. */
export function whyNotHeld(ctx: Ctx, b: Board, vote: Vote, r = rulesOf(vote, b.ix), sponsorSide = r.sponsor < 0 ? 0 : sideMask(b, r.sponsor)): string | null {
  const target = r.target;
  if (r.sponsor >= 0 && !campLeaderActive(b, r.sponsor)) return 'its sponsors are no longer in the leadership';
  const confirmed = vote.confirms && b.status[target] === EXPELLED;
  if (b.status[target] !== ACTIVE && !confirmed) return `${leaderName(ctx, vote)} is no longer an active member of the Party`;
  if ((vote.kind === 'remove-post' || vote.kind === 'confidence') && b.post[r.post] !== target) {
    return `${leaderName(ctx, vote)} does not hold that post`;
  }
  if (vote.kind === 'remove-politburo' && b.seat[target] !== FULL) return `${leaderName(ctx, vote)} is not a full member of the Politburo`;
  if (vote.kind === 'expel-cc' && hasFlag(b, b.ix.outOfCc[target])) return `${leaderName(ctx, vote)} is already out of the Central Committee`;
  if (r.sponsor >= 0 && sponsorSide & (1 << b.camp[target])) {
    return `${leaderName(ctx, vote)}'s camp is allied with the sponsors, so no one brings the motion`;
  }
  if (!r.requires(ctx, b, undefined)) return 'the circumstances that led to it did not arise';
  return null;
}

/** The name of the vote's target, for the reasons a vote is not held. */
function leaderName(ctx: Ctx, vote: Vote): string {
  return ctx.sc.leaderNames[vote.target];
}

/** The sides of the vote being held (one record, filled for each vote: votes are held one at a time). */
const SIDES: Sides = { sponsor: 0, target: 0, lineWith: 'sponsor' };

/**
 * The vote's two sides, into SIDES; `sponsorSide` is the sponsor's side (unused for a vote of confidence, where
 * the holder's side defends him against every other active camp).
 */
function sidesOf(b: Board, r: VoteRules, sponsorSide: CampMask): Sides {
  const targetCamp = b.camp[r.target];
  if (r.sponsor < 0) {
    SIDES.sponsor = sideMask(b, targetCamp);
    SIDES.target = activeMask(b) & ~SIDES.sponsor;
  } else {
    SIDES.sponsor = sponsorSide;
    SIDES.target = sideMask(b, targetCamp);
  }
  return SIDES;
}

/** How group g of the table casts its votes, after the mood of the hall (a seeded draw), into SPLIT. */
function splitGroup(ctx: Ctx, b: Board, t: GroupTable, g: number, sides: Sides): Cast {
  const c = castInto(ctx, t.lean, g * 5, sides.sponsor, sides.target, sides.lineWith, SPLIT);
  const cast = c.for + c.against;
  if (cast > 0 && ctx.lens.noise > 0) {
    c.for = clamp(c.for + drawNormal(b, ctx.lens.noise) * cast, 0, cast);
    c.against = cast - c.for;
  }
  return c;
}

/**
 * Members vote with their camp; on questions of policy a few (a leader's "waver") may break ranks. With
 * `detail` each ballot records the member's camp and his reasons.
 */
function politburoBallots(ctx: Ctx, b: Board, vote: Vote, sides: Sides, detail: boolean): MemberBallot[] {
  const { sponsor, target, lineWith } = sides;
  const members: MemberBallot[] = [];
  const { politburoDoubt, politburoLineTurnout: turnout } = ctx.model.votes;
  const leaders = ctx.sc.campaign.leaders;
  const chief = b.ix.chief;
  for (let i = 0; i < leaders.length; i++) {
    if (b.seat[i] !== FULL || b.status[i] !== ACTIVE) continue;
    const l = leaders[i];
    const camp = b.camp[i];
    const isChief = chief[camp] === i;
    const r = draw(b);
    const doubt = isChief ? 0 : ctx.lens.noise * politburoDoubt;
    const waver = vote.kind === 'policy' ? l.waver : 0;
    const bit = 1 << camp;
    let ballot: Ballot;
    if (sponsor & bit) ballot = r < waver ? 'against' : r < waver + doubt ? 'abstain' : 'for';
    else if (target & bit) ballot = r < waver ? 'for' : r < waver + doubt ? 'abstain' : 'against';
    else if (lineWith === 'split') ballot = r < turnout / 2 ? 'for' : r < turnout ? 'against' : 'abstain';
    else ballot = r < turnout ? (lineWith === 'sponsor' ? 'for' : 'against') : 'abstain';
    if (!detail) {
      members.push({ leader: l.id, vote: ballot });
      continue;
    }
    const side = sponsor & bit ? 'sponsor' : target & bit ? 'target' : null;
    members.push({ leader: l.id, vote: ballot, camp: CAMPS[camp], reasons: memberReasons(side, isChief, ballot, lineWith) });
  }
  return members;
}

/** Adds up the Politburo's ballots into the record's tally. */
function countBallots(rec: VoteRecord): void {
  for (const m of rec.members) {
    if (m.vote === 'for') rec.for++;
    else if (m.vote === 'against') rec.against++;
    else rec.abstain++;
  }
}

/** Who brought the motion and against whom: for a vote of confidence, the holder's side against its rivals. */
function parties(ctx: Ctx, b: Board, vote: Vote, target: Camp[]): Pick<VoteRecord, 'sponsor' | 'target'> {
  const held = CAMPS[b.camp[b.ix.leaderOf(vote.target)]];
  if (vote.kind !== 'confidence') {
    return { sponsor: { camp: vote.sponsor, leader: ctx.sc.campLeader[vote.sponsor] }, target: { camp: held, leader: vote.target } };
  }
  const rival = target[0] ?? held;
  return { sponsor: { camp: held, leader: ctx.sc.campLeader[held] }, target: { camp: rival, leader: ctx.sc.campLeader[rival] } };
}

/**
 * Holds a scheduled vote on the working state and applies its consequences. With `detail` the record carries
 * the full ledger (bloc by bloc, with what moved each); the simulator leaves it out for speed.
 */
export function resolveVote(ctx: Ctx, b: Board, vote: Vote, detail: boolean): VoteRecord {
  const r = rulesOf(vote, b.ix);
  const sponsorSide = r.sponsor < 0 ? 0 : sideMask(b, r.sponsor);
  const reason = whyNotHeld(ctx, b, vote, r, sponsorSide);
  // The words of the day, recorded with the ledger (the simulator shows no words and leaves them out).
  const variant = detail ? vote.texts?.find((t) => holds(ctx, b, t.requires))?.id : undefined;
  if (reason) {
    const rec = notHeld(vote, b, reason);
    if (variant !== undefined) rec.variant = variant;
    b.votes.push(rec);
    return rec;
  }
  const sides = sidesOf(b, r, sponsorSide);
  const { sponsor, target } = sides;
  const lineWith = r.lineSplitsIf && r.lineSplitsIf(ctx, b, undefined) ? 'split' : lineFollows(b, sponsor, target);
  sides.lineWith = lineWith;
  const rec: VoteRecord = {
    id: vote.id,
    turn: b.turn,
    day: b.day,
    body: vote.body,
    held: true,
    passed: false,
    for: 0,
    against: 0,
    abstain: 0,
    threshold: vote.threshold,
    sponsorSide: campsOf(sponsor),
    targetSide: campsOf(target),
    lineWith,
    blocs: detail ? [] : NO_BLOCS,
    members: vote.body === 'politburo' ? [] : NO_BALLOTS,
  };
  if (variant !== undefined) rec.variant = variant;
  let delegates: GroupTable | undefined;
  if (detail) Object.assign(rec, parties(ctx, b, vote, rec.targetSide));
  if (vote.body === 'politburo') {
    rec.members = politburoBallots(ctx, b, vote, sides, detail);
    countBallots(rec);
  } else {
    const t = vote.body === 'cc' ? ccGroupTable(ctx, b, delegatesTable) : congressGroupTable(ctx, b, delegatesTable);
    if (vote.body !== 'cc') delegates = t;
    const total = vote.delegates!;
    for (let i = 0; i < t.n; i++) {
      const split = splitGroup(ctx, b, t, i, sides);
      const seats = t.share[i] * total;
      const f = Math.round(seats * split.for);
      const a = Math.round(seats * split.against);
      const ab = Math.max(0, Math.round(seats) - f - a);
      rec.for += f;
      rec.against += a;
      rec.abstain += ab;
      if (detail && f + a + ab > 0) {
        const g = groupAt(ctx, t, i);
        const { share, causes } = blocCauses(ctx, b, g, { sponsor: rec.sponsorSide, target: rec.targetSide, lineWith }, split);
        rec.blocs.push({
          id: g.id,
          name: g.name,
          kind: g.kind,
          seats: f + a + ab,
          for: f,
          against: a,
          abstain: ab,
          lean: g.lean,
          movedBy: topMoments(causes),
          share,
          disposition: DISPOSITION,
          causes,
        });
      }
    }
  }
  const cast = rec.for + rec.against;
  rec.passed = cast > 0 && (vote.threshold > 0.5 ? rec.for >= vote.threshold * cast - 1e-9 : rec.for > cast / 2);
  b.votes.push(rec);
  applyOutcome(ctx, b, vote, r, rec, target, delegates);
  return rec;
}

function applyOutcome(ctx: Ctx, b: Board, vote: Vote, r: VoteRules, rec: VoteRecord, targetSide: CampMask, delegates: GroupTable | undefined): void {
  const ix = b.ix;
  if (rec.passed) {
    switch (vote.kind) {
      case 'remove-post':
        setHolder(b, r.post, -1);
        break;
      case 'remove-politburo':
        setSeat(b, r.target, NO_SEAT);
        break;
      case 'expel-cc':
        for (let c = 0; c < 4; c++) {
          if (!(targetSide & (1 << c))) continue;
          const id = ix.chief[c];
          setFlag(b, ix.outOfCc[id]);
          if (b.seat[id] !== NO_SEAT) setSeat(b, id, NO_SEAT);
        }
        break;
      case 'expel-party':
        for (let c = 0; c < 4; c++) if (targetSide & (1 << c)) setStatus(b, ix.chief[c], EXPELLED);
        break;
      case 'censure':
        adjustStanding(ctx, b, r.target, 'stigma', ctx.model.votes.censureStigma, vote.id);
        break;
      default:
        break;
    }
    r.onPass(ctx, b, vote.id);
  } else {
    if (vote.kind === 'confidence') {
      setHolder(b, r.post, mostPrestigious(b, targetSide));
    } else if (vote.kind !== 'policy') {
      const targetCamp = b.camp[r.target];
      adjustStanding(ctx, b, ix.chief[r.sponsor], 'prestige', ctx.model.votes.failedSponsorPrestige, vote.id);
      adjustStanding(ctx, b, ix.chief[targetCamp], 'prestige', ctx.model.votes.failedTargetPrestige, vote.id);
    }
    r.onFail(ctx, b, vote.id);
  }
  if (vote.electsCentralCommittee) electCentralCommittee(ctx, b, vote, rec, delegates);
  markMilestone(b, rec.passed ? r.passed : r.failed);
}

/**
 * Who takes a post the winners have freed: the camp chief with the greatest standing, prestige plus the
 * claim to be Lenin's heir (so the funeral and the Testament decide between Trotsky and Zinoviev). -1: nobody.
 */
function mostPrestigious(b: Board, camps: CampMask): number {
  let best = -1;
  for (let c = 0; c < 4; c++) {
    if (!(camps & (1 << c))) continue;
    const id = b.ix.chief[c];
    if (b.status[id] === ACTIVE && (best < 0 || b.prestige[id] + b.heir[id] > b.prestige[best] + b.heir[best])) best = id;
  }
  return best;
}

function strongestCamp(b: Board, camps: CampMask): number {
  let best = -1;
  for (let c = 0; c < 4; c++) {
    if (!(camps & (1 << c)) || !campLeaderActive(b, c)) continue;
    if (best < 0 || b.cc[c + 1] > b.cc[best + 1]) best = c;
  }
  return best;
}

/**
 * The circular flow closes: the Congress's delegates (as they stood for its vote) elect the Central Committee
 * by slate (the larger current gains more than its share). With a "politburoSize" the new Committee elects
 * the Politburo at once; otherwise an event names the day of its first plenum (see electPolitburo).
 */
export function electCentralCommittee(ctx: Ctx, b: Board, vote: Vote, rec: VoteRecord, delegates?: GroupTable): void {
  const comp = compositionInto(delegates ?? congressGroupTable(ctx, b), COMPOSITION);
  let total = 0;
  const raw = [0, 0, 0, 0, 0];
  for (let k = 0; k < 5; k++) {
    raw[k] = Math.pow(comp[k], ctx.lens.slateExponent);
    total += raw[k];
  }
  for (let k = 0; k < 5; k++) b.cc[k] = total > 0 ? raw[k] / total : 0;
  if (vote.politburoSize !== undefined) electPolitburo(ctx, b, rec, vote.politburoSize);
}

/**
 * The new Central Committee's majority — the side that carried the Congress's vote, as its record was frozen —
 * re-elects the Politburo around itself (losing-side members other than the camp chiefs become candidates,
 * empty seats are filled up to `size`) and keeps the General Secretary in its ranks.
 */
export function electPolitburo(ctx: Ctx, b: Board, rec: VoteRecord, size: number): void {
  const winners = rec.passed ? rec.sponsorSide : rec.targetSide;
  let leadIdx = -1;
  for (let i = 0; i < winners.length && leadIdx < 0; i++) if (campLeaderActive(b, campIndex(winners[i]))) leadIdx = campIndex(winners[i]);
  if (leadIdx < 0) return;
  const side = sideMask(b, leadIdx);
  const strongest = strongestCamp(b, side);
  const leading = strongest >= 0 ? strongest : leadIdx;
  const chief = b.ix.chief;
  for (let i = 0; i < b.seat.length; i++) {
    if (b.seat[i] === FULL && !(side & (1 << b.camp[i])) && chief[b.camp[i]] !== i) setSeat(b, i, CANDIDATE);
  }
  const order = [leading];
  for (let c = 0; c < 4; c++) if (side & (1 << c) && c !== leading) order.push(c);
  fillPolitburo(ctx, b, order, size);
  const gsPost = b.ix.gs;
  if (gsPost < 0) return;
  const gs = b.post[gsPost];
  if (gs < 0 || !(side & (1 << b.camp[gs]))) setHolder(b, gsPost, chief[leading]);
}

/** Fills empty Politburo seats up to `size` from the camps' reserves (camps by index), in their listed order. */
export function fillPolitburo(ctx: Ctx, b: Board, camps: readonly number[], size: number): void {
  let seats = 0;
  for (let i = 0; i < b.seat.length; i++) if (b.seat[i] === FULL && b.status[i] === ACTIVE) seats++;
  for (const camp of camps) {
    for (const l of ctx.sc.reserves[CAMPS[camp]]) {
      if (seats >= size) return;
      const i = b.ix.leaderOf(l.id);
      if (b.status[i] !== ACTIVE || b.seat[i] === FULL || b.camp[i] !== camp) continue;
      setSeat(b, i, FULL);
      seats++;
    }
  }
}
