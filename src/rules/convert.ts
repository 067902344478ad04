// A saved game (GameState) turned into a board and back. The board is written back into the state it was
// made from: the values in place, and the changes to the keyed records (flags, alliances, moods, milestones)
// in the order they happened, so the state holds exactly what the rules would have written into it directly,
// down to the order of its keys (a saved game is the same text).
import { CAMPS, SEATS, STATUSES, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { allianceKey, type GameState, type Side } from './state';
import { Board, campIndex, countAppointed, FLAGS, indexOf, MILESTONES, roomForFlag, roomForMilestone, SIDE_NAMES, seatIndex, statusIndex } from './board';

/** The six alliances of two different camps, numbered as in board.ts (PAIR), with their keys in a saved state. */
const PAIR_CAMPS = [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
];
const PAIR_KEYS = PAIR_CAMPS.map(([a, c]) => allianceKey(CAMPS[a], CAMPS[c]));
const PAIR_OF_KEY = new Map(PAIR_KEYS.map((k, i) => [k, i]));

/**
 * A board for a saved state (the state itself is not changed); with `into`, that board of the same campaign
 * is read again from the state.
 */
export function boardOf(ctx: Ctx, s: GameState, into?: Board): Board {
  const ix = indexOf(ctx.sc.campaign);
  const b = into ?? ix.spare ?? new Board(ix);
  if (!into) ix.spare = null;
  b.clear();
  b.config = s.config;
  b.turn = s.turn;
  b.cursor = s.cursor;
  b.day = s.day;
  b.rng = s.rng;
  b.apparatusShift = s.apparatusShift;
  b.appointmentMods = s.appointmentMods;
  b.ending = s.ending;
  readPeople(b, s);
  readParty(b, s);
  readKeyed(b, s);
  readRecords(b, s);
  return b;
}

/** Leaders, posts and the machines' bosses. */
function readPeople(b: Board, s: GameState): void {
  const ix = b.ix;
  for (let i = 0; i < ix.leaders.length; i++) {
    const l = s.leaders[ix.leaders[i]];
    if (!l) continue;
    b.camp[i] = campIndex(l.camp);
    b.prestige[i] = l.prestige;
    b.heir[i] = l.heir;
    b.stigma[i] = l.stigma;
    b.status[i] = statusIndex(l.status);
    b.seat[i] = seatIndex(l.politburo);
  }
  for (let p = 0; p < ix.posts.length; p++) {
    const holder = s.posts[ix.posts[p]];
    b.post[p] = holder === undefined ? -1 : ix.leaderOf(holder);
  }
  b.postRead.set(b.post);
  for (let m = 0; m < ix.machines.length; m++) {
    const boss = s.machines[ix.machines[m]];
    b.boss[m] = boss === undefined ? -1 : ix.leaderOf(boss);
  }
  b.bossRead.set(b.boss);
}

/** The regions' secretaries, the blocs' members, the Central Committee and the camps' policies. */
function readParty(b: Board, s: GameState): void {
  const ix = b.ix;
  for (let i = 0; i < ix.regions; i++) b.secretary[i] = sideOfName(s.secretaries[i]);
  countAppointed(b);
  for (let i = 0; i < ix.blocs.length; i++) b.members[i] = s.members[ix.blocs[i]] ?? 0;
  for (let k = 0; k < 5; k++) b.cc[k] = s.cc[SIDE_NAMES[k]] ?? 0;
  for (let c = 0; c < 4; c++) {
    const p = s.policy[CAMPS[c]];
    b.policy[c * 2] = p.nep;
    b.policy[c * 2 + 1] = p.world;
  }
}

/** The records keyed by name: alliances, flags, moods and milestones. */
function readKeyed(b: Board, s: GameState): void {
  for (const key in s.alliances) {
    const pair = PAIR_OF_KEY.get(key);
    if (pair === undefined) continue;
    const [a, c] = PAIR_CAMPS[pair];
    b.ally[a] |= 1 << c;
    b.ally[c] |= 1 << a;
  }
  for (const f in s.flags) {
    const i = FLAGS.id(f);
    roomForFlag(b, i);
    b.flags[i >>> 5] |= 1 << (i & 31);
  }
  for (const bloc in s.moods) {
    const i = b.ix.bloc.get(bloc);
    if (i === undefined) continue;
    const m = s.moods[bloc];
    for (const camp in m) {
      const k = i * 4 + campIndex(camp);
      b.moodKey[k] = 1;
      b.mood[k] = m[camp as Camp] ?? 0;
    }
  }
  for (const id in s.milestones) {
    const m = MILESTONES.id(id);
    roomForMilestone(b, m);
    b.milestone[m] = s.milestones[id] + 1;
  }
}

/** The logs of what happened, shared with the state (the rules add to them), and which events and decisions they hold. */
function readRecords(b: Board, s: GameState): void {
  b.influences = s.influences;
  b.choices = s.choices;
  b.events = s.events;
  b.votes = s.votes;
  for (let i = 0; i < s.events.length; i++) {
    const e = b.ix.event.get(s.events[i].id);
    if (e !== undefined) b.eventDone[e] = 1;
  }
  for (let i = 0; i < s.choices.length; i++) {
    const d = b.ix.decision.get(s.choices[i].decision);
    if (d !== undefined) b.decisionDone[d] = 1;
  }
}

function sideOfName(side: Side): number {
  return side === 'line' ? 0 : campIndex(side) + 1;
}

/**
 * Writes the board back into the state it was made from: the values in place, and the changes to the keyed
 * records (flags, alliances, moods, milestones) in the order they happened, as the rules used to make them.
 */
export function writeBack(b: Board, s: GameState): void {
  const ix = b.ix;
  s.turn = b.turn;
  s.cursor = b.cursor;
  s.day = b.day;
  s.rng = b.rng;
  for (let i = 0; i < ix.leaders.length; i++) {
    const l = s.leaders[ix.leaders[i]];
    if (!l) continue;
    l.camp = CAMPS[b.camp[i]];
    l.prestige = b.prestige[i];
    l.heir = b.heir[i];
    l.stigma = b.stigma[i];
    l.status = STATUSES[b.status[i]];
    l.politburo = SEATS[b.seat[i]];
  }
  for (let p = 0; p < ix.posts.length; p++) {
    if (b.post[p] === b.postRead[p]) continue;
    s.posts[ix.posts[p]] = b.post[p] < 0 ? null : ix.leaders[b.post[p]];
    b.postRead[p] = b.post[p];
  }
  for (const f of b.flagLog) {
    if (f >= 0) s.flags[FLAGS.names[f]] = true;
    else delete s.flags[FLAGS.names[-f - 1]];
  }
  b.flagLog.length = 0;
  for (const x of b.allyLog) {
    const key = PAIR_KEYS[x >> 1];
    if (x & 1) s.alliances[key] = true;
    else delete s.alliances[key];
  }
  b.allyLog.length = 0;
  for (let i = 0; i < ix.regions; i++) s.secretaries[i] = SIDE_NAMES[b.secretary[i]];
  for (let m = 0; m < ix.machines.length; m++) {
    if (b.boss[m] === b.bossRead[m]) continue;
    s.machines[ix.machines[m]] = ix.leaders[b.boss[m]];
    b.bossRead[m] = b.boss[m];
  }
  for (let i = 0; i < ix.blocs.length; i++) if (ix.blocs[i] in s.members) s.members[ix.blocs[i]] = b.members[i];
  s.apparatusShift = b.apparatusShift;
  s.appointmentMods = b.appointmentMods;
  for (let k = 0; k < 5; k++) s.cc[SIDE_NAMES[k]] = b.cc[k];
  for (const k of b.moodLog) (s.moods[ix.blocs[k >> 2]] ??= {})[CAMPS[k & 3]] = 0;
  b.moodLog.length = 0;
  for (const bloc in s.moods) {
    const i = ix.bloc.get(bloc);
    if (i === undefined) continue;
    const m = s.moods[bloc];
    for (const camp in m) m[camp as Camp] = b.mood[i * 4 + campIndex(camp)];
  }
  for (let c = 0; c < 4; c++) {
    const p = s.policy[CAMPS[c]];
    p.nep = b.policy[c * 2];
    p.world = b.policy[c * 2 + 1];
  }
  for (const m of b.milestoneLog) s.milestones[MILESTONES.names[m]] = b.milestone[m] - 1;
  b.milestoneLog.length = 0;
  s.influences = b.influences;
  s.choices = b.choices;
  s.events = b.events;
  s.votes = b.votes;
  s.ending = b.ending;
}

/** Gives a board back for the next game (it must not be used after). */
export function release(b: Board): void {
  b.ix.spare = b;
}

