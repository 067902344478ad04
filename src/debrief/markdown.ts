// The debrief as a Markdown document, for download and print.
import { turnLabel } from '../scenario/turns';
import { markdownCitation } from '../scenario/sources';
import { lineSentence, signedPoints, tallyText } from '../scenario/words';
import { causeTexts } from './causes';
import type { Debrief, LensJudgement } from './types';

/** Escapes text for Markdown: the characters that would start emphasis, links, code, HTML or table cells. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function mdTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i > 0 && /^(For|Against|Abstain|Seats|Change)/.test(h) ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const VERDICT_WORDS: Record<LensJudgement['overall'], string> = {
  supports: 'Your game supports this view',
  challenges: 'Your game challenges this view',
  mixed: 'Your game gives mixed evidence for this view',
  none: 'Your game says little about this view',
};

export function verdictWords(v: LensJudgement['overall']): string {
  return VERDICT_WORDS[v];
}

/** Who hands the debrief in, as typed on the debrief screen (each may be empty). */
export interface Student {
  name: string;
  group: string;
  date: string;
  /** The answers to the summary's questions, in order. */
  answers?: string[];
}

/**
 * The debrief as a Markdown document (text from the scenario is escaped, never taken as markup): the one-page
 * summary first, then the full analysis as an appendix.
 */
export function debriefMarkdown(d: Debrief, student: Student = { name: '', group: '', date: '' }): string {
  const out: string[] = [];
  summarySection(d, student, out);
  out.push('', '---', '', '# Appendix: the full analysis', '');
  figuresSection(d, out);
  pathSection(d, out);
  turningPointSection(d, out);
  voteSection(d, out);
  historianSection(d, out);
  essaySection(d, out);
  out.push('---', '', `Made with After Lenin. Game: scenario ${mdText(d.scenario.id)}, lens ${mdText(d.lens.id)}, seed ${mdText(d.seed)}, turns ${d.trajectory.length ? turnLabel(d.scenario.calendar, d.trajectory[0].turn) : ''}–${d.ending ? turnLabel(d.scenario.calendar, d.ending.turn) : ''}.`, '');
  return out.join('\n');
}

const t = mdText;
const capitalised = (x: string) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;

function summarySection(d: Debrief, student: Student, out: string[]): void {
  const s = d.summary;
  const blank = (x: string) => (x.trim() ? t(x) : '\\_\\_\\_\\_\\_\\_\\_\\_');
  out.push(`# After Lenin — debrief: ${t(d.scenario.title)}`, '');
  out.push(`Name: ${blank(student.name)} · Class: ${blank(student.group)} · Date: ${blank(student.date)}`, '');
  out.push(`- Played: ${t(s.played)}`, `- Ending: ${t(s.ending)}`, '');
  out.push('## The three turning points', '');
  s.turningPoints.forEach((p, i) => out.push(`${i + 1}. ${t(p.when)}: ${t(p.what)}${p.detail ? ` (${t(p.detail)})` : ''} — your position ${p.change}`));
  if (s.turningPoints.length === 0) out.push('No step changed your position.');
  out.push('', `## How far was it the rivals' mistakes? About ${s.mistakes}`, '', t(s.mistakesExplained), '');
  out.push('## Questions', '');
  s.questions.forEach((q, i) => out.push(`${i + 1}. ${t(q)}`, '', `   Answer: ${student.answers?.[i]?.trim() ? t(student.answers[i]) : ''}`.trimEnd(), ''));
  out.push(`## Essay plan: "${t(s.essay.question)}" (${s.essay.marks} marks)`, '');
  s.essay.outline.forEach((x, i) => out.push(`${i + 1}. ${t(x)} — point, evidence, counter-argument, judgement`));
  out.push(`${s.essay.outline.length + 1}. Conclusion — your overall judgement`);
}

function figuresSection(d: Debrief, out: string[]): void {
  out.push("## What moved Stalin's position", '');
  out.push(...mdTable(['Cause', 'Change to Stalin\'s position (points of 100)'], d.summary.causes.map((c) => [t(capitalised(c.cause)), c.change])));
  out.push('', `The rivals' mistakes: about ${d.summary.mistakes}. ${t(d.summary.mistakesExplained)}`, '');
}

function pathSection(d: Debrief, out: string[]): void {
  out.push(`- Played as: ${t(d.roleName)} — ${t(d.campName)}`);
  out.push(`- Rival: ${t(d.rival.name)}, playing ${d.rival.policy === 'historical' ? 'as he really did' : d.rival.policy === 'shrewd' ? 'shrewdly (looking ahead)' : 'at random'}`);
  out.push(`- Historian's lens: ${t(d.lens.name)}`);
  out.push(`- Seed: ${t(d.seed)}`);
  out.push(d.ending ? `- Ending: ${t(d.ending.title)} (${d.ending.when}) — ${d.ending.playerWon ? 'you won' : `the winner: ${t(d.ending.winnerName)}`}` : '- The game has not ended.');
  if (d.ending) out.push('', t(d.ending.summary));
  out.push('', '## Your path against history', '');
  const same = d.timeline.filter((x) => x.matched).length;
  out.push(`You took ${d.timeline.length} decision${d.timeline.length === 1 ? '' : 's'}; ${same} matched what really happened.`, '');
  out.push(
    ...mdTable(
      ['When', 'Decision', 'You chose', 'In history', 'Date and sources', 'Change'],
      d.timeline.map((x) => [
        x.when,
        t(x.title),
        t(x.chosen.label),
        x.matched ? 'the same' : t(x.historical.label),
        `${t(x.note.date)}; ${x.note.sources.map((k) => markdownCitation(k, t)).join('; ')}`,
        signedPoints(x.delta),
      ]),
    ),
  );
  out.push('', '### What really happened', '');
  for (const x of d.timeline) out.push(`- **${t(x.title)}** (${t(x.note.date)}): ${t(x.note.text)} Sources: ${x.note.sources.map((k) => markdownCitation(k, t)).join('; ')}.`);
  if (d.rivalMoves.length) {
    out.push('', `### ${t(d.rival.name)}'s moves`, '');
    out.push(...mdTable(['When', 'Decision', 'Chosen', 'In history'], d.rivalMoves.map((x) => [x.when, t(x.title), t(x.chosen.label), x.matched ? 'the same' : t(x.historical.label)])));
  }
}

