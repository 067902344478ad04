// A half-year's agenda: its events, decisions and votes in the order of their days. On the same day events come
// first (what happened), then decisions (what the leaders did about it), then votes, each in file order. A
// moment with a window of turns is on the agenda of every turn of its window, on its day for that turn.
import type { Campaign, Decision, GameEvent, Vote } from './schema';
import { turnIndex, turnLabel, type Calendar } from './turns';

export type Moment =
  | { kind: 'event'; day: string; item: GameEvent }
  | { kind: 'decision'; day: string; item: Decision }
  | { kind: 'vote'; day: string; item: Vote };

const KIND_ORDER: Record<Moment['kind'], number> = { event: 0, decision: 1, vote: 2 };

interface Dated {
  turn: string;
  until?: string;
  day: string;
  dayIn?: Record<string, string>;
}

function placeAll<T extends Dated>(cal: Calendar, items: readonly T[], kind: Moment['kind'], turns: number, out: { m: Moment; order: number }[][]): void {
  items.forEach((item, order) => {
    const first = turnIndex(cal, item.turn);
    const last = item.until ? turnIndex(cal, item.until) : first;
    for (let t = first; t <= last && t < turns; t++) {
      const day = t === first ? item.day : (item.dayIn?.[turnLabel(cal, t)] ?? item.day);
      out[t].push({ m: { kind, day, item } as unknown as Moment, order });
    }
  });
}

/** Every turn's moments, in the order they are resolved. */
export function buildAgenda(cal: Calendar, campaign: Campaign, turns: number): Moment[][] {
  const slots: { m: Moment; order: number }[][] = Array.from({ length: turns }, () => []);
  placeAll(cal, campaign.events, 'event', turns, slots);
  placeAll(cal, campaign.decisions, 'decision', turns, slots);
  placeAll(cal, campaign.votes, 'vote', turns, slots);
  return slots.map((list) =>
    list
      .sort((a, b) => (a.m.day < b.m.day ? -1 : a.m.day > b.m.day ? 1 : KIND_ORDER[a.m.kind] - KIND_ORDER[b.m.kind] || a.order - b.order))
      .map((x) => x.m),
  );
}
