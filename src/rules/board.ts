// The working state. The saved game (GameState) is a plain record keyed by names, easy to read, save and
// check; the rules play on a Board: the same game laid out for speed, with every name turned into a small
// integer when a campaign is first played (leaders, posts, machines, blocs by their place in the campaign;
// flags and milestones by a table shared by all campaigns), numbers in typed arrays, flags as a bitset,
// milestones as an array of turns indexed by their integers, and alliances as masks of camps. A board is made from a saved state,
// played on, and written back into it (convert.ts).
import { CAMPS, SEATS, STATUSES, type Camp, type Campaign, type Condition, type Effect } from '../scenario/schema';
import type { GameState, Side } from './state';
import { appointedRegions } from '../scenario/playable';

/** Names turned into small integers in the order they are first met. */
export class Names {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(name: string): number {
    let i = this.ids.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.ids.set(name, i);
      this.names.push(name);
    }
    return i;
  }

  get size(): number {
    return this.names.length;
  }
}

/** Every flag and milestone name any campaign has used (a flag or milestone is the same name everywhere). */
export const FLAGS = new Names();
export const MILESTONES = new Names();

export const FULL = 0;
export const CANDIDATE = 1;
export const NO_SEAT = 2;
export const ACTIVE = 0;
export const EXPELLED = STATUSES.indexOf('expelled');
export const EXILED = STATUSES.indexOf('exiled');
/** The dominant camp as a number: a camp's index in CAMPS, or COLLECTIVE. */
export const COLLECTIVE = 4;
/** A dominant camp (CAMPS index, or COLLECTIVE) by name. */
export function dominantName(i: number): Camp | 'collective' {
  return i < 4 ? CAMPS[i] : 'collective';
}

/** The sides in the order of their index: the party line, then the camps. */
export const SIDE_NAMES: readonly Side[] = ['line', ...CAMPS];

const CAMP_INDEX: Record<string, number> = { stalin: 0, trotsky: 1, zinoviev: 2, bukharin: 3 };
const STATUS_INDEX: Record<string, number> = Object.fromEntries(STATUSES.map((x, i) => [x, i]));
const SEAT_INDEX: Record<string, number> = Object.fromEntries(SEATS.map((x, i) => [x, i]));

export function campIndex(camp: string): number {
  return camp === 'stalin' ? 0 : camp === 'trotsky' ? 1 : camp === 'zinoviev' ? 2 : camp === 'bukharin' ? 3 : (CAMP_INDEX[camp] ?? -1);
}
export const statusIndex = (status: string): number => STATUS_INDEX[status];
export const seatIndex = (seat: string): number => SEAT_INDEX[seat];

/** A campaign's names as integers, and the names the rules build from them, each made once. */
export class Index {
  readonly leaders: string[];
  readonly leader = new Map<string, number>();
  readonly posts: string[];
  readonly post = new Map<string, number>();
  readonly machines: string[];
  readonly machine = new Map<string, number>();
  readonly blocs: string[];
  readonly bloc = new Map<string, number>();
  readonly regions: number;
  /** The regions whose secretaries the General Secretary appoints (all but the machines' cities), in order. */
  readonly apparatus: Int32Array;
  /** Each camp's chief (leader index, CAMPS order). */
  readonly chief = new Int16Array(4);
  /** The General Secretary's post (-1 if the campaign has none). */
  readonly gs: number;
  /** Each machine's post (-1: it answers to its boss) and region (-1: none). */
  readonly machinePost: Int16Array;
  readonly machineRegion: Int16Array;
  /** Milestones and flags named after leaders: "<leader>-out-of-politburo" and the others. */
  readonly outOfPolitburo: Int32Array;
  readonly expelledMilestone: Int32Array;
  readonly exiledMilestone: Int32Array;
  /** "<leader>-loses-<post>", at leader * posts + post. */
  readonly loses: Int32Array;
  readonly outOfCc: Int32Array;
  readonly event = new Map<string, number>();
  readonly decision = new Map<string, number>();
  readonly events: number;
  readonly decisions: number;
  /** Each vote's milestones, passed and failed. */
  readonly votePassed = new Map<string, number>();
  readonly voteFailed = new Map<string, number>();
  readonly redArmyRules = FLAGS.id('red-army-rules');
  /** The bloc of the Lenin Enrolment (-1 if the campaign has none). */
  readonly enrolment: number;
  /** A board kept for the next game, so that a game does not allocate its arrays anew. */
  spare: Board | null = null;

