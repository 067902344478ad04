// A vote's words as the student reads them: the scenario's own, or those of the variant that the vote's frozen
// record names (chosen by its premises on the day the vote was held). Only the words change; who sponsored
// the motion, against whom, and what it did are the vote's own.
import type { Vote } from './schema';

/** The vote as shown for a record that may name a variant of its words. */
export function voteWords(vote: Vote, variant: string | undefined): Vote {
  const t = variant === undefined ? undefined : vote.texts?.find((x) => x.id === variant);
  if (!t) return vote;
  return {
    ...vote,
    title: t.title ?? vote.title,
    motion: t.motion ?? vote.motion,
    historical: t.summary === undefined ? vote.historical : { ...vote.historical, summary: t.summary },
    note: t.note ?? vote.note,
  };
}
