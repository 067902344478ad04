// The debrief after a game: what the student decided against what really happened, the turning points of the
// game as the model measures them, the vote ledgers, the historians whose views the game supports or
// challenges, and essay plans for the two exam questions, filled with evidence from this game. Also the same
// as a Markdown document.
//
// Turning points are measured, not chosen by hand: the game is replayed from its config and the flow
// machine's log, step by step through the rules (each event, each of the student's choices, each of the
// rivals' moves, each vote, and the appointments at the end of each half-year), and after every step the
// position of each camp is scored with the rules' own `positionScore` (0 = ruined, 1 = unchallenged). A
// step's change is the difference it made to the student's camp, in points (hundredths of the score). The
// replay uses the rules' own turn steps, watching each one, and is checked against the flow machine's replay
// of the same log: it gives exactly the game that was played.
//
// Pure: no DOM, no clock, no randomness of its own. Runs in Node and in the browser.
import type { FlowEvent } from '../flow/machine';
import { contextFor, lensById, type Catalog } from '../scenario/catalog';
import type { Camp, Effect, Lens, Role } from '../scenario/schema';
import { CAMPS } from '../scenario/schema';
import type { Ctx, Scenario } from '../scenario/playable';
import { choose, decideForAll, endTurn, holdVotes, newGame, pendingDecisions, startTurn, type StepObserver } from '../rules/game';
import { positionScore } from '../rules/policies';
import type { Choice, GameConfig, GameState, Influence, PolicyId, VoteRecord } from '../rules/state';
import { turnIndex, turnLabel, turnName, type Calendar } from '../scenario/turns';
import { replay as replayThroughMachine } from '../flow/save';
import type { FactorSet } from './factors';
import { campName, leaderName, sourceTitle } from '../scenario/names';
import { bodyName, CHOSEN_BY, lineSentence, listWords, pointsWord, signedPoints, tallyText } from '../scenario/words';
import { markdownCitation } from '../scenario/sources';

// ------------------------------------------------------------------------------------------------ types

export const ESSAY_8_QUESTION = 'Explain why Stalin was able to defeat his political rivals by 1929';
export const ESSAY_22_QUESTION =
  "How far was Stalin's victory in the power struggle between 1922 and 1928 due to the mistakes of his rivals?";

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

export interface LedgerLine {
  bloc: string;
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  movedBy: { source: string; label: string; impact: number }[];
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
  /** The camp of the motion's target, as the campaign starts it. */
  targetCamp: Camp | null;
  blocs: LedgerLine[];
  members: { leader: string; name: string; vote: string }[];
  historical: { passed: boolean; for?: number; against?: number; summary: string };
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

/** Net change to Stalin's position (points) by what caused it, summed over the game. */
export interface Measures {
  appointments: number;
  stalinDecisions: number;
  trotskyDecisions: number;
  events: number;
  votes: number;
}

export interface Debrief {
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
  measures: Measures;
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

// ------------------------------------------------------------------------------------------------ words

// ------------------------------------------------------------------------------------------------ replay

type Phase = 'briefing' | 'events' | 'choosing' | 'voting' | 'consequences' | 'ending' | 'debrief';

/**
 * Each camp's position, 0..100: the rules' positionScore kept to its documented range of 0 (ruined) to 1
 * (unchallenged) and scaled. (Heavy stigma can push the raw score a little below 0; a leader who is out of
 * the game scores exactly 0. Clipping keeps the two the same, so an expulsion never reads as a gain.)
 */
function scores(ctx: Ctx, s: GameState): Record<Camp, number> {
  const out = {} as Record<Camp, number>;
  for (const camp of CAMPS) out[camp] = 100 * Math.min(1, Math.max(0, positionScore(ctx, s, camp)));
  return out;
}

interface Pending {
  kind: StepKind;
  source: string;
  role?: Role;
  by?: Choice['by'];
  detail?: string;
}

/**
 * Replays a game as the flow machine plays it (same phases, same rules calls, same order), scoring every
 * camp's position after each event, choice, rival move, vote and end of turn.
 */
class Replay {
  readonly steps: Step[] = [];
  readonly trajectory: { turn: number; position: number; stalin: number }[] = [];
  s: GameState;
  private last: Record<Camp, number>;

  constructor(
    private readonly ctx: Ctx,
    private readonly camp: Camp,
    config: GameConfig,
  ) {
    this.s = newGame(ctx, config);
    this.last = scores(ctx, this.s);
    this.trajectory.push({ turn: this.s.turn, position: this.last[camp], stalin: this.last.stalin });
  }

  run(log: readonly FlowEvent[]): void {
    let phase: Phase = 'briefing';
    log.forEach((ev, i) => {
      const next = this.accept(phase, ev);
      if (next === null) throw new Error(`the game's log cannot be replayed: event ${i + 1} (${ev.type}) is not accepted in phase "${phase}"`);
      phase = next;
    });
    const ending = this.s.ending;
    if (ending && this.trajectory[this.trajectory.length - 1].turn < ending.turn) {
      this.trajectory.push({ turn: ending.turn, position: this.last[this.camp], stalin: this.last.stalin });
    }
  }

  private accept(phase: Phase, ev: FlowEvent): Phase | null {
    if (phase === 'briefing' && ev.type === 'BEGIN') return this.openTurn();
    if (phase === 'events' && ev.type === 'CONTINUE') return this.deciding();
    if (phase === 'choosing' && ev.type === 'CHOOSE') {
      const role = this.s.config.role!;
      const d = pendingDecisions(this.ctx, this.s, role).find((x) => x.id === ev.decision);
      if (!d || !d.options.some((o) => o.id === ev.option)) return null;
      const mark = this.s.influences.length;
      choose(this.ctx, this.s, ev.decision, ev.option, 'player');
      this.commit({ kind: 'decision', source: `${ev.decision}:${ev.option}`, role, by: 'player' }, scores(this.ctx, this.s), kindsSince(this.s, mark), this.s.turn);
      return this.deciding();
    }
    if (phase === 'voting' && ev.type === 'CONTINUE') {
      this.closeTurn();
      return 'consequences';
    }
    if (phase === 'consequences' && ev.type === 'CONTINUE') return this.s.ending ? 'ending' : this.openTurn();
    if (phase === 'ending' && ev.type === 'DEBRIEF') return 'debrief';
    return null;
  }

  private openTurn(): Phase {
    startTurn(this.ctx, this.s, this.observer());
    return this.s.ending ? 'ending' : 'events';
  }

  private deciding(): Phase {
    if (this.s.ending) return 'ending';
    const role = this.s.config.role;
    if (role !== null && pendingDecisions(this.ctx, this.s, role).length > 0) return 'choosing';
    decideForAll(this.ctx, this.s, this.observer());
    holdVotes(this.ctx, this.s, true, this.observer());
    return 'voting';
  }

