// The turn, moment by moment: a half-year's events, decisions (the player's and the rivals') and votes are resolved
// in the order of their days, then come the consequences (the apparatus, membership, endings). The flow machine
// stops the agenda where the player decides or a vote is shown; the simulator plays it through. Each step changes
// only the state it is given. Each entry point below takes the saved state, plays on a working copy laid out
// for speed (board.ts) and writes the result back into the state it was given.
import type { Decision, Role, Vote } from '../scenario/schema';
import { firstDayOf, lastDayOf } from '../scenario/days';
import { turnLabel } from '../scenario/turns';
import type { Ctx } from '../scenario/playable';
import { holds, type Memo } from './effects';
import { appointSecretaries, growMembership } from './apparatus';
import { chooseOption } from './policies';
import { seedFrom } from './rng';
import type { Choice, GameConfig, GameState, LeaderState, Side } from './state';
import { allianceKey, cloneState } from './state';
import { electPolitburo, resolveVote, whyNotHeld } from './votes';
import { dominantCamp } from './dominance';
import { ACTIVE, dominantName, EXILED, type Board } from './board';
import { planOf, type DecisionStep, type EventStep, type Step } from './plan';
import { boardOf, release, writeBack } from './convert';

const templates = new WeakMap<object, GameState>();

/** The opening position of a game: the campaign's starting data, the config's switches and seed. */
export function initialState(ctx: Ctx, config: GameConfig): GameState {
  let template = templates.get(ctx.sc);
  if (!template) {
    template = openingPosition(ctx);
    templates.set(ctx.sc, template);
  }
  const s = cloneState(template);
  s.config = config;
  s.rng = seedFrom(config.seed);
  for (const f of config.switches ?? []) s.flags[f] = true;
  return s;
}

function openingPosition(ctx: Ctx): GameState {
  const c = ctx.sc.campaign;
  const leaders: Record<string, LeaderState> = {};
  for (const l of c.leaders) {
    leaders[l.id] = { camp: l.camp, prestige: l.prestige, heir: l.heir, stigma: l.stigma, status: 'active', politburo: l.politburo };
  }
  const cc: Record<Side, number> = { line: c.ccLine, stalin: 0, trotsky: 0, zinoviev: 0, bukharin: 0 };
  const policy = {} as GameState['policy'];
  for (const camp of c.camps) {
    cc[camp.id] = camp.ccSeats;
    policy[camp.id] = { nep: camp.nep, world: camp.world };
  }
  const flags: Record<string, true> = {};
  for (const f of c.flags) flags[f] = true;
  return {
    config: { scenario: ctx.sc.id, role: null, lens: ctx.lensId, seed: 0, policies: { stalin: 'historical', trotsky: 'historical' } },
    turn: 0,
    cursor: 0,
    day: firstDayOf(ctx.sc.campaign.start),
    rng: 0,
    leaders,
    posts: Object.fromEntries(c.posts.map((p) => [p.id, p.holder])),
    alliances: Object.fromEntries(c.alliances.map(([a, b]) => [allianceKey(a, b), true as const])),
    flags,
    secretaries: c.regions.map((r) => r.secretary),
    machines: Object.fromEntries(c.machines.map((m) => [m.id, m.boss])),
    members: Object.fromEntries(c.blocs.map((b) => [b.id, b.members])),
    apparatusShift: 0,
    appointmentMods: [],
    cc,
    moods: {},
    policy,
    milestones: {},
    influences: [],
    choices: [],
    events: [],
    votes: [],
    ending: null,
  };
}

/**
 * A new game at the scenario's first playable turn. A lesson that starts later replays the campaign's
 * earlier turns first, with both sides as they really acted, so its opening position is history's.
 */
export function newGame(ctx: Ctx, config: GameConfig): GameState {
  const s = initialState(ctx, config);
  if (ctx.sc.start > 0) {
    s.config = { ...config, role: null, policies: { stalin: 'historical', trotsky: 'historical' }, forced: {} };
    const b = boardOf(ctx, s);
    while (b.turn < ctx.sc.start && !b.ending) turnOn(ctx, b, null, PLAIN);
    writeBack(b, s);
    release(b);
    s.config = config;
    s.ending = null;
  }
  return s;
}

/** One step of a turn as it happens, for callers that watch a game step by step (the debrief). */
export interface StepNote {
  kind: 'event' | 'decision' | 'vote' | 'turn-end';
  /** Event id, "decision:option", vote id, or "turn-end". */
  source: string;
  /** The half-year the step belongs to (for the end of a turn, the half-year that ended). */
  turn: number;
  role?: Role;
  by?: Choice['by'];
}

