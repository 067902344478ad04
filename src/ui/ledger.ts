// The "Why this result?" ledger table, shared by the vote screen and the debrief: each bloc's seats and
// votes, and the earlier decisions and events that moved it (signed: + helped the motion).
import { el, table } from './dom';

export interface LedgerRow {
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  movedBy: { label: string; impact: number }[];
}

/**
 * How much an earlier step moved a bloc, in words. The impact is a change in the model's support score for
 * the bloc (not a percentage), so a student sees its direction and rough size rather than a bare decimal.
 */
function effect(impact: number): string {
  const size = Math.abs(impact);
  const how = size >= 0.5 ? 'strongly' : size >= 0.15 ? 'clearly' : 'slightly';
  return `${impact >= 0 ? 'helped' : 'hurt'} the motion ${how}`;
}

export function ledgerTable(caption: string, rows: readonly LedgerRow[]): HTMLTableElement {
  return table(
    caption,
    ['Bloc', 'Seats', 'For', 'Against', 'Abstain', 'Moved by'],
    rows.map((b) => [
      b.name,
      String(b.seats),
      String(b.for),
      String(b.against),
      String(b.abstain),
      b.movedBy.length
        ? el('ul', { class: 'moved' }, ...b.movedBy.slice(0, 4).map((m) => el('li', {}, `${m.label}: ${effect(m.impact)}`)))
        : 'Nothing earlier moved this bloc',
    ]),
  );
}