  private closeTurn(): void {
    const before = this.s.secretaries.slice();
    const members = Object.values(this.s.members).reduce((a, b) => a + b, 0);
    const turn = this.s.turn;
    const mark = this.s.influences.length;
    if (this.s.ending) return endTurn(this.ctx, this.s);
    endTurn(this.ctx, this.s);
    const changed = this.s.secretaries.filter((x, i) => x !== before[i]).length;
    const grown = Object.values(this.s.members).reduce((a, b) => a + b, 0) - members;
    const loyal = this.s.secretaries.filter((x) => x === 'stalin').length;
    const detail =
      `${changed} regional secretar${changed === 1 ? 'y' : 'ies'} changed hands (${loyal} of ${this.s.secretaries.length} now loyal to Stalin)` +
      (grown > 0 ? `; the Party grew by ${grown.toLocaleString('en-GB')} members` : '');
    this.commit({ kind: 'turn-end', source: 'turn-end', detail }, scores(this.ctx, this.s), kindsSince(this.s, mark), turn);
    this.trajectory.push({ turn, position: this.last[this.camp], stalin: this.last.stalin });
  }

  /** Scores every step the rules report during one phase of the turn, with the influences it logged. */
  private observer(): StepObserver {
    const turn = this.s.turn;
    let mark = this.s.influences.length;
    return (step) => {
      this.commit(step, scores(this.ctx, this.s), kindsSince(this.s, mark), turn);
      mark = this.s.influences.length;
    };
  }

