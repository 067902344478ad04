// The game state: a plain, JSON-serialisable object holding everything that happens in one game, the
// generator's state included. The rules play on a working copy laid out for speed (board.ts) and write the
// result back into it; nothing else holds game data.
import { CAMPS, type Camp, type Role, type Seat, type Status } from '../scenario/schema';

export type Side = Camp | 'line';
export type PolicyId = 'historical' | 'shrewd' | 'random';
export const POLICIES: readonly PolicyId[] = ['historical', 'shrewd', 'random'];
export type { Seat };

export interface LeaderState {
  camp: Camp;
  prestige: number;
  heir: number;
  stigma: number;
  status: Status;
  politburo: Seat;
}

/** One recorded push on the Party: which decision, event or vote moved whom, and by how much. */
export interface Influence {
  turn: number;
  /** The day of the moment that made the push ("1924-01-26"). */
  day: string;
  source: string;
  kind: 'prestige' | 'heir' | 'stigma' | 'mood' | 'secretaries';
  who: string;
  bloc?: string;
  delta: number;
}

export interface Choice {
  turn: number;
  day: string;
  decision: string;
  option: string;
  role: Role;
  by: 'player' | PolicyId | 'forced';
}

export type Ballot = 'for' | 'against' | 'abstain';

/**
 * One cause of a bloc's vote, in percentage points of the bloc's votes cast for the motion (signed: + towards
 * the motion). `moment` is an earlier decision, option, event or vote (its id in `source`); `loyalty` is the
 * bloc's loyalty to a camp (its id in `source`: a machine to its boss's camp, secretaries to the camp that
 * appointed them, a Central Committee current to its own); the others are the model's own: the camps'
 * standing and policies before any recorded push (rank-and-file blocs), the party line, and the mood of the
 * hall on the day (the seeded noise).
 */
export interface Cause {
  kind: 'moment' | 'line' | 'loyalty' | 'standing' | 'noise';
  source: string;
  day: string;
  effect: number;
}

/** Why a Politburo member voted as he did. */
export type MemberReason =
  | 'sponsor-side'
  | 'target-side'
  | 'chief'
  | 'waver'
  | 'doubt'
  | 'line-sponsor'
  | 'line-target'
  | 'line-split'
  | 'line-abstain';

export interface MemberBallot {
  leader: string;
  vote: Ballot;
  /** His camp on the day (recorded with the ledger). */
  camp?: Camp;
  reasons?: MemberReason[];
}

export interface LedgerBloc {
  id: string;
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  /** Share of the bloc leaning to each camp, or to the party line. */
  lean: Record<Side, number>;
  /** The earlier decisions and events that moved this bloc most, biggest first (points, + towards the motion). */
  movedBy: { source: string; impact: number }[];
  /** What the bloc is: a city machine, the appointed secretaries, rank-and-file members or a CC current. */
  kind?: 'apparatus' | 'machine' | 'members' | 'cc';
  /** Percentage of the bloc's votes cast for the motion, before rounding into whole delegates. */
  share?: number;
  /** What the bloc would have done with no cause at all: divide evenly (50). */
  disposition?: number;
  /** Every cause, in the order applied (a bloc with no seat is left out): disposition + the causes' effects = share. */
  causes?: Cause[];
}

export interface VoteRecord {
  id: string;
  turn: number;
  day: string;
  body: string;
  held: boolean;
  reason?: string;
  passed: boolean;
  for: number;
  against: number;
  abstain: number;
  threshold: number;
  sponsorSide: Camp[];
  targetSide: Camp[];
  /** Which side the party line (the uncommitted loyalists) followed. */
  lineWith: 'sponsor' | 'target' | 'split';
  blocs: LedgerBloc[];
  members: MemberBallot[];
  /** Who brought the motion and against whom (camp and leader), as on the day; recorded with the ledger. */
  sponsor?: { camp: Camp; leader: string };
  target?: { camp: Camp; leader: string };
  /** The variant of the vote's words whose premises held on its day (scenario "texts"); absent for its own words. */
  variant?: string;
}

export interface GameConfig {
  scenario: string;
  role: Role | null;
  lens: string;
  seed: string | number;
  policies: Record<Role, PolicyId>;
  /** Lab factors: decisions whose option is fixed in advance, and switches set as flags at the start. */
  forced?: Record<string, string>;
  switches?: string[];
}

export interface GameState {
  config: GameConfig;
  turn: number;
  /** The next moment of this turn's agenda to resolve. */
  cursor: number;
  /** The day of the moment being resolved (at the end of a turn, the half-year's last day). */
  day: string;
  rng: number;
  leaders: Record<string, LeaderState>;
  posts: Record<string, string | null>;
  alliances: Record<string, true>;
  flags: Record<string, true>;
  secretaries: Side[];
  machines: Record<string, string>;
  members: Record<string, number>;
  apparatusShift: number;
  appointmentMods: { factor: number; until: number; source: string }[];
  cc: Record<Side, number>;
  moods: Record<string, Partial<Record<Camp, number>>>;
  policy: Record<Camp, { nep: number; world: number }>;
  milestones: Record<string, number>;
  influences: Influence[];
  choices: Choice[];
  events: { turn: number; day: string; id: string }[];
  votes: VoteRecord[];
  ending: { id: string; turn: number; winner: Camp | 'collective' } | null;
}

export function allianceKey(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** Whether two camps are on the same side in a saved state. */
export function isAllied(s: GameState, a: Camp, b: Camp): boolean {
  return a === b || s.alliances[allianceKey(a, b)] === true;
}

/** A set of camps as a small integer: bit i stands for CAMPS[i] (the rules count sides this way). */
export type CampMask = number;

export const CAMP_BIT: Record<Camp, number> = { stalin: 1, trotsky: 2, zinoviev: 4, bukharin: 8 };

const MASK_CAMPS: Camp[][] = Array.from({ length: 16 }, (_, mask) => CAMPS.filter((_c, i) => mask & (1 << i)));

/** The camps of a mask, in the order of CAMPS, as a new list. */
export function campsOf(mask: CampMask): Camp[] {
  return MASK_CAMPS[mask].slice();
}

/** The camps of a list as a mask. */
export function maskOf(camps: readonly Camp[]): CampMask {
  let mask = 0;
  for (let i = 0; i < camps.length; i++) mask |= CAMP_BIT[camps[i]];
  return mask;
}

/** A deep copy made by hand: several times faster than structuredClone for this shape. */
export function cloneState(s: GameState): GameState {
  const leaders: Record<string, LeaderState> = {};
  for (const id in s.leaders) leaders[id] = { ...s.leaders[id] };
  const moods: GameState['moods'] = {};
  for (const id in s.moods) moods[id] = { ...s.moods[id] };
  return {
    config: s.config,
    turn: s.turn,
    cursor: s.cursor,
    day: s.day,
    rng: s.rng,
    leaders,
    posts: { ...s.posts },
    alliances: { ...s.alliances },
    flags: { ...s.flags },
    secretaries: s.secretaries.slice(),
    machines: { ...s.machines },
    members: { ...s.members },
    apparatusShift: s.apparatusShift,
    appointmentMods: s.appointmentMods.slice(),
    cc: { ...s.cc },
    moods,
    policy: {
      stalin: { ...s.policy.stalin },
      trotsky: { ...s.policy.trotsky },
      zinoviev: { ...s.policy.zinoviev },
      bukharin: { ...s.policy.bukharin },
    },
    milestones: { ...s.milestones },
    influences: s.influences.slice(),
    choices: s.choices.slice(),
    events: s.events.slice(),
    votes: s.votes.slice(),
    ending: s.ending,
  };
}
