// Every figure the debrief prints about what moved Stalin's position, computed once. The summary, the
// appendix, the historians' evidence, the essay plans and the Markdown all read these figures, so one game
// never shows two different numbers for the same thing.
//
// The measure: the game is replayed step by step and Stalin's position (0 = ruined, 100 = unchallenged) is
// scored after every step. Each step's change is put down to its cause — Stalin's decisions, Trotsky's
// decisions, the Secretariat's appointments and recruitment at the end of each half-year, events, votes —
// and the changes of each cause are added up (a gain and a loss cancel out).
//
// The rivals' mistakes, in one number: Trotsky's choices count as mistakes as far as they raised Stalin's
// position. Their share is that gain (0 when his choices lowered Stalin's position) out of everything that
// moved it: the sizes of the five causes' totals added together, whatever their sign.
import type { Step } from './types';

/** The causes of change in Stalin's position, each as a net change in points of 100. */
export interface Measures {
  appointments: number;
  stalinDecisions: number;
  trotskyDecisions: number;
  events: number;
  votes: number;
}

export const CAUSES: readonly (keyof Measures)[] = ['appointments', 'stalinDecisions', 'trotskyDecisions', 'events', 'votes'];

export interface Figures {
  /** Net change to Stalin's position by cause, in points of 100. */
  byCause: Measures;
  /** The sum of the causes: how far Stalin's position moved from the start of play to the end. */
  total: number;
  /** The sizes of the causes' totals added together, in points: everything that moved Stalin's position. */
  moved: number;
  /** Each cause's size as a share of `moved`, 0..1. */
  share: Measures;
  /** How far Trotsky's choices raised Stalin's position (0 if they lowered it), in points. */
  mistakes: number;
  /** The rivals' mistakes as a share of everything that moved Stalin's position, 0..1. */
  mistakesShare: number;
}

function causeOf(s: Step): keyof Measures {
  if (s.kind === 'turn-end') return 'appointments';
  if (s.kind === 'event') return 'events';
  if (s.kind === 'vote') return 'votes';
  return s.role === 'stalin' ? 'stalinDecisions' : 'trotskyDecisions';
}

/** The one computation of the debrief's figures, from the replay's steps. */
export function figuresOf(steps: readonly Step[]): Figures {
  const byCause: Measures = { appointments: 0, stalinDecisions: 0, trotskyDecisions: 0, events: 0, votes: 0 };
  for (const s of steps) byCause[causeOf(s)] += s.delta.stalin;
  return figuresFrom(byCause);
}

/** The figures that follow from the net change of each cause. */
export function figuresFrom(byCause: Measures): Figures {
  const moved = CAUSES.reduce((a, k) => a + Math.abs(byCause[k]), 0);
  const share = Object.fromEntries(CAUSES.map((k) => [k, moved > 0 ? Math.abs(byCause[k]) / moved : 0])) as unknown as Measures;
  const mistakes = Math.max(0, byCause.trotskyDecisions);
  return {
    byCause,
    total: CAUSES.reduce((a, k) => a + byCause[k], 0),
    moved,
    share,
    mistakes,
    mistakesShare: moved > 0 ? mistakes / moved : 0,
  };
}