  private commit(p: Pending, after: Record<Camp, number>, influences: Influence['kind'][], turn: number): void {
    const delta = {} as Record<Camp, number>;
    for (const camp of CAMPS) delta[camp] = after[camp] - this.last[camp];
    this.last = after;
    this.steps.push({
      index: this.steps.length,
      turn,
      kind: p.kind,
      source: p.source,
      title: '',
      actor: '',
      role: p.role,
      by: p.by,
      detail: p.detail ?? '',
      influences,
      effects: [],
      after,
      delta,
    });
  }
}

function kindsSince(s: GameState, mark: number): Influence['kind'][] {
  return [...new Set(s.influences.slice(mark).map((x) => x.kind))];
}

/** Every kind of effect in a list of effects, gambles and conditions included. */
function effectKinds(effects: readonly Effect[], out = new Set<string>()): Set<string> {
  for (const e of effects) {
    const kind = Object.keys(e)[0];
    out.add(kind);
    if ('chance' in e) {
      effectKinds(e.chance.then, out);
      effectKinds(e.chance.else, out);
    } else if ('if' in e) {
      effectKinds(e.if.then, out);
      effectKinds(e.if.else ?? [], out);
    }
  }
  return out;
}

/** Titles, actors and details of the steps, in words; and the kinds of effect their data can have. */
function describeSteps(sc: Scenario, steps: Step[], state: GameState): void {
  for (const st of steps) {
    if (st.kind === 'event') {
      const e = sc.eventById[st.source];
      if (e) st.effects = [...effectKinds(e.effects)];
      st.title = e ? e.title : st.detail || st.source;
      st.actor = 'Events';
      if (e) st.detail = `${e.note.date}`;
    } else if (st.kind === 'decision') {
      const [did, oid] = st.source.split(':');
      const d = sc.decisionById[did];
      const o = d?.options.find((x) => x.id === oid);
      st.title = d && o ? `${d.title} — ${o.label}` : st.detail || st.source;
      if (o) st.effects = [...effectKinds(o.effects)];
      if (st.by === 'player') st.actor = 'You';
      else if (st.role) st.actor = `${leaderName(sc, sc.campLeader[st.role])} (${CHOSEN_BY[st.by ?? 'historical']})`;
      else st.actor = 'The rivals';
      if (d && o) st.detail = o.historical ? 'as in history' : `in history: ${d.options.find((x) => x.historical)?.label ?? ''}`;
    } else if (st.kind === 'vote') {
      const v = sc.voteById[st.source];
      const rec = state.votes.find((r) => r.id === st.source && r.turn === st.turn);
      st.title = v ? v.title : st.detail || st.source;
      st.actor = v ? bodyName(v.body) : 'The Party';
      if (v) st.effects = [...effectKinds([...v.onPass, ...v.onFail])];
      if (rec) st.detail = rec.held ? `${rec.passed ? 'carried' : 'defeated'} ${tallyText(rec)}` : `not held: ${rec.reason ?? 'its conditions were not met'}`;
    } else {
      st.title = `Appointments and recruitment, ${turnName(sc.calendar, st.turn)}`;
      st.actor = 'The Secretariat';
    }
  }
}

// ------------------------------------------------------------------------------------------------ parts

function timelineOf(sc: Scenario, state: GameState, steps: Step[], camp: Camp, pick: (c: Choice) => boolean, factors?: FactorSet): TimelineEntry[] {
  const bySource = new Map<string, Step>();
  for (const st of steps) if (st.kind === 'decision') bySource.set(`${st.turn}|${st.source}`, st);
  const mistakeFor = new Map<string, string>();
  for (const f of factors?.factors ?? []) {
    if (f.kind !== 'mistake') continue;
    for (const [d, o] of Object.entries(f.forced ?? {})) mistakeFor.set(`${d}:${o}`, f.id);
  }
  return state.choices.filter(pick).map((c) => {
    const d = sc.decisionById[c.decision];
    const o = d.options.find((x) => x.id === c.option)!;
    const h = d.options.find((x) => x.historical)!;
    const st = bySource.get(`${c.turn}|${c.decision}:${c.option}`);
    return {
      turn: c.turn,
      when: turnName(sc.calendar, c.turn),
      decision: d.id,
      title: d.title,
      role: c.role,
      by: c.by,
      chosen: { id: o.id, label: o.label },
      historical: { id: h.id, label: h.label },
      matched: o.historical,
      note: { text: d.note.text, date: d.note.date, sources: [...d.note.sources] },
      delta: st ? st.delta[camp] : 0,
      stalinDelta: st ? st.delta.stalin : 0,
      factor: mistakeFor.get(`${c.decision}:${c.option}`),
    };
  });
}

/**
 * The turning points: the steps that changed the student's position most, biggest first. All steps with a
 * change are ranked by its size; those of at least 1 point and at least a fifth of the largest are kept,
 * no fewer than 3 and no more than 5 (fewer only if fewer steps changed anything at all).
 */
export function pickTurningPoints(steps: readonly Step[], camp: Camp, cal: Calendar): TurningPoint[] {
  const moved = steps.filter((s) => Math.abs(s.delta[camp]) > 1e-9).sort((a, b) => Math.abs(b.delta[camp]) - Math.abs(a.delta[camp]) || a.index - b.index);
  if (moved.length === 0) return [];
  const largest = Math.abs(moved[0].delta[camp]);
  const strong = moved.filter((s) => Math.abs(s.delta[camp]) >= Math.max(1, largest / 5)).length;
  const n = Math.min(moved.length, Math.max(3, Math.min(5, strong)));
  return moved.slice(0, n).map((s, i) => ({
    rank: i + 1,
    step: s.index,
    turn: s.turn,
    when: turnName(cal, s.turn),
    kind: s.kind,
    source: s.source,
    title: s.title,
    actor: s.actor,
    detail: s.detail,
    delta: s.delta[camp],
    after: s.after[camp],
  }));
}

function ledgersOf(sc: Scenario, state: GameState, steps: Step[], camp: Camp): VoteLedger[] {
  return state.votes.map((v) => {
    const def = sc.voteById[v.id];
    const cast = v.for + v.against;
    const st = steps.find((x) => x.kind === 'vote' && x.source === v.id && x.turn === v.turn);
    return {
      id: v.id,
      turn: v.turn,
      when: turnName(sc.calendar, v.turn),
      date: def?.date ?? turnName(sc.calendar, v.turn),
      title: def?.title ?? v.id,
      body: v.body,
      bodyName: bodyName(v.body),
      motion: def?.motion ?? '',
      held: v.held,
      reason: v.reason,
      passed: v.passed,
      for: v.for,
      against: v.against,
      abstain: v.abstain,
      threshold: v.threshold,
      margin: v.held && cast > 0 ? 100 * (v.for / cast - v.threshold) : 0,
      sponsors: listWords(v.sponsorSide.map((c) => campName(sc, c))),
      sponsorCamps: [...v.sponsorSide],
      target: def ? leaderName(sc, def.target) : '',
      targetCamp: def ? (sc.campaign.leaders.find((l) => l.id === def.target)?.camp ?? null) : null,
      lineWith: v.lineWith,
      blocs: v.blocs.map((b) => ({
        bloc: b.id,
        name: b.name,
        seats: b.seats,
        for: b.for,
        against: b.against,
        abstain: b.abstain,
        movedBy: b.movedBy.map((m) => ({ source: m.source, label: sourceTitle(sc, m.source), impact: m.impact })),
      })),
      members: v.members.map((m) => ({ leader: m.leader, name: leaderName(sc, m.leader), vote: m.vote })),
      historical: def ? { ...def.historical } : { passed: false, summary: '' },
      delta: st ? st.delta[camp] : 0,
    };
  });
}

function milestonesOf(sc: Scenario, state: GameState): MilestoneEntry[] {
  const start = sc.start;
  return sc.campaign.milestones
    .map((m) => {
      const hist = turnIndex(sc.calendar, m.historical);
      const at = state.milestones[m.id];
      return {
        id: m.id,
        title: m.title,
        game: at === undefined ? null : { turn: at, when: turnName(sc.calendar, at) },
        ended: at === undefined && state.ending !== null && state.ending.turn < hist,
        history: { turn: hist, when: turnName(sc.calendar, hist), date: m.note.date },
      };
    })
    .filter((m) => (m.game ? m.game.turn >= start : m.history.turn >= start && m.history.turn <= sc.end));
}

function measuresOf(steps: readonly Step[]): Measures {
  const m: Measures = { appointments: 0, stalinDecisions: 0, trotskyDecisions: 0, events: 0, votes: 0 };
  for (const s of steps) {
    const d = s.delta.stalin;
    if (s.kind === 'turn-end') m.appointments += d;
    else if (s.kind === 'event') m.events += d;
    else if (s.kind === 'vote') m.votes += d;
    else if (s.role === 'stalin') m.stalinDecisions += d;
    else m.trotskyDecisions += d;
  }
  return m;
}

// ------------------------------------------------------------------------------------------------ historians

/** Facts about one game that the historians' rules read. */
interface Facts {
  sc: Scenario;
  d: Pick<Debrief, 'role' | 'ending' | 'timeline' | 'rivalMoves' | 'votes' | 'measures' | 'steps'>;
  state: GameState;
  stalinWon: boolean;
  /** Trotsky's decisions taken by the student (as Trotsky) that differ from what he really did. */
  corrected: TimelineEntry[];
  /** Who played Trotsky: "you", or the computer with its policy. */
  trotskyPlayer: string;
  closeVotes: VoteLedger[];
  heldVotes: VoteLedger[];
  /** Shares of the total movement of Stalin's position (sum of absolute changes) by cause. */
  share: Record<keyof Measures, number>;
  gross: Record<keyof Measures, number>;
}

interface RuleDef extends HistorianRule {
  apply(f: Facts): string | null;
}

const CORRECTIONS_NEEDED = 2;
const CLOSE_VOTE_POINTS = 5;
const SAFE_VOTE_POINTS = 15;

function winnerText(f: Facts): string {
  const e = f.d.ending;
  return e ? `${e.title} (${e.when}; the winner: ${e.winnerName})` : 'the game has not ended';
}

function correctedText(f: Facts, max = 4): string {
  const named = f.corrected.slice(0, max).map((c) => `${c.title} (${c.chosen.label}, ${c.when})`);
  const more = f.corrected.length - named.length;
  return listWords(more > 0 ? [...named, `${more} other${more === 1 ? '' : 's'}`] : named);
}

function stalinLoyalSecretaries(s: GameState): number {
  return s.secretaries.filter((x) => x === 'stalin').length;
}

const RULES: RuleDef[] = [
  {
    id: 'corrected-yet-lost',
    lens: 'apparatus',
    verdict: 'supports',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin still won: in this game the structure, not Trotsky's blunders, decided.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.stalinWon
        ? `Trotsky (${f.trotskyPlayer}) changed ${f.corrected.length} of his historical choices — ${correctedText(f)} — and the game ended: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'corrected-yet-lost-personalities',
    lens: 'personalities',
    verdict: 'challenges',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin still won: correcting the rivals' mistakes was not enough.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.stalinWon
        ? `Even without ${f.corrected.length} of Trotsky's historical mistakes, Stalin won: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'corrected-and-stopped-stalin',
    lens: 'personalities',
    verdict: 'supports',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin did not win: the rivals' mistakes made the difference.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.d.ending !== null && !f.stalinWon
        ? `Trotsky (${f.trotskyPlayer}) changed ${f.corrected.length} of his historical choices — ${correctedText(f)} — and Stalin did not win: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'apparatus-did-not-decide',
    lens: 'apparatus',
    verdict: 'challenges',
    rule: 'Stalin did not win although the secretaries loyal to him were the largest group in the apparatus at the end: the appointments alone did not decide.',
    apply: (f) => {
      if (f.d.ending === null || f.stalinWon) return null;
      const counts = new Map<string, number>();
      for (const x of f.state.secretaries) counts.set(x, (counts.get(x) ?? 0) + 1);
      const loyal = counts.get('stalin') ?? 0;
      const largest = Math.max(...counts.values());
      return loyal === largest
        ? `${loyal} of ${f.state.secretaries.length} regional secretaries were loyal to Stalin at the end, yet: ${winnerText(f)}.`
        : null;
    },
  },
  {
    id: 'appointments-outweigh-decisions',
    lens: 'apparatus',
    verdict: 'supports',
    rule: "Measured over the game, the Secretariat's appointments moved Stalin's position more than all the decisions of both sides together.",
    apply: (f) =>
      f.gross.appointments > f.gross.stalinDecisions + f.gross.trotskyDecisions
        ? `Appointments and recruitment moved Stalin's position by ${f.gross.appointments.toFixed(1)} points in all (net ${pointsWord(f.d.measures.appointments)}); all decisions by ${(f.gross.stalinDecisions + f.gross.trotskyDecisions).toFixed(1)} points.`
        : null,
  },
  {
    id: 'decisions-outweigh-appointments',
    lens: 'personalities',
    verdict: 'supports',
    rule: "Measured over the game, the leaders' decisions (both sides) moved Stalin's position more than the Secretariat's routine appointments.",
    apply: (f) =>
      f.gross.stalinDecisions + f.gross.trotskyDecisions >= f.gross.appointments
        ? `Decisions moved Stalin's position by ${(f.gross.stalinDecisions + f.gross.trotskyDecisions).toFixed(1)} points in all (Stalin's ${f.gross.stalinDecisions.toFixed(1)}, Trotsky's ${f.gross.trotskyDecisions.toFixed(1)}); appointments and recruitment by ${f.gross.appointments.toFixed(1)}.`
        : null,
  },
  {
    id: 'trotsky-gave-stalin-points',
    lens: 'personalities',
    verdict: 'supports',
    rule: "Trotsky's historical choices, made as he really made them in this game, added at least 5 points to Stalin's position.",
    apply: (f) => {
      const kept = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky' && t.matched);
      const sum = kept.reduce((a, t) => a + t.stalinDelta, 0);
      if (sum < 5) return null;
      const top = [...kept].sort((a, b) => b.stalinDelta - a.stalinDelta).slice(0, 3).filter((t) => t.stalinDelta > 0);
      return `Trotsky's historical choices added ${pointsWord(sum)} to Stalin's position${top.length ? `, most of all ${listWords(top.map((t) => `${t.title} (${t.chosen.label}, ${signedPoints(t.stalinDelta)})`))}` : ''}.`;
    },
  },
  {
    id: 'close-vote',
    lens: 'contingency',
    verdict: 'supports',
    rule: `At least one vote was decided within ${CLOSE_VOTE_POINTS} points of the share it needed: it could easily have gone the other way.`,
    apply: (f) =>
      f.closeVotes.length
        ? listWords(
            f.closeVotes.map(
              (v) => `${v.title} (${v.date}) was ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}, ${Math.abs(v.margin).toFixed(1)} points ${v.margin >= 0 ? 'above' : 'below'} the ${Math.round(v.threshold * 100)}% it needed`,
            ),
          ) + '.'
        : null,
  },
  {
    id: 'no-close-vote',
    lens: 'contingency',
    verdict: 'challenges',
    rule: `At least three votes were held and none came within ${SAFE_VOTE_POINTS} points of the share it needed: the results were never in doubt.`,
    apply: (f) => {
      if (f.heldVotes.length < 3 || f.heldVotes.some((v) => Math.abs(v.margin) < SAFE_VOTE_POINTS)) return null;
      const closest = [...f.heldVotes].sort((a, b) => Math.abs(a.margin) - Math.abs(b.margin))[0];
      return `${f.heldVotes.length} votes were held; the closest, ${closest.title} (${closest.date}), was ${closest.passed ? 'carried' : 'defeated'} ${tallyText(closest)}, ${Math.abs(closest.margin).toFixed(1)} points from its threshold.`;
    },
  },
  {
    id: 'votes-diverge-from-history',
    lens: 'contingency',
    verdict: 'supports',
    rule: 'A vote went the other way from history: the outcome was not fixed in advance.',
    apply: (f) => {
      const diverged = f.heldVotes.filter((v) => v.passed !== v.historical.passed);
      return diverged.length
        ? `${listWords(diverged.map((v) => `${v.title} (${v.date}) was ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}; in history it was ${v.historical.passed ? 'carried' : 'defeated'}`))}.`
        : null;
    },
  },
  {
    id: 'right-nep',
    lens: 'policy',
    verdict: 'supports',
    rule: "The game ended with the Right's NEP continuing under Bukharin and Rykov: Bukharin was a real alternative (Cohen).",
    apply: (f) => (f.d.ending?.winner === 'bukharin' ? `The ending: ${winnerText(f)}.` : null),
  },
  {
    id: 'enrolment-split',
    lens: 'policy',
    verdict: 'supports',
    rule: 'In some vote at least a quarter of the Lenin Enrolment delegates voted against the majority of their bloc: the new members were not mere "swamping" (Siegelbaum, Hatch).',
    apply: (f) => {
      const split = enrolmentLines(f).filter(({ line }) => Math.min(line.for, line.against) >= 0.25 * (line.for + line.against) && line.for + line.against > 0);
      return split.length
        ? `${listWords(split.slice(0, 3).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`))}.`
        : null;
    },
  },
  {
    id: 'enrolment-solid',
    lens: 'apparatus',
    verdict: 'supports',
    rule: "In every vote where they sat, at least 90% of the Lenin Enrolment delegates voted with Stalin's side: the recruits followed the secretaries (Trotsky's own view).",
    apply: (f) => {
      const lines = enrolmentLines(f).filter(({ vote }) => vote.sponsorCamps.includes('stalin'));
      if (lines.length === 0) return null;
      const solid = lines.every(({ line }) => line.for >= 0.9 * (line.for + line.against) && line.for + line.against > 0);
      return solid
        ? `${listWords(lines.slice(0, 3).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`))}.`
        : null;
    },
  },
  {
    id: 'many-causes',
    lens: 'many-causes',
    verdict: 'supports',
    rule: "No single cause (appointments, Stalin's decisions, Trotsky's decisions, events, votes) accounts for half of the movement of Stalin's position.",
    apply: (f) => {
      const top = topShare(f);
      return top.share < 0.5 ? `The largest single cause, ${MEASURE_WORDS[top.key]}, accounts for ${Math.round(100 * top.share)}% of the movement (${shareList(f)}).` : null;
    },
  },
  {
    id: 'one-cause',
    lens: 'many-causes',
    verdict: 'challenges',
    rule: "One cause accounts for more than 70% of the movement of Stalin's position.",
    apply: (f) => {
      const top = topShare(f);
      return top.share > 0.7 ? `${MEASURE_WORDS[top.key].charAt(0).toUpperCase()}${MEASURE_WORDS[top.key].slice(1)} account for ${Math.round(100 * top.share)}% of the movement (${shareList(f)}).` : null;
    },
  },
];

