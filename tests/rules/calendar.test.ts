// The calendar comes from the campaign's `start`: turn 0 is the half-year it names, and a lesson numbers its
// turns as its campaign does.
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/scenario/playable';
import { calendarFrom, turnHalf, turnIndex, turnLabel, turnName, turnYear } from '../../src/scenario/turns';
import { campaignCtx, catalog } from '../helpers';
import { contextFor } from '../../src/scenario/catalog';

describe('the calendar', () => {
  it('starts the campaign in January 1923, its start, and ends it in December 1929', () => {
    const cal = campaignCtx.sc.calendar;
    expect(turnLabel(cal, 0)).toBe('1923H1');
    expect(turnName(cal, 0)).toBe('January–June 1923');
    expect(turnName(cal, 5)).toBe('July–December 1925');
    expect(turnLabel(cal, campaignCtx.sc.end)).toBe('1929H2');
    expect([turnHalf(cal, 13), turnYear(cal, 13)]).toEqual(['July–December', 1929]);
  });

  it('counts from any start, in either half of the year', () => {
    const cal = calendarFrom('1924H2');
    expect(turnName(cal, 0)).toBe('July–December 1924');
    expect(turnName(cal, 1)).toBe('January–June 1925');
    expect(turnLabel(cal, 4)).toBe('1926H2');
    for (const label of ['1924H2', '1925H1', '1927H2', '1929H1']) expect(turnLabel(cal, turnIndex(cal, label))).toBe(label);
  });

  it('places the scenario\'s decisions, events and votes by the campaign\'s start', () => {
    const campaign = catalog.campaigns[0];
    const earlier = buildScenario({ ...campaign, start: '1922H2' });
    expect(earlier.calendar).toEqual(calendarFrom('1922H2'));
    expect([earlier.start, earlier.end]).toEqual([0, 14]);
    expect(earlier.decisionsByTurn[0]).toEqual([]);
    for (let t = 0; t <= campaignCtx.sc.end; t++) {
      expect(earlier.decisionsByTurn[t + 1].map((d) => d.id)).toEqual(campaignCtx.sc.decisionsByTurn[t].map((d) => d.id));
      expect(earlier.votesByTurn[t + 1].map((v) => v.id)).toEqual(campaignCtx.sc.votesByTurn[t].map((v) => v.id));
    }
    expect(campaignCtx.sc.decisionsByTurn[0].length).toBeGreaterThan(0);
  });

  it('numbers a lesson\'s turns as its campaign does', () => {
    for (const lesson of catalog.lessons) {
      const sc = contextFor(catalog, lesson.id).sc;
      expect(sc.calendar).toEqual(campaignCtx.sc.calendar);
      expect(turnLabel(sc.calendar, sc.start)).toBe(lesson.start);
      expect(turnLabel(sc.calendar, sc.end)).toBe(lesson.end);
    }
  });
});
