// The words the game uses about itself, in one place: the bodies that vote, the rivals' policies, tallies,
// how the uncommitted members behaved, points and percentages. The screens, the debrief, its Markdown, the Lab
// and the command-line tools all print these, so a sentence is written once and reads the same everywhere.

/** The bodies that vote, as a student reads them. */
export const BODY_NAMES: Readonly<Record<string, string>> = {
  politburo: 'Politburo',
  cc: 'Central Committee plenum',
  conference: 'Party Conference',
  congress: 'Party Congress',
};

export function bodyName(body: string): string {
  return BODY_NAMES[body] ?? body;
}

type PolicyKey = 'historical' | 'shrewd' | 'random';

/** A rival's policy: its name on the setup screen and in the Lab, and what it means in one sentence. */
export const POLICY_WORDS: Readonly<Record<PolicyKey, { label: string; rival: string; lab: string; hint: string }>> = {
  historical: {
    label: 'Historical rival',
    rival: 'does what he really did',
    lab: 'Historical: does what he really did',
    hint: 'Your rival does what he really did.',
  },
  shrewd: {
    label: 'Shrewd rival',
    rival: 'looks ahead and plays to win',
    lab: 'Shrewd: looks ahead and plays to win',
    hint: 'Your rival looks ahead and plays to win.',
  },
  random: {
    label: 'Unpredictable rival',
    rival: 'chooses at random',
    lab: 'Unpredictable: chooses at random',
    hint: 'Your rival chooses at random.',
  },
};

/** Who made a choice, as the debrief's timeline says it. */
export const CHOSEN_BY: Readonly<Record<'player' | PolicyKey | 'forced', string>> = {
  player: 'you',
  historical: 'as he really did',
  shrewd: 'looking ahead',
  random: 'at random',
  forced: 'fixed by a lab factor',
};

/** A vote's tally: "559–65" or "559–65, 3 abstaining". */
export function tallyText(v: { for: number; against: number; abstain: number }): string {
  return `${v.for}–${v.against}${v.abstain ? `, ${v.abstain} abstaining` : ''}`;
}

/** What the members who follow the party line did in a vote. */
export function lineSentence(lineWith: 'sponsor' | 'target' | 'split'): string {
  const side = lineWith === 'sponsor' ? 'sponsors' : lineWith === 'target' ? 'target' : 'two sides equally';
  return `The uncommitted loyalists followed the ${side}.`;
}

/** Points with a sign, rounded to a tenth: "+4.2", "−0.7", "0.0". */
export function signedPoints(p: number): string {
  const r = Math.round(p * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}`;
}

/** Points with a sign and the word: "+4.2 points", "+1.0 point". */
export function pointsWord(p: number): string {
  return `${signedPoints(p)} point${Math.abs(Math.round(p * 10) / 10) === 1 ? '' : 's'}`;
}

/** A probability as a percentage, to a tenth: "84.5%". */
export function percent(p: number): string {
  return `${(100 * p).toFixed(1)}%`;
}

/** A change in probability as percentage points, always signed, as the Lab prints it: "+3.5", "−1.0", "+0.0". */
export function probabilityPoints(d: number): string {
  return `${d >= 0 ? '+' : '−'}${Math.abs(100 * d).toFixed(1)}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The longest piece of someone else's text a message repeats back. */
export const ECHO_LIMIT = 80;

/** A value from outside (an address, a file) as a message repeats it: cut to 80 characters with "…". */
export function echoValue(text: string, limit = ECHO_LIMIT): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