const MEASURE_WORDS: Record<keyof Measures, string> = {
  appointments: "the Secretariat's appointments and recruitment",
  stalinDecisions: "Stalin's decisions",
  trotskyDecisions: "Trotsky's decisions",
  events: 'events',
  votes: 'the votes',
};

function topShare(f: Facts): { key: keyof Measures; share: number } {
  const keys = Object.keys(f.share) as (keyof Measures)[];
  const key = keys.reduce((a, b) => (f.share[b] > f.share[a] ? b : a));
  return { key, share: f.share[key] };
}

function shareList(f: Facts): string {
  return (Object.keys(f.share) as (keyof Measures)[]).map((k) => `${MEASURE_WORDS[k]} ${Math.round(100 * f.share[k])}%`).join(', ');
}

function enrolmentLines(f: Facts): { vote: VoteLedger; line: LedgerLine }[] {
  return f.heldVotes.flatMap((vote) => vote.blocs.filter((b) => b.bloc === 'lenin-enrolment').map((line) => ({ vote, line })));
}

/** The rules by which the debrief judges the historians' views, as shown to the student. */
export const HISTORIAN_RULES: readonly HistorianRule[] = RULES.map(({ id, lens, verdict, rule }) => ({ id, lens, verdict, rule }));

function judgeHistorians(lenses: readonly Lens[], f: Facts): LensJudgement[] {
  const findings = new Map<string, HistorianFinding[]>();
  for (const r of RULES) {
    const evidence = r.apply(f);
    if (evidence === null) continue;
    const list = findings.get(r.lens) ?? [];
    list.push({ rule: r.id, ruleText: r.rule, verdict: r.verdict, evidence });
    findings.set(r.lens, list);
  }
  return lenses.map((l) => {
    const list = findings.get(l.id) ?? [];
    const sup = list.filter((x) => x.verdict === 'supports').length;
    const cha = list.length - sup;
    return {
      lens: l.id,
      name: l.name,
      summary: l.summary,
      historians: l.historians.map((h) => ({ ...h })),
      overall: list.length === 0 ? 'none' : sup > cha ? 'supports' : cha > sup ? 'challenges' : 'mixed',
      findings: list,
    };
  });
}

