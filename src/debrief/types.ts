// The debrief's data: what buildDebrief returns, and the facts about one game that its historians' rules and
// essay planners read.
import type { FlowEvent } from '../flow/machine';
import type { Scenario } from '../scenario/playable';
import type { Camp, Role } from '../scenario/schema';
import type { Calendar } from '../scenario/turns';
import type { Choice, GameConfig, GameState, Influence, PolicyId, VoteRecord } from '../rules/state';
import type { Catalog } from '../scenario/catalog';
import type { FactorSet } from '../lab/factors';
import type { DebriefContent } from '../scenario/debrief';
import type { Figures } from './figures';
import type { Summary } from './summary';

export type { Figures, Measures } from './figures';
export type { Summary, SummaryPoint } from './summary';

export interface DebriefInput {
  catalog: Catalog;
  config: GameConfig;
  /** The flow machine's log (snapshot.context.log): the events the player sent, in order. */
  log: readonly FlowEvent[];
  /** The lab's factors, to name the corrected mistakes; optional. */
  factors?: FactorSet;
}

export type StepKind = 'event' | 'decision' | 'vote' | 'turn-end';

/** One step of the replay and the difference it made to each camp's position (points, −100..100). */
export interface Step {
  index: number;
  turn: number;
  kind: StepKind;
  /** Event id, "decision:option", vote id, or "turn-end". */
  source: string;
  /** What happened, in words: an event's title, "decision — option", a vote's title and result. */
  title: string;
  /** Who acted: "You", a leader with his policy, the Party (a vote), or the Secretariat (end of turn). */
  actor: string;
  /** For decisions: the deciding role and how the option was chosen. */
  role?: Role;
  by?: Choice['by'];
  detail: string;
  /** The kinds of influence the step logged (prestige, heir, stigma, mood, secretaries). */
  influences: Influence['kind'][];
  /** The kinds of effect its event or option can have (policy, ally, split, post, secretaries…), from the data. */
  effects: string[];
  /** Position scores after the step (0 = ruined, 100 = unchallenged), and the change the step made, in points. */
  after: Record<Camp, number>;
  delta: Record<Camp, number>;
}

export interface TimelineEntry {
  turn: number;
  when: string;
  decision: string;
  title: string;
  role: Role;
  by: Choice['by'];
  chosen: { id: string; label: string };
  historical: { id: string; label: string };
  matched: boolean;
  note: { text: string; date: string; sources: string[] };
  /** The change this choice made to the student's position, and to Stalin's, in points. */
  delta: number;
  stalinDelta: number;
  /** The lab factor this choice corresponds to, when it corrects one of Trotsky's historical mistakes. */
  factor?: string;
}

export interface TurningPoint {
  rank: number;
  step: number;
  turn: number;
  when: string;
  kind: StepKind;
  source: string;
  title: string;
  actor: string;
  detail: string;
  /** Change to the student's position, in points; and the position after it (0..100). */
  delta: number;
  after: number;
}

/** One cause of a bloc's vote in words: its day ("1924-01-26" and "26 January 1924") and points of the bloc's vote. */
export interface CauseLine {
  source: string;
  kind: 'moment' | 'line' | 'loyalty' | 'standing' | 'noise';
  day: string;
  date: string;
  label: string;
  effect: number;
}

export interface LedgerLine {
  bloc: string;
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  movedBy: { source: string; label: string; impact: number }[];
  /** The even split a bloc starts from, and its share of votes cast for the motion, in percent. */
  disposition?: number;
  share?: number;
  /** Every cause as recorded; disposition + their effects = share. */
  causes?: CauseLine[];
}

export interface VoteLedger
  extends Pick<VoteRecord, 'id' | 'turn' | 'body' | 'held' | 'reason' | 'passed' | 'for' | 'against' | 'abstain' | 'threshold' | 'lineWith'> {
  when: string;
  date: string;
  title: string;
  bodyName: string;
  motion: string;
  /** The share for (of for + against) minus the threshold, in points: how close the vote was. */
  margin: number;
  sponsors: string;
  sponsorCamps: Camp[];
  target: string;
  /** The camp of the motion's target, as recorded on the day (as the campaign starts it for older records). */
  targetCamp: Camp | null;
  /** Who brought the motion against whom, as recorded on the day ("" for older records). */
  parties?: string;
  blocs: LedgerLine[];
  members: { leader: string; name: string; vote: string; camp: string; reasons: string }[];
  historical: { passed: boolean; for?: number; against?: number; summary: string };
  /** The vote's tags in the scenario, by which the essay paragraphs cite it. */
  tags: string[];
  /** The change the vote made to the student's position, in points. */
  delta: number;
}

