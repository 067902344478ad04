// The "Why this result?" ledger, shared by the vote screen and the debrief, read from the vote's record only:
// each bloc's seats and votes with the causes that moved it (dated, in percentage points of its vote, + towards
// the motion), and each Politburo member's vote with his reasons.
import { causeTexts } from '../debrief/causes';
import type { LedgerLine, VoteLedger } from '../debrief/types';
import { el, table } from './dom';

/**
 * The blocs' seats and votes as a table, then what moved each bloc as its own list, so that the table stays
 * narrow enough for a phone.
 */
export function ledgerTable(caption: string, rows: readonly LedgerLine[]): HTMLElement {
  const votes = table(
    caption,
    ['Bloc', 'Seats', 'For', 'Against', 'Abstain'],
    rows.map((b) => [b.name, String(b.seats), String(b.for), String(b.against), String(b.abstain)]),
  );
  const why = rows.map((b) => {
    const lines = causeTexts(b);
    return el(
      'details',
      { class: 'moved' },
      el('summary', {}, b.share === undefined ? `${b.name}: what moved it` : `${b.name}: ${b.share.toFixed(1)}% for the motion — what moved it`),
      lines.length ? el('ul', {}, ...lines.map((line) => el('li', {}, line))) : el('p', {}, 'Nothing earlier moved this bloc.'),
    );
  });
  return el('div', { class: 'ledger-blocs' }, votes, ...why);
}

/** Each Politburo member in turn: his faction on the day, his vote and his reasons. */
export function membersTable(caption: string, members: VoteLedger['members']): HTMLTableElement {
  return table(
    caption,
    ['Member', 'Faction', 'Vote', 'Why'],
    members.map((m) => [m.name, m.camp, el('span', { class: `ballot-${m.vote}` }, m.vote), m.reasons]),
  );
}
