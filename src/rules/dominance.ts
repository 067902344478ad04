// Who dominates the Party at a given moment, judged by the Politburo: a camp that holds more than half of
// the full seats on its own, or the General Secretary's camp when its side holds the majority and it is the
// largest camp within that side. Otherwise power is shared: "collective".
import { CAMPS, type Camp } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import { CAMP_BIT, sideIndex, type GameState } from './state';
import { seatCounts, seatsOf, sideMask } from './support';

const COUNTS = new Int32Array(4);

export function dominantCamp(ctx: Ctx, s: GameState): Camp | 'collective' {
  const counts = seatCounts(s, COUNTS);
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total === 0) return 'collective';
  let best = 0;
  for (let i = 1; i < 4; i++) if (counts[i] > counts[best]) best = i;
  if (counts[best] * 2 > total) return CAMPS[best];
  const gs = s.posts['general-secretary'];
  if (!gs || s.leaders[gs].status !== 'active') return 'collective';
  const gsCamp = s.leaders[gs].camp;
  const side = sideMask(ctx, s, gsCamp);
  const own = counts[sideIndex(gsCamp) - 1];
  if (seatsOf(counts, side) * 2 <= total) return 'collective';
  for (let i = 0; i < 4; i++) if (side & (1 << i) && (1 << i) !== CAMP_BIT[gsCamp] && counts[i] >= own) return 'collective';
  return gsCamp;
}
