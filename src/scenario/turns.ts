// Half-year turns, counted from the campaign's start: turn 0 is the half-year its `start` names ("1923H1" is
// January–June 1923, "1923H2" July–December), turn 1 the half-year after, and so on. A lesson counts turns
// from its campaign's start, so the same turn number means the same half-year in both.

/** A campaign's calendar: the half-year of its turn 0, counted as year × 2 plus 0 (January–June) or 1. */
export interface Calendar {
  readonly origin: number;
}

/** A half-year counted from year 0, for comparing labels: "1923H1" is 3846, "1923H2" is 3847. */
export function halfYears(label: string): number {
  return Number(label.slice(0, 4)) * 2 + Number(label.slice(5)) - 1;
}

/** The calendar of a campaign that starts in the given half-year. */
export function calendarFrom(start: string): Calendar {
  return { origin: halfYears(start) };
}

export function turnIndex(cal: Calendar, label: string): number {
  return halfYears(label) - cal.origin;
}

export function turnLabel(cal: Calendar, index: number): string {
  return `${turnYear(cal, index)}H${((cal.origin + index) % 2) + 1}`;
}

/** "January–June 1926" or "July–December 1926": how the calendar on the desk names a turn. */
export function turnName(cal: Calendar, index: number): string {
  return `${turnHalf(cal, index)} ${turnYear(cal, index)}`;
}

/** The year a turn falls in. */
export function turnYear(cal: Calendar, index: number): number {
  return Math.floor((cal.origin + index) / 2);
}

/** "January–June" or "July–December": the half of the year a turn covers. */
export function turnHalf(cal: Calendar, index: number): string {
  return (cal.origin + index) % 2 === 0 ? 'January–June' : 'July–December';
}
