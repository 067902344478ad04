// The General Secretary's appointments: each turn the Secretariat replaces a few regional secretaries with
// its own men. The pace is the lens's appointment rate, changed for a while by decisions (a reshuffle, a
// shared Secretariat). This is where the circular flow starts.
import type { Ctx } from '../scenario/playable';
import { CAMPS } from '../scenario/schema';
import { activeMask, machineBoss, seatCounts, seatsOf, sideMask } from './support';
import { ACTIVE, appoint, type Board } from './board';
import { draw, drawIndex } from './rng';
import { turnIndex } from '../scenario/turns';

/**
 * A city machine's region changes hands with its boss: its secretary on the map is the boss's camp while the
 * boss is an active member, and the party line once he is not (expelled, dead, or the post held by nobody).
 */
export function followBosses(_ctx: Ctx, b: Board): void {
  const regions = b.ix.machineRegion;
  for (let k = 0; k < regions.length; k++) {
    const i = regions[k];
    if (i < 0) continue;
    const boss = machineBoss(b, k);
    b.secretary[i] = boss >= 0 && b.status[boss] === ACTIVE ? b.camp[boss] + 1 : 0;
  }
}

/** The regions the Secretariat may fill this turn, in a buffer reused from turn to turn. */
let CANDIDATES = new Int32Array(64);

export function appointSecretaries(ctx: Ctx, b: Board): number {
  followBosses(ctx, b);
  const gs = b.ix.gs < 0 ? -1 : b.post[b.ix.gs];
  if (gs < 0 || b.status[gs] !== ACTIVE) return 0;
  const camp = b.camp[gs];
  let factor = 1;
  let strongest: { factor: number; source: string } | null = null;
  for (const m of b.appointmentMods) {
    if (m.until < b.turn) continue;
    factor *= m.factor;
    if (!strongest || Math.abs(m.factor - 1) > Math.abs(strongest.factor - 1)) strongest = m;
  }
  const base = ctx.lens.appointmentRate;
  const rate = base * factor * politburoConsent(ctx, b, camp);
  let n = Math.floor(rate) + (draw(b) < rate - Math.floor(rate) ? 1 : 0);
  const regions = b.ix.apparatus;
  if (CANDIDATES.length < regions.length) CANDIDATES = new Int32Array(regions.length);
  const candidates = CANDIDATES;
  const secretaries = b.secretary;
  const side = camp + 1;
  let count = 0;
  for (let j = 0; j < regions.length; j++) if (secretaries[regions[j]] !== side) candidates[count++] = regions[j];
  n = Math.min(n, count);
  for (let k = 0; k < n; k++) {
    const pick = drawIndex(b, count - k);
    const region = candidates[pick];
    candidates[pick] = candidates[count - 1 - k];
    appoint(b, region, side);
  }
  if (n > 0) {
    const routine = Math.min(n, Math.round(base));
    const who = CAMPS[camp];
    b.influences.push({ turn: b.turn, day: b.day, source: 'appointments', kind: 'secretaries', who, delta: routine });
    if (n > routine && strongest) {
      b.influences.push({ turn: b.turn, day: b.day, source: strongest.source, kind: 'secretaries', who, delta: n - routine });
    }
  }
  return n;
}

/**
 * Appointments pass through the Orgburo and Politburo: a Secretariat whose side holds the Politburo
 * majority works at full pace, slower when the Politburo is split, slowest when it is outvoted (the model's
 * consent numbers).
 */
function politburoConsent(ctx: Ctx, b: Board, camp: number): number {
  const m = ctx.model.apparatus;
  const side = sideMask(b, camp);
  const rivals = activeMask(b) & ~side;
  if (rivals === 0) return m.consentMajority;
  const counts = seatCounts(b);
  const ours = seatsOf(counts, side);
  const theirs = seatsOf(counts, rivals);
  return ours > theirs ? m.consentMajority : ours === theirs ? m.consentSplit : m.consentOutvoted;
}

/** Each bloc's first turn of growth (-1: it does not grow), worked out once per scenario. */
const growthFrom = new WeakMap<Ctx['sc'], Int32Array>();

/** Membership growth of blocs that keep recruiting (later recruits from the mid-1920s). */
export function growMembership(ctx: Ctx, b: Board): void {
  let from = growthFrom.get(ctx.sc);
  if (!from) {
    from = Int32Array.from(ctx.sc.campaign.blocs, (x) => (x.growth > 0 ? (x.growthFrom ? turnIndex(ctx.sc.calendar, x.growthFrom) : 0) : -1));
    growthFrom.set(ctx.sc, from);
  }
  const blocs = ctx.sc.campaign.blocs;
  for (let i = 0; i < blocs.length; i++) if (from[i] >= 0 && b.turn >= from[i]) b.members[i] += blocs[i].growth;
}
