// The "Why this result?" ledger, shared by the vote screen and the debrief, read from the vote's record only:
// each bloc's seats and votes with the causes that moved it (dated, in percentage points of its vote, + towards
// the motion), and each Politburo member's vote with his reasons.
import { causeTexts } from '../debrief/causes';
import type { LedgerLine, VoteLedger } from '../debrief/types';
import { el, table } from './dom';

export function ledgerTable(caption: string, rows: readonly LedgerLine[]): HTMLTableElement {
  return table(
    caption,
    ['Bloc', 'Seats', 'For', 'Against', 'Abstain', 'Why it voted so (percentage points of its votes for the motion)'],
    rows.map((b) => {
      const why = causeTexts(b);
      return [
        b.name,
        String(b.seats),
        String(b.for),
        String(b.against),
        String(b.abstain),
        why.length ? el('ul', { class: 'moved' }, ...why.map((line) => el('li', {}, line))) : 'Nothing earlier moved this bloc',
      ];
    }),
  );
}

/** Each Politburo member in turn: his faction on the day, his vote and his reasons. */
export function membersTable(caption: string, members: VoteLedger['members']): HTMLTableElement {
  return table(
    caption,
    ['Member', 'Faction', 'Vote', 'Why'],
    members.map((m) => [m.name, m.camp, el('span', { class: `ballot-${m.vote}` }, m.vote), m.reasons]),
  );
}