/** Called after each step with the state as the step left it (the observer must not change it). */
export type StepObserver = (step: StepNote, s: GameState) => void;

/** Where a turn's agenda waits: the player's decision, a vote about to be held, or the end of its moments. */
export type Stop = { kind: 'decision'; decision: Decision } | { kind: 'vote'; vote: Vote } | { kind: 'end' };

export interface AdvanceOptions {
  /** Whether votes keep their full ledgers (the screens and the debrief) or only their results. */
  detail?: boolean;
  /** Stop before each vote that will be held, so that it can be shown on its own (the flow machine). */
  pauseAtVotes?: boolean;
  observe?: StepObserver;
}

/** How to play one turn unattended: the player's decisions (if any), the votes' detail, and an observer. */
export interface TurnOptions extends AdvanceOptions {
  /** Takes the player's decision when it comes up (by calling choose); left untaken if it does not. */
  decide?: (s: GameState, d: Decision) => void;
}

/** One whole turn, moment by moment in date order: the only loop over a turn's agenda. */
export function playTurn(ctx: Ctx, s: GameState, options: TurnOptions = {}): void {
  const b = boardOf(ctx, s);
  turnOn(ctx, b, s, options);
  writeBack(b, s);
  release(b);
}

/**
 * The turn on the board. With a player's `decide` or an observer, the saved state `s` is brought up to date
 * for them (the callers that play on boards alone, the Lab's, pass neither).
 */
function turnOn(ctx: Ctx, b: Board, s: GameState | null, options: TurnOptions): void {
  const watch = s ? watcher(b, s, options.observe) : undefined;
  const detail = options.detail ?? false;
  const pause = options.pauseAtVotes ?? false;
  startOn(ctx, b);
  for (let stop = advanceOn(ctx, b, detail, pause, watch); stop.kind === 'decision'; stop = advanceOn(ctx, b, detail, pause, watch)) {
    const at = b.cursor;
    if (options.decide && s) {
      // The player's decision is taken on the saved state (by calling choose), then read back.
      writeBack(b, s);
      options.decide(s, stop.decision);
      boardOf(ctx, s, b);
    }
    if (b.cursor === at) b.cursor++;
  }
  endOn(ctx, b, watch);
}

const PLAIN: TurnOptions = Object.freeze({});

/**
 * A new game as a board, for callers that play many games and read only their endings (the Lab): the same game
 * as newGame's, never written back. Play it with playTurnOnBoard; copy it (board.copy()) to branch.
 */
export function newBoard(ctx: Ctx, config: GameConfig): Board {
  return boardOf(ctx, newGame(ctx, config));
}

/** One whole turn on a board, with both sides under their policies (no player, no observer). */
export function playTurnOnBoard(ctx: Ctx, b: Board): void {
  turnOn(ctx, b, null, PLAIN);
}

/** What the rules tell of each step they take on a board (see watcher). */
type Watch = (step: StepNote) => void;

/** An observer of the board's steps that is shown the saved state, brought up to date at each step. */
function watcher(b: Board, s: GameState, observe: StepObserver | undefined): Watch | undefined {
  if (!observe) return undefined;
  return (step) => {
    writeBack(b, s);
    observe(step, s);
  };
}

/** Opens a turn: its agenda starts again from the first moment. */
export function startTurn(ctx: Ctx, s: GameState): void {
  const b = boardOf(ctx, s);
  startOn(ctx, b);
  writeBack(b, s);
  release(b);
}

function startOn(ctx: Ctx, b: Board): void {
  b.cursor = 0;
  b.day = planOf(ctx.sc).first[b.turn] ?? firstDayOf(turnLabel(ctx.sc.calendar, b.turn));
}

/** Whether a decision can be taken now: its leader is in the game, its conditions hold, it was not taken. */
function isOpen(ctx: Ctx, b: Board, d: DecisionStep): boolean {
  const status = b.status[d.role];
  if (status !== ACTIVE && status !== EXILED) return false;
  if (!d.requires(ctx, b, undefined)) return false;
  return b.decisionDone[d.index] === 0;
}