function turningPointSection(d: Debrief, out: string[]): void {
  out.push('', '## Turning points', '');
  out.push(
    `Measured by the model: the game was replayed step by step and your position (0 = ruined, 100 = unchallenged) scored after every event, choice, rival move, vote and end of half-year. These steps moved it most (change in points):`,
    '',
  );
  d.turningPoints.forEach((p) => out.push(`${p.rank}. **${signedPoints(p.delta)} points** — ${p.when}: ${t(p.title)} (${t(p.actor)}${p.detail ? `; ${t(p.detail)}` : ''}). Position after: ${p.after.toFixed(1)} of 100.`));
  if (d.turningPoints.length === 0) out.push('No step changed your position.');
  out.push('', '### Your position, half-year by half-year', '');
  out.push(...mdTable(['Half-year', 'Your position (of 100)', "Stalin's position (of 100)"], d.trajectory.map((x, i) => [i === 0 ? 'When play began' : `End of ${x.when}`, x.position.toFixed(1), x.stalin.toFixed(1)])));
}

function voteSection(d: Debrief, out: string[]): void {
  out.push('', '## Vote ledgers', '');
  for (const v of d.votes) {
    out.push(`### ${t(v.title)} — ${t(v.date)}`, '');
    out.push(`${v.bodyName}. Motion: ${t(v.motion)}`, '');
    if (!v.held) {
      out.push(`Not held: ${t(v.reason ?? 'its conditions were not met')}.`, '');
      continue;
    }
    out.push(
      `**${v.passed ? 'Carried' : 'Defeated'} ${tallyText(v)}** (needed ${Math.round(v.threshold * 100)}% of those voting; ${signedPoints(v.margin)} points from the threshold). ${v.parties ? t(v.parties) : `Sponsors: ${t(v.sponsors)}.`} ${lineSentence(v.lineWith)} Your position: ${signedPoints(v.delta)} points.`,
      '',
    );
    if (v.blocs.length) {
      out.push(
        ...mdTable(
          ['Bloc', 'Seats', 'For', 'Against', 'Abstain', 'Why it voted so (percentage points of its votes for the motion)'],
          v.blocs.map((b) => [t(b.name), String(b.seats), String(b.for), String(b.against), String(b.abstain), causeTexts(b).map(t).join('; ') || 'nothing earlier']),
        ),
        '',
      );
    }
    if (v.members.length) {
      out.push(...mdTable(['Member', 'Faction', 'Vote', 'Why'], v.members.map((m) => [t(m.name), t(m.camp), m.vote, t(m.reasons)])), '');
    }
    out.push(`In history: ${t(v.historical.summary)}`, '');
  }
}

function historianSection(d: Debrief, out: string[]): void {
  if (d.milestones.length) {
    out.push('## Milestones', '');
    out.push(...mdTable(['Milestone', 'Your game', 'History'], d.milestones.map((m) => [t(m.title), m.game ? m.game.when : m.ended ? 'the game had ended' : 'did not happen', `${m.history.when} (${t(m.history.date)})`])));
    out.push('');
  }
  out.push('## Historians', '');
  for (const l of d.historians) {
    out.push(`### ${t(l.name)}: ${verdictWords(l.overall).toLowerCase()}`, '');
    out.push(`Historians: ${l.historians.map((h) => `${t(h.name)} (${t(h.work)}; ${markdownCitation(h.source, t)})`).join('; ')}.`, '', t(l.summary), '');
    for (const f of l.findings) out.push(`- **${f.verdict === 'supports' ? 'Supports' : 'Challenges'}.** Rule: ${t(f.ruleText)} In your game: ${t(f.evidence)}`);
    if (l.findings.length) out.push('');
  }
  out.push('### How these judgements are made', '');
  for (const r of d.rules) out.push(`- ${r.verdict === 'supports' ? 'Supports' : 'Challenges'} "${t(d.historians.find((l) => l.lens === r.lens)?.name ?? r.lens)}": ${t(r.rule)}`);
}

function essaySection(d: Debrief, out: string[]): void {
  out.push('', '## Essay planner', '');
  for (const e of d.essays) {
    out.push(`### "${t(e.question)}" (${e.marks} marks)`, '', t(e.guidance), '');
    if (e.introduction) out.push(`**Introduction.** ${t(e.introduction)}`, '');
    e.paragraphs.forEach((p, i) => {
      out.push(`#### ${i + 1}. ${t(p.factor)}`, '', `**Point.** ${t(p.point)}`, '', '**Evidence from your game:**', '');
      for (const ev of p.evidence) out.push(`- ${t(ev)}`);
      out.push('', `**Counter-argument.** ${t(p.counter)}`, '', `**Judgement.** ${t(p.judgement)}`, '');
    });
    out.push(`**Conclusion.** ${t(e.conclusion)}`, '');
  }
}
