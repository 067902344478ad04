// What the screens need to know about a game, read from the machine's snapshot and the rules' state: which
// screen the flow is on, the decision the player must take, the half-year's events and votes, the calendar.
// The interface asks these questions here instead of working the answers out again from the scenario.
import type { SnapshotFrom } from 'xstate';
import { contextFor, scenarioById, type Catalog } from '../scenario/catalog';
import type { Scenario } from '../scenario/playable';
import type { Decision, GameEvent, Role, Vote } from '../scenario/schema';
import { turnHalf, turnName, turnYear } from '../scenario/turns';
import { voteWords } from '../scenario/voteWords';
import type { GameState, VoteRecord } from '../rules/state';
import { pendingDecisions } from '../rules/game';
import type { GameMachine } from './machine';

export type Snap = SnapshotFrom<GameMachine>;

/** The machine's states, each of which the interface shows as a screen. */
export type FlowScreen = 'briefing' | 'events' | 'choosing' | 'voting' | 'consequences' | 'ending' | 'debrief';

export function flowScreen(snap: Snap): FlowScreen {
  return String(snap.value) as FlowScreen;
}

/** One moment of one game: the screen and how many of the player's steps led to it. */
export function stepKey(snap: Snap): string {
  return `${flowScreen(snap)}|${snap.context.log.length}`;
}

export function scenarioOf(catalog: Catalog, state: GameState): Scenario {
  const sc = scenarioById(catalog, state.config.scenario);
  if (!sc) throw new Error(`the game's scenario "${state.config.scenario}" is not in the catalogue`);
  return sc;
}

/** The side the player plays (a game with no player is shown from Stalin's side). */
export function playerRole(state: GameState): Role {
  return state.config.role ?? 'stalin';
}

/** The decision the player must take now, as the rules offer it (the machine accepts exactly these). */
export function openDecision(catalog: Catalog, state: GameState): Decision | undefined {
  const role = state.config.role;
  if (role === null) return undefined;
  return pendingDecisions(contextFor(catalog, state.config.scenario, state.config.lens), state, role)[0];
}

/** One event on the desk, with the day it fell due. */
export interface DatedEvent {
  event: GameEvent;
  day: string;
}

/** The events that reached the desk since the player last looked, in the order they happened. */
export function newsEvents(sc: Scenario, state: GameState, seen: { events: number }): DatedEvent[] {
  return state.events
    .slice(seen.events)
    .filter((e) => sc.eventById[e.id] !== undefined)
    .map((e) => ({ event: sc.eventById[e.id], day: e.day }));
}

/** The scheduled votes that did not arise since the player last looked (held votes have their own screens). */
export function newsVotesNotHeld(state: GameState, seen: { votes: number }): VoteRecord[] {
  return state.votes.slice(seen.votes).filter((v) => !v.held);
}

/** The vote just held, which the vote screen shows: the newest record (the machine holds one vote per screen). */
export function voteJustHeld(state: GameState): VoteRecord | undefined {
  const v = state.votes[state.votes.length - 1];
  return v?.held ? v : undefined;
}

/** The day the player took a decision (or, for one still open, the day of the agenda's moment). */
export function decisionDay(state: GameState, decision: string): string {
  return state.choices.find((c) => c.decision === decision)?.day ?? state.day;
}

/** The events that reached the desk in one half-year, in the order they happened (the stage's documents). */
export function eventsThisTurn(sc: Scenario, state: GameState): GameEvent[] {
  return state.events.filter((e) => e.turn === state.turn).map((e) => sc.eventById[e.id]).filter((e): e is GameEvent => e !== undefined);
}

/** The half-year whose consequences are shown: the one just closed, or the last one when the game has ended. */
export function closedTurn(state: GameState): number {
  return state.ending ? state.turn : state.turn - 1;
}

/** The votes held in the half-year just closed. */
export function votesOfClosedTurn(state: GameState): VoteRecord[] {
  const closed = closedTurn(state);
  return state.votes.filter((v) => v.turn === closed && v.held);
}

export interface TurnDate {
  /** "January–June 1926". */
  name: string;
  /** "January–June". */
  half: string;
  year: number;
  /** Which half-year of the scenario this is (from 1), and how many it has. */
  number: number;
  of: number;
}

/** A turn's place in the scenario's calendar. */
export function calendar(sc: Scenario, turn: number): TurnDate {
  const cal = sc.calendar;
  return { name: turnName(cal, turn), half: turnHalf(cal, turn), year: turnYear(cal, turn), number: turn - sc.start + 1, of: sc.end - sc.start + 1 };
}

/** The vote as the scenario defines it (title, motion, date, history), in the words its record froze. */
export function voteDefinition(sc: Scenario, record: VoteRecord): Vote {
  return voteWords(sc.voteById[record.id], record.variant);
}
