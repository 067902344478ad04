// Human names for ids found in game state: leaders, posts, camps and the sources of the ledger.
import type { Scenario } from '../scenario/playable';
import type { Seat, Side } from '../rules/state';

import { campName, leaderName } from '../scenario/names';

export { campName, leaderName, postName, sourceTitle as sourceLabel } from '../scenario/names';

/** One letter per side, so that the map never relies on colour alone. */
export const SIDE_LETTER: Record<Side, string> = { stalin: 'S', trotsky: 'T', zinoviev: 'Z', bukharin: 'B', line: 'L' };

export function sideName(sc: Scenario, side: Side): string {
  const name = side === 'line' ? 'The party line (uncommitted)' : campName(sc, side);
  return name.charAt(0).toUpperCase() + name.slice(1);
}


/** What became of a leader who is no longer active; null while he is. */
export function statusWord(status: string): string | null {
  const words: Record<string, string> = {
    removed: 'removed from office',
    expelled: 'expelled from the Party',
    exiled: 'in exile',
    dead: 'dead',
  };
  return status === 'active' ? null : (words[status] ?? status);
}

/** A leader's place in the Politburo, for those who hold no post of their own. */
export function seatName(seat: Seat): string {
  return seat === 'full' ? 'Politburo member' : seat === 'candidate' ? 'Politburo candidate' : 'not in the Politburo';
}

/** A leader's standing as words and numbers out of 100, never as colour alone. */
export function standingText(l: { prestige: number; heir: number; stigma: number }): string {
  const of100 = (v: number) => `${Math.round(v)} of 100`;
  return `Prestige ${of100(l.prestige)} · Heir to Lenin ${of100(l.heir)} · Stigma ${of100(l.stigma)}`;
}

/** A leader's surname, as the stage prints it under a portrait. */
export function shortName(sc: Scenario, id: string): string {
  return leaderName(sc, id).split(' ').slice(-1)[0];
}