export interface MilestoneEntry {
  id: string;
  title: string;
  /** The half-year it fell in this game, or null if it did not happen. */
  game: { turn: number; when: string } | null;
  /** When it did not happen: true if the game had ended before its historical date. */
  ended: boolean;
  history: { turn: number; when: string; date: string };
  /** The milestone's tags in the scenario, by which the essay paragraphs cite it. */
  tags: string[];
}

export type Verdict = 'supports' | 'challenges';

/** A transparent rule: when it applies, the game supports or challenges one lens's historians. */
export interface HistorianRule {
  id: string;
  lens: string;
  verdict: Verdict;
  /** The rule in words, shown beside every finding. */
  rule: string;
}

export interface HistorianFinding {
  rule: string;
  ruleText: string;
  verdict: Verdict;
  evidence: string;
}

export interface LensJudgement {
  lens: string;
  name: string;
  summary: string;
  historians: { name: string; work: string; source: string }[];
  /** supports / challenges when all findings agree or one side has more; mixed; or none (no rule applied). */
  overall: Verdict | 'mixed' | 'none';
  findings: HistorianFinding[];
}

export interface EssayParagraph {
  factor: string;
  point: string;
  evidence: string[];
  counter: string;
  judgement: string;
}

export interface EssayPlan {
  marks: 8 | 22;
  question: string;
  guidance: string;
  introduction?: string;
  paragraphs: EssayParagraph[];
  conclusion: string;
}


export interface Debrief {
  /** The one-page summary to hand in (summary.ts). */
  summary: Summary;
  scenario: { id: string; title: string; kind: 'campaign' | 'lesson'; calendar: Calendar };
  lens: { id: string; name: string };
  seed: string;
  role: Role;
  camp: Camp;
  roleName: string;
  campName: string;
  rival: { role: Role; name: string; policy: PolicyId };
  finished: boolean;
  ending: { id: string; title: string; summary: string; turn: number; when: string; winner: Camp | 'collective'; winnerName: string; playerWon: boolean } | null;
  /** Every decision the student took, in order. */
  timeline: TimelineEntry[];
  /** The other side's decisions, in order. */
  rivalMoves: TimelineEntry[];
  turningPoints: TurningPoint[];
  /** The student's position (0..100) when play began and at the end of each half-year played. */
  trajectory: { turn: number; when: string; position: number; stalin: number }[];
  votes: VoteLedger[];
  milestones: MilestoneEntry[];
  historians: LensJudgement[];
  rules: HistorianRule[];
  /** What moved Stalin's position, by cause, and the rivals' mistakes' share: the debrief's one set of figures. */
  figures: Figures;
  essays: EssayPlan[];
  /** A lesson's questions for the class (empty for the campaign). */
  questions: string[];
  /** Every step of the replay, for inspection. */
  steps: Step[];
  /** True when the step-by-step replay ends in the same state as the flow machine's replay of the log. */
  replayExact: boolean;
  /** The state the replay ends in: the game's final state. */
  state: GameState;
}


/** Facts about one game that the historians' rules read. */
export interface Facts {
  /** The debrief's rules and prose (scenarios/debrief.yaml). */
  content: DebriefContent;
  sc: Scenario;
  d: Pick<Debrief, 'role' | 'ending' | 'timeline' | 'rivalMoves' | 'votes' | 'figures' | 'steps'>;
  state: GameState;
  stalinWon: boolean;
  /** Trotsky's decisions taken by the student (as Trotsky) that differ from what he really did. */
  corrected: TimelineEntry[];
  /** Who played Trotsky: "you", or the computer with its policy. */
  trotskyPlayer: string;
  closeVotes: VoteLedger[];
  heldVotes: VoteLedger[];
}

/** Facts about one game that the essay planners read. */
export interface EssayFacts extends Facts {
  milestones: MilestoneEntry[];
  turningPoints: TurningPoint[];
  startSecretaries: number;
}
