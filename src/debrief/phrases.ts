// The sentence patterns that the historians' rules and the essay paragraphs share, filled from one game:
// the ending, Trotsky's corrected choices, a step, a vote, a bloc's vote, a milestone.
import { turnName, type Calendar } from '../scenario/turns';
import { listWords, pointsWord, tallyText } from '../scenario/words';
import type { DebriefContent } from '../scenario/debrief';
import type { Facts, LedgerLine, MilestoneEntry, Step, VoteLedger } from './types';
import { fill, type Values } from './template';

export function winnerText(f: Facts): string {
  const e = f.d.ending;
  const lines = f.content.lines;
  return e ? fill(lines.winner, { title: e.title, when: e.when, winner: e.winnerName }, 'lines.winner') : lines.noEnding;
}

/** Trotsky's changed choices, the first few by name and the rest counted. */
export function correctedText(f: Facts): string {
  const max = f.content.correctedShown;
  const named = f.corrected.slice(0, max).map((c) => fill(f.content.lines.corrected, { title: c.title, option: c.chosen.label, when: c.when }, 'lines.corrected'));
  const more = f.corrected.length - named.length;
  return listWords(more > 0 ? [...named, fill(f.content.lines.others, { count: more }, 'lines.others')] : named);
}

/** What a rule or a paragraph can say about a vote. */
export function voteValues(v: VoteLedger, words: DebriefContent['words']): Values {
  return {
    title: v.title,
    date: v.date,
    result: v.passed ? words.carried : words.defeated,
    historical: v.historical.passed ? words.carried : words.defeated,
    tally: tallyText(v),
    margin: Math.abs(v.margin).toFixed(1),
    side: v.margin >= 0 ? words.above : words.below,
    threshold: `${Math.round(v.threshold * 100)}%`,
  };
}

export function voteLine(v: VoteLedger, content: DebriefContent): string {
  return fill(content.lines.vote, voteValues(v, content.words), 'lines.vote');
}

export function blocValues(vote: VoteLedger, line: LedgerLine, words: DebriefContent['words']): Values {
  return { ...voteValues(vote, words), bloc: line.name, for: line.for, against: line.against };
}

export function stepLine(s: Step, content: DebriefContent, cal: Calendar): string {
  const values = { when: turnName(cal, s.turn), title: s.title, actor: s.actor && s.kind === 'decision' ? s.actor : '', change: pointsWord(s.delta.stalin) };
  return fill(content.lines.step, values, 'lines.step');
}

export function milestoneLine(m: MilestoneEntry, content: DebriefContent): string {
  const key = m.game ? 'milestoneHappened' : m.ended ? 'milestoneEnded' : 'milestoneMissed';
  return fill(content.lines[key], { title: m.title, when: m.game?.when ?? '', date: m.history.date }, `lines.${key}`);
}

/** The Lenin Enrolment's bloc in every vote held where it sat. */
export function enrolmentLines(f: Facts): { vote: VoteLedger; line: LedgerLine }[] {
  return f.heldVotes.flatMap((vote) => vote.blocs.filter((b) => b.bloc === 'lenin-enrolment').map((line) => ({ vote, line })));
}
