// Judging the historians: each lens's rules, applied to the facts of one game, give findings that support
// or challenge that lens's historians.
import type { Lens } from '../scenario/schema';
import { listWords, pointsWord, signedPoints, tallyText } from '../scenario/words';
import type { Facts, HistorianFinding, HistorianRule, LedgerLine, LensJudgement, Measures, VoteLedger } from './types';

export interface RuleDef extends HistorianRule {
  apply(f: Facts): string | null;
}

export const CORRECTIONS_NEEDED = 2;
export const CLOSE_VOTE_POINTS = 5;
export const SAFE_VOTE_POINTS = 15;

export function winnerText(f: Facts): string {
  const e = f.d.ending;
  return e ? `${e.title} (${e.when}; the winner: ${e.winnerName})` : 'the game has not ended';
}

export function correctedText(f: Facts, max = 4): string {
  const named = f.corrected.slice(0, max).map((c) => `${c.title} (${c.chosen.label}, ${c.when})`);
  const more = f.corrected.length - named.length;
  return listWords(more > 0 ? [...named, `${more} other${more === 1 ? '' : 's'}`] : named);
}


export const RULES: RuleDef[] = [
  {
    id: 'corrected-yet-lost',
    lens: 'apparatus',
    verdict: 'supports',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin still won: the structure, not Trotsky's blunders, decided.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.stalinWon
        ? `Trotsky (${f.trotskyPlayer}) changed ${f.corrected.length} of his historical choices — ${correctedText(f)} — and the game ended: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'corrected-yet-lost-personalities',
    lens: 'personalities',
    verdict: 'challenges',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin still won: correcting the rivals' mistakes was not enough.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.stalinWon
        ? `Even without ${f.corrected.length} of Trotsky's historical mistakes, Stalin won: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'corrected-and-stopped-stalin',
    lens: 'personalities',
    verdict: 'supports',
    rule: `Trotsky (played by you or by the computer) avoided at least ${CORRECTIONS_NEEDED} of his historical choices, and Stalin did not win: the rivals' mistakes made the difference.`,
    apply: (f) =>
      f.corrected.length >= CORRECTIONS_NEEDED && f.d.ending !== null && !f.stalinWon
        ? `Trotsky (${f.trotskyPlayer}) changed ${f.corrected.length} of his historical choices — ${correctedText(f)} — and Stalin did not win: ${winnerText(f)}.`
        : null,
  },
  {
    id: 'apparatus-did-not-decide',
    lens: 'apparatus',
    verdict: 'challenges',
    rule: 'Stalin did not win although the secretaries loyal to him were the largest group in the apparatus at the end: the appointments alone did not decide.',
    apply: (f) => {
      if (f.d.ending === null || f.stalinWon) return null;
      const counts = new Map<string, number>();
      for (const x of f.state.secretaries) counts.set(x, (counts.get(x) ?? 0) + 1);
      const loyal = counts.get('stalin') ?? 0;
      const largest = Math.max(...counts.values());
      return loyal === largest
        ? `${loyal} of ${f.state.secretaries.length} regional secretaries were loyal to Stalin at the end, yet: ${winnerText(f)}.`
        : null;
    },
  },
  {
    id: 'appointments-outweigh-decisions',
    lens: 'apparatus',
    verdict: 'supports',
    rule: "Measured over the game, the Secretariat's appointments moved Stalin's position more than all the decisions of both sides together.",
    apply: (f) =>
      f.gross.appointments > f.gross.stalinDecisions + f.gross.trotskyDecisions
        ? `Appointments and recruitment moved Stalin's position by ${f.gross.appointments.toFixed(1)} points in all (net ${pointsWord(f.d.measures.appointments)}); all decisions by ${(f.gross.stalinDecisions + f.gross.trotskyDecisions).toFixed(1)} points.`
        : null,
  },
  {
    id: 'decisions-outweigh-appointments',
    lens: 'personalities',
    verdict: 'supports',
    rule: "Measured over the game, the leaders' decisions (both sides) moved Stalin's position more than the Secretariat's routine appointments.",
    apply: (f) =>
      f.gross.stalinDecisions + f.gross.trotskyDecisions >= f.gross.appointments
        ? `Decisions moved Stalin's position by ${(f.gross.stalinDecisions + f.gross.trotskyDecisions).toFixed(1)} points in all (Stalin's ${f.gross.stalinDecisions.toFixed(1)}, Trotsky's ${f.gross.trotskyDecisions.toFixed(1)}); appointments and recruitment by ${f.gross.appointments.toFixed(1)}.`
        : null,
  },
  {
    id: 'trotsky-gave-stalin-points',
    lens: 'personalities',
    verdict: 'supports',
    rule: "Trotsky's historical choices, made as he really made them in this game, added at least 5 points to Stalin's position.",
    apply: (f) => {
      const kept = [...f.d.timeline, ...f.d.rivalMoves].filter((t) => t.role === 'trotsky' && t.matched);
      const sum = kept.reduce((a, t) => a + t.stalinDelta, 0);
      if (sum < 5) return null;
      const top = [...kept].sort((a, b) => b.stalinDelta - a.stalinDelta).slice(0, 3).filter((t) => t.stalinDelta > 0);
      return `Trotsky's historical choices added ${pointsWord(sum)} to Stalin's position${top.length ? `, most of all ${listWords(top.map((t) => `${t.title} (${t.chosen.label}, ${signedPoints(t.stalinDelta)})`))}` : ''}.`;
    },
  },
  {
    id: 'close-vote',
    lens: 'contingency',
    verdict: 'supports',
    rule: `At least one vote was decided within ${CLOSE_VOTE_POINTS} points of the share it needed: it could easily have gone the other way.`,
    apply: (f) =>
      f.closeVotes.length
        ? listWords(
            f.closeVotes.map(
              (v) => `${v.title} (${v.date}) was ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}, ${Math.abs(v.margin).toFixed(1)} points ${v.margin >= 0 ? 'above' : 'below'} the ${Math.round(v.threshold * 100)}% it needed`,
            ),
          ) + '.'
        : null,
  },
  {
    id: 'no-close-vote',
    lens: 'contingency',
    verdict: 'challenges',
    rule: `At least three votes were held and none came within ${SAFE_VOTE_POINTS} points of the share it needed: the results were never in doubt.`,
    apply: (f) => {
      if (f.heldVotes.length < 3 || f.heldVotes.some((v) => Math.abs(v.margin) < SAFE_VOTE_POINTS)) return null;
      const closest = [...f.heldVotes].sort((a, b) => Math.abs(a.margin) - Math.abs(b.margin))[0];
      return `${f.heldVotes.length} votes were held; the closest, ${closest.title} (${closest.date}), was ${closest.passed ? 'carried' : 'defeated'} ${tallyText(closest)}, ${Math.abs(closest.margin).toFixed(1)} points from its threshold.`;
    },
  },
  {
    id: 'votes-diverge-from-history',
    lens: 'contingency',
    verdict: 'supports',
    rule: 'A vote went the other way from history: the outcome was not fixed in advance.',
    apply: (f) => {
      const diverged = f.heldVotes.filter((v) => v.passed !== v.historical.passed);
      return diverged.length
        ? `${listWords(diverged.map((v) => `${v.title} (${v.date}) was ${v.passed ? 'carried' : 'defeated'} ${tallyText(v)}; in history it was ${v.historical.passed ? 'carried' : 'defeated'}`))}.`
        : null;
    },
  },
  {
    id: 'right-nep',
    lens: 'policy',
    verdict: 'supports',
    rule: "The game ended with the Right's NEP continuing under Bukharin and Rykov: Bukharin was a real alternative (Cohen).",
    apply: (f) => (f.d.ending?.winner === 'bukharin' ? `The ending: ${winnerText(f)}.` : null),
  },
  {
    id: 'enrolment-split',
    lens: 'policy',
    verdict: 'supports',
    rule: 'In some vote at least a quarter of the Lenin Enrolment delegates voted against the majority of their bloc: the new members were not mere "swamping" (Siegelbaum, Hatch).',
    apply: (f) => {
      const split = enrolmentLines(f).filter(({ line }) => Math.min(line.for, line.against) >= 0.25 * (line.for + line.against) && line.for + line.against > 0);
      return split.length
        ? `${listWords(split.slice(0, 3).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`))}.`
        : null;
    },
  },
  {
    id: 'enrolment-solid',
    lens: 'apparatus',
    verdict: 'supports',
    rule: "In every vote where they sat, at least 90% of the Lenin Enrolment delegates voted with Stalin's side: the recruits followed the secretaries (Trotsky's own view).",
    apply: (f) => {
      const lines = enrolmentLines(f).filter(({ vote }) => vote.sponsorCamps.includes('stalin'));
      if (lines.length === 0) return null;
      const solid = lines.every(({ line }) => line.for >= 0.9 * (line.for + line.against) && line.for + line.against > 0);
      return solid
        ? `${listWords(lines.slice(0, 3).map(({ vote, line }) => `${vote.title} (${vote.date}): ${line.name} ${line.for} for, ${line.against} against`))}.`
        : null;
    },
  },
  {
    id: 'many-causes',
    lens: 'many-causes',
    verdict: 'supports',
    rule: "No single cause (appointments, Stalin's decisions, Trotsky's decisions, events, votes) accounts for half of the movement of Stalin's position.",
    apply: (f) => {
      const top = topShare(f);
      return top.share < 0.5 ? `The largest single cause, ${MEASURE_WORDS[top.key]}, accounts for ${Math.round(100 * top.share)}% of the movement (${shareList(f)}).` : null;
    },
  },
  {
    id: 'one-cause',
    lens: 'many-causes',
    verdict: 'challenges',
    rule: "One cause accounts for more than 70% of the movement of Stalin's position.",
    apply: (f) => {
      const top = topShare(f);
      return top.share > 0.7 ? `${MEASURE_WORDS[top.key].charAt(0).toUpperCase()}${MEASURE_WORDS[top.key].slice(1)} account for ${Math.round(100 * top.share)}% of the movement (${shareList(f)}).` : null;
    },
  },
];

export const MEASURE_WORDS: Record<keyof Measures, string> = {
  appointments: "the Secretariat's appointments and recruitment",
  stalinDecisions: "Stalin's decisions",
  trotskyDecisions: "Trotsky's decisions",
  events: 'events',
  votes: 'the votes',
};

export function topShare(f: Facts): { key: keyof Measures; share: number } {
  const keys = Object.keys(f.share) as (keyof Measures)[];
  const key = keys.reduce((a, b) => (f.share[b] > f.share[a] ? b : a));
  return { key, share: f.share[key] };
}

export function shareList(f: Facts): string {
  return (Object.keys(f.share) as (keyof Measures)[]).map((k) => `${MEASURE_WORDS[k]} ${Math.round(100 * f.share[k])}%`).join(', ');
}

export function enrolmentLines(f: Facts): { vote: VoteLedger; line: LedgerLine }[] {
  return f.heldVotes.flatMap((vote) => vote.blocs.filter((b) => b.bloc === 'lenin-enrolment').map((line) => ({ vote, line })));
}

/** The rules by which the debrief judges the historians' views, as shown to the student. */
export const HISTORIAN_RULES: readonly HistorianRule[] = RULES.map(({ id, lens, verdict, rule }) => ({ id, lens, verdict, rule }));

export function judgeHistorians(lenses: readonly Lens[], f: Facts): LensJudgement[] {
  const findings = new Map<string, HistorianFinding[]>();
  for (const r of RULES) {
    const evidence = r.apply(f);
    if (evidence === null) continue;
    const list = findings.get(r.lens) ?? [];
    list.push({ rule: r.id, ruleText: r.rule, verdict: r.verdict, evidence });
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

