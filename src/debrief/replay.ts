// The game replayed for the debrief. Turning points are measured, not chosen by hand: the saved log is sent
// again through the same flow machine as play, whose turn phases report each step (each event, each of the
// student's choices, each of the rivals' moves, each vote, and the appointments at the end of each
// half-year); after every step the position of each camp is scored with the rules' own `positionScore`
// (0 = ruined, 1 = unchallenged). A step's change is the difference it made, in points (hundredths).
import type { Catalog } from '../scenario/catalog';
import type { Ctx } from '../scenario/playable';
import { CAMPS, type Camp } from '../scenario/schema';
import type { FlowEvent } from '../flow/machine';
import { replay } from '../flow/save';
import type { StepNote } from '../rules/game';
import { positionScore } from '../rules/saved';
import type { GameConfig, GameState, Influence } from '../rules/state';
import type { Step } from './types';

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

export interface Replayed {
  steps: Step[];
  /** The student's and Stalin's positions when play began and after each half-year (and at an early end). */
  trajectory: { turn: number; position: number; stalin: number }[];
  /** The regional secretaries loyal to Stalin when play began. */
  startSecretaries: number;
  state: GameState;
}

export function stalinLoyalSecretaries(s: GameState): number {
  return s.secretaries.filter((x) => x === 'stalin').length;
}

function memberTotal(s: GameState): number {
  return Object.values(s.members).reduce((a, b) => a + b, 0);
}

/** What the end of a half-year did to the apparatus, in words. */
function turnEndDetail(before: readonly string[], members: number, s: GameState): string {
  const changed = s.secretaries.filter((x, i) => x !== before[i]).length;
  const grown = memberTotal(s) - members;
  const loyal = stalinLoyalSecretaries(s);
  return (
    `${changed} regional secretar${changed === 1 ? 'y' : 'ies'} changed hands (${loyal} of ${s.secretaries.length} now loyal to Stalin)` +
    (grown > 0 ? `; the Party grew by ${grown.toLocaleString('en-GB')} members` : '')
  );
}

/** Scores each step the machine's rules report, with the influences it logged, into `out`. */
function stepRecorder(ctx: Ctx, camp: Camp, start: GameState, out: Replayed) {
  let last = scores(ctx, start);
  let mark = start.influences.length;
  let secretaries = start.secretaries.slice();
  let members = memberTotal(start);
  out.trajectory.push({ turn: start.turn, position: last[camp], stalin: last.stalin });
  return (note: StepNote, s: GameState): void => {
    const after = scores(ctx, s);
    const delta = {} as Record<Camp, number>;
    for (const c of CAMPS) delta[c] = after[c] - last[c];
    out.steps.push({
      index: out.steps.length,
      turn: note.turn,
      kind: note.kind,
      source: note.source,
      title: '',
      actor: '',
      role: note.role,
      by: note.by,
      detail: note.kind === 'turn-end' ? turnEndDetail(secretaries, members, s) : '',
      influences: [...new Set(s.influences.slice(mark).map((x) => x.kind))] as Influence['kind'][],
      effects: [],
      after,
      delta,
    });
    last = after;
    mark = s.influences.length;
    secretaries = s.secretaries.slice();
    members = memberTotal(s);
    if (note.kind === 'turn-end') out.trajectory.push({ turn: note.turn, position: after[camp], stalin: after.stalin });
  };
}

/** Replays a game's log through the flow machine, watching every step. Throws, naming the event, on a bad log. */
export function replaySteps(catalog: Catalog, ctx: Ctx, camp: Camp, config: GameConfig, log: readonly FlowEvent[]): Replayed {
  const out: Replayed = { steps: [], trajectory: [], startSecretaries: 0, state: null as unknown as GameState };
  let record: ((note: StepNote, s: GameState) => void) | null = null;
  const onStart = (start: GameState): void => {
    out.startSecretaries = stalinLoyalSecretaries(start);
    record = stepRecorder(ctx, camp, start, out);
  };
  try {
    out.state = replay(catalog, config, log, { onStart, observe: (note, s) => record?.(note, s) }).snapshot.context.state;
  } catch (err) {
    throw new Error(`the game's log cannot be replayed: ${(err as Error).message}`, { cause: err });
  }
  const ending = out.state.ending;
  const lastPoint = out.trajectory[out.trajectory.length - 1];
  if (ending && lastPoint.turn < ending.turn) {
    const final = out.steps.length ? out.steps[out.steps.length - 1].after : scores(ctx, out.state);
    out.trajectory.push({ turn: ending.turn, position: final[camp], stalin: final.stalin });
  }
  return out;
}
