// The debrief's summary in Chromium: the name, class and date typed on it are remembered across a reload;
// printed on A4 (Chromium's PDF of the print view) the summary takes at most two pages, and more with the
// appendix ticked; and axe finds no violations on it.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { heading, open, playToDebrief } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The number of pages in a PDF: its page objects (not the page tree, "/Pages"). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return pageCount(pdf);
}

async function toDebrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start the game', exact: true }).click();
  await playToDebrief(page, 'mouse');
  expect(await heading(page)).toBe('Your path against history');
}

describe("the debrief's summary", () => {
  for (const scenario of ['funeral-and-testament', 'campaign']) {
    it(`of ${scenario} prints on at most two A4 pages, and more with the appendix`, async () => {
      const { page, context, errors } = await open(browser, `?scenario=${scenario}&role=stalin&seed=3`);
      await toDebrief(page);
      expect(await page.getByRole('heading', { name: 'Summary', level: 2 }).count()).toBe(1);
      expect(await page.locator('.summary-number').textContent()).toMatch(/^About \d+%$/);
      for (const [i, box] of (await page.locator('.summary-questions textarea').all()).entries()) await box.fill(`My answer ${i + 1}, with evidence from the game.`);
      const alone = await printedPages(page);
      expect(alone).toBeGreaterThanOrEqual(1);
      expect(alone).toBeLessThanOrEqual(2);
      await page.getByRole('checkbox', { name: 'Print the appendix too' }).check();
      expect(await printedPages(page)).toBeGreaterThan(alone);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('remembers the name, class and date across a reload', async () => {
    const { page, context } = await open(browser, '?scenario=funeral-and-testament&role=trotsky&seed=4');
    await toDebrief(page);
    await page.getByLabel('Name', { exact: true }).fill('Anna Petrova');
    await page.getByLabel('Class', { exact: true }).fill('12B History');
    await page.getByLabel('Date', { exact: true }).fill('1 December');
    await page.reload();
    // The reload opens the setup again: play the same lesson once more, in the next free save slot.
    if ((await heading(page)) !== 'Your path against history') {
      await page.getByRole('button', { name: 'Start the game', exact: true }).click();
      await playToDebrief(page, 'mouse');
    }
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Anna Petrova');
    expect(await page.getByLabel('Class', { exact: true }).inputValue()).toBe('12B History');
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('1 December');
    await context.close();
  });
});
