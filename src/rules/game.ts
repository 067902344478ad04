// The turn, moment by moment: a half-year's events, decisions (the player's and the rivals') and votes are resolved
// in the order of their days, then come the consequences (the apparatus, membership, endings). The flow machine
// stops the agenda where the player decides or a vote is shown; the simulator plays it through. Each step changes
// only the state it is given.
import type { Decision, GameEvent, Option, Role, Vote } from '../scenario/schema';
import { firstDayOf, lastDayOf } from '../scenario/days';
import { turnLabel } from '../scenario/turns';
import type { Ctx } from '../scenario/playable';
import type { Moment } from '../scenario/agenda';
import { applyEffects, holds, type Memo } from './effects';
import { appointSecretaries, growMembership } from './apparatus';
import { chooseOption } from './policies';
import { seedFrom } from './rng';
import type { Choice, GameConfig, GameState, LeaderState, Side } from './state';
import { allianceKey, cloneState } from './state';
import { electPolitburo, resolveVote, whyNotHeld } from './votes';
import { dominantCamp } from './dominance';

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
    while (s.turn < ctx.sc.start && !s.ending) playTurn(ctx, s);
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
  startTurn(ctx, s);
  for (let stop = advance(ctx, s, options); stop.kind === 'decision'; stop = advance(ctx, s, options)) {
    const at = s.cursor;
    options.decide?.(s, stop.decision);
    if (s.cursor === at) s.cursor++;
  }
  endTurn(ctx, s, options.observe);
}

/** Opens a turn: its agenda starts again from the first moment. */
export function startTurn(ctx: Ctx, s: GameState): void {
  s.cursor = 0;
  s.day = firstDayOf(turnLabel(ctx.sc.calendar, s.turn));
}

function isOpen(ctx: Ctx, s: GameState, d: Decision): boolean {
  const leader = s.leaders[d.role];
  if (leader.status !== 'active' && leader.status !== 'exiled') return false;
  if (!holds(ctx, s, d.requires)) return false;
  const choices = s.choices;
  for (let i = 0; i < choices.length; i++) if (choices[i].decision === d.id) return false;
  return true;
}

/** The role's decision waiting at this moment of the agenda, if it is open (a list of one, or empty). */
export function pendingDecisions(ctx: Ctx, s: GameState, role: Role): Decision[] {
  if (s.ending) return [];
  const m = ctx.sc.agendaByTurn[s.turn]?.[s.cursor];
  return m !== undefined && m.kind === 'decision' && m.item.role === role && isOpen(ctx, s, m.item) ? [m.item] : [];
}

/**
 * Resolves the turn's moments in date order up to the next stop. An event happens on its day if its conditions
 * hold then; a rival decides on the day of his decision; a vote is held on its day (or, with pauseAtVotes, the
 * agenda stops before it); the player's open decision always stops the agenda. A vote that cannot be held is
 * recorded as not held, with its reason, and the agenda goes on.
 */
export function advance(ctx: Ctx, s: GameState, options: AdvanceOptions = NO_OPTIONS): Stop {
  const agenda = ctx.sc.agendaByTurn[s.turn] ?? NO_MOMENTS;
  while (s.cursor < agenda.length && !s.ending) {
    const m = agenda[s.cursor];
    s.day = m.day;
    if (m.kind === 'decision') {
      const open = isOpen(ctx, s, m.item);
      if (open && m.item.role === s.config.role) return { kind: 'decision', decision: m.item };
      s.cursor++;
      if (open) rivalDecides(ctx, s, m.item, options.observe);
    } else if (m.kind === 'event') {
      s.cursor++;
      fireEvent(ctx, s, m.item, options.observe);
    } else {
      if (options.pauseAtVotes && whyNotHeld(ctx, s, m.item) === null) return { kind: 'vote', vote: m.item };
      holdVote(ctx, s, options.detail ?? false, options.observe);
    }
  }
  return END;
}

const NO_OPTIONS: AdvanceOptions = Object.freeze({});
const NO_MOMENTS: readonly Moment[] = [];
const END: Stop = Object.freeze({ kind: 'end' });

function fireEvent(ctx: Ctx, s: GameState, e: GameEvent, observe?: StepObserver): void {
  if (e.until && happened(s, e.id)) return;
  if (!holds(ctx, s, e.requires)) return;
  if (e.politburoElection) electAfterCongress(ctx, s, e.politburoElection);
  applyEffects(ctx, s, e.effects, e.id);
  s.events.push({ turn: s.turn, day: s.day, id: e.id });
  checkEnding(ctx, s, false);
  observe?.({ kind: 'event', source: e.id, turn: s.turn }, s);
}

