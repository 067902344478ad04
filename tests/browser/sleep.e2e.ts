// The stage sleeps when nothing moves: on a still desk Phaser stops requesting animation frames, and it
// wakes for what moves — a vote's dots or hands appearing one by one, a resize — then sleeps again.
// Frames are counted by wrapping window.requestAnimationFrame before the page's own scripts run.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { clickOn, playToVote } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in full motion whose requestAnimationFrame calls are counted in window.framesAsked. */
async function countingPage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
  await context.addInitScript(() => {
    const counted = window as unknown as { framesAsked: number };
    counted.framesAsked = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback: FrameRequestCallback) => {
      counted.framesAsked++;
      return original(callback);
    };
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(inject('baseUrl') + '?seed=7');
  await page.locator('#panel h1').first().waitFor();
  return { page, errors, close: () => context.close() };
}

/** How many frames the page asks for in this many milliseconds. */
async function framesIn(page: Page, ms: number): Promise<number> {
  const asked = () => page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);
  const before = await asked();
  await page.waitForTimeout(ms);
  return (await asked()) - before;
}

/** Gives the stage's animations time to end (the desk's cards and a vote's verdict take under 1.5 s). */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
}

describe('a stage that sleeps', () => {
  it('asks for no more than a few frames a second on a still desk, and wakes for a vote and a resize', async () => {
    const { page, errors, close } = await countingPage();
    await clickOn(page, 'New game');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    expect(await page.locator('#stage').getAttribute('data-scene')).toBe('Desk');
    await settled(page);
    const still = await framesIn(page, 3000);
    expect(still).toBeLessThanOrEqual(15);

    // A vote animates one dot or hand at a time, to the end, although the stage was asleep before it.
    await playToVote(page);
    const shown: number[] = [];
    for (let i = 0; i < 200; i++) {
      const d = await page.evaluate(() => ({ ...document.getElementById('stage')!.dataset }));
      if (d.shown !== undefined) shown.push(Number(d.shown));
      if (d.total !== undefined && d.shown === d.total) break;
      await page.waitForTimeout(50);
    }
    const total = Number(await page.locator('#stage').getAttribute('data-total'));
    expect(total).toBeGreaterThan(0);
    expect(shown.at(-1)).toBe(total);
    expect(shown.some((n) => n < total)).toBe(true);
    await settled(page);
    expect(await framesIn(page, 3000)).toBeLessThanOrEqual(15);

    // A resize wakes it to redraw at the new size; then it sleeps again.
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.waitForFunction(() => {
      const stage = document.getElementById('stage')!;
      const canvas = stage.querySelector('canvas')!;
      return stage.dataset.drawn === `${canvas.width}×${canvas.height}` && canvas.width < 1000;
    });
    await settled(page);
    expect(await framesIn(page, 3000)).toBeLessThanOrEqual(15);
    expect(errors).toEqual([]);
    await close();
  });
});
