// Axe finds no violations on the title, sources, setup, desk, vote, ending and debrief screens.
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

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

describe('accessibility', () => {
  it('has no axe violations on the main screens', async () => {
    const { page, context } = await open(browser, '?seed=9');
    const found: Record<string, string[]> = {};
    found.title = await violations(page);
    await page.getByRole('button', { name: 'Sources' }).click();
    await page.locator('#panel h1', { hasText: 'Sources' }).waitFor();
    expect(await page.locator('#panel .bibliography li').count()).toBeGreaterThan(40);
    found.sources = await violations(page);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#panel h1', { hasText: 'New game' }).waitFor();
    found.setup = await violations(page);
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('#panel h1', { hasText: '1923' }).waitFor();
    found.desk = await violations(page);
    const checked = new Set<string>();
    await playToDebrief(page, 'mouse', async (_h, p) => {
      const kicker = (await p.locator('#panel .kicker').first().textContent()) ?? '';
      if ((await p.locator('#panel .verdict').count()) > 0 && !checked.has('vote')) {
        checked.add('vote');
        found.vote = await violations(p);
      }
      if (kicker.startsWith('Decision') && !checked.has('decision')) {
        checked.add('decision');
        found.decision = await violations(p);
      }
      if (kicker.startsWith('Consequences') && !checked.has('map')) {
        checked.add('map');
        found.consequences = await violations(p);
      }
      if (kicker.startsWith('The ending')) found.ending = await violations(p);
    });
    expect(await heading(page)).toBe('Your path against history');
    found.debrief = await violations(page);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await click(page, 'Settings');
    found.settings = await violations(page);
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['title', 'sources', 'setup', 'desk', 'vote', 'ending', 'debrief']));
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  });
});

async function click(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.locator('#panel h1', { hasText: name }).waitFor();
}