/** The role's decision waiting at this moment of the agenda, if it is open (a list of one, or empty). */
export function pendingDecisions(ctx: Ctx, s: GameState, role: Role): Decision[] {
  if (s.ending) return [];
  const m = planOf(ctx.sc).turns[s.turn]?.[s.cursor];
  if (m === undefined || m.kind !== 'decision' || m.item.role !== role) return [];
  const b = boardOf(ctx, s);
  const open = isOpen(ctx, b, m);
  release(b);
  return open ? [m.item] : [];
}

/**
 * Resolves the turn's moments in date order up to the next stop. An event happens on its day if its conditions
 * hold then; a rival decides on the day of his decision; a vote is held on its day (or, with pauseAtVotes, the
 * agenda stops before it); the player's open decision always stops the agenda. A vote that cannot be held is
 * recorded as not held, with its reason, and the agenda goes on.
 */
export function advance(ctx: Ctx, s: GameState, options: AdvanceOptions = NO_OPTIONS): Stop {
  const b = boardOf(ctx, s);
  const stop = advanceOn(ctx, b, options.detail ?? false, options.pauseAtVotes ?? false, watcher(b, s, options.observe));
  writeBack(b, s);
  release(b);
  return stop;
}

function advanceOn(ctx: Ctx, b: Board, detail: boolean, pauseAtVotes: boolean, watch: Watch | undefined): Stop {
  const agenda = planOf(ctx.sc).turns[b.turn] ?? NO_STEPS;
  while (b.cursor < agenda.length && !b.ending) {
    const m = agenda[b.cursor];
    b.day = m.day;
    if (m.kind === 'decision') {
      const open = isOpen(ctx, b, m);
      if (open && m.item.role === b.config.role) return { kind: 'decision', decision: m.item };
      b.cursor++;
      if (open) rivalDecides(ctx, b, m, watch);
    } else if (m.kind === 'event') {
      b.cursor++;
      fireEvent(ctx, b, m, watch);
    } else {
      if (pauseAtVotes && whyNotHeld(ctx, b, m.item) === null) return { kind: 'vote', vote: m.item };
      holdVoteOn(ctx, b, detail, watch);
    }
  }
  return END;
}

const NO_OPTIONS: AdvanceOptions = Object.freeze({});
const NO_STEPS: readonly Step[] = [];
const END: Stop = Object.freeze({ kind: 'end' });

/** An event happens on its day if its conditions hold. */
function fireEvent(ctx: Ctx, b: Board, step: EventStep, watch?: Watch): void {
  const e = step.item;
  if (e.until && b.eventDone[step.index] === 1) return;
  if (!step.requires(ctx, b, undefined)) return;
  if (e.politburoElection) electAfterCongress(ctx, b, e.politburoElection);
  step.effects(ctx, b, e.id);
  b.events.push({ turn: b.turn, day: b.day, id: e.id });
  b.eventDone[step.index] = 1;
  checkEndingOn(ctx, b, false);
  watch?.({ kind: 'event', source: e.id, turn: b.turn });
}

/** The first plenum after a Congress elects the Politburo from the Congress's frozen record (none if it was not held). */
function electAfterCongress(ctx: Ctx, b: Board, p: { vote: string; size: number }): void {
  for (let i = b.votes.length - 1; i >= 0; i--) {
    const rec = b.votes[i];
    if (rec.id !== p.vote || !rec.held) continue;
    electPolitburo(ctx, b, rec, p.size);
    return;
  }
}

/** Holds the vote at the agenda's cursor (or records why it was not held) and moves past it. */
export function holdVote(ctx: Ctx, s: GameState, detail: boolean, observe?: StepObserver): void {
  const b = boardOf(ctx, s);
  holdVoteOn(ctx, b, detail, watcher(b, s, observe));
  writeBack(b, s);
  release(b);
}

function holdVoteOn(ctx: Ctx, b: Board, detail: boolean, watch?: Watch): void {
  const m = ctx.sc.agendaByTurn[b.turn][b.cursor];
  if (m.kind !== 'vote') throw new RuleError(`the moment at the cursor is a ${m.kind}, not a vote`);
  b.cursor++;
  b.day = m.day;
  // A vote of one of the lab's switches, with its switch off, did not arise in any sense worth telling: no record.
  if (m.item.counterfactual && !holds(ctx, b, m.item.requires)) return;
  resolveVote(ctx, b, m.item, detail);
  checkEndingOn(ctx, b, false);
  watch?.({ kind: 'vote', source: m.item.id, turn: b.turn });
}

export class RuleError extends Error {}

