// Whole games in Chromium: with the keyboard alone as each side, a lesson with the mouse, no console errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './server';
import { heading, open, playToDebrief, tabTo } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a whole game', () => {
  it('plays the campaign as Stalin with the keyboard alone, without console errors', async () => {
    const { page, context, errors } = await open(browser, '?seed=7');
    await tabTo(page, 'New game');
    await page.keyboard.press('Enter');
    expect(await heading(page)).toBe('New game');
    await tabTo(page, 'Start the game');
    await page.keyboard.press('Enter');
    let ledgers = 0;
    const seen = await playToDebrief(page, 'keyboard', async (_h, p) => {
      if (await p.getByRole('heading', { name: 'Why this result?' }).count()) ledgers++;
    });
    expect(ledgers).toBeGreaterThan(0);
    expect(seen.some((h) => /January–June 1923/.test(h))).toBe(true);
    expect(await page.locator('#panel article').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays the campaign as Trotsky with the keyboard alone', async () => {
    const { page, context, errors } = await open(browser, '?seed=11');
    await tabTo(page, 'New game');
    await page.keyboard.press('Space');
    await tabTo(page, 'Stalin');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#role-trotsky').isChecked()).toBe(true);
    await tabTo(page, 'Start the game');
    await page.keyboard.press('Enter');
    const seen = await playToDebrief(page, 'keyboard');
    expect(seen.length).toBeGreaterThan(10);
    await expect(page.locator('#panel').getByText('You chose:').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays a lesson scenario with the mouse', async () => {
    const { page, context, errors } = await open(browser, '?seed=3');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel(/The funeral and the Testament, 1924/).check();
    await page.getByRole('button', { name: 'Start the game' }).click();
    const seen = await playToDebrief(page, 'mouse');
    // The lesson opens in 1924, not in 1923, and ends after three half-years.
    expect(seen).toContain('January–June 1924');
    expect(seen).not.toContain('January–June 1923');
    expect(seen).not.toContain('July–December 1925');
    expect(seen).toContain('Your path against history');
    expect(errors).toEqual([]);
    await context.close();
  });
});
