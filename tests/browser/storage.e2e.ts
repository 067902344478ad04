// Storage that fails: a game whose autosave is refused says so at once and offers itself as a file, which loads
// back from the title; a save that cannot be read or removed gives a message, never an uncaught error.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { inject } from 'vitest';
import { launch } from './server';
import { clickOn as click, heading, kicker, open, stepOn, toDecision } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Makes one Storage method throw for the save's key, as a full or disabled storage does. */
async function breakStorage(context: BrowserContext, method: 'setItem' | 'getItem' | 'removeItem', error = 'QuotaExceededError'): Promise<void> {
  await context.addInitScript(
    ([m, name]) => {
      const original = Storage.prototype[m as 'getItem'];
      Storage.prototype[m as 'getItem'] = function (this: Storage, key: string, ...rest: unknown[]) {
        if (key.startsWith('after-lenin:save')) throw new DOMException('refused', name);
        return (original as (...a: unknown[]) => string | null).call(this, key, ...rest);
      } as Storage['getItem'];
    },
    [method, error] as const,
  );
}

describe('storage that fails', () => {
  it('says at once that a game is not being saved, and its file loads back from the title', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await breakStorage(context, 'setItem');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${inject('baseUrl')}?seed=5`);
    await page.locator('#panel h1').first().waitFor();
    await click(page, 'New game');
    await click(page, 'Start the game');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('This game is not being saved');
    expect(await alert.textContent()).toContain('storage for this page is full');
    await click(page, 'Begin');
    // On past a decision and its outcome, to the screen after it: the file keeps the game's own state, which the
    // outcome (a screen of the interface alone) is not part of.
    await toDecision(page);
    await stepOn(page);
    expect(await kicker(page)).toMatch(/^Your decision/);
    await stepOn(page);
    expect(await page.getByRole('alert').count()).toBe(1);
    const where = await heading(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the game as a file', exact: true }).click()]);
    // The download goes with its browser context: keep its text.
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved).version).toBe(1);
    // Nothing was stored: the title offers no Continue.
    await click(page, 'Save and leave');
    expect(await page.getByRole('button', { name: /^Continue slot/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    // In a browser that stores games, the file brings the game back where it was.
    const fresh = await open(browser, '?seed=5');
    await fresh.page.setInputFiles('#load-file', { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(saved) });
    await fresh.page.waitForFunction((h) => document.querySelector('#panel h1')?.textContent === h, where);
    expect(await fresh.page.getByRole('alert').count()).toBe(0);
    await fresh.page.reload();
    await fresh.page.locator('#panel h1').first().waitFor();
    expect(await fresh.page.getByRole('button', { name: 'Continue slot 1', exact: true }).count()).toBe(1);
    // A file that is not a save is refused with its reason.
    await fresh.page.setInputFiles('#load-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1') });
    await fresh.page.getByRole('heading', { name: 'The file could not be loaded' }).waitFor();
    expect(await fresh.page.getByRole('alert').textContent()).toContain('the file is not valid JSON');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('opens the title when the save cannot be read, and discards a damaged save it cannot remove', async () => {
    const reading = await browser.newContext();
    await breakStorage(reading, 'getItem', 'SecurityError');
    const page = await reading.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(inject('baseUrl'));
    await page.locator('#panel h1').first().waitFor();
    expect(await heading(page)).toBe('After Lenin');
    expect(errors).toEqual([]);
    await reading.close();

    const removing = await browser.newContext();
    await breakStorage(removing, 'removeItem', 'SecurityError');
    const p2 = await removing.newPage();
    p2.on('pageerror', (e) => errors.push(String(e)));
    await p2.goto(inject('baseUrl'));
    await p2.evaluate(() => localStorage.setItem('after-lenin:save:2', '{"version":1,"config":'));
    await p2.reload();
    await p2.locator('#panel h1').first().waitFor();
    await p2.getByRole('button', { name: 'Discard the damaged save in slot 2', exact: true }).click();
    await p2.getByRole('heading', { name: 'The damaged save could not be removed' }).waitFor();
    expect(errors).toEqual([]);
    await removing.close();
  });
});