  constructor(readonly campaign: Campaign) {
    const c = campaign;
    this.leaders = c.leaders.map((l) => l.id);
    this.leaders.forEach((id, i) => this.leader.set(id, i));
    this.posts = c.posts.map((p) => p.id);
    this.posts.forEach((id, i) => this.post.set(id, i));
    this.machines = c.machines.map((m) => m.id);
    this.machines.forEach((id, i) => this.machine.set(id, i));
    this.blocs = c.blocs.map((b) => b.id);
    this.blocs.forEach((id, i) => this.bloc.set(id, i));
    this.regions = c.regions.length;
    this.apparatus = Int32Array.from(appointedRegions(c));
    for (let i = 0; i < 4; i++) this.chief[i] = this.leader.get(c.camps.find((x) => x.id === CAMPS[i])?.leader ?? '') ?? -1;
    this.gs = this.post.get('general-secretary') ?? -1;
    this.machinePost = Int16Array.from(c.machines, (m) => (m.post ? (this.post.get(m.post) ?? -1) : -1));
    this.machineRegion = Int16Array.from(c.machines, (m) => c.regions.findIndex((r) => r.id === m.region));
    this.outOfPolitburo = Int32Array.from(this.leaders, (id) => MILESTONES.id(`${id}-out-of-politburo`));
    this.expelledMilestone = Int32Array.from(this.leaders, (id) => MILESTONES.id(`${id}-expelled`));
    this.exiledMilestone = Int32Array.from(this.leaders, (id) => MILESTONES.id(`${id}-exiled`));
    this.loses = new Int32Array(this.leaders.length * this.posts.length);
    for (let l = 0; l < this.leaders.length; l++) {
      for (let p = 0; p < this.posts.length; p++) this.loses[l * this.posts.length + p] = MILESTONES.id(`${this.leaders[l]}-loses-${this.posts[p]}`);
    }
    this.outOfCc = Int32Array.from(this.leaders, (id) => FLAGS.id(`${id}-out-of-cc`));
    c.events.forEach((e, i) => this.event.set(e.id, i));
    c.decisions.forEach((d, i) => this.decision.set(d.id, i));
    this.events = c.events.length;
    this.decisions = c.decisions.length;
    for (const v of c.votes) {
      this.votePassed.set(v.id, MILESTONES.id(`${v.id}-passed`));
      this.voteFailed.set(v.id, MILESTONES.id(`${v.id}-failed`));
    }
    this.enrolment = this.bloc.get('lenin-enrolment') ?? -1;
    for (const f of c.flags) FLAGS.id(f);
    const conditions = (x: Condition | undefined) => x && nameConditions(x);
    for (const e of c.events) {
      conditions(e.requires);
      nameEffects(e.effects);
    }
    for (const d of c.decisions) {
      conditions(d.requires);
      for (const o of d.options) nameEffects(o.effects);
    }
    for (const v of c.votes) {
      conditions(v.requires);
      conditions(v.lineSplitsIf);
      nameEffects(v.onPass);
      nameEffects(v.onFail);
      for (const t of v.texts ?? []) conditions(t.requires);
    }
    for (const e of c.endings) conditions(e.when);
  }

  leaderId(i: number): string {
    return this.leaders[i];
  }

  /** A leader's index, or -1 for nobody (null). */
  leaderOf(id: string | null): number {
    return id === null ? -1 : (this.leader.get(id) ?? -1);
  }
}

/** Names every flag a condition reads, so that boards are made large enough for them. */
function nameConditions(cond: Condition): void {
  for (const key of ['flag', 'notFlag'] as const) {
    const v = cond[key];
    if (typeof v === 'string') FLAGS.id(v);
    else if (v) for (const f of v) FLAGS.id(f);
  }
  for (const x of cond.any ?? []) nameConditions(x);
}

/** Names every flag and milestone a list of effects sets. */
function nameEffects(effects: readonly Effect[]): void {
  for (const e of effects) {
    if ('flag' in e) FLAGS.id(e.flag);
    else if ('unflag' in e) FLAGS.id(e.unflag);
    else if ('milestone' in e) MILESTONES.id(e.milestone);
    else if ('chance' in e) {
      nameEffects(e.chance.then);
      nameEffects(e.chance.else);
    } else if ('if' in e) {
      nameConditions(e.if.when);
      nameEffects(e.if.then);
      nameEffects(e.if.else ?? []);
    }
  }
}

/**
 * A function of an object worked out once per object and kept while the object lives, remembering the last
 * object asked about apart (the rules ask many times a game, nearly always about the same scenario).
 */
export function onceEach<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  let lastKey: K | null = null;
  let lastValue: V | null = null;
  return (key) => {
    if (key === lastKey) return lastValue!;
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    lastKey = key;
    lastValue = value;
    return value;
  };
}

export const indexOf = onceEach((campaign: Campaign) => new Index(campaign));

type Mod = GameState['appointmentMods'][number];

