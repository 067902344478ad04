// Every moment of the campaign carries a real calendar day inside its turn (and, for a window of turns, one for
// each later turn); the validator names the moment and the field when a day is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCampaign } from '../../src/scenario/loader';
import { dayName, halfYearOf, isDay } from '../../src/scenario/days';

const text = readFileSync(join(__dirname, '..', '..', 'scenarios', 'campaign.yaml'), 'utf8');
const problems = (t: string) => {
  const r = loadCampaign('c.yaml', t);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('days', () => {
  it('knows real days and their half-years', () => {
    expect(isDay('1924-01-21')).toBe(true);
    expect(isDay('1924-02-29')).toBe(true);
    expect(isDay('1925-02-29')).toBe(false);
    expect(isDay('1924-13-01')).toBe(false);
    expect(isDay('21 January 1924')).toBe(false);
    expect(halfYearOf('1924-06-30')).toBe('1924H1');
    expect(halfYearOf('1924-07-01')).toBe('1924H2');
    expect(dayName('1924-01-21')).toBe('21 January 1924');
  });

  it('the campaign is valid with a day for every moment', () => {
    expect(problems(text)).toEqual([]);
  });

  it('reports a day that is not real, outside its turn, or missing for a turn of the window', () => {
    expect(problems(text.replace('    day: 1923-10-25\n', '    day: 1923-10-32\n'))).toEqual([
      'c.yaml: votes[0:october-1923-plenum].day: must be a real day written as YYYY-MM-DD, such as "1924-01-21"',
    ]);
    expect(problems(text.replace('    day: 1923-10-25\n', '    day: 1924-01-25\n'))).toEqual([
      'c.yaml: votes[0:october-1923-plenum].day: 1924-01-25 is not in its turn, 1923H2',
    ]);
    expect(problems(text.replace('    dayIn: { 1924H2: 1924-07-22, 1925H1: 1925-01-22 }\n', '    dayIn: { 1924H2: 1924-07-22 }\n'))).toEqual([
      'c.yaml: decisions[4:trotsky-funeral].dayIn: needs a day for 1925H1, a turn of its window',
    ]);
  });
});
