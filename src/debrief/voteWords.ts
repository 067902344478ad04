// The words of a vote's screen, read from the vote's frozen record only: the motion, who brought it against whom,
// the result and what it needed, each Politburo member's vote and reasons, each bloc's vote and the dated causes
// that moved it, and what really happened. One implementation for the vote screen, which lays these words out,
// and for the game's transcript, which prints them in the same order (voteScreenText).
import type { Scenario } from '../scenario/playable';
import type { Note } from '../scenario/schema';
import type { VoteRecord } from '../rules/state';
import { bodyName, lineSentence, tallyText } from '../scenario/words';
import { dayName } from '../scenario/days';
import { voteDefinition } from '../flow/selectors';
import { causeTexts, ledgerLine, memberLine, partiesText } from './causes';
import type { LedgerLine, VoteLedger } from './types';

/** The columns of a ledger's table of blocs, and of a Politburo vote's table of members. */
export const BLOC_COLUMNS = ['Bloc', 'Seats', 'For', 'Against', 'Abstain'] as const;
export const MEMBER_COLUMNS = ['Member', 'Faction', 'Vote', 'Why'] as const;

/** What a bloc's list of causes says when nothing earlier moved it. */
export const NOTHING_MOVED = 'Nothing earlier moved this bloc.';

/** One bloc of a ledger: its seats and votes, the heading of its causes and the causes, one line each. */
export interface BlocWords {
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  /** "The Leningrad delegation: 9.5% for the motion — what moved it". */
  summary: string;
  /** From the even split to the total, or empty when nothing moved it (NOTHING_MOVED). */
  causes: string[];
}

export type MemberWords = VoteLedger['members'][number];

/** Everything the vote screen says about a vote held, in the order it says it. */
export interface VoteScreenWords {
  body: string;
  /** The day of the vote in words ("22 May 1924"). */
  day: string;
  title: string;
  motion: string;
  /** "Sponsor: …, for …. Target: …, of …." ("" for a record without them). */
  parties: string;
  verdict: 'Carried' | 'Defeated';
  /** "654–76, 19 abstaining". */
  tally: string;
  /** The threshold and whom the uncommitted loyalists followed. */
  needed: string;
  members: { caption: string; rows: MemberWords[] } | null;
  why: { heading: string; intro: string; caption: string; blocs: BlocWords[] } | null;
  history: string;
  /** The historian's note under what really happened (its day and sources with it). */
  note: Note;
}

const WHY_INTRO =
  'With no cause at all a bloc would divide evenly. Each cause moved the share of its votes cast for the motion by the percentage points shown (+ for, − against): its loyalty to a camp, the earlier moments that swayed it (dated), the party line (loyalists follow the side with more Politburo seats) and the mood of the hall on the day (chance).';

/** A bloc's line of a ledger in words: the vote screen's and the debrief's. */
export function blocWords(b: LedgerLine): BlocWords {
  const summary = b.share === undefined ? `${b.name}: what moved it` : `${b.name}: ${b.share.toFixed(1)}% for the motion — what moved it`;
  return { name: b.name, seats: b.seats, for: b.for, against: b.against, abstain: b.abstain, summary, causes: causeTexts(b) };
}

/** The words of the screen of a vote held, from its record. */
export function voteScreenWords(sc: Scenario, v: VoteRecord): VoteScreenWords {
  const def = voteDefinition(sc, v);
  return {
    body: bodyName(v.body),
    day: dayName(v.day),
    title: def.title,
    motion: def.motion,
    parties: partiesText(sc, v),
    verdict: v.passed ? 'Carried' : 'Defeated',
    tally: tallyText(v),
    needed: `Needed: ${Math.round(v.threshold * 100)}% of those voting. ${lineSentence(v.lineWith)}`,
    members: v.members.length ? { caption: 'How each member voted, in turn, and why', rows: v.members.map((m) => memberLine(sc, m)) } : null,
    why: v.blocs.length
      ? { heading: 'Why this result?', intro: WHY_INTRO, caption: 'The blocs and how they voted', blocs: v.blocs.map((b) => blocWords(ledgerLine(sc, b))) }
      : null,
    history: def.historical.summary,
    note: def.note,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A member's row as a line: "Nikolai Bukharin, of Bukharin's Right: for. His camp … was on the sponsor's side." */
function memberText(m: MemberWords): string {
  return `${m.name}${m.camp ? `, of ${m.camp}` : ''}: ${m.vote}.${m.reasons ? ` ${m.reasons}` : ''}`;
}

/** A bloc's row of the table as a line: "The Moscow delegation: 60 seats; 59 for, 0 against, 1 abstaining". */
function rowText(b: BlocWords): string {
  return `  · ${b.name}: ${plural(b.seats, 'seat', 'seats')}; ${b.for} for, ${b.against} against, ${b.abstain} abstaining`;
}

/** What moved a bloc, as lines of text under its heading. */
function causesText(b: BlocWords): string {
  return [`${b.summary}:`, ...(b.causes.length ? b.causes : [NOTHING_MOVED]).map((c) => `  · ${c}`)].join('\n');
}

/** The vote screen's words as plain text, paragraph by paragraph, for the transcript of a game. */
export function voteScreenText(sc: Scenario, v: VoteRecord): string {
  const w = voteScreenWords(sc, v);
  const out = [`${w.body} · ${w.day}`, `Motion: ${w.motion}`, w.parties, `${w.verdict} ${w.tally}`, w.needed];
  if (w.members) out.push([`${w.members.caption}:`, ...w.members.rows.map((m) => `  · ${memberText(m)}`)].join('\n'));
  if (w.why) out.push(w.why.heading, w.why.intro, [`${w.why.caption}:`, ...w.why.blocs.map(rowText)].join('\n'), ...w.why.blocs.map(causesText));
  out.push(`In history: ${w.history}`, w.note.text);
  return out.filter(Boolean).join('\n\n');
}
