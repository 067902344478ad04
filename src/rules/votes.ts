// Resolving a vote. No result is scripted: the sides come from the alliances of the moment, each group of
// voters splits according to the support model with seeded noise, and the record keeps a ledger of how each
// bloc voted and which earlier decisions moved it. A Congress that elects the Central Committee also closes
// the circular flow: the new CC elects the Politburo and the General Secretary.
import type { Camp, Vote } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { CAMP_BIT, campsOf, type Ballot, type CampMask, type GameState, type MemberBallot, type VoteRecord } from './state';
import { blocCauses, DISPOSITION, memberReasons, topMoments } from './causes';
import { adjustStanding, applyEffects, holds, markMilestone, setHolder, setSeat, setStatus } from './effects';
import { clamp } from './clamp';
import { draw, drawNormal } from './rng';
import { activeMask, campLeaderActive, castInto, compositionInto, lineFollowsMask, sideMask, sideOf, SIDES, type Cast } from './support';
import { ccGroupTable, congressGroupTable, groupAt, GroupTable } from './groups';

interface Sides {
  sponsor: CampMask;
  target: CampMask;
  lineWith: VoteRecord['lineWith'];
}

/** The groups of the vote being held, kept until its Congress has elected the Central Committee. */
const delegatesTable = new GroupTable();
const SPLIT: Cast = { for: 0, against: 0, abstain: 0 };
const COMPOSITION = new Float64Array(5);