/** One game on the rules' side: see the top of this file. */
export class Board {
  config!: GameState['config'];
  turn = 0;
  cursor = 0;
  day = '';
  rng = 0;
  /** Per leader: camp (CAMPS index), standing, status (STATUSES index) and Politburo seat (SEATS index). */
  camp: Int8Array;
  prestige: Float64Array;
  heir: Float64Array;
  stigma: Float64Array;
  status: Int8Array;
  seat: Int8Array;
  /** Per post: its holder's leader index, or -1 (and as the saved state had it, to write back only changes). */
  post: Int16Array;
  postRead: Int16Array;
  /** Per camp: the other camps it is allied with (a mask of camps). */
  ally: Uint8Array;
  /** The flags set, as a bitset: flag f is bit f % 32 of word f / 32 (see hasFlag). */
  flags: Uint32Array;
  /** Per region: the side of its secretary (SIDE_NAMES index); change it with setSecretary. */
  secretary: Int8Array;
  /** How many of the appointed regions (Index.apparatus) have a secretary of each side. */
  appointed = new Int32Array(5);
  /** Per machine: its boss's leader index (-1: nobody), and as the saved state had it. */
  boss: Int16Array;
  bossRead: Int16Array;
  members: Float64Array;
  apparatusShift = 0;
  appointmentMods: Mod[] = [];
  /** The Central Committee's seats by side (SIDE_NAMES order). */
  cc = new Float64Array(5);
  /** Per bloc and camp (bloc * 4 + camp): the mood, and whether the saved state has that key. */
  mood: Float64Array;
  moodKey: Uint8Array;
  /** Per camp: NEP, then world revolution. */
  policy = new Float64Array(8);
  /** Per milestone: the turn it first happened, plus one (0: not yet). */
  milestone: Int32Array;
  influences: GameState['influences'] = [];
  choices: GameState['choices'] = [];
  events: GameState['events'] = [];
  votes: GameState['votes'] = [];
  eventDone: Uint8Array;
  decisionDone: Uint8Array;
  ending: GameState['ending'] = null;
  /** Full Politburo seats held by active members of each camp, worked out again after any seat, status or camp changes. */
  seats = new Int32Array(4);
  seatsFresh = false;
  /**
   * What changed the saved state's keyed records since the board was made, in order (written back exactly):
   * flags set (index) and cleared (-index - 1), alliances made (pair * 2 + 1) and broken (pair * 2), moods
   * given a new key (bloc * 4 + camp), milestones reached (index).
   */
  flagLog: number[] = [];
  allyLog: number[] = [];
  moodLog: number[] = [];
  milestoneLog: number[] = [];

  constructor(readonly ix: Index) {
    const L = ix.leaders.length;
    this.camp = new Int8Array(L);
    this.prestige = new Float64Array(L);
    this.heir = new Float64Array(L);
    this.stigma = new Float64Array(L);
    this.status = new Int8Array(L);
    this.seat = new Int8Array(L);
    this.post = new Int16Array(ix.posts.length);
    this.postRead = new Int16Array(ix.posts.length);
    this.ally = new Uint8Array(4);
    this.flags = new Uint32Array(flagWords());
    this.secretary = new Int8Array(ix.regions);
    this.boss = new Int16Array(ix.machines.length);
    this.bossRead = new Int16Array(ix.machines.length);
    this.members = new Float64Array(ix.blocs.length);
    this.mood = new Float64Array(ix.blocs.length * 4);
    this.moodKey = new Uint8Array(ix.blocs.length * 4);
    this.milestone = new Int32Array(MILESTONES.size + 16);
    this.eventDone = new Uint8Array(ix.events);
    this.decisionDone = new Uint8Array(ix.decisions);
  }

  /** Empties the keyed records and the logs, for a board used again for another game. */
  clear(): void {
    this.flags.fill(0);
    this.milestone.fill(0);
    this.mood.fill(0);
    this.moodKey.fill(0);
    this.eventDone.fill(0);
    this.decisionDone.fill(0);
    this.ally.fill(0);
    this.flagLog.length = 0;
    this.allyLog.length = 0;
    this.moodLog.length = 0;
    this.milestoneLog.length = 0;
    this.seatsFresh = false;
  }

