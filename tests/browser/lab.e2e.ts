// The Counterfactual Lab and the debrief in Chromium: a small lab run gives, in its Shapley data table, the
// numbers `npm run -s lab -- --json` prints for the same inputs; Cancel stops a run, and neither Run nor Cancel
// drops the keyboard focus; a short game's debrief
// lists every decision taken and downloads as Markdown; and axe finds no violations on either screen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { axeViolations, heading, kicker, open, playToDebrief } from './helpers';
import { runCli } from '../run-cli';

const ESSAY_8 = 'Explain why Stalin was able to defeat his political rivals by 1929';
const ESSAY_22 = "How far was Stalin's victory in the power struggle between 1922 and 1928 due to the mistakes of his rivals?";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const labCli = (...args: string[]) => runCli('src/cli/lab.ts', ...args);


async function openLab(page: Page): Promise<void> {
  await page.locator('#panel').getByRole('button', { name: 'Lab', exact: true }).click();
  await page.locator('#panel h1', { hasText: 'Counterfactual Lab' }).waitFor();
}

/** The CLI's way of printing a change in percentage points. */
const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(100 * d).toFixed(1)}`;

describe('the Counterfactual Lab', () => {
  it('runs a small lab whose Shapley table has the numbers of `npm run lab`', async () => {
    const factors = ['funeral', 'no-lenin-enrolment'];
    const cli = labCli('--factors', factors.join(','), '--runs', '10', '--seed', 'e2e-7', '--json');
    const { page, context, errors } = await open(browser);
    await openLab(page);
    expect(await heading(page)).toBe('Counterfactual Lab');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    for (const id of factors) await page.check(`#lab-factor-${id}`);
    await page.fill('#lab-runs', '10');
    await page.fill('#lab-seed', 'e2e-7');
    await expect(page.locator('#lab-count').textContent()).resolves.toMatch(/2 factors chosen.*50 games/);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#lab-shapley-table').waitFor();
    // Focus moves to the results, and the live region says the run is over.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lab-results-head');
    await page.waitForFunction(() => /finished/i.test(document.getElementById('announcer')?.textContent ?? ''));
    expect(await page.getAttribute('[role="progressbar"]', 'aria-valuenow')).toBe('100');
    expect(await page.locator('#lab-status').textContent()).toMatch(/^Finished: 50 games in \d+\.\d s\.$/);

    const rows = await page.$$eval('#lab-shapley-table tbody tr', (trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('td[data-col="shapley"]') as HTMLElement;
        return { key: (tr as HTMLElement).dataset.key, value: Number(cell.dataset.value), text: cell.textContent };
      }),
    );
    const variants = await page.$$eval('#lab-variants-table tbody tr', (trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.key, Number((tr.querySelector('td[data-col="win"]') as HTMLElement).dataset.value)] as const),
    );
    const { code, out } = await cli;
    expect(code).toBe(0);
    const r = JSON.parse(out) as { factors: Record<string, number>; variants: Record<string, number>; baseline: number; all: number };
    expect(rows.map((x) => x.key)).toEqual(Object.keys(r.factors));
    for (const row of rows) {
      expect(row.value).toBe(r.factors[row.key!]);
      expect(row.text).toBe(points(r.factors[row.key!]));
    }
    expect(Object.fromEntries(variants)).toEqual(r.variants);
    // The chart beside the table is an image with a name.
    expect(await page.locator('#lab-fig-shapley-cap').count()).toBe(1);
    expect(await page.locator('.lab-figure svg[role="img"]').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops a run on Cancel: the progress stops and says the run was cancelled', async () => {
    const { page, context, errors } = await open(browser);
    await openLab(page);
    await page.fill('#lab-runs', '2000');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const bar = page.locator('[role="progressbar"]');
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 1);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.locator('#lab-status', { hasText: /cancelled/i }).waitFor();
    const stopped = [await bar.getAttribute('aria-valuenow'), await bar.getAttribute('aria-valuetext')];
    expect(Number(stopped[0])).toBeLessThan(100);
    await page.waitForTimeout(1000);
    expect([await bar.getAttribute('aria-valuenow'), await bar.getAttribute('aria-valuetext')]).toEqual(stopped);
    expect(await page.locator('#lab-status').textContent()).toMatch(/cancelled/i);
    expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
    expect(await page.locator('#lab-shapley-table').count()).toBe(0);
    await page.waitForFunction(() => /cancelled/i.test(document.getElementById('announcer')?.textContent ?? ''));
    await page.getByRole('button', { name: 'Back to the title', exact: true }).click();
    await page.locator('#panel h1', { hasText: 'After Lenin' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps focus on the status through Run and Cancel, counts the run's own total and drops earlier results", async () => {
    const { page, context, errors } = await open(browser);
    await openLab(page);
    const focused = () => page.evaluate(() => document.activeElement?.id);
    const status = async () => (await page.locator('#lab-status').textContent()) ?? '';
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.check('#lab-factor-funeral');
    await page.fill('#lab-runs', '2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#lab-shapley-table').waitFor();
    // A long run, cancelled in its first moments.
    await page.getByRole('button', { name: 'Default set', exact: true }).click();
    await page.fill('#lab-runs', '2000');
    const planned = /: ([\d,]+) games\.$/.exec((await page.locator('#lab-count').textContent()) ?? '')?.[1];
    expect(planned).toBeTruthy();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await focused()).toBe('lab-status');
    expect(await page.locator('#lab-shapley-table').count()).toBe(0);
    await page.waitForFunction(() => /^Running: [1-9]/.test(document.getElementById('lab-status')?.textContent ?? ''));
    expect(await status()).toContain(`of ${planned} games`);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.locator('#lab-status', { hasText: /cancelled/i }).waitFor();
    expect(await status()).toContain(`of ${planned} games`);
    expect(await focused()).toBe('lab-status');
    expect(await page.locator('#lab-shapley-table').count()).toBe(0);
    expect(await page.locator('.lab-results').textContent()).toContain('cancelled');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('compares the lenses side by side', async () => {
    const { page, context, errors } = await open(browser);
    await openLab(page);
    await page.check('#lab-view-lenses');
    expect(await page.locator('#lab-lens').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.check('#lab-factor-testament');
    await page.check('#lab-factor-no-lenin-enrolment');
    await page.fill('#lab-runs', '4');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#lab-lens-shapley-table').waitFor();
    const lensCount = await page.locator('#lab-lens-shapley-table thead th').count();
    expect(lensCount).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.small-multiple svg[role="img"]').count()).toBe(lensCount - 1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the debrief', () => {
  it('lists every decision of a short game, and downloads as Markdown', async () => {
    const { page, context, errors } = await open(browser, '?scenario=funeral-and-testament&role=trotsky&seed=5');
    await page.getByRole('button', { name: 'Start the game', exact: true }).click();
    const decisions: string[] = [];
    await playToDebrief(page, 'mouse', async (h, p) => {
      if ((await kicker(p)).startsWith('Decision')) decisions.push(h);
    });
    expect(decisions.length).toBeGreaterThan(1);
    expect(await page.locator('ol.timeline article h3').allTextContents()).toEqual(decisions);
    for (const name of ['Your decisions against history', 'Turning points', 'Vote ledgers', 'Historians: what your game supports or challenges', 'Essay planner']) {
      expect(await page.getByRole('heading', { name, exact: true, level: 2 }).count(), name).toBe(1);
    }
    expect(await page.locator('ol.turning-points > li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: `“${ESSAY_22}” (22 marks)`, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('after-lenin-debrief-funeral-and-testament-trotsky.md');
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# After Lenin — debrief/);
    for (const title of decisions) expect(md).toContain(title);
    expect(md).toContain(ESSAY_8);
    expect(md).toContain(ESSAY_22);
    // The screen and the Markdown show the same figures: each turning point's change, and the positions
    // half-year by half-year.
    const screenDeltas = (await page.locator('ol.turning-points .tp-delta').allTextContents()).map((s) => s.replace(/^[▲▼]\s*/, '').replace(/ points?$/, ''));
    expect(screenDeltas.length).toBeGreaterThan(0);
    expect(screenDeltas).toEqual([...md.matchAll(/^\d+\. \*\*(\S+) points?\*\*/gm)].map((m) => m[1]));
    const positions = page.locator('table', { has: page.locator('caption', { hasText: 'Your position, half-year by half-year' }) }).locator('tbody tr');
    const screenRows = (await positions.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent).join(' | ')))).map((r) => `| ${r} |`);
    expect(screenRows.length).toBeGreaterThan(1);
    for (const row of screenRows) expect(md).toContain(row);

    // On paper: no buttons, no canvas, black on white.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false);
    expect(await page.locator('#stage').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#panel h2')!).color)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
