// One game played through the flow machine as a student plays it, written down screen by screen: each desk's
// news, each decision and its outcome, each vote held, the ending — dated, with their sources — and beside it
// every vote's frozen record and each leader's posts at the end of each half-year. The player's decisions are
// taken by a fixed choice where one is given, else by the player's side's policy. A vote's screen is written in
// the words the vote screen shows, which the caller gives (the debrief's voteScreenText: the flow may not import
// the layer that writes them).
import { createActor } from 'xstate';
import type { Catalog } from '../scenario/catalog';
import { contextFor } from '../scenario/catalog';
import { dayName } from '../scenario/days';
import type { Ctx, Scenario } from '../scenario/playable';
import type { Decision } from '../scenario/schema';
import { shortCitation } from '../scenario/sources';
import { turnLabel } from '../scenario/turns';
import { chooseOption } from '../rules/saved';
import { cloneState, type GameConfig, type GameState, type LedgerBloc, type VoteRecord } from '../rules/state';
import { createGameMachine, type FlowEvent } from './machine';
import { newsEvents, newsVotesNotHeld, openDecision, voteDefinition, voteJustHeld, type Snap } from './selectors';

export type StepKind = 'event' | 'decision' | 'outcome' | 'vote' | 'ending';

export interface SourceRef {
  key: string;
  citation: string;
}

export interface TranscriptStep {
  date: string;
  turn: string;
  kind: StepKind;
  id: string;
  title: string;
  text: string;
  sources: SourceRef[];
}

export interface TranscriptCause {
  source: string;
  date: string | null;
  /** Percentage points of the bloc's vote, signed: + helped the motion. */
  effect: number;
}

/** A bloc as its vote's ledger recorded it, with its causes as the transcript states them. */
export interface TranscriptBloc extends Pick<LedgerBloc, 'id' | 'name' | 'seats' | 'for' | 'against' | 'abstain'> {
  movedBy: TranscriptCause[];
}

export interface TranscriptVote {
  id: string;
  date: string;
  body: string;
  held: boolean;
  motion: string;
  sponsor: string;
  target: string;
  result: 'carried' | 'defeated' | null;
  for: number;
  against: number;
  abstain: number;
  blocs: TranscriptBloc[];
}

export interface LeaderStanding {
  posts: string[];
  politburo: 'member' | 'candidate' | null;
  expelled: boolean;
}

export interface Transcript {
  scenario: string;
  seed: string | number;
  lens: string;
  policies: GameConfig['policies'];
  ending: { id: string; title: string } | null;
  steps: TranscriptStep[];
  votes: TranscriptVote[];
  posts: Record<string, Record<string, LeaderStanding>>;
}

/** The text of a vote held as its screen shows it, below its title. */
export type VoteScreenText = (sc: Scenario, v: VoteRecord) => string;

export interface TranscriptOptions {
  /** Fixed options by decision id, for either side. */
  choose?: Record<string, string>;
  /** Stop after this half-year ("1925H1"). */
  until?: string;
}

function sourcesOf(keys: readonly string[]): SourceRef[] {
  return keys.map((key) => ({ key, citation: shortCitation(key) }));
}

/** The day of the decision, event or vote that a ledger names as a cause, from the game's own records. */
function causeDay(s: GameState, source: string): string | null {
  const [decision] = source.split(':');
  return (
    s.choices.find((c) => c.decision === decision || c.decision === source)?.day ??
    s.events.find((e) => e.id === source)?.day ??
    s.votes.find((v) => v.id === source && v.held)?.day ??
    s.influences.find((i) => i.source === source)?.day ??
    null
  );
}

function voteEntry(sc: Scenario, s: GameState, v: VoteRecord): TranscriptVote {
  const def = voteDefinition(sc, v);
  return {
    id: v.id,
    date: v.day,
    body: v.body,
    held: v.held,
    motion: def.motion,
    sponsor: def.sponsor,
    target: def.target,
    result: v.held ? (v.passed ? 'carried' : 'defeated') : null,
    for: v.for,
    against: v.against,
    abstain: v.abstain,
    blocs: v.blocs.map((b) => ({
      id: b.id,
      name: b.name,
      seats: b.seats,
      for: b.for,
      against: b.against,
      abstain: b.abstain,
      movedBy: b.movedBy.map((m) => {
        const dated = m as { source: string; impact: number; day?: string };
        return { source: m.source, date: dated.day ?? causeDay(s, m.source), effect: Math.round(m.impact * 1000) / 10 };
      }),
    })),
  };
}

/** Each leader's posts and standing in the Party. */
function standings(s: GameState): Record<string, LeaderStanding> {
  const out: Record<string, LeaderStanding> = {};
  for (const [id, l] of Object.entries(s.leaders)) {
    out[id] = {
      posts: Object.keys(s.posts).filter((p) => s.posts[p] === id),
      politburo: l.politburo === 'full' ? 'member' : l.politburo === 'candidate' ? 'candidate' : null,
      // Exile (Alma-Ata, then abroad) came only after expulsion, and did not end it.
      expelled: l.status === 'expelled' || l.status === 'exiled',
    };
  }
  return out;
}

