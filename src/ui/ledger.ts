// The "Why this result?" ledger table, shared by the vote screen and the debrief: each bloc's seats and
// votes, and the earlier decisions and events that moved it (signed: + helped the motion).
import { el, table } from './dom';
import { leaningPoints } from '../scenario/words';

export interface LedgerRow {
  name: string;
  seats: number;
  for: number;
  against: number;
  abstain: number;
  movedBy: { label: string; impact: number }[];
}

/** How much an earlier step moved a bloc: its direction, and its size on the bloc's 100-point leaning. */
function effect(impact: number): string {
  return `${impact >= 0 ? 'helped' : 'hurt'} the motion (${leaningPoints(impact)} of 100 in the bloc's leaning)`;
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
