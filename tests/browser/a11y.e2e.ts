// Axe finds no violations on the title, sources, setup, desk, vote, ending and debrief screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { axeViolations, clickOn, heading, kicker, onVoteScreen, open, playToDebrief, stepUntil } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


/** The kind of game screen on show, by its kicker, to check each kind once (null for the desk and the rest). */
async function screenKind(page: Page): Promise<string | null> {
  if (await onVoteScreen(page)) return 'vote';
  const k = await kicker(page);
  const kinds: [string, string][] = [['Decision', 'decision'], ['Your decision', 'outcome'], ['Consequences', 'consequences'], ['The ending', 'ending']];
  return kinds.find(([start]) => k.startsWith(start))?.[1] ?? null;
}

describe('accessibility', () => {
  it('has no axe violations on the main screens', async () => {
    const { page, context } = await open(browser, '?seed=9');
    const found: Record<string, string[]> = {};
    found.title = await axeViolations(page);
    await page.getByRole('button', { name: 'Sources' }).click();
    await page.locator('#panel h1', { hasText: 'Sources' }).waitFor();
    expect(await page.locator('#panel .bibliography li').count()).toBeGreaterThan(40);
    found.sources = await axeViolations(page);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#panel h1', { hasText: 'New game' }).waitFor();
    found.setup = await axeViolations(page);
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    // A half-year may open on a decision: the desk is the first screen with the calendar.
    await stepUntil(page, 'the desk', async (p) => (await p.locator('#panel .calendar').count()) > 0);
    found.desk = await axeViolations(page);
    const checked = new Set<string>();
    await playToDebrief(page, 'mouse', async (_h, p) => {
      const screen = await screenKind(p);
      if (screen && !checked.has(screen)) {
        checked.add(screen);
        found[screen] = await axeViolations(p);
      }
    });
    expect(await heading(page)).toBe('Your path against history');
    found.debrief = await axeViolations(page);
    await clickOn(page, 'Back to the title');
    await clickOn(page, 'Settings');
    found.settings = await axeViolations(page);
    expect(await heading(page)).toBe('Settings');
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['title', 'sources', 'setup', 'desk', 'decision', 'outcome', 'vote', 'consequences', 'ending', 'debrief', 'settings']));
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  });
});