// ------------------------------------------------------------------------------------------------ essays

interface EssayFacts extends Facts {
  milestones: MilestoneEntry[];
  turningPoints: TurningPoint[];
  startSecretaries: number;
}

function milestoneLine(m: MilestoneEntry): string {
  return m.game
    ? `${m.title}: ${m.game.when} in your game (in history: ${m.history.date})`
    : `${m.title}: ${m.ended ? 'your game had ended before then' : 'did not happen in your game'} (in history: ${m.history.date})`;
}

function stepLine(cal: Calendar, s: Step): string {
  return `${turnName(cal, s.turn)}: ${s.title}${s.actor && s.kind === 'decision' ? ` (${s.actor})` : ''} — Stalin's position ${pointsWord(s.delta.stalin)}`;
}

function voteLine(v: VoteLedger): string {
  return `${v.title} (${v.date}): ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)} (needed ${Math.round(v.threshold * 100)}%)`;
}

function biggest(steps: Step[], n: number, by: (s: Step) => number = (s) => Math.abs(s.delta.stalin)): Step[] {
  return [...steps].filter((s) => by(s) > 0.05).sort((a, b) => by(b) - by(a) || a.index - b.index).slice(0, n).sort((a, b) => a.index - b.index);
}

function apparatusParagraph(f: EssayFacts): EssayParagraph {
  const ends = f.d.steps.filter((s) => s.kind === 'turn-end');
  const appointing = f.d.steps.filter(
    (s) => s.kind !== 'turn-end' && (s.influences.includes('secretaries') || s.effects.some((k) => ['appointments', 'secretaries', 'enrolment', 'apparatusShare', 'machine'].includes(k))),
  );
  const loyalId = f.sc.groupIds.secretaries.stalin;
  const ledger = f.heldVotes
    .filter((v) => v.body !== 'politburo')
    .flatMap((v) => v.blocs.filter((b) => b.bloc === loyalId).map((b) => ({ v, b })))
    .slice(0, 3)
    .map(({ v, b }) => `${v.title} (${v.date}), ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}: ${b.name} voted ${b.for} for, ${b.against} against`);
  const evidence = [
    `The Secretariat's appointments and the Party's growth changed Stalin's position by ${pointsWord(f.d.measures.appointments)} over ${ends.length} half-year${ends.length === 1 ? '' : 's'}.`,
    `Regional secretaries loyal to Stalin: ${f.startSecretaries} of ${f.state.secretaries.length} when play began, ${stalinLoyalSecretaries(f.state)} at the end.`,
    ...ledger,
    ...biggest(appointing, 2).map((st) => stepLine(f.sc.calendar, st)),
  ];
  const machines = new Set(f.sc.campaign.machines.map((m) => m.id));
  const resisting = f.heldVotes
    .flatMap((v) => v.blocs.filter((b) => machines.has(b.bloc) && b.against > b.for).map((b) => ({ v, b })))
    .find(({ v }) => v.sponsorCamps.includes('stalin'));
  return {
    factor: 'Control of the party apparatus',
    point:
      'As General Secretary Stalin appointed the regional secretaries, who chose most congress delegates; the Congress elected the Central Committee, which elected the Politburo (the "circular flow of power"). The votes that removed his rivals were largely won before they were held.',
    evidence,
    counter: resisting
      ? `The apparatus did not deliver every vote: in the vote "${resisting.v.title}" (${resisting.v.date}) ${resisting.b.name} voted ${resisting.b.for} for and ${resisting.b.against} against. A machine with its own boss could resist until it was captured.`
      : 'The apparatus was a tool, not a destiny: appointments gave Stalin delegates, but he still had to choose allies and motions, and his rivals could have used the same machine against him in 1923–24.',
    judgement: 'Was control of appointments a cause of victory in itself, or the means by which Stalin cashed in his other advantages?',
  };
}

function rivalsParagraph(f: EssayFacts, marks: 8 | 22): EssayParagraph {
  const trotskySteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'trotsky');
  const moves = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky').sort((a, b) => a.turn - b.turn);
  const kept = moves.filter((t) => t.matched).length;
  const rivalsVotes = f.heldVotes.filter((v) => v.sponsorCamps.length > 0 && !v.sponsorCamps.includes('stalin'));
  const evidence = [
    moves.length
      ? `Trotsky took ${moves.length} decision${moves.length === 1 ? '' : 's'} in this game; ${kept} as he really did, ${moves.length - kept} differently${f.corrected.length ? ` (played by ${f.trotskyPlayer}: ${correctedText(f)})` : ''}.`
      : 'Trotsky took no decisions in the half-years played.',
    `Together Trotsky's decisions changed Stalin's position by ${pointsWord(f.d.measures.trotskyDecisions)}.`,
    ...biggest(trotskySteps, marks === 8 ? 3 : 4).map((st) => stepLine(f.sc.calendar, st)),
    ...rivalsVotes.slice(0, 2).map((v) => `The rivals divided: ${v.sponsors} brought ${v.title} against ${v.target} (${v.date}) — ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}.`),
    ...f.milestones.filter((m) => /trotsky|zinoviev/.test(m.id)).slice(0, 3).map(milestoneLine),
  ];
  const structural = f.d.measures.appointments;
  return {
    factor: marks === 8 ? 'The mistakes and divisions of his rivals' : "The rivals' mistakes: Trotsky",
    point:
      "Trotsky missed Lenin's funeral, kept silent about the Testament, attacked Zinoviev and Kamenev in Lessons of October and gave up the War Commissariat without a fight; his rivals fought Stalin one at a time instead of together.",
    evidence,
    counter:
      Math.abs(structural) > Math.abs(f.d.measures.trotskyDecisions)
        ? `Yet in this game Trotsky's decisions moved Stalin's position by ${pointsWord(f.d.measures.trotskyDecisions)} in all, against ${pointsWord(structural)} from the appointments: the mistakes may have decided only the timing.`
        : `In this game Trotsky's decisions moved Stalin's position (${pointsWord(f.d.measures.trotskyDecisions)}) more than the appointments did (${pointsWord(structural)}) — but ask whether Trotsky's choices were free, or forced by a Party already turned against "factionalism".`,
    judgement: "Did the rivals' mistakes cause their defeat, or only decide when and how it came?",
  };
}