function notHeld(vote: Vote, s: GameState, reason: string): VoteRecord {
  return {
    id: vote.id,
    turn: s.turn,
    day: s.day,
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

/** Why a scheduled vote cannot be held now, or null when it can. */
export function whyNotHeld(ctx: Ctx, s: GameState, vote: Vote, sponsorSide = vote.kind === 'confidence' ? 0 : sideMask(ctx, s, vote.sponsor)): string | null {
  const target = s.leaders[vote.target];
  const name = ctx.sc.leaderNames[vote.target];
  if (vote.kind !== 'confidence' && !campLeaderActive(ctx, s, vote.sponsor)) return 'its sponsors are no longer in the leadership';
  const confirmed = vote.confirms && target.status === 'expelled';
  if (target.status !== 'active' && !confirmed) return `${name} is no longer an active member of the Party`;
  if ((vote.kind === 'remove-post' || vote.kind === 'confidence') && s.posts[vote.post!] !== vote.target) {
    return `${name} does not hold that post`;
  }
  if (vote.kind === 'remove-politburo' && target.politburo !== 'full') return `${name} is not a full member of the Politburo`;
  if (vote.kind === 'expel-cc' && s.flags[`${vote.target}-out-of-cc`]) return `${name} is already out of the Central Committee`;
  if (vote.kind !== 'confidence' && sponsorSide & CAMP_BIT[target.camp]) {
    return `${name}'s camp is allied with the sponsors, so no one brings the motion`;
  }
  if (!holds(ctx, s, vote.requires)) return 'the circumstances that led to it did not arise';
  return null;
}

/** The vote's two sides; `sponsorSide` is the sponsor's side (unused for a vote of confidence). */
function sidesOf(ctx: Ctx, s: GameState, vote: Vote, sponsorSide: CampMask): { sponsor: CampMask; target: CampMask } {
  const targetCamp = s.leaders[vote.target].camp;
  if (vote.kind === 'confidence') {
    const sponsor = sideMask(ctx, s, targetCamp);
    return { sponsor, target: activeMask(ctx, s) & ~sponsor };
  }
  return { sponsor: sponsorSide, target: sideMask(ctx, s, targetCamp) };
}

/** How group g of the table casts its votes, after the mood of the hall (a seeded draw), into SPLIT. */
function splitGroup(ctx: Ctx, s: GameState, t: GroupTable, g: number, sides: Sides): Cast {
  const c = castInto(ctx, t.lean, g * 5, sides.sponsor, sides.target, sides.lineWith, SPLIT);
  const cast = c.for + c.against;
  if (cast > 0 && ctx.lens.noise > 0) {
    c.for = clamp(c.for + drawNormal(s, ctx.lens.noise) * cast, 0, cast);
    c.against = cast - c.for;
  }
  return c;
}

/**
 * Members vote with their camp; on questions of policy a few (a leader's "waver") may break ranks. With
 * `detail` each ballot records the member's camp and his reasons.
 */
function politburoBallots(ctx: Ctx, s: GameState, vote: Vote, sides: Sides, detail: boolean): MemberBallot[] {
  const { sponsor, target, lineWith } = sides;
  const members: MemberBallot[] = [];
  const { politburoDoubt, politburoLineTurnout: turnout } = ctx.model.votes;
  for (const l of ctx.sc.campaign.leaders) {
    const st = s.leaders[l.id];
    if (st.politburo !== 'full' || st.status !== 'active') continue;
    const isChief = ctx.sc.campLeader[st.camp] === l.id;
    const r = draw(s);
    const doubt = isChief ? 0 : ctx.lens.noise * politburoDoubt;
    const waver = vote.kind === 'policy' ? l.waver : 0;
    const bit = CAMP_BIT[st.camp];
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
    members.push({ leader: l.id, vote: ballot, camp: st.camp, reasons: memberReasons(side, isChief, ballot, lineWith) });
  }
  return members;
}

/** Who brought the motion and against whom: for a vote of confidence, the holder's side against its rivals. */
function parties(ctx: Ctx, s: GameState, vote: Vote, target: Camp[]): Pick<VoteRecord, 'sponsor' | 'target'> {
  const held = s.leaders[vote.target].camp;
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
export function resolveVote(ctx: Ctx, s: GameState, vote: Vote, detail: boolean): VoteRecord {
  const sponsorSide = vote.kind === 'confidence' ? 0 : sideMask(ctx, s, vote.sponsor);
  const reason = whyNotHeld(ctx, s, vote, sponsorSide);
  // The words of the day, recorded with the ledger (the simulator shows no words and leaves them out).
  const variant = detail ? vote.texts?.find((t) => holds(ctx, s, t.requires))?.id : undefined;
  if (reason) {
    const rec = notHeld(vote, s, reason);
    if (variant !== undefined) rec.variant = variant;
    s.votes.push(rec);
    return rec;
  }
  const { sponsor, target } = sidesOf(ctx, s, vote, sponsorSide);
  const lineWith = vote.lineSplitsIf && holds(ctx, s, vote.lineSplitsIf) ? 'split' : lineFollowsMask(s, sponsor, target);
  const sides: Sides = { sponsor, target, lineWith };
  const rec: VoteRecord = {
    id: vote.id,
    turn: s.turn,
    day: s.day,
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
    blocs: [],
    members: [],
  };
  if (variant !== undefined) rec.variant = variant;
  let delegates: GroupTable | undefined;
  if (detail) Object.assign(rec, parties(ctx, s, vote, rec.targetSide));
  if (vote.body === 'politburo') {
    rec.members = politburoBallots(ctx, s, vote, sides, detail);
    for (const m of rec.members) rec[m.vote]++;
  } else {
    const t = vote.body === 'cc' ? ccGroupTable(ctx, s, delegatesTable) : congressGroupTable(ctx, s, delegatesTable);
    if (vote.body !== 'cc') delegates = t;
    const total = vote.delegates!;
    for (let i = 0; i < t.n; i++) {
      const split = splitGroup(ctx, s, t, i, sides);
      const seats = t.share[i] * total;
      const f = Math.round(seats * split.for);
      const a = Math.round(seats * split.against);
      const ab = Math.max(0, Math.round(seats) - f - a);
      rec.for += f;
      rec.against += a;
      rec.abstain += ab;
      if (detail && f + a + ab > 0) {
        const g = groupAt(ctx, t, i);
        const { share, causes } = blocCauses(ctx, s, g, { sponsor: rec.sponsorSide, target: rec.targetSide, lineWith }, split);
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
  s.votes.push(rec);
  applyOutcome(ctx, s, vote, rec, delegates);
  return rec;
}

function applyOutcome(ctx: Ctx, s: GameState, vote: Vote, rec: VoteRecord, delegates: GroupTable | undefined): void {
  const targetLeaders = () => rec.targetSide.map((c) => ctx.sc.campLeader[c]);
  if (rec.passed) {
    switch (vote.kind) {
      case 'remove-post':
        setHolder(s, vote.post!, null);
        break;
      case 'remove-politburo':
        setSeat(s, vote.target, 'none');
        break;
      case 'expel-cc':
        for (const id of targetLeaders()) {
          s.flags[`${id}-out-of-cc`] = true;
          if (s.leaders[id].politburo !== 'none') setSeat(s, id, 'none');
        }
        break;
      case 'expel-party':
        for (const id of targetLeaders()) setStatus(s, id, 'expelled');
        break;
      case 'censure':
        adjustStanding(ctx, s, vote.target, 'stigma', ctx.model.votes.censureStigma, vote.id);
        break;
      default:
        break;
    }
    applyEffects(ctx, s, vote.onPass, vote.id);
  } else {
    if (vote.kind === 'confidence') {
      const successor = mostPrestigious(ctx, s, rec.targetSide);
      setHolder(s, vote.post!, successor);
    } else if (vote.kind !== 'policy') {
      const targetCamp = s.leaders[vote.target].camp;
      adjustStanding(ctx, s, ctx.sc.campLeader[vote.sponsor], 'prestige', ctx.model.votes.failedSponsorPrestige, vote.id);
      adjustStanding(ctx, s, ctx.sc.campLeader[targetCamp], 'prestige', ctx.model.votes.failedTargetPrestige, vote.id);
    }
    applyEffects(ctx, s, vote.onFail, vote.id);
  }
  if (vote.electsCentralCommittee) electCentralCommittee(ctx, s, vote, rec, delegates);
  markMilestone(s, rec.passed ? ctx.sc.voteMilestones[vote.id].passed : ctx.sc.voteMilestones[vote.id].failed);
}

/**
 * Who takes a post the winners have freed: the camp chief with the greatest standing, prestige plus the
 * claim to be Lenin's heir (so the funeral and the Testament decide between Trotsky and Zinoviev).
 */
function mostPrestigious(ctx: Ctx, s: GameState, camps: readonly Camp[]): string | null {
  let best: string | null = null;
  const standing = (id: string) => s.leaders[id].prestige + s.leaders[id].heir;
  for (const c of camps) {
    const id = ctx.sc.campLeader[c];
    if (s.leaders[id].status === 'active' && (!best || standing(id) > standing(best))) best = id;
  }
  return best;
}

function strongestCamp(ctx: Ctx, s: GameState, camps: readonly Camp[]): Camp | null {
  let best: Camp | null = null;
  for (const c of camps) {
    if (!campLeaderActive(ctx, s, c)) continue;
    if (!best || s.cc[c] > s.cc[best]) best = c;
  }
  return best;
}

/**
 * The circular flow closes: the Congress's delegates (as they stood for its vote) elect the Central Committee
 * by slate (the larger current gains more than its share). With a "politburoSize" the new Committee elects
 * the Politburo at once; otherwise an event names the day of its first plenum (see electPolitburo).
 */
export function electCentralCommittee(ctx: Ctx, s: GameState, vote: Vote, rec: VoteRecord, delegates?: GroupTable): void {
  const comp = compositionInto(delegates ?? congressGroupTable(ctx, s), COMPOSITION);
  let total = 0;
  const raw = [0, 0, 0, 0, 0];
  for (let k = 0; k < 5; k++) {
    raw[k] = Math.pow(comp[k], ctx.lens.slateExponent);
    total += raw[k];
  }
  for (let k = 0; k < 5; k++) s.cc[SIDES[k]] = total > 0 ? raw[k] / total : 0;
  if (vote.politburoSize !== undefined) electPolitburo(ctx, s, rec, vote.politburoSize);
}

/**
 * The new Central Committee's majority — the side that carried the Congress's vote, as its record was frozen —
 * re-elects the Politburo around itself (losing-side members other than the camp chiefs become candidates,
 * empty seats are filled up to `size`) and keeps the General Secretary in its ranks.
 */
export function electPolitburo(ctx: Ctx, s: GameState, rec: VoteRecord, size: number): void {
  const winners = rec.passed ? rec.sponsorSide : rec.targetSide;
  const lead = winners.find((c) => campLeaderActive(ctx, s, c)) ?? null;
  if (!lead) return;
  const side = sideOf(ctx, s, lead);
  const leading = strongestCamp(ctx, s, side) ?? lead;
  for (const l of ctx.sc.campaign.leaders) {
    const st = s.leaders[l.id];
    if (st.politburo === 'full' && !side.includes(st.camp) && ctx.sc.campLeader[st.camp] !== l.id) setSeat(s, l.id, 'candidate');
  }
  fillPolitburo(ctx, s, [leading, ...side.filter((c) => c !== leading)], size);
  const gs = s.posts['general-secretary'];
  if (!gs || !side.includes(s.leaders[gs].camp)) setHolder(s, 'general-secretary', ctx.sc.campLeader[leading]);
}

/** Fills empty Politburo seats up to `size` from the camps' reserves, in their listed order. */
export function fillPolitburo(ctx: Ctx, s: GameState, camps: readonly Camp[], size: number): void {
  let seats = 0;
  for (const id in s.leaders) if (s.leaders[id].politburo === 'full' && s.leaders[id].status === 'active') seats++;
  for (const camp of camps) {
    for (const l of ctx.sc.reserves[camp]) {
      if (seats >= size) return;
      const st = s.leaders[l.id];
      if (st.status !== 'active' || st.politburo === 'full' || st.camp !== camp) continue;
      setSeat(s, l.id, 'full');
      seats++;
    }
  }
}
