// Half-year turns. Turn index 0 is 1923H1 (January–June 1923); index 13 is 1929H2.
export const FIRST_YEAR = 1923;

export function turnIndex(label: string): number {
  const year = Number(label.slice(0, 4));
  const half = Number(label.slice(5));
  return (year - FIRST_YEAR) * 2 + (half - 1);
}

export function turnLabel(index: number): string {
  return `${FIRST_YEAR + Math.floor(index / 2)}H${(index % 2) + 1}`;
}

/** "January–June 1926" or "July–December 1926": how the calendar on the desk names a turn. */
export function turnName(index: number): string {
  return `${turnHalf(index)} ${turnYear(index)}`;
}

/** The year a turn falls in. */
export function turnYear(index: number): number {
  return FIRST_YEAR + Math.floor(index / 2);
}

/** "January–June" or "July–December": the half of the year a turn covers. */
export function turnHalf(index: number): string {
  return index % 2 === 0 ? 'January–June' : 'July–December';
}