function zinovievRightParagraph(f: EssayFacts): EssayParagraph {
  const against = (camp: Camp) => f.heldVotes.filter((v) => v.targetCamp === camp);
  const evidence = [
    ...against('zinoviev').slice(0, 2).map(voteLine),
    ...against('bukharin').slice(0, 2).map(voteLine),
    ...f.milestones.filter((m) => /zinoviev|kamenev|bukharin/.test(m.id)).map(milestoneLine),
  ];
  if (evidence.length === 0) evidence.push('No vote against Zinoviev, Kamenev or the Right was held in the half-years played: use the lesson or the campaign that reaches 1925–29.');
  return {
    factor: "The rivals' mistakes: Zinoviev, Kamenev and the Right",
    point:
      'Zinoviev and Kamenev helped Stalin isolate Trotsky in 1923–25 and then attacked Stalin too late, from Leningrad alone; Bukharin backed Stalin against the Left and was then outvoted on grain and industry.',
    evidence,
    counter:
      'Their "mistakes" were choices made within a Party that banned factions (1921): each side that opposed the majority was branded a faction, whoever it was.',
    judgement: 'Were the rivals defeated by their own errors, or by a rule of the game (the ban on factions) that always favoured the majority?',
  };
}

function skillParagraph(f: EssayFacts): EssayParagraph {
  const stalinSteps = f.d.steps.filter((s) => s.kind === 'decision' && s.role === 'stalin');
  return {
    factor: "Stalin's skill and tactics",
    point:
      'Stalin played the moderate: he offered to resign, swore the funeral oath, sided with Zinoviev against Trotsky and with Bukharin against Zinoviev, and packed the Politburo once his rivals were divided.',
    evidence: [
      `Stalin's decisions changed his own position by ${pointsWord(f.d.measures.stalinDecisions)} in this game.`,
      ...biggest(stalinSteps, 4).map((st) => stepLine(f.sc.calendar, st)),
    ],
    counter: 'Skill is hard to separate from opportunity: a General Secretary with the appointments could afford to wait and let his rivals attack first.',
    judgement: "How much of Stalin's victory was tactical skill, and how much the position he held?",
  };
}

function ideasParagraph(f: EssayFacts): EssayParagraph {
  const policySteps = f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy'));
  const moodSteps = policySteps.length ? policySteps : f.d.steps.filter((s) => s.influences.includes('mood') && s.kind !== 'turn-end');
  const policyVotes = f.heldVotes.filter((v) => /fourteenth|fifteenth|emergency|april-1929/.test(v.id));
  return {
    factor: 'Ideology and policy',
    point:
      'Socialism in One Country offered the Party confidence and the rank and file a national goal; Trotsky\'s Permanent Revolution sounded like adventure. Stalin defended NEP with the Right until 1927, then took the Left\'s industry drive once the Left was gone.',
    evidence: [...biggest(moodSteps, 3).map((st) => stepLine(f.sc.calendar, st)), ...policyVotes.slice(0, 2).map(voteLine)],
    counter: 'Policy followed power: Stalin changed policy in 1928 without losing votes, which suggests the apparatus, not the programme, held his majority.',
    judgement: 'Did members choose Stalin for his ideas, or accept his ideas because he had won?',
  };
}

function legacyParagraph(f: EssayFacts): EssayParagraph {
  const heirSteps = f.d.steps.filter((s) => s.influences.includes('heir'));
  const testament = f.heldVotes.filter((v) => /testament/.test(v.id));
  const enrol = enrolmentLines(f).slice(0, 2).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`);
  return {
    factor: "Lenin's legacy: the Testament and the Lenin Enrolment",
    point:
      "Lenin's Testament asked for Stalin's removal, but it was read only to the delegations; the funeral cult and the Lenin Enrolment brought hundreds of thousands of new members, who in the model learn their politics from the secretaries.",
    evidence: [...biggest(heirSteps, 3).map((st) => stepLine(f.sc.calendar, st)), ...testament.map(voteLine), ...enrol],
    counter: 'The Testament criticised six leaders, not only Stalin (Trotsky, Zinoviev, Kamenev, Bukharin and Pyatakov too); and historians such as Siegelbaum and Hatch warn that the Lenin Enrolment was not simply "swamping" by the apparatus.',
    judgement: "Was Stalin's survival of the Testament a stroke of luck or the product of his rivals' own choices?",
  };
}

function contingencyParagraph(f: EssayFacts): EssayParagraph {
  const events = f.d.steps.filter((s) => s.kind === 'event');
  return {
    factor: 'Luck and contingency',
    point:
      "Chance played its part: Lenin's first stroke came about seven weeks after Stalin's appointment, Trotsky was ill in 1923–24 and far from Moscow when Lenin died, Frunze died in 1925.",
    evidence: [
      ...f.closeVotes.slice(0, 3).map((v) => `${voteLine(v)} — ${Math.abs(v.margin).toFixed(1)} points from the threshold`),
      ...biggest(events, 3).map((st) => stepLine(f.sc.calendar, st)),
      `Events changed Stalin's position by ${pointsWord(f.d.measures.events)} in this game.`,
    ],
    counter:
      f.closeVotes.length === 0
        ? 'No vote in this game was close: luck can explain a moment, not a six-year run of victories.'
        : 'A close vote shows that a moment could have gone either way; ask whether the next vote would have reversed it.',
    judgement: 'Did luck decide the struggle, or only the speed of Stalin\'s rise (Kotkin)?',
  };
}

