// A body's voting groups as numbers: each group's share of the seats and its lean (five numbers in the order of
// SIDES) written into arrays that are allocated once and reused by every vote, so that a vote makes no object
// per group. The ledgers, the debrief and the tests read the same groups as records (groupsOf).
import type { Ctx } from '../scenario/playable';
import { ACTIVE, type Board } from './board';
import { activeMask, apparatusShare, leanRecord, machineBoss, memberLeanInto, sideStigma, SIDES, type Group } from './support';

const MACHINE = 0;
const APPARATUS = 1;
const MEMBERS = 2;
const CC = 3;
const KINDS: Group['kind'][] = ['machine', 'apparatus', 'members', 'cc'];

export class GroupTable {
  n = 0;
  share = new Float64Array(16);
  lean = new Float64Array(80);
  kind = new Uint8Array(16);
  /** The machine's or the bloc's index in the campaign, or the side's index in SIDES. */
  ref = new Uint8Array(16);

  /** Starts a new group with a zero lean and returns its index. */
  add(kind: number, ref: number, share: number): number {
    if (this.n === this.share.length) this.grow();
    const g = this.n++;
    this.kind[g] = kind;
    this.ref[g] = ref;
    this.share[g] = share;
    this.lean.fill(0, g * 5, g * 5 + 5);
    return g;
  }

  /** Sets group g's lean to a side's share, the rest to the line (as leanOf does). */
  leanTo(g: number, side: number, share: number): void {
    this.lean[g * 5 + side] += share;
    this.lean[g * 5] += 1 - share;
  }

  private grow(): void {
    const size = this.share.length * 2;
    const share = new Float64Array(size);
    const lean = new Float64Array(size * 5);
    const kind = new Uint8Array(size);
    const ref = new Uint8Array(size);
    share.set(this.share);
    lean.set(this.lean);
    kind.set(this.kind);
    ref.set(this.ref);
    Object.assign(this, { share, lean, kind, ref });
  }
}

const STIGMAS = new Float64Array(4);
const COUNTS = new Int32Array(5);
const shared = new GroupTable();

/** The groups of a Congress or Conference held now, written into `t` (by default a table shared by callers that read it at once). */
export function congressGroupTable(ctx: Ctx, b: Board, t: GroupTable = shared): GroupTable {
  const camp = ctx.sc.campaign;
  const { machineLoyalty, secretaryLoyalty } = ctx.model.support;
  const a = apparatusShare(ctx, b);
  t.n = 0;
  let machineShare = 0;
  const machines = camp.machines;
  for (let i = 0; i < machines.length; i++) {
    const m = machines[i];
    const boss = machineBoss(b, i);
    machineShare += m.share;
    const g = t.add(MACHINE, i, m.share);
    if (boss >= 0 && b.status[boss] === ACTIVE) t.leanTo(g, b.camp[boss] + 1, machineLoyalty);
    else t.leanTo(g, 0, 1);
  }
  const active = activeMask(b);
  // The appointed regions by side, a side whose chief is out counted with the line.
  COUNTS.fill(0);
  for (let side = 0; side < 5; side++) COUNTS[side !== 0 && active & (1 << (side - 1)) ? side : 0] += b.appointed[side];
  const regions = b.ix.apparatus.length;
  const appShare = Math.max(0, a - machineShare);
  for (let side = 0; side < 5; side++) {
    const n = COUNTS[side];
    if (!n) continue;
    const g = t.add(APPARATUS, side, (appShare * n) / regions);
    if (side === 0) t.leanTo(g, 0, 1);
    else t.leanTo(g, side, secretaryLoyalty);
  }
  const blocs = camp.blocs;
  const size = b.members;
  let members = 0;
  for (let i = 0; i < blocs.length; i++) members += size[i];
  for (let i = 0; i < 4; i++) STIGMAS[i] = sideStigma(ctx, b, i);
  for (let i = 0; i < blocs.length; i++) {
    if (!size[i]) continue;
    const g = t.add(MEMBERS, i, ((1 - a) * size[i]) / members);
    memberLeanInto(ctx, b, i, STIGMAS, t.lean, g * 5, active);
  }
  return t;
}

/** The groups of the Central Committee now (its currents; a current whose chief is out follows the line), into `t`. */
export function ccGroupTable(_ctx: Ctx, b: Board, t: GroupTable = shared): GroupTable {
  const active = activeMask(b);
  t.n = 0;
  for (let side = 0; side < 5; side++) {
    const share = b.cc[side];
    if (!share) continue;
    const effective = side !== 0 && !(active & (1 << (side - 1))) ? 0 : side;
    t.leanTo(t.add(CC, side, share), effective, 1);
  }
  return t;
}

/** Group g's id in the ledger: its machine, bloc or derived group of secretaries or CC members. */
function groupId(ctx: Ctx, t: GroupTable, g: number): string {
  const ref = t.ref[g];
  switch (t.kind[g]) {
    case MACHINE:
      return ctx.sc.campaign.machines[ref].id;
    case MEMBERS:
      return ctx.sc.campaign.blocs[ref].id;
    case APPARATUS:
      return ctx.sc.groupIds.secretaries[SIDES[ref]];
    default:
      return ctx.sc.groupIds.cc[SIDES[ref]];
  }
}

/** Group g as a record, with its id, name and lean. */
export function groupAt(ctx: Ctx, t: GroupTable, g: number): Group {
  const id = groupId(ctx, t, g);
  const kind = t.kind[g];
  const name = kind === MACHINE ? ctx.sc.campaign.machines[t.ref[g]].name : kind === MEMBERS ? ctx.sc.campaign.blocs[t.ref[g]].name : ctx.sc.names[id];
  return { id, name, kind: KINDS[kind], share: t.share[g], lean: leanRecord(t.lean, g * 5) };
}

export function groupsOf(ctx: Ctx, t: GroupTable): Group[] {
  const out: Group[] = [];
  for (let g = 0; g < t.n; g++) out.push(groupAt(ctx, t, g));
  return out;
}


