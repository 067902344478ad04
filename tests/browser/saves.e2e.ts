// Saves, settings and bad links: reload mid-game and Continue; settings survive a reload; damaged saves and
// unknown scenarios or lenses give a clear message and a way on; a new game asks before it replaces a save;
// two tabs playing the same save are told about each other.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './server';
import { heading, open } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const click = async (page: import('playwright-core').Page, name: string) => {
  const before = await heading(page);
  await page.locator('#panel').getByRole('button', { name, exact: true }).first().click();
  await page.waitForFunction((prev) => document.querySelector('#panel h1')?.textContent !== prev || document.activeElement === document.querySelector('#panel h1'), before);
};

/** True when keyboard focus is on (or inside) the page's alert, so a screen reader reads it first. */
const focusedInAlert = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.closest('[role="alert"]') !== null && document.activeElement !== document.body);

describe('saves and settings', () => {
  it('resumes the same turn and screen after a reload mid-game', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    // Play into the second half-year.
    for (let i = 0; i < 40 && (await heading(page)) !== 'July–December 1923'; i++) {
      const option = page.locator('#panel .options button').first();
      if (await option.count()) await option.click();
      else {
        const names = (await page.locator('#panel button').allTextContents()).map((s) => s.trim());
        await click(page, ['Next vote', 'Continue'].find((n) => names.includes(n))!);
      }
      await page.locator('#panel h1').first().waitFor();
    }
    expect(await heading(page)).toBe('July–December 1923');
    const options = page.locator('#panel .options button');
    await click(page, 'Continue');
    const screen = await heading(page);
    const hadOptions = await options.count();
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await heading(page)).toBe('After Lenin');
    await click(page, 'Continue');
    expect(await heading(page)).toBe(screen);
    expect(await options.count()).toBe(hadOptions);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back to the outcome of a decision after a reload, and only to a matching one', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    await click(page, 'Continue');
    const option = ((await page.locator('#panel .options button').first().textContent()) ?? '').trim();
    await click(page, option);
    const kicker = async () => ((await page.locator('#panel .kicker').first().textContent()) ?? '').trim();
    expect(await kicker()).toMatch(/^Your decision/);
    const outcome = { heading: await heading(page), kicker: await kicker(), text: await page.locator('#panel .outcome').textContent() };
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Continue');
    expect({ heading: await heading(page), kicker: await kicker(), text: await page.locator('#panel .outcome').textContent() }).toEqual(outcome);
    // The screen state is only trusted when it matches the save: a tampered one is ignored.
    await page.evaluate(() => {
      const ui = JSON.parse(localStorage.getItem('after-lenin:ui')!);
      localStorage.setItem('after-lenin:ui', JSON.stringify({ ...ui, outcome: { decision: 'no-such-decision', option: 'x' } }));
    });
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Continue');
    expect(await kicker()).not.toMatch(/^Your decision/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps settings across a reload', async () => {
    const { page, context } = await open(browser);
    await click(page, 'Settings');
    await page.getByLabel('Mute all sound').check();
    await page.getByLabel('Larger').check();
    await page.getByLabel('Music volume').fill('20');
    await page.getByLabel('Reduce motion (animations are skipped)').check();
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('text-larger');
    await click(page, 'Settings');
    expect(await page.getByLabel('Mute all sound').isChecked()).toBe(true);
    expect(await page.getByLabel('Larger').isChecked()).toBe(true);
    expect(await page.getByLabel('Music volume').inputValue()).toBe('20');
    expect(await page.getByLabel('Reduce motion (animations are skipped)').isChecked()).toBe(true);
    await context.close();
  });

  it('explains a damaged save and still lets a new game start', async () => {
    const { page, context } = await open(browser);
    await page.evaluate(() => localStorage.setItem('after-lenin:save', '{"version":1,"config":'));
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('not valid JSON');
    expect(await focusedInAlert(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await page.evaluate(() => localStorage.setItem('after-lenin:save', JSON.stringify({ version: 0, config: { scenario: 'campaign', role: 'stalin', lens: 'many-causes', seed: 1, policies: { stalin: 'historical', trotsky: 'historical' } }, log: [], snapshot: {} })));
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('older version');
    await click(page, 'New game');
    await click(page, 'Start the game');
    expect(await heading(page)).toBe('Replace your saved game?');
    expect(await page.locator('#panel').textContent()).toContain('it is damaged');
    await click(page, 'Replace it and start');
    expect(await page.getByRole('button', { name: 'Begin' }).count()).toBe(1);
    await context.close();
  });

  it('asks before a new game replaces the saved one, and offers the saved one as a file first', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    await click(page, 'Save and leave');
    const saved = (await page.locator('.menu .hint').textContent()) ?? '';
    await click(page, 'New game');
    await page.check('#role-trotsky');
    await click(page, 'Start the game');
    expect(await heading(page)).toBe('Replace your saved game?');
    expect(await page.locator('#panel').textContent()).toContain(saved);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved game', exact: true }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).log.length).toBeGreaterThan(0);
    // Back: the saved game is still there.
    await click(page, 'Back to the title');
    expect(await page.locator('.menu .hint').textContent()).toBe(saved);
    // Replace: the new game takes its place.
    await click(page, 'New game');
    await page.check('#role-trotsky');
    await click(page, 'Start the game');
    await click(page, 'Replace it and start');
    expect(await page.getByRole('button', { name: 'Begin' }).count()).toBe(1);
    await click(page, 'Save and leave');
    expect(await page.locator('.menu .hint').textContent()).toContain('Trotsky');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells each of two tabs playing the same saved game about the other', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    expect(await page.locator('#other-tab').count()).toBe(0);
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    await second.goto(page.url());
    await second.locator('#panel h1').first().waitFor();
    await click(second, 'Continue');
    // The first tab hears that the second has saved over its game, and says so at once.
    await page.locator('#other-tab[role="alert"]').waitFor({ timeout: 5000 });
    expect(await page.locator('#other-tab').textContent()).toContain('open in another tab');
    expect(await second.locator('#other-tab').count()).toBe(0);
    // A step in the first tab tells the second.
    await click(page, 'Continue');
    await second.locator('#other-tab[role="alert"]').waitFor({ timeout: 5000 });
    // The notice stays on the first tab's next screens.
    expect(await page.locator('#other-tab').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names an unknown scenario or lens in the address and offers a way back', async () => {
    const { page, context } = await open(browser, '?scenario=no-such-thing&lens=nor-this');
    expect(await heading(page)).toBe('This link does not open a game');
    const alert = (await page.getByRole('alert').textContent()) ?? '';
    expect(alert).toContain('no-such-thing');
    expect(alert).toContain('nor-this');
    expect(await focusedInAlert(page)).toBe(true);
    await click(page, 'Back to the title');
    expect(await heading(page)).toBe('After Lenin');
    await context.close();
  });

  it('preselects the setup from the address', async () => {
    const { page, context } = await open(browser, '?scenario=campaign&role=trotsky&lens=apparatus');
    expect(await heading(page)).toBe('New game');
    expect(await page.locator('#role-trotsky').isChecked()).toBe(true);
    expect(await page.locator('#lens-apparatus').isChecked()).toBe(true);
    await context.close();
  });
});
