// Who dominates the Party at a given moment, judged by the Politburo: a camp that holds more than half of
// the full seats on its own, or the General Secretary's camp when its side holds the majority and it is the
// largest camp within that side. Otherwise power is shared: "collective".
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import type { GameState } from './state';
import { politburoSeats, sideOf } from './support';

export function dominantCamp(ctx: Ctx, s: GameState): Camp | 'collective' {
  const total = politburoSeats(s, CAMPS);
  if (total === 0) return 'collective';
  let best: Camp | null = null;
  let bestSeats = -1;
  for (const camp of CAMPS) {
    const n = politburoSeats(s, [camp]);
    if (n > bestSeats) {
      best = camp;
      bestSeats = n;
    }
  }
  if (best && bestSeats * 2 > total) return best;
  const gs = s.posts['general-secretary'];
  if (!gs || s.leaders[gs].status !== 'active') return 'collective';
  const gsCamp = s.leaders[gs].camp;
  const side = sideOf(ctx, s, gsCamp);
  const own = politburoSeats(s, [gsCamp]);
  if (politburoSeats(s, side) * 2 > total && side.every((c) => c === gsCamp || politburoSeats(s, [c]) < own)) {
    return gsCamp;
  }
  return 'collective';
}
