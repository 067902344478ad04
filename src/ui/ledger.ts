// The "Why this result?" ledger, shared by the vote screen and the debrief, laid out from the words of the vote's
// record (debrief/voteWords, which the game's transcript prints too): each bloc's seats and votes with the causes
// that moved it (dated, in percentage points of its vote, + towards the motion), and each Politburo member's vote
// with his reasons.
import { BLOC_COLUMNS, MEMBER_COLUMNS, NOTHING_MOVED, type BlocWords, type MemberWords } from '../debrief/voteWords';
import { el, table } from './dom';

/**
 * The blocs' seats and votes as a table, then what moved each bloc as its own list, so that the table stays
 * narrow enough for a phone.
 */
export function ledgerTable(caption: string, blocs: readonly BlocWords[]): HTMLElement {
  const votes = table(
    caption,
    [...BLOC_COLUMNS],
    blocs.map((b) => [b.name, String(b.seats), String(b.for), String(b.against), String(b.abstain)]),
  );
  const why = blocs.map((b) =>
    el(
      'details',
      { class: 'moved' },
      el('summary', {}, b.summary),
      b.causes.length ? el('ul', {}, ...b.causes.map((line) => el('li', {}, line))) : el('p', {}, NOTHING_MOVED),
    ),
  );
  return el('div', { class: 'ledger-blocs' }, votes, ...why);
}

/** Each Politburo member in turn: his faction on the day, his vote and his reasons. */
export function membersTable(caption: string, members: readonly MemberWords[]): HTMLTableElement {
  return table(
    caption,
    [...MEMBER_COLUMNS],
    members.map((m) => [m.name, m.camp, el('span', { class: `ballot-${m.vote}` }, m.vote), m.reasons]),
  );
}
