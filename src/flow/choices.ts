// A finished game rebuilt from the player's choices alone. The player's only real inputs are the options
// chosen at each decision: every other event is forced by the screen the machine is on. So the replay sends
// BEGIN, then CHOOSE with the next recorded choice whenever the machine waits in `choosing`, CONTINUE on every
// other screen, and DEBRIEF once the game has reached its ending. Used to verify report codes: the result is
// whatever this replay gives, never anything the code claims.
import { createActor } from 'xstate';
import { scenarioById, type Catalog } from '../scenario/catalog';
import type { GameConfig, GameState } from '../rules/state';
import { turnName } from '../scenario/turns';
import { createGameMachine, type FlowEvent, type GameMachine } from './machine';

const machines = new WeakMap<Catalog, GameMachine>();

/** One machine per catalogue: a class's codes replay on the same one. */
function machineFor(catalog: Catalog): GameMachine {
  let m = machines.get(catalog);
  if (!m) {
    m = createGameMachine(catalog);
    machines.set(catalog, m);
  }
  return m;
}

export interface PlayerChoice {
  decision: string;
  option: string;
}

export type ChoiceReplay =
  | { ok: true; state: GameState; log: FlowEvent[] }
  | { ok: false; reason: string };

/** The player's choices in a flow log, in order. */
export function choicesOf(log: readonly FlowEvent[]): PlayerChoice[] {
  return log.flatMap((e) => (e.type === 'CHOOSE' ? [{ decision: e.decision, option: e.option }] : []));
}

/**
 * Plays a game through the flow machine from its config, taking the given choices in order. Fails, with a
 * reason a teacher can read, when a choice is not open at its moment, when the game waits for a choice the
 * list does not have, or when choices are left over at the ending. Never throws for bad choices.
 */
export function replayChoices(catalog: Catalog, config: GameConfig, choices: readonly PlayerChoice[], maxEvents = 5000): ChoiceReplay {
  const calendar = scenarioById(catalog, config.scenario)?.calendar;
  if (!calendar) return { ok: false, reason: `the scenario "${config.scenario}" is not loaded` };
  const actor = createActor(machineFor(catalog), { input: { config } });
  actor.start();
  try {
    actor.send({ type: 'BEGIN' });
    let next = 0;
    for (let sent = 1; sent < maxEvents; sent++) {
      const snap = actor.getSnapshot();
      const turn = turnName(calendar, snap.context.state.turn);
      if (snap.value === 'ending') {
        if (next < choices.length) return { ok: false, reason: `the game ended (${turn}) with ${choices.length - next} recorded choice(s) still to make` };
        actor.send({ type: 'DEBRIEF' });
        const done = actor.getSnapshot().context;
        return { ok: true, state: done.state, log: done.log };
      }
      if (snap.value !== 'choosing') {
        actor.send({ type: 'CONTINUE' });
        continue;
      }
      const c = choices[next];
      if (!c) return { ok: false, reason: `the game does not reach its ending: it waits for a decision in ${turn} that the code does not record` };
      const before = snap.context.log.length;
      actor.send({ type: 'CHOOSE', decision: c.decision, option: c.option });
      if (actor.getSnapshot().context.log.length === before) {
        return { ok: false, reason: `choice ${next + 1} ("${c.decision}", option "${c.option}") was not open to the player at that moment (${turn})` };
      }
      next++;
    }
    return { ok: false, reason: `the game does not reach its ending within ${maxEvents} steps` };
  } finally {
    actor.stop();
  }
}
