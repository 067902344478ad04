// The turn, step by step: events, decisions (the player's and the rivals'), votes, then consequences (the
// apparatus, membership, endings). The flow machine calls these steps one at a time on a working copy; the
// simulator calls them in a loop. Each step changes only the state it is given.
import type { Decision, Option, Role } from '../scenario/schema';
import { ROLES } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { applyEffects, holds, type Memo } from './effects';
import { appointSecretaries, growMembership } from './apparatus';
import { chooseOption } from './policies';
import { seedFrom } from './rng';
import type { Choice, GameConfig, GameState, LeaderState, Side } from './state';
import { allianceKey, cloneState } from './state';
import { resolveVote } from './votes';
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

/** How to play one turn: the player's decisions (if any), the votes' detail, and an observer of each step. */
export interface TurnOptions {
  /** The player's moves, made after the events and before the rivals' moves. */
  decide?: (s: GameState) => void;
  /** Whether votes keep their full ledgers (the screens and the debrief) or only their results. */
  detail?: boolean;
  observe?: StepObserver;
}

/** One whole turn, phase by phase: the only place the order of a turn's phases is written. */
export function playTurn(ctx: Ctx, s: GameState, options: TurnOptions = {}): void {
  const { observe } = options;
  startTurn(ctx, s, observe);
  options.decide?.(s);
  decideForAll(ctx, s, observe);
  holdVotes(ctx, s, options.detail ?? false, observe);
  endTurn(ctx, s, observe);
}

/** The turn's events whose conditions hold, applied in scenario order. */
export function startTurn(ctx: Ctx, s: GameState, observe?: StepObserver): void {
  for (const e of ctx.sc.eventsByTurn[s.turn] ?? []) {
    if (e.until && s.events.some((x) => x.id === e.id)) continue;
    if (!holds(ctx, s, e.requires)) continue;
    applyEffects(ctx, s, e.effects, e.id);
    s.events.push({ turn: s.turn, id: e.id });
    observe?.({ kind: 'event', source: e.id, turn: s.turn }, s);
  }
  checkEnding(ctx, s, false);
}

/** Decisions open to a role this turn: scheduled now, conditions met, not yet taken. */
export function pendingDecisions(ctx: Ctx, s: GameState, role: Role): Decision[] {
  if (s.ending) return [];
  const leader = s.leaders[role];
  if (leader.status !== 'active' && leader.status !== 'exiled') return [];
  return (ctx.sc.decisionsByTurn[s.turn] ?? []).filter(
    (d) => d.role === role && holds(ctx, s, d.requires) && !s.choices.some((c) => c.decision === d.id),
  );
}

export class RuleError extends Error {}

/** Applies one option of one decision. Throws RuleError for an id that is not open now. */
export function choose(ctx: Ctx, s: GameState, decisionId: string, optionId: string, by: Choice['by'], observe?: StepObserver): void {
  const d = ctx.sc.decisionById[decisionId];
  if (!d) throw new RuleError(`unknown decision "${decisionId}"`);
  if (!pendingDecisions(ctx, s, d.role).includes(d)) throw new RuleError(`decision "${decisionId}" is not open now`);
  const o = d.options.find((x) => x.id === optionId);
  if (!o) throw new RuleError(`decision "${decisionId}" has no option "${optionId}"`);
  applyChoice(ctx, s, d, o, by, observe);
}

function applyChoice(ctx: Ctx, s: GameState, d: Decision, o: Option, by: Choice['by'], observe?: StepObserver): void {
  s.choices.push({ turn: s.turn, decision: d.id, option: o.id, role: d.role, by });
  applyEffects(ctx, s, o.effects, `${d.id}:${o.id}`);
  checkEnding(ctx, s, false);
  observe?.({ kind: 'decision', source: `${d.id}:${o.id}`, turn: s.turn, role: d.role, by }, s);
}

/** The rivals' moves: every open decision of a role the player does not control, by its policy. */
export function decideForAll(ctx: Ctx, s: GameState, observe?: StepObserver): void {
  for (const role of ROLES) {
    if (role === s.config.role) continue;
    for (const d of pendingDecisions(ctx, s, role)) {
      if (s.ending) return;
      const forcedId = s.config.forced?.[d.id];
      const forced = forcedId ? d.options.find((o) => o.id === forcedId) : undefined;
      const option = forced ?? chooseOption(ctx, s, d, s.config.policies[role]);
      const by = forced ? 'forced' : s.config.policies[role];
      applyChoice(ctx, s, d, option, by, observe);
    }
  }
}

export function holdVotes(ctx: Ctx, s: GameState, detail: boolean, observe?: StepObserver): void {
  for (const v of ctx.sc.votesByTurn[s.turn] ?? []) {
    if (s.ending) break;
    resolveVote(ctx, s, v, detail);
    checkEnding(ctx, s, false);
    observe?.({ kind: 'vote', source: v.id, turn: s.turn }, s);
  }
}

/** Consequences: the Secretariat appoints, membership grows, the turn ends. A game already over only stops. */
export function endTurn(ctx: Ctx, s: GameState, observe?: StepObserver): void {
  if (s.ending) return;
  const turn = s.turn;
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
  const memo: Memo = {};
  for (const e of final ? ctx.sc.endings : ctx.sc.earlyEndings) {
    if (!holds(ctx, s, e.when, memo)) continue;
    s.ending = { id: e.id, turn: s.turn, winner: e.winner ?? (memo.dominant ??= dominantCamp(ctx, s)) };
    return;
  }
}

/** Plays a whole game with both sides under their policies (no player): the simulator's loop. */
export function playOut(ctx: Ctx, s: GameState, detail = false): GameState {
  while (!s.ending) playTurn(ctx, s, { detail });
  return s;
}
