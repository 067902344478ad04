// A scenario compiled for the board, once: each moment of each turn's agenda with its conditions and effects
// already turned into functions and its names into numbers, each turn's first and last day, and the endings'
// conditions. Playing a moment then looks nothing up by name.
import type { Decision, Ending, GameEvent, Vote } from '../scenario/schema';
import type { Scenario } from '../scenario/playable';
import { firstDayOf, lastDayOf } from '../scenario/days';
import { turnLabel } from '../scenario/turns';
import { indexOf, onceEach } from './board';
import { effectsOf, predicate, type Apply, type Pred } from './effects';

export interface EventStep {
  kind: 'event';
  day: string;
  item: GameEvent;
  /** The event's place in the campaign. */
  index: number;
  requires: Pred;
  effects: Apply;
}

export interface DecisionStep {
  kind: 'decision';
  day: string;
  item: Decision;
  index: number;
  /** The leader whose decision it is. */
  role: number;
  requires: Pred;
  /** Each option's effects, and the name its changes are logged under ("decision:option"). */
  effects: Apply[];
  sources: string[];
  /** The option the person really took. */
  historical: number;
}

export interface VoteStep {
  kind: 'vote';
  day: string;
  item: Vote;
}

export type Step = EventStep | DecisionStep | VoteStep;

export interface EndingCheck {
  ending: Ending;
  when: Pred;
}

export interface Plan {
  turns: Step[][];
  first: string[];
  last: string[];
  early: EndingCheck[];
  final: EndingCheck[];
}

export const planOf = onceEach(compilePlan);

function compilePlan(sc: Scenario): Plan {
  const ix = indexOf(sc.campaign);
  const turns = sc.agendaByTurn.map((moments) =>
    moments.map((m): Step => {
      if (m.kind === 'vote') return m;
      if (m.kind === 'event') {
        const e = m.item;
        return { kind: 'event', day: m.day, item: e, index: ix.event.get(e.id)!, requires: predicate(e.requires, ix), effects: effectsOf(e.effects, ix) };
      }
      const d = m.item;
      return {
        kind: 'decision',
        day: m.day,
        item: d,
        index: ix.decision.get(d.id)!,
        role: ix.leaderOf(d.role),
        requires: predicate(d.requires, ix),
        effects: d.options.map((o) => effectsOf(o.effects, ix)),
        sources: d.options.map((o) => `${d.id}:${o.id}`),
        historical: Math.max(0, d.options.findIndex((o) => o.historical)),
      };
    }),
  );
  const first: string[] = [];
  const last: string[] = [];
  for (let t = 0; t <= sc.agendaByTurn.length; t++) {
    const label = turnLabel(sc.calendar, t);
    first.push(firstDayOf(label));
    last.push(lastDayOf(label));
  }
  const check = (ending: Ending): EndingCheck => ({ ending, when: predicate(ending.when, ix) });
  return { turns, first, last, early: sc.earlyEndings.map(check), final: sc.endings.map(check) };
}
