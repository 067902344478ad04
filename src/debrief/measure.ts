// Measuring a game from its replayed steps: what each step was, in words; the student's decisions against
// history; the turning points; the vote ledgers; the milestones; and the net change each kind of cause made
// to Stalin's position (figures.ts).
import { voteWords } from '../scenario/voteWords';
import type { Camp, Effect } from '../scenario/schema';
import type { Scenario } from '../scenario/playable';
import type { Choice, GameState } from '../rules/state';
import { turnIndex, turnName, type Calendar } from '../scenario/turns';
import { campName, leaderName } from '../scenario/names';
import { ledgerLine, memberLine, partiesText } from './causes';
import { bodyName, CHOSEN_BY, listWords, tallyText } from '../scenario/words';
import type { FactorSet } from '../lab/factors';
import type { MilestoneEntry, Step, TimelineEntry, TurningPoint, VoteLedger } from './types';

/** Every kind of effect in a list of effects, gambles and conditions included. */
export function effectKinds(effects: readonly Effect[], out = new Set<string>()): Set<string> {
  for (const e of effects) {
    const kind = Object.keys(e)[0];
    out.add(kind);
    if ('chance' in e) {
      effectKinds(e.chance.then, out);
      effectKinds(e.chance.else, out);
    } else if ('if' in e) {
      effectKinds(e.if.then, out);
      effectKinds(e.if.else ?? [], out);
    }
  }
  return out;
}

/** Titles, actors and details of the steps, in words; and the kinds of effect their data can have. */
export function describeSteps(sc: Scenario, steps: Step[], state: GameState): void {
  for (const st of steps) {
    if (st.kind === 'event') {
      const e = sc.eventById[st.source];
      if (e) st.effects = [...effectKinds(e.effects)];
      st.title = e ? e.title : st.detail || st.source;
      st.actor = 'Events';
      if (e) st.detail = `${e.note.date}`;
    } else if (st.kind === 'decision') {
      const [did, oid] = st.source.split(':');
      const d = sc.decisionById[did];
      const o = d?.options.find((x) => x.id === oid);
      st.title = d && o ? `${d.title} — ${o.label}` : st.detail || st.source;
      if (o) st.effects = [...effectKinds(o.effects)];
      if (st.by === 'player') st.actor = 'You';
      else if (st.role) st.actor = `${leaderName(sc, sc.campLeader[st.role])} (${CHOSEN_BY[st.by ?? 'historical']})`;
      else st.actor = 'The rivals';
      if (d && o) st.detail = o.historical ? 'as in history' : `in history: ${d.options.find((x) => x.historical)?.label ?? ''}`;
    } else if (st.kind === 'vote') {
      const rec = state.votes.find((r) => r.id === st.source && r.turn === st.turn);
      const v = rec ? voteWords(sc.voteById[st.source], rec.variant) : sc.voteById[st.source];
      st.title = v ? v.title : st.detail || st.source;
      st.actor = v ? bodyName(v.body) : 'The Party';
      if (v) st.effects = [...effectKinds([...v.onPass, ...v.onFail])];
      if (rec) st.detail = rec.held ? `${rec.passed ? 'carried' : 'defeated'} ${tallyText(rec)}` : `not held: ${rec.reason ?? 'its conditions were not met'}`;
    } else {
      st.title = `Appointments and recruitment, ${turnName(sc.calendar, st.turn)}`;
      st.actor = 'The Secretariat';
    }
  }
}

export function timelineOf(sc: Scenario, state: GameState, steps: Step[], camp: Camp, pick: (c: Choice) => boolean, factors?: FactorSet): TimelineEntry[] {
  const bySource = new Map<string, Step>();
  for (const st of steps) if (st.kind === 'decision') bySource.set(`${st.turn}|${st.source}`, st);
  const mistakeFor = new Map<string, string>();
  for (const f of factors?.factors ?? []) {
    if (f.kind !== 'mistake') continue;
    for (const [d, o] of Object.entries(f.forced ?? {})) mistakeFor.set(`${d}:${o}`, f.id);
  }
  return state.choices.filter(pick).map((c) => {
    const d = sc.decisionById[c.decision];
    const o = d.options.find((x) => x.id === c.option)!;
    const h = d.options.find((x) => x.historical)!;
    const st = bySource.get(`${c.turn}|${c.decision}:${c.option}`);
    return {
      turn: c.turn,
      when: turnName(sc.calendar, c.turn),
      decision: d.id,
      title: d.title,
      role: c.role,
      by: c.by,
      chosen: { id: o.id, label: o.label },
      historical: { id: h.id, label: h.label },
      matched: o.historical,
      note: { text: d.note.text, date: d.note.date, sources: [...d.note.sources] },
      delta: st ? st.delta[camp] : 0,
      stalinDelta: st ? st.delta.stalin : 0,
      factor: mistakeFor.get(`${c.decision}:${c.option}`),
    };
  });
}