/** The first plenum after a Congress elects the Politburo from the Congress's frozen record (none if it was not held). */
function electAfterCongress(ctx: Ctx, s: GameState, p: { vote: string; size: number }): void {
  for (let i = s.votes.length - 1; i >= 0; i--) {
    const rec = s.votes[i];
    if (rec.id !== p.vote || !rec.held) continue;
    electPolitburo(ctx, s, rec, p.size);
    return;
  }
}

/** Holds the vote at the agenda's cursor (or records why it was not held) and moves past it. */
export function holdVote(ctx: Ctx, s: GameState, detail: boolean, observe?: StepObserver): void {
  const m = ctx.sc.agendaByTurn[s.turn][s.cursor];
  if (m.kind !== 'vote') throw new RuleError(`the moment at the cursor is a ${m.kind}, not a vote`);
  s.cursor++;
  s.day = m.day;
  // A vote of one of the lab's switches, with its switch off, did not arise in any sense worth telling: no record.
  if (m.item.counterfactual && !holds(ctx, s, m.item.requires)) return;
  resolveVote(ctx, s, m.item, detail);
  checkEnding(ctx, s, false);
  observe?.({ kind: 'vote', source: m.item.id, turn: s.turn }, s);
}

/** Whether an event has happened already in this game. */
function happened(s: GameState, id: string): boolean {
  const events = s.events;
  for (let i = 0; i < events.length; i++) if (events[i].id === id) return true;
  return false;
}

export class RuleError extends Error {}

/** Applies one option of the decision waiting at the agenda's cursor. Throws RuleError for one that is not open now. */
export function choose(ctx: Ctx, s: GameState, decisionId: string, optionId: string, by: Choice['by'], observe?: StepObserver): void {
  const d = ctx.sc.decisionById[decisionId];
  if (!d) throw new RuleError(`unknown decision "${decisionId}"`);
  if (!pendingDecisions(ctx, s, d.role).includes(d)) throw new RuleError(`decision "${decisionId}" is not open now`);
  const o = d.options.find((x) => x.id === optionId);
  if (!o) throw new RuleError(`decision "${decisionId}" has no option "${optionId}"`);
  s.cursor++;
  applyChoice(ctx, s, d, o, by, observe);
}

function applyChoice(ctx: Ctx, s: GameState, d: Decision, o: Option, by: Choice['by'], observe?: StepObserver): void {
  s.choices.push({ turn: s.turn, day: s.day, decision: d.id, option: o.id, role: d.role, by });
  applyEffects(ctx, s, o.effects, `${d.id}:${o.id}`);
  checkEnding(ctx, s, false);
  observe?.({ kind: 'decision', source: `${d.id}:${o.id}`, turn: s.turn, role: d.role, by }, s);
}

/** A side the player does not control takes its decision: forced by a lab factor, or by its policy. */
function rivalDecides(ctx: Ctx, s: GameState, d: Decision, observe?: StepObserver): void {
  const forcedId = s.config.forced?.[d.id];
  const forced = forcedId ? d.options.find((o) => o.id === forcedId) : undefined;
  const option = forced ?? chooseOption(ctx, s, d, s.config.policies[d.role]);
  applyChoice(ctx, s, d, option, forced ? 'forced' : s.config.policies[d.role], observe);
}

/** Consequences, on the half-year's last day: the Secretariat appoints, membership grows, the turn ends. */
export function endTurn(ctx: Ctx, s: GameState, observe?: StepObserver): void {
  if (s.ending) return;
  const turn = s.turn;
  s.day = lastDayOf(turnLabel(ctx.sc.calendar, turn));
  appointSecretaries(ctx, s);
  growMembership(ctx, s);
  if (!s.ending && s.turn >= ctx.sc.end) checkEnding(ctx, s, true);
  if (!s.ending) s.turn++;
  observe?.({ kind: 'turn-end', source: 'turn-end', turn }, s);
}

/** Sets the ending when one applies: early endings at any moment, the rest only at the scenario's end. */
export function checkEnding(ctx: Ctx, s: GameState, final: boolean): void {
  if (s.ending) return;
  if (ctx.sc.kind === 'lesson' && s.turn < ctx.sc.start) return;
  const endings = final ? ctx.sc.endings : ctx.sc.earlyEndings;
  if (endings.length === 0) return;
  const memo = ENDING_MEMO;
  memo.dominant = undefined;
  for (const e of endings) {
    if (!holds(ctx, s, e.when, memo)) continue;
    s.ending = { id: e.id, turn: s.turn, winner: e.winner ?? (memo.dominant ??= dominantCamp(ctx, s)) };
    return;
  }
}

/** The facts shared by the endings checked at one moment (one object, cleared at each check). */
const ENDING_MEMO: Memo = { dominant: undefined };

/** Plays a whole game with both sides under their policies (no player): the simulator's loop. */
export function playOut(ctx: Ctx, s: GameState, detail = false): GameState {
  const options = { detail };
  while (!s.ending) playTurn(ctx, s, options);
  return s;
}
