// Judging the historians: each rule of scenarios/debrief.yaml names a test of the game and its numbers; when
// the test holds, the rule's evidence text, filled with the game's figures, becomes a finding that supports or
// challenges its lens. The tests measure; the file says what the measurements mean.
import type { Lens } from '../scenario/schema';
import type { DebriefContent, HistorianRuleDef, RuleTest } from '../scenario/debrief';
import { listWords, pointsWord, signedPoints } from '../scenario/words';
import type { Facts, HistorianFinding, HistorianRule, LensJudgement, Measures } from './types';
import { CAUSES } from './figures';
import { blocValues, correctedText, enrolmentLines, voteValues, winnerText } from './phrases';
import { fill, type Values } from './template';

/** What a test found: the values for the rule's evidence text, and the votes or choices it lists ("item"s). */
export interface TestResult {
  values: Values;
  list?: { name: string; items: Values[] };
}

type Test<K extends RuleTest['test']> = (f: Facts, when: Extract<RuleTest, { test: K }>) => TestResult | null;

function causeWords(f: Facts): Values {
  const m = f.d.figures.byCause;
  return { appointments: pointsWord(m.appointments), stalin: pointsWord(m.stalinDecisions), trotsky: pointsWord(m.trotskyDecisions) };
}

/** The sizes of the appointments' total and of both sides' decisions' totals, in points. */
function appointmentsAndDecisions(f: Facts): { appointments: number; decisions: number } {
  const m = f.d.figures.byCause;
  return { appointments: Math.abs(m.appointments), decisions: Math.abs(m.stalinDecisions) + Math.abs(m.trotskyDecisions) };
}

function topCause(f: Facts): Values & { share: number } {
  const share = f.d.figures.share;
  const key = CAUSES.reduce((a, b) => (share[b] > share[a] ? b : a));
  const cause = f.content.causes[key];
  const percent = (k: keyof Measures) => `${Math.round(100 * share[k])}%`;
  const shares = CAUSES.map((k) => fill(f.content.lines.share, { cause: f.content.causes[k], percent: percent(k) }, 'lines.share')).join(', ');
  return { share: share[key], cause, Cause: `${cause.charAt(0).toUpperCase()}${cause.slice(1)}`, percent: percent(key), shares };
}

function enrolmentList(f: Facts, lines: ReturnType<typeof enrolmentLines>, show: number): TestResult {
  return { values: {}, list: { name: 'votes', items: lines.slice(0, show).map(({ vote, line }) => blocValues(vote, line, f.content.words)) } };
}

const TESTS: { [K in RuleTest['test']]: Test<K> } = {
  'trotsky-corrected': (f, w) => {
    const outcome = w.stalin === 'won' ? f.stalinWon : f.d.ending !== null && !f.stalinWon;
    if (f.corrected.length < w.atLeast || !outcome) return null;
    return { values: { count: f.corrected.length, player: f.trotskyPlayer, corrected: correctedText(f), ending: winnerText(f) } };
  },
  'lost-with-apparatus': (f) => {
    if (f.d.ending === null || f.stalinWon) return null;
    const counts = new Map<string, number>();
    for (const x of f.state.secretaries) counts.set(x, (counts.get(x) ?? 0) + 1);
    const loyal = counts.get('stalin') ?? 0;
    return loyal === Math.max(...counts.values()) ? { values: { loyal, total: f.state.secretaries.length, ending: winnerText(f) } } : null;
  },
  'appointments-outweigh-decisions': (f) => {
    const x = appointmentsAndDecisions(f);
    return x.appointments > x.decisions ? { values: causeWords(f) } : null;
  },
  'decisions-outweigh-appointments': (f) => {
    const x = appointmentsAndDecisions(f);
    return x.decisions >= x.appointments ? { values: causeWords(f) } : null;
  },
  'trotsky-historical-gain': (f, w) => {
    const kept = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky' && t.matched);
    const sum = kept.reduce((a, t) => a + t.stalinDelta, 0);
    if (sum < w.atLeast) return null;
    const top = [...kept].sort((a, b) => b.stalinDelta - a.stalinDelta).slice(0, w.show).filter((t) => t.stalinDelta > 0);
    return { values: { sum: pointsWord(sum) }, list: { name: 'top', items: top.map((t) => ({ title: t.title, option: t.chosen.label, change: signedPoints(t.stalinDelta) })) } };
  },
  'close-votes': (f) =>
    f.closeVotes.length ? { values: {}, list: { name: 'votes', items: f.closeVotes.map((v) => voteValues(v, f.content.words)) } } : null,
  'no-close-vote': (f, w) => {
    if (f.heldVotes.length < w.atLeast || f.heldVotes.some((v) => Math.abs(v.margin) < w.within)) return null;
    const closest = [...f.heldVotes].sort((a, b) => Math.abs(a.margin) - Math.abs(b.margin))[0];
    return { values: { count: f.heldVotes.length, ...voteValues(closest, f.content.words) } };
  },
  'votes-diverged': (f) => {
    const diverged = f.heldVotes.filter((v) => v.passed !== v.historical.passed);
    return diverged.length ? { values: {}, list: { name: 'votes', items: diverged.map((v) => voteValues(v, f.content.words)) } } : null;
  },
  winner: (f, w) => (f.d.ending?.winner === w.camp ? { values: { ending: winnerText(f) } } : null),
  'enrolment-split': (f, w) => {
    const split = enrolmentLines(f).filter(({ line }) => Math.min(line.for, line.against) >= w.share * (line.for + line.against) && line.for + line.against > 0);
    return split.length ? enrolmentList(f, split, w.show) : null;
  },
  'enrolment-solid': (f, w) => {
    const lines = enrolmentLines(f).filter(({ vote }) => vote.sponsorCamps.includes('stalin'));
    if (lines.length === 0) return null;
    const solid = lines.every(({ line }) => line.for >= w.share * (line.for + line.against) && line.for + line.against > 0);
    return solid ? enrolmentList(f, lines, w.show) : null;
  },
  'top-cause-below': (f, w) => {
    const top = topCause(f);
    return top.share < w.share ? { values: top } : null;
  },
  'top-cause-above': (f, w) => {
    const top = topCause(f);
    return top.share > w.share ? { values: top } : null;
  },
};