  /**
   * A copy to look ahead or branch on (never written back): its records are its own. With `into`, a board of the
   * same campaign no longer needed is made the copy, so that looking ahead allocates no arrays.
   */
  copy(into?: Board): Board {
    const b = into ?? new Board(this.ix);
    if (into) {
      b.flagLog.length = 0;
      b.allyLog.length = 0;
      b.moodLog.length = 0;
      b.milestoneLog.length = 0;
    }
    b.config = this.config;
    b.turn = this.turn;
    b.cursor = this.cursor;
    b.day = this.day;
    b.rng = this.rng;
    b.camp.set(this.camp);
    b.prestige.set(this.prestige);
    b.heir.set(this.heir);
    b.stigma.set(this.stigma);
    b.status.set(this.status);
    b.seat.set(this.seat);
    b.post.set(this.post);
    b.ally.set(this.ally);
    b.flags = withRoom(b.flags, this.flags.length - 1, this.flags.length);
    b.flags.set(this.flags);
    b.flags.fill(0, this.flags.length);
    b.secretary.set(this.secretary);
    b.appointed.set(this.appointed);
    b.boss.set(this.boss);
    b.members.set(this.members);
    b.apparatusShift = this.apparatusShift;
    b.appointmentMods = this.appointmentMods.slice();
    b.cc.set(this.cc);
    b.mood.set(this.mood);
    b.moodKey.set(this.moodKey);
    b.policy.set(this.policy);
    b.milestone = withRoom(b.milestone, this.milestone.length - 1, this.milestone.length);
    b.milestone.set(this.milestone);
    b.milestone.fill(0, this.milestone.length);
    b.influences = this.influences.slice();
    b.choices = this.choices.slice();
    b.events = this.events.slice();
    b.votes = this.votes.slice();
    b.eventDone.set(this.eventDone);
    b.decisionDone.set(this.decisionDone);
    b.ending = this.ending;
    b.seats.set(this.seats);
    b.seatsFresh = this.seatsFresh;
    return b;
  }
}

/** Words enough for every flag named so far, and a few more. */
const flagWords = () => (FLAGS.size >>> 5) + 2;

/** The array, or a longer copy of it when it has no place `at` (for a name made after the board was). */
function withRoom<T extends Uint32Array | Int32Array>(array: T, at: number, length: number): T {
  if (at < array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(length, at + 1));
  grown.set(array);
  return grown;
}

/** Makes room for flag f. */
export function roomForFlag(b: Board, f: number): void {
  b.flags = withRoom(b.flags, f >>> 5, flagWords());
}

/** Whether flag f is set (a flag beyond the board's words is not). */
export function hasFlag(b: Board, f: number): boolean {
  return (b.flags[f >>> 5] & (1 << (f & 31))) !== 0;
}

/** Makes room for milestone m. */
export function roomForMilestone(b: Board, m: number): void {
  b.milestone = withRoom(b.milestone, m, MILESTONES.size + 16);
}

export function setFlag(b: Board, f: number): void {
  roomForFlag(b, f);
  if (hasFlag(b, f)) return;
  b.flags[f >>> 5] |= 1 << (f & 31);
  b.flagLog.push(f);
}

export function clearFlag(b: Board, f: number): void {
  if (!hasFlag(b, f)) return;
  b.flags[f >>> 5] &= ~(1 << (f & 31));
  b.flagLog.push(-f - 1);
}

/** Records the first turn a milestone happened; later repeats keep the first date. */
export function markMilestone(b: Board, m: number): void {
  roomForMilestone(b, m);
  if (b.milestone[m] !== 0) return;
  b.milestone[m] = b.turn + 1;
  b.milestoneLog.push(m);
}

/** Gives an appointed region (one of Index.apparatus) a secretary of this side, keeping the count by side. */
export function appoint(b: Board, region: number, side: number): void {
  b.appointed[b.secretary[region]]--;
  b.appointed[side]++;
  b.secretary[region] = side;
}

/** Counts the appointed regions' secretaries by side (after the board has been read). */
export function countAppointed(b: Board): void {
  b.appointed.fill(0);
  const regions = b.ix.apparatus;
  for (let j = 0; j < regions.length; j++) b.appointed[b.secretary[regions[j]]]++;
}

/** The alliance of two different camps as one of six pairs, numbered in CAMPS order. */
export const PAIR = [
  [-1, 0, 1, 2],
  [0, -1, 3, 4],
  [1, 3, -1, 5],
  [2, 4, 5, -1],
];

export function ally(b: Board, a: number, c: number): void {
  if (b.ally[a] & (1 << c)) return;
  b.ally[a] |= 1 << c;
  b.ally[c] |= 1 << a;
  b.allyLog.push(PAIR[a][c] * 2 + 1);
}

export function unally(b: Board, a: number, c: number): void {
  if (!(b.ally[a] & (1 << c))) return;
  b.ally[a] &= ~(1 << c);
  b.ally[c] &= ~(1 << a);
  b.allyLog.push(PAIR[a][c] * 2);
}

export function isAlliedB(b: Board, a: number, c: number): boolean {
  return a === c || (b.ally[a] & (1 << c)) !== 0;
}

/** Adds to a bloc's mood towards a camp. */
export function addMood(b: Board, bloc: number, camp: number, delta: number): void {
  const k = bloc * 4 + camp;
  if (!b.moodKey[k]) {
    b.moodKey[k] = 1;
    b.moodLog.push(k);
  }
  b.mood[k] = b.mood[k] + delta;
}

