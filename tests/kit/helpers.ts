// Fixtures for the teacher's kit: assignments for the project's scenarios, and report codes made from games
// played through the flow machine as a student would.
import { catalog, playThroughMachine, type Picker } from '../helpers';
import { scenarioById } from '../../src/scenario/catalog';
import { gameConfig, makeAssignment, type Assignment } from '../../src/kit/assignment';
import { makeCode } from '../../src/kit/code';
import type { Role } from '../../src/scenario/schema';
import type { PolicyId } from '../../src/rules/state';

export function assignment(over: Partial<Omit<Assignment, 'hash'>> = {}): Assignment {
  const a = makeAssignment(catalog, { scenario: 'funeral-and-testament', role: 'trotsky', rival: 'historical', lens: 'many-causes', questions: 'lesson', ...over });
  if (!a.ok) throw new Error(a.reason);
  return a.value;
}

/** A picker that varies with the game: option (seed + turn) mod the number of options. */
export function pickerFor(seed: number): Picker {
  return (options, turn) => (seed * 7 + turn * 3) % options.length;
}

/** Plays the assignment's game on a seed and returns the finished actor's log and state, and its report code. */
export function playedCode(a: Assignment, seed: string, pick: Picker, name = 'Anna Smith', answers?: string[]) {
  const actor = playThroughMachine(gameConfig(a, seed), pick, 2000);
  const snap = actor.getSnapshot();
  if (snap.value !== 'ending') throw new Error(`the game on seed ${seed} did not reach its ending`);
  const sc = scenarioById(catalog, a.scenario)!;
  const made = makeCode({ assignment: a, scenario: sc, seed, name, answers: answers ?? ['The apparatus.', 'Yes, mostly.'], log: snap.context.log });
  if (!made.ok) throw new Error(made.reason);
  return { code: made.value, log: snap.context.log, state: snap.context.state };
}

export const MIX: { scenario: string; role: Role; rival: PolicyId }[] = [
  { scenario: 'funeral-and-testament', role: 'trotsky', rival: 'historical' },
  { scenario: 'funeral-and-testament', role: 'stalin', rival: 'shrewd' },
  { scenario: 'united-opposition', role: 'trotsky', rival: 'random' },
  { scenario: 'united-opposition', role: 'stalin', rival: 'historical' },
  { scenario: 'campaign', role: 'trotsky', rival: 'historical' },
  { scenario: 'campaign', role: 'stalin', rival: 'random' },
];