/** Runs a rule's test on the facts of a game. */
export function runTest(f: Facts, when: RuleTest): TestResult | null {
  return (TESTS[when.test] as Test<RuleTest['test']>)(f, when);
}

/** The rule as the student reads it: its text filled with its own numbers. */
export function ruleText(r: HistorianRuleDef, content: DebriefContent): string {
  const values: Record<string, string | number> = { closeVotePoints: content.closeVotePoints };
  for (const [k, v] of Object.entries(r.when)) if (k !== 'test') values[k] = v;
  if ('share' in r.when) values.percent = `${Math.round(r.when.share * 100)}%`;
  return fill(r.rule, values, `historians[${r.id}].rule`);
}

/** The evidence a rule finds in a game, in words, or null when the rule does not apply. */
export function applyRule(r: HistorianRuleDef, f: Facts): string | null {
  const found = runTest(f, r.when);
  if (!found) return null;
  const values: Record<string, string | number> = { ...found.values };
  if (found.list) {
    const item = r.item;
    if (!item && found.list.items.length) throw new Error(`scenarios/debrief.yaml: historians[${r.id}] lists votes or choices but has no "item" text`);
    values[found.list.name] = listWords(found.list.items.map((x) => fill(item ?? '', x, `historians[${r.id}].item`)));
  }
  return fill(r.evidence, values, `historians[${r.id}].evidence`);
}

/** The rules by which the debrief judges the historians' views, as shown to the student. */
export function historianRules(content: DebriefContent): HistorianRule[] {
  return content.historians.map((r) => ({ id: r.id, lens: r.lens, verdict: r.verdict, rule: ruleText(r, content) }));
}

export function judgeHistorians(lenses: readonly Lens[], f: Facts): LensJudgement[] {
  const findings = new Map<string, HistorianFinding[]>();
  for (const r of f.content.historians) {
    const evidence = applyRule(r, f);
    if (evidence === null) continue;
    const list = findings.get(r.lens) ?? [];
    list.push({ rule: r.id, ruleText: ruleText(r, f.content), verdict: r.verdict, evidence });
    findings.set(r.lens, list);
  }
  return lenses.map((l) => {
    const list = findings.get(l.id) ?? [];
    const sup = list.filter((x) => x.verdict === 'supports').length;
    const cha = list.length - sup;
    return {
      lens: l.id,
      name: l.name,
      summary: l.summary,
      historians: l.historians.map((h) => ({ ...h })),
      overall: list.length === 0 ? 'none' : sup > cha ? 'supports' : cha > sup ? 'challenges' : 'mixed',
      findings: list,
    };
  });
}