/**
 * The turning points: the steps that changed the student's position most, biggest first. All steps with a
 * change are ranked by its size; those of at least 1 point and at least a fifth of the largest are kept,
 * no fewer than 3 and no more than 5 (fewer only if fewer steps changed anything at all).
 */
export function pickTurningPoints(steps: readonly Step[], camp: Camp, cal: Calendar): TurningPoint[] {
  const moved = steps.filter((s) => Math.abs(s.delta[camp]) > 1e-9).sort((a, b) => Math.abs(b.delta[camp]) - Math.abs(a.delta[camp]) || a.index - b.index);
  if (moved.length === 0) return [];
  const largest = Math.abs(moved[0].delta[camp]);
  const strong = moved.filter((s) => Math.abs(s.delta[camp]) >= Math.max(1, largest / 5)).length;
  const n = Math.min(moved.length, Math.max(3, Math.min(5, strong)));
  return moved.slice(0, n).map((s, i) => ({
    rank: i + 1,
    step: s.index,
    turn: s.turn,
    when: turnName(cal, s.turn),
    kind: s.kind,
    source: s.source,
    title: s.title,
    actor: s.actor,
    detail: s.detail,
    delta: s.delta[camp],
    after: s.after[camp],
  }));
}

/** The votes' ledgers as recorded on the day of each vote; nothing is recomputed from later state. */
export function ledgersOf(sc: Scenario, state: GameState, steps: Step[], camp: Camp): VoteLedger[] {
  return state.votes.map((v) => {
    const def = sc.voteById[v.id] ? voteWords(sc.voteById[v.id], v.variant) : undefined;
    const cast = v.for + v.against;
    const st = steps.find((x) => x.kind === 'vote' && x.source === v.id && x.turn === v.turn);
    return {
      id: v.id,
      turn: v.turn,
      when: turnName(sc.calendar, v.turn),
      date: def?.date ?? turnName(sc.calendar, v.turn),
      title: def?.title ?? v.id,
      body: v.body,
      bodyName: bodyName(v.body),
      motion: def?.motion ?? '',
      held: v.held,
      reason: v.reason,
      passed: v.passed,
      for: v.for,
      against: v.against,
      abstain: v.abstain,
      threshold: v.threshold,
      margin: v.held && cast > 0 ? 100 * (v.for / cast - v.threshold) : 0,
      sponsors: listWords(v.sponsorSide.map((c) => campName(sc, c))),
      sponsorCamps: [...v.sponsorSide],
      target: def ? leaderName(sc, def.target) : '',
      targetCamp: v.target?.camp ?? (def ? (sc.campaign.leaders.find((l) => l.id === def.target)?.camp ?? null) : null),
      lineWith: v.lineWith,
      parties: partiesText(sc, v),
      blocs: v.blocs.map((b) => ledgerLine(sc, b)),
      members: v.members.map((m) => memberLine(sc, m)),
      historical: def ? { ...def.historical } : { passed: false, summary: '' },
      tags: def ? [...def.tags] : [],
      delta: st ? st.delta[camp] : 0,
    };
  });
}

export function milestonesOf(sc: Scenario, state: GameState): MilestoneEntry[] {
  const start = sc.start;
  return sc.campaign.milestones
    .map((m) => {
      const hist = turnIndex(sc.calendar, m.historical);
      const at = state.milestones[m.id];
      return {
        id: m.id,
        title: m.title,
        game: at === undefined ? null : { turn: at, when: turnName(sc.calendar, at) },
        ended: at === undefined && state.ending !== null && state.ending.turn < hist,
        history: { turn: hist, when: turnName(sc.calendar, hist), date: m.note.date },
        tags: [...m.tags],
      };
    })
    .filter((m) => (m.game ? m.game.turn >= start : m.history.turn >= start && m.history.turn <= sc.end));
}
