// The vote ledger in words, read from the vote's frozen record only: who brought the motion against whom,
// each bloc's causes with their dates and sizes in percentage points of its vote, and each Politburo
// member's reasons. Shared by the vote screen, the debrief and its Markdown.
import type { Scenario } from '../scenario/playable';
import type { Cause, LedgerBloc, MemberBallot, MemberReason, VoteRecord } from '../rules/state';
import { campName, leaderName, sourceTitle } from '../scenario/names';
import { dayName } from '../scenario/days';
import { listWords, pointsWord } from '../scenario/words';
import type { CauseLine, LedgerLine } from './types';

/** How many causes a bloc's row names one by one; the smaller earlier moments are summed in one line. */
export const NAMED_CAUSES = 5;

function loyaltyLabel(sc: Scenario, kind: LedgerBloc['kind'], camp: string): string {
  const name = campName(sc, camp);
  if (kind === 'machine') return `Loyalty to its boss in ${name}`;
  if (kind === 'apparatus') return `Loyalty to ${name}, whose men appointed them`;
  return `Loyalty to its own current, ${name}`;
}

const MODEL_LABELS: Record<Exclude<Cause['kind'], 'moment' | 'loyalty'>, string> = {
  standing: "The leaders' standing and policies as the game began",
  line: 'The party line',
  noise: 'The mood of the hall on the day',
};

/** One cause as a student reads it, dated: a moment on its own day, the model's causes on the day of the vote. */
export function causeLine(sc: Scenario, kind: LedgerBloc['kind'], c: Cause): CauseLine {
  const label = c.kind === 'moment' ? sourceTitle(sc, c.source) : c.kind === 'loyalty' ? loyaltyLabel(sc, kind, c.source) : MODEL_LABELS[c.kind];
  return { source: c.source, kind: c.kind, day: c.day, date: dayName(c.day), label, effect: c.effect };
}

/** "The funeral oath, 26 January 1924: +3.1 points"; the model's own causes act on the day of the vote. */
export function causeText(c: CauseLine): string {
  return `${c.label}${c.kind === 'moment' && c.date ? `, ${c.date}` : ''}: ${pointsWord(c.effect)}`;
}

/**
 * A bloc's causes for a row: the model's causes and the biggest earlier moments one by one, in the order they
 * were applied, and the other moments summed in one line, so the row still adds up.
 */
export function causeTexts(b: Pick<LedgerLine, 'causes' | 'disposition' | 'share'>): string[] {
  const causes = b.causes ?? [];
  if (b.disposition === undefined || b.share === undefined) return causes.map((c) => c.label);
  const moments = causes.filter((c) => c.kind === 'moment');
  const named = new Set(
    [...moments]
      .sort((x, y) => Math.abs(y.effect) - Math.abs(x.effect))
      .slice(0, NAMED_CAUSES)
      .map((c) => c.source),
  );
  const rest = moments.filter((c) => !named.has(c.source));
  const lines = [`An even split: ${b.disposition}% for`];
  for (const c of causes) {
    if (c.kind === 'noise' && rest.length) lines.push(otherMoments(rest));
    if (c.kind !== 'moment' || named.has(c.source)) lines.push(causeText(c));
  }
  if (rest.length && !causes.some((c) => c.kind === 'noise')) lines.push(otherMoments(rest));
  lines.push(`Together: ${b.share.toFixed(1)}% for the motion`);
  return lines;
}

function otherMoments(rest: readonly CauseLine[]): string {
  const sum = rest.reduce((a, c) => a + c.effect, 0);
  return `${rest.length} other earlier moment${rest.length === 1 ? '' : 's'} together: ${pointsWord(sum)}`;
}

/** A bloc of the record, with its causes in words. */
export function ledgerLine(sc: Scenario, b: LedgerBloc): LedgerLine {
  const causes = b.causes
    ? b.causes.map((c) => causeLine(sc, b.kind, c))
    : b.movedBy.map((m) => ({ source: m.source, kind: 'moment' as const, day: '', date: '', label: sourceTitle(sc, m.source), effect: m.impact }));
  return {
    bloc: b.id,
    name: b.name,
    seats: b.seats,
    for: b.for,
    against: b.against,
    abstain: b.abstain,
    movedBy: b.movedBy.map((m) => ({ source: m.source, label: sourceTitle(sc, m.source), impact: m.impact })),
    disposition: b.disposition,
    share: b.share,
    causes,
  };
}

/** "Sponsor: Joseph Stalin, for the Centre (Stalin) and the Right (…). Target: Leon Trotsky, of the Left (Trotsky)." */
export function partiesText(sc: Scenario, v: VoteRecord): string {
  if (!v.sponsor || !v.target) return '';
  const camps = (side: readonly string[]) => listWords(side.map((c) => campName(sc, c)));
  const target = v.targetSide.length ? ` Target: ${leaderName(sc, v.target.leader)}, of ${camps(v.targetSide)}.` : '';
  return `Sponsor: ${leaderName(sc, v.sponsor.leader)}, for ${camps(v.sponsorSide)}.${target}`;
}

const REASONS: Record<MemberReason, (camp: string) => string> = {
  'sponsor-side': (camp) => `his camp, ${camp}, was on the sponsor's side`,
  'target-side': (camp) => `his camp, ${camp}, was on the target's side`,
  chief: () => 'as its leader he never breaks ranks',
  waver: () => 'on this question of policy he wavered and broke ranks',
  doubt: () => 'he had doubts and abstained',
  'line-sponsor': () => 'outside both sides, he followed the party line, which stood with the sponsors (they held more Politburo seats)',
  'line-target': () => 'outside both sides, he followed the party line, which stood with the target (they held more Politburo seats)',
  'line-split': () => 'outside both sides, with the Politburo evenly divided, he chose for himself',
  'line-abstain': () => 'outside both sides, he kept out of the quarrel and abstained',
};

/** A Politburo member's ballot with his camp and his reasons, as recorded on the day. */
export function memberLine(sc: Scenario, m: MemberBallot): { leader: string; name: string; vote: string; camp: string; reasons: string } {
  const camp = m.camp ? campName(sc, m.camp) : '';
  const reasons = (m.reasons ?? []).map((r) => REASONS[r](camp));
  const text = reasons.length ? `${reasons.join('; ')}.` : '';
  return { leader: m.leader, name: leaderName(sc, m.leader), vote: m.vote, camp, reasons: text.charAt(0).toUpperCase() + text.slice(1) };
}