/** Applies one option of the decision waiting at the agenda's cursor. Throws RuleError for one that is not open now. */
export function choose(ctx: Ctx, s: GameState, decisionId: string, optionId: string, by: Choice['by'], observe?: StepObserver): void {
  const d = ctx.sc.decisionById[decisionId];
  if (!d) throw new RuleError(`unknown decision "${decisionId}"`);
  if (!pendingDecisions(ctx, s, d.role).includes(d)) throw new RuleError(`decision "${decisionId}" is not open now`);
  const o = d.options.find((x) => x.id === optionId);
  if (!o) throw new RuleError(`decision "${decisionId}" has no option "${optionId}"`);
  const step = planOf(ctx.sc).turns[s.turn][s.cursor] as DecisionStep;
  const b = boardOf(ctx, s);
  b.cursor++;
  applyChoice(ctx, b, step, d.options.indexOf(o), by, watcher(b, s, observe));
  writeBack(b, s);
  release(b);
}

/** Option k of a decision is taken. */
function applyChoice(ctx: Ctx, b: Board, step: DecisionStep, k: number, by: Choice['by'], watch?: Watch): void {
  const d = step.item;
  b.choices.push({ turn: b.turn, day: b.day, decision: d.id, option: d.options[k].id, role: d.role, by });
  b.decisionDone[step.index] = 1;
  step.effects[k](ctx, b, step.sources[k]);
  checkEndingOn(ctx, b, false);
  watch?.({ kind: 'decision', source: step.sources[k], turn: b.turn, role: d.role, by });
}

/** A side the player does not control takes its decision: forced by a lab factor, or by its policy. */
function rivalDecides(ctx: Ctx, b: Board, step: DecisionStep, watch?: Watch): void {
  const d = step.item;
  const policy = b.config.policies[d.role];
  const forcedId = b.config.forced?.[d.id];
  const forced = forcedId ? d.options.findIndex((o) => o.id === forcedId) : -1;
  if (forced >= 0) applyChoice(ctx, b, step, forced, 'forced', watch);
  else applyChoice(ctx, b, step, policy === 'historical' ? step.historical : d.options.indexOf(chooseOption(ctx, b, d, policy)), policy, watch);
}

/** Consequences, on the half-year's last day: the Secretariat appoints, membership grows, the turn ends. */
export function endTurn(ctx: Ctx, s: GameState, observe?: StepObserver): void {
  const b = boardOf(ctx, s);
  endOn(ctx, b, watcher(b, s, observe));
  writeBack(b, s);
  release(b);
}

function endOn(ctx: Ctx, b: Board, watch?: Watch): void {
  if (b.ending) return;
  const turn = b.turn;
  b.day = planOf(ctx.sc).last[turn] ?? lastDayOf(turnLabel(ctx.sc.calendar, turn));
  appointSecretaries(ctx, b);
  growMembership(ctx, b);
  if (!b.ending && b.turn >= ctx.sc.end) checkEndingOn(ctx, b, true);
  if (!b.ending) b.turn++;
  watch?.({ kind: 'turn-end', source: 'turn-end', turn });
}

/** Sets the ending when one applies: early endings at any moment, the rest only at the scenario's end. */
export function checkEnding(ctx: Ctx, s: GameState, final: boolean): void {
  const b = boardOf(ctx, s);
  checkEndingOn(ctx, b, final);
  writeBack(b, s);
  release(b);
}

function checkEndingOn(ctx: Ctx, b: Board, final: boolean): void {
  if (b.ending) return;
  if (ctx.sc.kind === 'lesson' && b.turn < ctx.sc.start) return;
  const plan = planOf(ctx.sc);
  const endings = final ? plan.final : plan.early;
  if (endings.length === 0) return;
  const memo = ENDING_MEMO;
  memo.dominant = undefined;
  for (let i = 0; i < endings.length; i++) {
    if (!endings[i].when(ctx, b, memo)) continue;
    const e = endings[i].ending;
    b.ending = { id: e.id, turn: b.turn, winner: e.winner ?? dominantName((memo.dominant ??= dominantCamp(ctx, b))) };
    return;
  }
}

/** The facts shared by the endings checked at one moment (one object, cleared at each check). */
const ENDING_MEMO: Memo = { dominant: undefined };

/** Plays a whole game with both sides under their policies (no player): the simulator's loop. */
export function playOut(ctx: Ctx, s: GameState, detail = false): GameState {
  const options = { detail };
  const b = boardOf(ctx, s);
  while (!b.ending) turnOn(ctx, b, s, options);
  writeBack(b, s);
  release(b);
  return s;
}
