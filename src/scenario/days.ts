// Calendar days of the scenario's moments, written "1924-01-21". A day names the half-year it falls in, and the
// moments of one half-year are resolved in the order of their days.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a text is a real calendar day in the form YYYY-MM-DD. */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

/** The half-year a day falls in: "1924-01-21" → "1924H1". */
export function halfYearOf(day: string): string {
  return `${day.slice(0, 4)}H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as a student reads it: "21 January 1924". */
export function dayName(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/** The first day of a half-year: "1924H2" → "1924-07-01". */
export function firstDayOf(turn: string): string {
  return `${turn.slice(0, 4)}-${turn.endsWith('1') ? '01-01' : '07-01'}`;
}

/** The last day of a half-year: "1924H1" → "1924-06-30". */
export function lastDayOf(turn: string): string {
  return `${turn.slice(0, 4)}-${turn.endsWith('1') ? '06-30' : '12-31'}`;
}
