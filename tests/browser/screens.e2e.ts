// Every school screen — phones and tablets each way up, a Chromebook, a projector: the title's first button
// shows without scrolling; and on every kind of screen of a lesson, its ending, the debrief and the Lab, the
// page never scrolls sideways, no text lies over other text or over the stage, every control is at least
// 44 px and can be scrolled into view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { clickOn, heading, onVoteScreen, open, playToDebrief } from './helpers';
import { SCREENS, firstButtonInView, layoutProblems, unreachable } from './layout';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the stage, if shown, has drawn itself for the room it now has. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const stage = document.getElementById('stage')!;
    if (stage.offsetParent === null || stage.clientHeight === 0 || !stage.dataset.scene) return true;
    const room = stage.querySelector('.stage-canvas')!.getBoundingClientRect();
    const [w, h] = (stage.dataset.drawn ?? '0×0').split('×').map(Number);
    return Math.abs(w - Math.max(240, room.width)) <= 1 && Math.abs(h - Math.max(160, room.height)) <= 1;
  });
}

/**
 * The layout problems of the current screen at every size, each prefixed with the screen and size; every
 * <details> is opened first, as by a student reading what moved each bloc.
 */
async function problemsAtEverySize(page: Page, screen: string): Promise<string[]> {
  await page.locator('#panel details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const all: string[] = [];
  for (const s of SCREENS) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await settle(page);
    const found = [...(await layoutProblems(page)), ...(await unreachable(page))];
    all.push(...found.map((p) => `${screen}, ${s.name} (${s.width}×${s.height}): ${p}`));
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return all;
}

/** What kind of screen this is, for checking each kind once. */
async function kind(page: Page): Promise<string> {
  const h = await heading(page);
  if (h === 'Your path against history') return 'debrief';
  if (h === 'The apparatus') return 'apparatus map';
  if (await page.locator('#panel .options').count()) return 'decision';
  const scene = await page.evaluate(() => document.getElementById('stage')!.dataset.scene ?? '');
  if (await onVoteScreen(page)) return `vote (${scene})`;
  if (scene === 'Ending' && !(await page.evaluate(() => document.getElementById('app')!.classList.contains('no-stage')))) return 'ending';
  if (scene === 'Desk') return 'desk';
  return h;
}

describe('every school screen', () => {
  it("shows the title's first button without scrolling at every size", async () => {
    for (const s of SCREENS) {
      const { page, context } = await open(browser, '', { width: s.width, height: s.height });
      expect(await firstButtonInView(page), `${s.name} (${s.width}×${s.height})`).toBe(true);
      expect(await layoutProblems(page), `${s.name}`).toEqual([]);
      await context.close();
    }
  });

  it('lays out the title, setup, every screen of a lesson, its ending and the debrief at every size', async () => {
    const { page, context, errors } = await open(browser, '?seed=3');
    const problems = await problemsAtEverySize(page, 'title');
    await clickOn(page, 'New game');
    problems.push(...(await problemsAtEverySize(page, 'setup')));
    await page.getByLabel(/The funeral and the Testament, 1924/).check();
    await clickOn(page, 'Start the game');
    const checked = new Set<string>();
    await playToDebrief(page, 'mouse', async () => {
      const k = await kind(page);
      if (checked.has(k)) return;
      checked.add(k);
      problems.push(...(await problemsAtEverySize(page, k)));
    });
    problems.push(...(await problemsAtEverySize(page, 'debrief')));
    expect([...checked]).toEqual(expect.arrayContaining(['desk', 'decision', 'apparatus map', 'ending']));
    expect([...checked].some((k) => k.startsWith('vote'))).toBe(true);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays out the Lab, its form and its results at every size', async () => {
    const { page, context, errors } = await open(browser);
    await page.locator('#panel').getByRole('button', { name: 'Lab', exact: true }).click();
    await page.locator('#panel h1', { hasText: 'Counterfactual Lab' }).waitFor();
    const problems = await problemsAtEverySize(page, 'Lab');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.check('#lab-factor-funeral');
    await page.fill('#lab-runs', '10');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#lab-shapley-table').waitFor();
    problems.push(...(await problemsAtEverySize(page, 'Lab results')));
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