function deskSteps(sc: Scenario, snap: Snap, turn: string): TranscriptStep[] {
  const { state, seen } = snap.context;
  const events = newsEvents(sc, state, seen).map(({ event: e, day }): TranscriptStep => ({
    date: day,
    turn,
    kind: 'event',
    id: e.id,
    title: e.title,
    text: [e.text, e.note?.text].filter(Boolean).join('\n\n'),
    sources: sourcesOf(e.note?.sources ?? []),
  }));
  // A vote that did not arise is one line of the desk's news, told with the events.
  const notHeld = newsVotesNotHeld(state, seen).map((v): TranscriptStep => ({
    date: v.day,
    turn,
    kind: 'event',
    id: v.id,
    title: voteDefinition(sc, v).title,
    text: `This vote did not arise, because ${v.reason ?? 'the conditions for it were not met'}.`,
    sources: [],
  }));
  return [...events, ...notHeld].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function decisionSteps(d: Decision, optionId: string, day: string, turn: string): TranscriptStep[] {
  const o = d.options.find((x) => x.id === optionId)!;
  const hist = d.options.find((x) => x.historical)!;
  const sources = sourcesOf(d.note.sources);
  return [
    { date: day, turn, kind: 'decision', id: d.id, title: d.title, text: [d.prompt, ...d.options.map((x) => `${x.label}: ${x.text}`)].join('\n\n'), sources },
    {
      date: day,
      turn,
      kind: 'outcome',
      id: `${d.id}:${o.id}`,
      title: o.label,
      text: [o.outcome, o.historical ? 'You did what really happened.' : `In history: ${hist.label}.`, d.note.text].join('\n\n'),
      sources,
    },
  ];
}

function voteStep(sc: Scenario, v: VoteRecord, turn: string, voteText: VoteScreenText): TranscriptStep {
  const def = voteDefinition(sc, v);
  return { date: v.day, turn, kind: 'vote', id: v.id, title: def.title, text: voteText(sc, v), sources: sourcesOf(def.note.sources) };
}

/** The option the player takes: the fixed one if given, else what the side's policy would choose. */
function playerOption(ctx: Ctx, s: GameState, d: Decision, fixed: Record<string, string>): string {
  return fixed[d.id] ?? chooseOption(ctx, cloneState(s), d, s.config.policies[d.role]).id;
}

/** Plays one game through the flow machine and writes down every screen, each vote's in the words of `voteText`. */
export function playTranscript(catalog: Catalog, config: GameConfig, voteText: VoteScreenText, options: TranscriptOptions = {}): Transcript {
  return playTranscriptLog(catalog, config, voteText, options).transcript;
}

/** The same, with the flow machine's log of the game as played (what a report code is made from). */
export function playTranscriptLog(
  catalog: Catalog,
  config: GameConfig,
  voteText: VoteScreenText,
  options: TranscriptOptions = {},
): { transcript: Transcript; log: FlowEvent[] } {
  const fixed = options.choose ?? {};
  const cfg: GameConfig = { ...config, forced: { ...config.forced, ...fixed } };
  const ctx = contextFor(catalog, cfg.scenario, cfg.lens);
  const { sc } = ctx;
  const actor = createActor(createGameMachine(catalog), { input: { config: cfg } });
  actor.start();
  const steps: TranscriptStep[] = [];
  const posts: Transcript['posts'] = {};
  for (let guard = 0; guard < 10_000; guard++) {
    const snap = actor.getSnapshot();
    const s = snap.context.state;
    const turn = turnLabel(sc.calendar, s.turn);
    const at = String(snap.value);
    if (at === 'briefing') actor.send({ type: 'BEGIN' });
    else if (at === 'events') {
      steps.push(...deskSteps(sc, snap, turn));
      actor.send({ type: 'CONTINUE' });
    } else if (at === 'choosing') {
      const d = openDecision(catalog, s)!;
      const option = playerOption(ctx, s, d, fixed);
      steps.push(...decisionSteps(d, option, s.day, turn));
      actor.send({ type: 'CHOOSE', decision: d.id, option });
    } else if (at === 'voting') {
      const v = voteJustHeld(s);
      if (v) steps.push(voteStep(sc, v, turn, voteText));
      actor.send({ type: 'CONTINUE' });
    } else if (at === 'consequences') {
      const closed = turnLabel(sc.calendar, s.ending ? s.turn : s.turn - 1);
      posts[closed] = standings(s);
      if (closed === options.until) break;
      actor.send({ type: 'CONTINUE' });
    } else break;
  }
  const { state: s, log } = actor.getSnapshot().context;
  actor.stop();
  const ending = s.ending ? sc.endings.find((e) => e.id === s.ending!.id) : undefined;
  if (ending) {
    const turn = turnLabel(sc.calendar, s.ending!.turn);
    posts[turn] ??= standings(s);
    steps.push({ date: s.day, turn, kind: 'ending', id: ending.id, title: ending.title, text: [ending.summary, ending.epilogue, ending.note.text].join('\n\n'), sources: sourcesOf(ending.note.sources) });
  }
  const transcript: Transcript = {
    scenario: sc.id,
    seed: cfg.seed,
    lens: cfg.lens,
    policies: cfg.policies,
    ending: ending ? { id: ending.id, title: ending.title } : null,
    steps,
    votes: s.votes.map((v) => voteEntry(sc, s, v)),
    posts,
  };
  return { transcript, log: [...log] };
}

/** The transcript as the student reads it: screen by screen, dated. */
export function transcriptText(t: Transcript): string {
  const out: string[] = [];
  const kinds: Record<StepKind, string> = { event: 'On the desk', decision: 'Decision', outcome: 'Your decision', vote: 'Vote', ending: 'The ending' };
  for (const step of t.steps) {
    out.push(`— ${dayName(step.date)} · ${kinds[step.kind]} · ${step.title}`, '', step.text, '');
    if (step.sources.length) out.push(`Sources: ${step.sources.map((x) => x.citation).join('; ')}`, '');
  }
  out.push(t.ending ? `Ending: ${t.ending.title}` : 'The game goes on.');
  return out.join('\n');
}
