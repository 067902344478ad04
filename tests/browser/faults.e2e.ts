// Small faults, each pinned: the stage after a reload on a decision's outcome; Escape leaves the settings;
// the volume sliders show and speak their values; what the game focuses shows a ring only to keyboard users;
// "Back to the title" forgets the address's setup; a long value in the address is not echoed in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch } from './server';
import { clickOn as click, heading, kicker, open, toDecision } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stageScene = (page: Page) => page.evaluate(() => document.getElementById('stage')?.dataset.scene ?? null);
const outline = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);

describe('small faults', () => {
  it('draws the desk on the stage after a reload on a decision’s outcome, without a click', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    await toDecision(page);
    await click(page, ((await page.locator('#panel .options button').first().textContent()) ?? '').trim());
    expect(await kicker(page)).toMatch(/^Your decision/);
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Continue slot 1');
    expect(await kicker(page)).toMatch(/^Your decision/);
    await page.waitForFunction(() => document.getElementById('stage')?.dataset.drawn !== undefined, undefined, { timeout: 10000 });
    expect(await stageScene(page)).toBe('Desk');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes the settings with Escape, on the title and in a game', async () => {
    const { page, context } = await open(browser, '?seed=5');
    await click(page, 'Settings');
    await page.keyboard.press('Escape');
    await page.locator('#panel h1', { hasText: 'After Lenin' }).waitFor();
    await click(page, 'New game');
    await click(page, 'Start the game');
    const briefing = await heading(page);
    await click(page, 'Settings');
    expect(await heading(page)).toBe('Settings');
    await page.keyboard.press('Escape');
    await page.waitForFunction((h) => document.querySelector('#panel h1')?.textContent === h, briefing);
    // Escape elsewhere does nothing.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await heading(page)).toBe(briefing);
    await context.close();
  });

  it('shows and speaks the volume sliders’ values', async () => {
    const { page, context } = await open(browser);
    await click(page, 'Settings');
    const music = page.getByLabel('Music volume');
    expect(await page.locator('#music-volume-value').textContent()).toBe('40%');
    expect(await music.getAttribute('aria-valuetext')).toBe('40%');
    expect(await page.locator('#effects-volume-value').textContent()).toBe('80%');
    await music.fill('25');
    expect(await page.locator('#music-volume-value').textContent()).toBe('25%');
    expect(await music.getAttribute('aria-valuetext')).toBe('25%');
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Settings');
    expect(await page.locator('#music-volume-value').textContent()).toBe('25%');
    await context.close();
  });

  it('rings the focused heading for keyboard users only', async () => {
    const { page, context } = await open(browser);
    // On loading, the heading has focus (for screen readers) but no ring: nobody has pressed a key yet.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await outline(page)).toBe('none');
    await page.locator('#panel').getByRole('button', { name: 'New game', exact: true }).click();
    await page.locator('#panel h1', { hasText: 'New game' }).waitFor();
    expect(await outline(page)).toBe('none');
    const back = page.locator('#panel').getByRole('button', { name: 'Back to the title', exact: true });
    await back.focus();
    await page.keyboard.press('Enter');
    await page.locator('#panel h1', { hasText: 'After Lenin' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await outline(page)).not.toBe('none');
    await context.close();
  });

  it('forgets the address’s setup on the way back to the title, so a reload opens the title', async () => {
    const { page, context } = await open(browser, '?scenario=funeral-and-testament&role=trotsky&seed=5');
    expect(await heading(page)).toBe('New game');
    await click(page, 'Back to the title');
    expect(await page.evaluate(() => location.search)).toBe('?seed=5');
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await heading(page)).toBe('After Lenin');
    await context.close();
  });

  it('cuts a long value from the address to 80 characters in its message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const base = inject('baseUrl');
    // The page itself is served for the long address (a server would refuse so long a request line).
    await page.route((url) => url.search.length > 1000, async (route) => route.fulfill({ response: await route.fetch({ url: base }) }));
    await page.goto(`${base}?scenario=${'x'.repeat(100_000)}`);
    await page.locator('#panel h1').first().waitFor();
    expect(await heading(page)).toBe('This link does not open a game');
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain(`"${'x'.repeat(79)}…"`);
    expect(alert.length).toBeLessThan(400);
    await context.close();
  });
});