function essaysOf(f: EssayFacts): EssayPlan[] {
  const m = f.d.measures;
  const won = f.stalinWon;
  const third = [
    { p: skillParagraph(f), size: Math.abs(m.stalinDecisions) },
    { p: legacyParagraph(f), size: f.d.steps.filter((s) => s.influences.includes('heir')).reduce((a, s) => a + Math.abs(s.delta.stalin), 0) },
    { p: ideasParagraph(f), size: f.d.steps.filter((s) => s.kind !== 'vote' && s.effects.includes('policy')).reduce((a, s) => a + Math.abs(s.delta.stalin), 0) },
  ].sort((a, b) => b.size - a.size)[0].p;
  const measured = `Trotsky's decisions ${pointsWord(m.trotskyDecisions)}, Stalin's decisions ${pointsWord(m.stalinDecisions)}, appointments and recruitment ${pointsWord(m.appointments)}, events ${pointsWord(m.events)}, votes ${pointsWord(m.votes)}`;
  const outcome = won
    ? 'In your game Stalin won as in history.'
    : `In your game Stalin did not win (${winnerText(f)}): use it as a counterfactual — what did it take to stop him?`;
  const eight: EssayPlan = {
    marks: 8,
    question: ESSAY_8_QUESTION,
    guidance: 'Explain two or three reasons, each with precise evidence, and show how they are linked. The evidence below is from your game; check it against what really happened (the dates in brackets).',
    paragraphs: [apparatusParagraph(f), rivalsParagraph(f, 8), third],
    conclusion: `${outcome} Link the reasons: how did the apparatus turn the rivals' mistakes into votes? In this game the changes to Stalin's position were: ${measured}.`,
  };
  const correctedNote =
    f.d.role === 'trotsky'
      ? f.corrected.length
        ? ` You corrected ${f.corrected.length} of Trotsky's historical choices; Stalin ${won ? 'still won' : 'did not win'}.`
        : " You played Trotsky's historical choices; compare a game where you avoid them."
      : f.corrected.length
        ? ` Your rival Trotsky (${f.trotskyPlayer}) avoided ${f.corrected.length} of his historical choices; Stalin ${won ? 'still won' : 'did not win'}.`
        : '';
  const twentyTwo: EssayPlan = {
    marks: 22,
    question: ESSAY_22_QUESTION,
    guidance: "Reach a supported judgement on 'how far': weigh the rivals' mistakes against other factors, use historians' views, and decide which mattered most and why.",
    introduction:
      "Set out the debate: the rivals' mistakes (Service, Bullock; Deutscher on Trotsky's hesitations) against structure — the apparatus and the circular flow of power (Carr, Daniels; Deutscher's Stalin as the embodiment of the party machine) — and contingency (Kotkin). State your line of argument.",
    paragraphs: [rivalsParagraph(f, 22), zinovievRightParagraph(f), apparatusParagraph(f), skillParagraph(f), ideasParagraph(f), legacyParagraph(f), contingencyParagraph(f)],
    conclusion: `How far? ${outcome}${correctedNote} Measured in this game, the changes to Stalin's position were: ${measured}. Weigh the rivals' mistakes against the rest, and test your judgement in the Counterfactual Lab: the Shapley values of Trotsky's mistakes against the structural switches, under each historian's lens.`,
  };
  return [eight, twentyTwo];
}

// ------------------------------------------------------------------------------------------------ main

