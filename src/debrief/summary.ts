// The debrief's one-page summary: what a student hands in. The scenario and role, the ending, the three steps
// that moved the student's position most, how far the rivals' mistakes moved Stalin's position (from the
// debrief's one set of figures, figures.ts), the questions to answer and the outline of the 22-mark essay.
import type { DebriefContent } from '../scenario/debrief';
import { pointsWord } from '../scenario/words';
import type { Debrief, Figures, Measures } from './types';

/** The rivals' choices first, then Stalin's own, then the rest. */
const SUMMARY_ORDER: readonly (keyof Measures)[] = ['trotskyDecisions', 'stalinDecisions', 'appointments', 'events', 'votes'];

export interface SummaryPoint {
  /** The game's half-year, or the vote's date when the step was a vote. */
  when: string;
  what: string;
  detail: string;
  /** The change to the student's position, in words ("+4.2 points"). */
  change: string;
}

export interface Summary {
  /** "The full campaign, as Stalin (Stalin's Centre)". */
  played: string;
  ending: string;
  turningPoints: SummaryPoint[];
  /** The rivals' mistakes' share of what moved Stalin's position, as a whole percentage ("23%"). */
  mistakes: string;
  /** The sentence that explains the number, with every figure it rests on. */
  mistakesExplained: string;
  /** Each cause with its net change to Stalin's position, in words. */
  causes: { cause: string; change: string }[];
  questions: string[];
  essay: { question: string; marks: number; outline: string[] };
}

/** The rivals' mistakes' share, as a whole percentage. */
export function mistakesPercent(f: Figures): string {
  return `${Math.round(100 * f.mistakesShare)}%`;
}

function mistakesSentence(f: Figures, causes: Summary['causes']): string {
  const list = causes.map((c, i) => `${c.cause} ${i === 0 ? "moved Stalin's position by " : 'by '}${c.change}`).join('; ');
  const start = `In this game (with Stalin's position scored from 0, ruined, to 100, unchallenged), ${list}.`;
  if (f.mistakes <= 0) {
    return `${start} Trotsky's choices did not help Stalin overall, so here his rivals' mistakes account for none (0%) of what moved Stalin's position.`;
  }
  return `${start} Trotsky's choices helped Stalin by ${pointsWord(f.mistakes)}, out of ${f.moved.toFixed(1)} points that all these causes moved his position together (adding their sizes, up or down), so the rivals' mistakes account for about ${mistakesPercent(f)} of it.`;
}

/** The summary of a debrief; `content` gives the causes' names. */
export function summaryOf(d: Omit<Debrief, 'summary'>, content: DebriefContent): Summary {
  const f = d.figures;
  const causes = SUMMARY_ORDER.map((k) => ({ cause: content.causes[k], change: pointsWord(f.byCause[k]) }));
  const essay = d.essays.find((e) => e.marks === 22) ?? d.essays[0];
  return {
    played: `${d.scenario.title}, as ${d.roleName} (${d.campName})`,
    ending: d.ending ? `${d.ending.title} (${d.ending.when}): ${d.ending.playerWon ? 'you won' : `the winner was ${d.ending.winnerName}`}.` : 'The game has not ended.',
    turningPoints: d.turningPoints.slice(0, 3).map((p) => {
      const vote = p.kind === 'vote' ? d.votes.find((v) => v.id === p.source && v.turn === p.turn) : undefined;
      return { when: vote ? vote.date : p.when, what: p.title, detail: p.detail, change: pointsWord(p.delta) };
    }),
    mistakes: mistakesPercent(f),
    mistakesExplained: mistakesSentence(f, causes),
    causes,
    questions: d.questions.length ? [...d.questions] : d.essays.map((e) => `${e.question} (${e.marks} marks)`),
    essay: { question: essay.question, marks: essay.marks, outline: essay.paragraphs.map((p) => p.factor) },
  };
}
