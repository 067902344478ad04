// Human names for the ids found in game state and ledgers: leaders, camps, posts and the sources of the
// influences that moved each bloc. Shared by the screens, the debrief and its Markdown.
import type { Scenario } from './playable';

export function leaderName(sc: Scenario, id: string): string {
  return sc.leaderNames[id] ?? id;
}

export function campName(sc: Scenario, id: string): string {
  return sc.campaign.camps.find((c) => c.id === id)?.name ?? id;
}

export function postName(sc: Scenario, id: string): string {
  return sc.campaign.posts.find((p) => p.id === id)?.name ?? id;
}

/** What a ledger source id stands for: a decision's option, an event, a vote, a milestone or the appointments. */
export function sourceTitle(sc: Scenario, source: string): string {
  if (source === 'appointments') return "The Secretariat's routine appointments";
  if (source === 'turn-end') return "The Secretariat's appointments and the Party's growth";
  const [head, tail] = source.split(':');
  if (tail !== undefined) {
    const d = sc.decisionById[head];
    const o = d?.options.find((x) => x.id === tail);
    if (d && o) return `${d.title} — ${o.label}`;
  }
  const e = sc.eventById[source];
  if (e) return e.title;
  const v = sc.voteById[source];
  if (v) return v.title;
  const m = sc.campaign.milestones.find((x) => x.id === source);
  if (m) return m.title;
  return source.replace(/[-:]/g, ' ');
}
