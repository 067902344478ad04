// The game flow as an XState v5 machine: the briefing, then each half-year's moments in date order — the desk
// with the news since the last screen, the player's decisions, each vote on its own screen — the consequences,
// and finally the ending and debrief. Guards and actions only call the pure rules on a copy of the state. Every event the player sends is logged, so a saved game is
// the persisted snapshot plus the log, and replaying the log rebuilds the identical state.
import { assign, setup } from 'xstate';
import type { Catalog } from '../scenario/catalog';
import { contextFor } from '../scenario/catalog';
import type { Ctx } from '../scenario/playable';
import { cloneState, type GameConfig, type GameState, type Side } from '../rules/state';
import { advance, choose, endTurn, holdVote, newGame, pendingDecisions, startTurn, type StepObserver } from '../rules/game';

export type FlowEvent =
  | { type: 'BEGIN' }
  | { type: 'CONTINUE' }
  | { type: 'CHOOSE'; decision: string; option: string }
  | { type: 'DEBRIEF' };

export interface FlowContext {
  state: GameState;
  /** Every event accepted from the player, in order: the game's replayable history. */
  log: FlowEvent[];
  /** The regional secretaries before this turn's appointments, for the apparatus map. */
  apparatusBefore: Side[];
  /** How many of the game's events and vote records the player has been shown: the desk shows the rest as news. */
  seen: { events: number; votes: number };
}

export interface FlowInput {
  config: GameConfig;
}

export interface MachineOptions {
  /**
   * Told of every step of the turns the machine plays (events, choices, rivals' moves, votes, ends of turn),
   * as the rules take them. Kept in this closure, not in the context, so snapshots stay plain data.
   */
  observe?: StepObserver;
}

/**
 * The flow's states: each pauses where the player acts (or reads). A turn opens, its agenda runs (rules/game.ts
 * advance) to the next stop — the desk when there is news, the player's decision, a vote to hold and show — and
 * after the last moment come the consequences, as in playTurn.
 */
const FLOW_STATES = {
  briefing: {
    on: { BEGIN: { target: 'opening', actions: 'record' } },
  },
  opening: {
    entry: 'openTurn',
    always: { target: 'advancing' },
  },
  advancing: {
    entry: 'runAgenda',
    // The news first, even when it ends the game: the soldiers' answer to a coup is told before the ending.
    always: [{ guard: 'hasNews', target: 'events' }, { guard: 'gameOver', target: 'ending' }, { target: 'routing' }],
  },
  events: {
    on: {
      CONTINUE: { target: 'routing', actions: ['record', 'markSeen'] },
      // Saves made before the last news was shown ahead of the ending went straight from it to the debrief.
      DEBRIEF: { guard: 'gameOver', target: 'debrief', actions: 'record' },
    },
  },
  routing: {
    always: [
      { guard: 'gameOver', target: 'ending' },
      { guard: 'playerMustDecide', target: 'choosing' },
      { guard: 'voteIsDue', target: 'voting' },
      { target: 'consequences' },
    ],
  },
  choosing: {
    on: {
      CHOOSE: { guard: 'choiceIsOpen', target: 'advancing', actions: ['record', 'applyChoice', 'markSeen'] },
    },
  },
  voting: {
    entry: 'holdDueVote',
    on: { CONTINUE: { target: 'advancing', actions: ['record', 'markSeen'] } },
  },
  consequences: {
    entry: 'closeTurn',
    on: {
      CONTINUE: [
        { guard: 'gameOver', target: 'ending', actions: 'record' },
        { target: 'opening', actions: 'record' },
      ],
    },
  },
  ending: {
    on: { DEBRIEF: { target: 'debrief', actions: 'record' } },
  },
  debrief: {},
} as const;

/** The rules' context of each game's config, built once per scenario and lens. */
function contextCache(catalog: Catalog): (config: GameConfig) => Ctx {
  const contexts = new Map<string, Ctx>();
  return (config) => {
    const key = `${config.scenario}|${config.lens}`;
    let c = contexts.get(key);
    if (!c) {
      c = contextFor(catalog, config.scenario, config.lens);
      contexts.set(key, c);
    }
    return c;
  };
}

/** The player's open decisions in the machine's current state (none when the rules play both sides). */
function playerDecisions(ctxOf: (config: GameConfig) => Ctx, context: FlowContext) {
  const role = context.state.config.role;
  return role === null ? [] : pendingDecisions(ctxOf(context.state.config), context.state, role);
}

/**
 * Builds the machine for a catalogue; rules contexts are looked up from each game's own config. Its states
 * pause where the player acts and call the same turn functions as playTurn.
 */
export function createGameMachine(catalog: Catalog, options: MachineOptions = {}) {
  const { observe } = options;
  const ctxOf = contextCache(catalog);
  const step = (context: FlowContext, fn: (ctx: Ctx, s: GameState) => void): GameState => {
    const s = cloneState(context.state);
    fn(ctxOf(s.config), s);
    return s;
  };

  return setup({
    types: {
      context: {} as FlowContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
    },
    guards: {
      gameOver: ({ context }) => context.state.ending !== null,
      hasNews: ({ context }) => context.state.events.length > context.seen.events || context.state.votes.length > context.seen.votes,
      playerMustDecide: ({ context }) => playerDecisions(ctxOf, context).length > 0,
      voteIsDue: ({ context }) => {
        const s = context.state;
        return ctxOf(s.config).sc.agendaByTurn[s.turn]?.[s.cursor]?.kind === 'vote';
      },
      choiceIsOpen: ({ context, event }) => {
        if (event.type !== 'CHOOSE') return false;
        const d = playerDecisions(ctxOf, context).find((x) => x.id === event.decision);
        return d !== undefined && d.options.some((o) => o.id === event.option);
      },
    },
    actions: {
      record: assign({ log: ({ context, event }) => [...context.log, event] }),
      markSeen: assign({ seen: ({ context }) => ({ events: context.state.events.length, votes: context.state.votes.length }) }),
      openTurn: assign({ state: ({ context }) => step(context, (c, s) => startTurn(c, s)) }),
      runAgenda: assign({ state: ({ context }) => step(context, (c, s) => advance(c, s, { detail: true, pauseAtVotes: true, observe })) }),
      applyChoice: assign({
        state: ({ context, event }) =>
          event.type === 'CHOOSE' ? step(context, (c, s) => choose(c, s, event.decision, event.option, 'player', observe)) : context.state,
      }),
      holdDueVote: assign({ state: ({ context }) => step(context, (c, s) => holdVote(c, s, true, observe)) }),
      closeTurn: assign({
        apparatusBefore: ({ context }) => context.state.secretaries.slice(),
        state: ({ context }) => step(context, (c, s) => endTurn(c, s, observe)),
      }),
    },
  }).createMachine({
    id: 'afterLenin',
    context: ({ input }) => {
      const ctx = contextFor(catalog, input.config.scenario, input.config.lens);
      const state = newGame(ctx, input.config);
      return { state, log: [], apparatusBefore: state.secretaries.slice(), seen: { events: state.events.length, votes: state.votes.length } };
    },
    initial: 'briefing',
    states: FLOW_STATES,
  });
}

export type GameMachine = ReturnType<typeof createGameMachine>;
