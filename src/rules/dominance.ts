// Who dominates the Party at a given moment, judged by the Politburo: a camp that holds more than half of
// the full seats on its own, or the General Secretary's camp when its side holds the majority and it is the
// largest camp within that side. Otherwise power is shared: "collective".
import type { Ctx } from '../scenario/playable';
import { ACTIVE, COLLECTIVE, type Board } from './board';
import { seatCounts, seatsOf, sideMask } from './support';

/** The dominant camp's index in CAMPS, or COLLECTIVE. */
export function dominantCamp(_ctx: Ctx, b: Board): number {
  const counts = seatCounts(b);
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total === 0) return COLLECTIVE;
  let best = 0;
  for (let i = 1; i < 4; i++) if (counts[i] > counts[best]) best = i;
  if (counts[best] * 2 > total) return best;
  const gs = b.ix.gs < 0 ? -1 : b.post[b.ix.gs];
  if (gs < 0 || b.status[gs] !== ACTIVE) return COLLECTIVE;
  const gsCamp = b.camp[gs];
  const side = sideMask(b, gsCamp);
  const own = counts[gsCamp];
  if (seatsOf(counts, side) * 2 <= total) return COLLECTIVE;
  for (let i = 0; i < 4; i++) if (side & (1 << i) && i !== gsCamp && counts[i] >= own) return COLLECTIVE;
  return gsCamp;
}