/** The whole debrief of a game, from its config and the flow machine's log. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { catalog, config, log } = input;
  const ctx = contextFor(catalog, config.scenario, config.lens);
  const sc = ctx.sc;
  const role: Role = config.role ?? 'stalin';
  const camp: Camp = role;
  const rivalRole: Role = role === 'stalin' ? 'trotsky' : 'stalin';
  const replay = new Replay(ctx, camp, config);
  const startSecretaries = stalinLoyalSecretaries(replay.s);
  replay.run(log);
  const state = replay.s;
  const steps = replay.steps;
  describeSteps(sc, steps, state);
  const timeline = timelineOf(sc, state, steps, camp, (c) => c.by === 'player', input.factors);
  const rivalMoves = timelineOf(sc, state, steps, camp, (c) => c.by !== 'player' && c.turn >= sc.start, input.factors);
  const votes = ledgersOf(sc, state, steps, camp).filter((v) => v.turn >= sc.start);
  const endingDef = state.ending ? sc.endingById[state.ending.id] : undefined;
  const winner = state.ending?.winner;
  const ending =
    state.ending && endingDef
      ? {
          id: state.ending.id,
          title: endingDef.title,
          summary: endingDef.summary,
          turn: state.ending.turn,
          when: turnName(sc.calendar, state.ending.turn),
          winner: state.ending.winner,
          winnerName: winner === 'collective' ? 'a collective leadership' : campName(sc, winner!),
          playerWon: winner === camp,
        }
      : null;
  const measures = measuresOf(steps);
  const gross: Measures = { appointments: 0, stalinDecisions: 0, trotskyDecisions: 0, events: 0, votes: 0 };
  for (const s of steps) {
    const d = Math.abs(s.delta.stalin);
    if (s.kind === 'turn-end') gross.appointments += d;
    else if (s.kind === 'event') gross.events += d;
    else if (s.kind === 'vote') gross.votes += d;
    else if (s.role === 'stalin') gross.stalinDecisions += d;
    else gross.trotskyDecisions += d;
  }
  const total = Object.values(gross).reduce((a, b) => a + b, 0) || 1;
  const share = Object.fromEntries(Object.entries(gross).map(([k, v]) => [k, v / total])) as Record<keyof Measures, number>;
  const turningPoints = pickTurningPoints(steps, camp, sc.calendar);
  const milestones = milestonesOf(sc, state);
  const heldVotes = votes.filter((v) => v.held);
  const partial = { role, ending, timeline, rivalMoves, votes, measures, steps };
  const facts: EssayFacts = {
    sc,
    d: partial,
    state,
    stalinWon: winner === 'stalin',
    corrected: [...timeline, ...rivalMoves].filter((t) => t.role === 'trotsky' && !t.matched).sort((a, b) => a.turn - b.turn),
    trotskyPlayer: role === 'trotsky' ? 'you' : `the computer, playing ${config.policies.trotsky === 'historical' ? 'as he really did' : config.policies.trotsky === 'shrewd' ? 'shrewdly' : 'at random'}`,
    closeVotes: heldVotes.filter((v) => Math.abs(v.margin) < CLOSE_VOTE_POINTS),
    heldVotes,
    share,
    gross,
    milestones,
    turningPoints,
    startSecretaries,
  };
  const lens = lensById(catalog, ctx.lensId)!;
  return {
    scenario: { id: sc.id, title: sc.title, kind: sc.kind, calendar: sc.calendar },
    lens: { id: lens.id, name: lens.name },
    seed: String(config.seed),
    role,
    camp,
    roleName: leaderName(sc, sc.campLeader[role]),
    campName: campName(sc, camp),
    rival: { role: rivalRole, name: leaderName(sc, sc.campLeader[rivalRole]), policy: config.policies[rivalRole] },
    finished: state.ending !== null,
    ending,
    timeline,
    rivalMoves,
    turningPoints,
    trajectory: replay.trajectory.map((t) => ({ turn: t.turn, when: turnName(sc.calendar, t.turn), position: t.position, stalin: t.stalin })),
    votes,
    milestones,
    historians: judgeHistorians(catalog.lenses, facts),
    rules: [...HISTORIAN_RULES],
    measures,
    essays: essaysOf(facts),
    questions: sc.lesson ? [...sc.lesson.questions] : [],
    steps,
    replayExact: JSON.stringify(state) === JSON.stringify(replayThroughMachine(catalog, config, log).snapshot.context.state),
    state,
  };
}

// ------------------------------------------------------------------------------------------------ markdown

/** Escapes text for Markdown: the characters that would start emphasis, links, code, HTML or table cells. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function mdTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i > 0 && /^(For|Against|Abstain|Seats|Change)/.test(h) ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const VERDICT_WORDS: Record<LensJudgement['overall'], string> = {
  supports: 'Your game supports this view',
  challenges: 'Your game challenges this view',
  mixed: 'Your game gives mixed evidence for this view',
  none: 'Your game says little about this view',
};

export function verdictWords(v: LensJudgement['overall']): string {
  return VERDICT_WORDS[v];
}

/** The debrief as a Markdown document (text from the scenario is escaped, never taken as markup). */
export function debriefMarkdown(d: Debrief): string {
  const t = mdText;
  const out: string[] = [];
  out.push(`# After Lenin — debrief: ${t(d.scenario.title)}`, '');
  out.push(`- Played as: ${t(d.roleName)} — ${t(d.campName)}`);
  out.push(`- Rival: ${t(d.rival.name)}, playing ${d.rival.policy === 'historical' ? 'as he really did' : d.rival.policy === 'shrewd' ? 'shrewdly (looking ahead)' : 'at random'}`);
  out.push(`- Historian's lens: ${t(d.lens.name)}`);
  out.push(`- Seed: ${t(d.seed)}`);
  out.push(d.ending ? `- Ending: ${t(d.ending.title)} (${d.ending.when}) — ${d.ending.playerWon ? 'you won' : `the winner: ${t(d.ending.winnerName)}`}` : '- The game has not ended.');
  if (d.ending) out.push('', t(d.ending.summary));
  out.push('', '## Your path against history', '');
  const same = d.timeline.filter((x) => x.matched).length;
  out.push(`You took ${d.timeline.length} decision${d.timeline.length === 1 ? '' : 's'}; ${same} matched what really happened.`, '');
  out.push(
    ...mdTable(
      ['When', 'Decision', 'You chose', 'In history', 'Date and sources', 'Change'],
      d.timeline.map((x) => [
        x.when,
        t(x.title),
        t(x.chosen.label),
        x.matched ? 'the same' : t(x.historical.label),
        `${t(x.note.date)}; ${x.note.sources.map((k) => markdownCitation(k, t)).join('; ')}`,
        signedPoints(x.delta),
      ]),
    ),
  );
  out.push('', '### What really happened', '');
  for (const x of d.timeline) out.push(`- **${t(x.title)}** (${t(x.note.date)}): ${t(x.note.text)} Sources: ${x.note.sources.map((k) => markdownCitation(k, t)).join('; ')}.`);
  if (d.rivalMoves.length) {
    out.push('', `### ${t(d.rival.name)}'s moves`, '');
    out.push(...mdTable(['When', 'Decision', 'Chosen', 'In history'], d.rivalMoves.map((x) => [x.when, t(x.title), t(x.chosen.label), x.matched ? 'the same' : t(x.historical.label)])));
  }
  out.push('', '## Turning points', '');
  out.push(
    `Measured by the model: the game was replayed step by step and your position (0 = ruined, 100 = unchallenged) scored after every event, choice, rival move, vote and end of half-year. These steps moved it most (change in points):`,
    '',
  );
  d.turningPoints.forEach((p) => out.push(`${p.rank}. **${signedPoints(p.delta)} points** — ${p.when}: ${t(p.title)} (${t(p.actor)}${p.detail ? `; ${t(p.detail)}` : ''}). Position after: ${p.after.toFixed(1)}.`));
  if (d.turningPoints.length === 0) out.push('No step changed your position.');
  out.push('', '### Your position, half-year by half-year', '');
  out.push(...mdTable(['Half-year', 'Your position', "Stalin's position"], d.trajectory.map((x, i) => [i === 0 ? 'When play began' : `End of ${x.when}`, x.position.toFixed(1), x.stalin.toFixed(1)])));
  out.push('', '## Vote ledgers', '');
  for (const v of d.votes) {
    out.push(`### ${t(v.title)} — ${t(v.date)}`, '');
    out.push(`${v.bodyName}. Motion: ${t(v.motion)}`, '');
    if (!v.held) {
      out.push(`Not held: ${t(v.reason ?? 'its conditions were not met')}.`, '');
      continue;
    }
    out.push(
      `**${v.passed ? 'Carried' : 'Defeated'} ${tallyText(v)}** (needed ${Math.round(v.threshold * 100)}% of those voting; ${signedPoints(v.margin)} points from the threshold). Sponsors: ${t(v.sponsors)}. ${lineSentence(v.lineWith)} Your position: ${signedPoints(v.delta)} points.`,
      '',
    );
    if (v.blocs.length) {
      out.push(
        ...mdTable(
          ['Bloc', 'Seats', 'For', 'Against', 'Abstain', 'Moved by'],
          v.blocs.map((b) => [t(b.name), String(b.seats), String(b.for), String(b.against), String(b.abstain), b.movedBy.length ? b.movedBy.slice(0, 4).map((m) => `${t(m.label)} (${m.impact >= 0 ? '+' : '−'}${Math.abs(m.impact).toFixed(2)})`).join('; ') : 'nothing earlier']),
        ),
        '',
      );
    }
    if (v.members.length) {
      out.push(...mdTable(['Member', 'Vote'], v.members.map((m) => [t(m.name), m.vote])), '');
    }
    out.push(`In history: ${t(v.historical.summary)}`, '');
  }
  if (d.milestones.length) {
    out.push('## Milestones', '');
    out.push(...mdTable(['Milestone', 'Your game', 'History'], d.milestones.map((m) => [t(m.title), m.game ? m.game.when : m.ended ? 'the game had ended' : 'did not happen', `${m.history.when} (${t(m.history.date)})`])));
    out.push('');
  }
  out.push('## Historians', '');
  for (const l of d.historians) {
    out.push(`### ${t(l.name)}: ${verdictWords(l.overall).toLowerCase()}`, '');
    out.push(`Historians: ${l.historians.map((h) => `${t(h.name)} (${t(h.work)}; ${markdownCitation(h.source, t)})`).join('; ')}.`, '', t(l.summary), '');
    for (const f of l.findings) out.push(`- **${f.verdict === 'supports' ? 'Supports' : 'Challenges'}.** Rule: ${t(f.ruleText)} In your game: ${t(f.evidence)}`);
    if (l.findings.length) out.push('');
  }
  out.push('### How these judgements are made', '');
  for (const r of d.rules) out.push(`- ${r.verdict === 'supports' ? 'Supports' : 'Challenges'} "${t(d.historians.find((l) => l.lens === r.lens)?.name ?? r.lens)}": ${t(r.rule)}`);
  if (d.questions.length) {
    out.push('', "## The lesson's questions", '');
    for (const q of d.questions) out.push(`- ${t(q)}`);
  }
  out.push('', '## Essay planner', '');
  for (const e of d.essays) {
    out.push(`### "${t(e.question)}" (${e.marks} marks)`, '', t(e.guidance), '');
    if (e.introduction) out.push(`**Introduction.** ${t(e.introduction)}`, '');
    e.paragraphs.forEach((p, i) => {
      out.push(`#### ${i + 1}. ${t(p.factor)}`, '', `**Point.** ${t(p.point)}`, '', '**Evidence from your game:**', '');
      for (const ev of p.evidence) out.push(`- ${t(ev)}`);
      out.push('', `**Counter-argument.** ${t(p.counter)}`, '', `**Judgement.** ${t(p.judgement)}`, '');
    });
    out.push(`**Conclusion.** ${t(e.conclusion)}`, '');
  }
  out.push('---', '', `Made with After Lenin. Game: scenario ${t(d.scenario.id)}, lens ${t(d.lens.id)}, seed ${t(d.seed)}, turns ${d.trajectory.length ? turnLabel(d.scenario.calendar, d.trajectory[0].turn) : ''}–${d.ending ? turnLabel(d.scenario.calendar, d.ending.turn) : ''}.`, '');
  return out.join('\n');
}
