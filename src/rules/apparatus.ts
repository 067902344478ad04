// The General Secretary's appointments: each turn the Secretariat replaces a few regional secretaries with
// its own men. The pace is the lens's appointment rate, changed for a while by decisions (a reshuffle, a
// shared Secretariat). This is where the circular flow starts.
import type { Camp } from '../scenario/schema';
import type { Ctx, Scenario } from '../scenario/playable';
import { activeMask, machineBoss, seatCounts, seatsOf, sideMask } from './support';
import type { GameState, Side } from './state';
import { draw, drawIndex } from './rng';
import { turnIndex } from '../scenario/turns';

/**
 * A city machine's region changes hands with its boss: its secretary on the map is the boss's camp while the
 * boss is an active member, and the party line once he is not (expelled, dead, or the post held by nobody).
 */
export function followBosses(ctx: Ctx, s: GameState): void {
  const machines = ctx.sc.campaign.machines;
  const regionOf = machineRegions(ctx.sc);
  for (let k = 0; k < machines.length; k++) {
    const m = machines[k];
    if (m.region === undefined) continue;
    const i = regionOf[k];
    const boss = machineBoss(s, m);
    const side: Side = boss !== null && s.leaders[boss].status === 'active' ? s.leaders[boss].camp : 'line';
    if (i >= 0) s.secretaries[i] = side;
  }
}

const regionsOfMachines = new WeakMap<Scenario, number[]>();

/** Each machine's region as an index into the campaign's regions (-1 for none), worked out once per scenario. */
function machineRegions(sc: Scenario): number[] {
  let out = regionsOfMachines.get(sc);
  if (!out) {
    out = sc.campaign.machines.map((m) => sc.campaign.regions.findIndex((r) => r.id === m.region));
    regionsOfMachines.set(sc, out);
  }
  return out;
}

/** The regions the Secretariat may fill this turn, in a buffer reused from turn to turn. */
let CANDIDATES = new Int32Array(64);

export function appointSecretaries(ctx: Ctx, s: GameState): number {
  followBosses(ctx, s);
  const gs = s.posts['general-secretary'];
  if (!gs || s.leaders[gs].status !== 'active') return 0;
  const camp = s.leaders[gs].camp;
  let factor = 1;
  let strongest: { factor: number; source: string } | null = null;
  for (const m of s.appointmentMods) {
    if (m.until < s.turn) continue;
    factor *= m.factor;
    if (!strongest || Math.abs(m.factor - 1) > Math.abs(strongest.factor - 1)) strongest = m;
  }
  const base = ctx.lens.appointmentRate;
  const rate = base * factor * politburoConsent(ctx, s, camp);
  let n = Math.floor(rate) + (draw(s) < rate - Math.floor(rate) ? 1 : 0);
  const regions = ctx.sc.apparatusRegions;
  if (CANDIDATES.length < regions.length) CANDIDATES = new Int32Array(regions.length);
  const candidates = CANDIDATES;
  const secretaries = s.secretaries;
  let count = 0;
  for (let j = 0; j < regions.length; j++) if (secretaries[regions[j]] !== camp) candidates[count++] = regions[j];
  n = Math.min(n, count);
  for (let k = 0; k < n; k++) {
    const pick = drawIndex(s, count - k);
    const region = candidates[pick];
    candidates[pick] = candidates[count - 1 - k];
    s.secretaries[region] = camp;
  }
  if (n > 0) {
    const routine = Math.min(n, Math.round(base));
    s.influences.push({ turn: s.turn, day: s.day, source: 'appointments', kind: 'secretaries', who: camp, delta: routine });
    if (n > routine && strongest) {
      s.influences.push({ turn: s.turn, day: s.day, source: strongest.source, kind: 'secretaries', who: camp, delta: n - routine });
    }
  }
  return n;
}

const COUNTS = new Int32Array(4);

/**
 * Appointments pass through the Orgburo and Politburo: a Secretariat whose side holds the Politburo
 * majority works at full pace, slower when the Politburo is split, slowest when it is outvoted (the model's
 * consent numbers).
 */
function politburoConsent(ctx: Ctx, s: GameState, camp: Camp): number {
  const m = ctx.model.apparatus;
  const side = sideMask(ctx, s, camp);
  const rivals = activeMask(ctx, s) & ~side;
  if (rivals === 0) return m.consentMajority;
  const counts = seatCounts(s, COUNTS);
  const ours = seatsOf(counts, side);
  const theirs = seatsOf(counts, rivals);
  return ours > theirs ? m.consentMajority : ours === theirs ? m.consentSplit : m.consentOutvoted;
}

/** Membership growth of blocs that keep recruiting (later recruits from the mid-1920s). */
export function growMembership(ctx: Ctx, s: GameState): void {
  for (const b of ctx.sc.campaign.blocs) {
    if (b.growth > 0 && (!b.growthFrom || s.turn >= turnIndex(ctx.sc.calendar, b.growthFrom))) s.members[b.id] += b.growth;
  }
}
