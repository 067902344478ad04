// Saves, settings and bad links: reload mid-game and Continue; settings survive a reload; damaged saves and
// unknown scenarios or lenses give a clear message and a way on; three games keep three slots, and a new game
// or a loaded file asks before it replaces one; two tabs playing the same slot are told about each other.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './server';
import { clickOn as click, heading, kicker, open, stepOn, toDecision } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** True when keyboard focus is on (or inside) the page's alert, so a screen reader reads it first. */
/** The title's line for a slot's game. */
const hint = async (page: import('playwright-core').Page, slot: number) => ((await page.locator(`#slot-hint-${slot}`).textContent()) ?? '').trim();

/** From the title, starts a new game in the given role; `begin` also clicks Begin (a free slot is expected). */
const startIn = async (page: import('playwright-core').Page, role: 'stalin' | 'trotsky', begin = true) => {
  await click(page, 'New game');
  await page.check(`#role-${role}`);
  await click(page, 'Start the game');
  if (begin) await click(page, 'Begin');
};

const focusedInAlert = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.closest('[role="alert"]') !== null && document.activeElement !== document.body);

describe('saves and settings', () => {
  it('resumes the same turn and screen after a reload mid-game', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    // Play into the second half-year.
    for (let i = 0; i < 40 && (await heading(page)) !== 'July–December 1923'; i++) await stepOn(page);
    expect(await heading(page)).toBe('July–December 1923');
    const options = page.locator('#panel .options button');
    await click(page, 'Continue');
    const screen = await heading(page);
    const hadOptions = await options.count();
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await heading(page)).toBe('After Lenin');
    await click(page, 'Continue slot 1');
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
    await toDecision(page);
    const option = ((await page.locator('#panel .options button').first().textContent()) ?? '').trim();
    await click(page, option);
    expect(await kicker(page)).toMatch(/^Your decision/);
    const outcome = { heading: await heading(page), kicker: await kicker(page), text: await page.locator('#panel .outcome').textContent() };
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Continue slot 1');
    expect({ heading: await heading(page), kicker: await kicker(page), text: await page.locator('#panel .outcome').textContent() }).toEqual(outcome);
    // The screen state is only trusted when it matches the save: a tampered one is ignored.
    await page.evaluate(() => {
      const ui = JSON.parse(localStorage.getItem('after-lenin:ui:1')!);
      localStorage.setItem('after-lenin:ui:1', JSON.stringify({ ...ui, outcome: { decision: 'no-such-decision', option: 'x' } }));
    });
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'Continue slot 1');
    expect(await kicker(page)).not.toMatch(/^Your decision/);
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

  it('reports a damaged slot, and discards it without touching the others', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await startIn(page, 'stalin');
    await click(page, 'Save and leave');
    const kept = await hint(page, 1);
    await page.evaluate(() => localStorage.setItem('after-lenin:save:2', '{"version":1,"config":'));
    await page.evaluate(() => localStorage.setItem('after-lenin:save:3', JSON.stringify({ version: 0, config: { scenario: 'campaign', role: 'stalin', lens: 'many-causes', seed: 1, policies: { stalin: 'historical', trotsky: 'historical' } }, log: [], snapshot: {} })));
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    const alerts = await page.getByRole('alert').allTextContents();
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toContain('slot 2');
    expect(alerts[0]).toContain('not valid JSON');
    expect(alerts[1]).toContain('older version');
    expect(await focusedInAlert(page)).toBe(true);
    expect(await page.getByRole('button', { name: /^Continue slot/ }).allTextContents()).toEqual(['Continue slot 1']);
    await page.getByRole('button', { name: 'Discard the damaged save in slot 2', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role="alert"]').length === 1);
    expect(await page.evaluate(() => localStorage.getItem('after-lenin:save:2'))).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await hint(page, 1)).toBe(kept);
    // The freed slot takes the next new game without asking; the damaged slot 3 stays until discarded.
    await startIn(page, 'trotsky');
    await click(page, 'Save and leave');
    expect(await hint(page, 2)).toContain('Trotsky');
    expect(await page.evaluate(() => localStorage.getItem('after-lenin:save:3'))).toContain('"version":0');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves a game saved under the old single key into a slot, without losing it', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    await startIn(page, 'stalin');
    await click(page, 'Save and leave');
    await page.evaluate(() => {
      localStorage.setItem('after-lenin:save', localStorage.getItem('after-lenin:save:1')!);
      localStorage.removeItem('after-lenin:save:1');
    });
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await hint(page, 1)).toContain('Stalin');
    expect(await page.evaluate(() => localStorage.getItem('after-lenin:save'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps three games in three slots, each continuing where it was, and asks before a fourth replaces one', async () => {
    const { page, context, errors } = await open(browser, '?seed=5');
    const where: string[] = [];
    // The first game rests on the half-year's first screen, the second on its first decision (a screen the save
    // itself records, so the same game loaded from a file opens on it too), the third on that decision's outcome
    // (which only the slot's own screen state remembers).
    for (const [i, role] of (['stalin', 'trotsky', 'stalin'] as const).entries()) {
      await startIn(page, role);
      if (i > 0) await toDecision(page);
      if (i === 1) expect(await page.locator('#panel .options button').count()).toBeGreaterThan(0);
      if (i === 2) {
        await stepOn(page);
        expect(await kicker(page)).toMatch(/^Your decision/);
      }
      where.push(await heading(page));
      await click(page, 'Save and leave');
    }
    expect(await page.getByRole('button', { name: /^Continue slot/ }).allTextContents()).toEqual(['Continue slot 1', 'Continue slot 2', 'Continue slot 3']);
    expect(await hint(page, 2)).toMatch(/^Slot 2 — .*Trotsky.*, saved \d{1,2} [A-Z][a-z]+ \d{4}/);
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    for (const [i, screen] of where.entries()) {
      await click(page, `Continue slot ${i + 1}`);
      expect(await heading(page)).toBe(screen);
      await click(page, 'Save and leave');
    }
    const before = await page.evaluate(() => [1, 2, 3].map((n) => localStorage.getItem(`after-lenin:save:${n}`)));
    // A fourth game asks which slot to replace, offers each as a file, and Back keeps them all.
    await startIn(page, 'trotsky', false);
    expect(await heading(page)).toBe('Which saved game should be replaced?');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download slot 2', exact: true }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(before[1]);
    await click(page, 'Back to the title');
    expect(await page.evaluate(() => [1, 2, 3].map((n) => localStorage.getItem(`after-lenin:save:${n}`)))).toEqual(before);
    // Replacing slot 3 leaves slots 1 and 2 alone.
    await startIn(page, 'trotsky', false);
    await click(page, 'Replace slot 3');
    expect(await page.getByRole('button', { name: 'Begin' }).count()).toBe(1);
    await click(page, 'Save and leave');
    expect(await hint(page, 3)).toContain('Trotsky');
    const after = await page.evaluate(() => [1, 2, 3].map((n) => localStorage.getItem(`after-lenin:save:${n}`)));
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    // A save file loaded with every slot full asks too, and goes into the chosen slot.
    await page.setInputFiles('#load-file', { name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(before[1]!) });
    await page.getByRole('heading', { name: 'Which saved game should be replaced?' }).waitFor();
    await click(page, 'Replace slot 1');
    expect(await heading(page)).toBe(where[1]);
    await click(page, 'Save and leave');
    expect(await hint(page, 1)).toContain('Trotsky');
    expect(await page.evaluate(() => localStorage.getItem('after-lenin:save:2'))).toBe(before[1]);
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
    await click(second, 'Continue slot 1');
    // The first tab hears that the second has saved over its game, and says so at once.
    await page.locator('#other-tab[role="alert"]').waitFor({ timeout: 5000 });
    expect(await page.locator('#other-tab').textContent()).toContain('open in another tab');
    expect(await second.locator('#other-tab').count()).toBe(0);
    // A step in the first tab tells the second.
    await stepOn(page);
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
