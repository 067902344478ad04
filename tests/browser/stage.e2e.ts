// The Phaser stage: the canvas fills its column and the scenes lay themselves out again when the window is
// resized; reduced motion (the setting, or the system's prefers-reduced-motion) shows a vote's dots and hands
// all at once instead of one by one. What the stage shows is read from the data- attributes of #stage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { clickOn, open, playToVote } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Frame {
  scene: string;
  shown: number;
  total: number;
}

/** Starts recording every count the stage reports for the vote scenes. */
async function recordVoteFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stage = document.getElementById('stage')!;
    const frames: { scene: string; shown: number; total: number }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    new MutationObserver(() => {
      const { scene, shown, total } = stage.dataset;
      if ((scene === 'HallVote' || scene === 'PolitburoVote') && shown !== undefined && total !== undefined) {
        frames.push({ scene, shown: Number(shown), total: Number(total) });
      }
    }).observe(stage, { attributes: true, attributeFilter: ['data-shown', 'data-total'] });
  });
}

/** Plays to the first vote and returns every count the vote's picture showed until it was complete. */
async function voteFrames(page: Page): Promise<Frame[]> {
  await recordVoteFrames(page);
  await clickOn(page, 'New game');
  await clickOn(page, 'Start the game');
  await playToVote(page);
  await page.waitForFunction(() => {
    const d = document.getElementById('stage')!.dataset;
    return (d.scene === 'HallVote' || d.scene === 'PolitburoVote') && d.total !== undefined && d.shown === d.total;
  });
  return page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
}

/** The canvas's size, the size of the room inside the stage column, and the size the scene drew for. */
async function sizes(page: Page): Promise<{ canvas: number[]; room: number[]; drawn: number[] }> {
  return page.evaluate(() => {
    const stage = document.getElementById('stage')!;
    const r = stage.querySelector('canvas')!.getBoundingClientRect();
    const room = stage.querySelector('.stage-canvas')!.getBoundingClientRect();
    return {
      canvas: [r.width, r.height],
      room: [room.width, stage.clientHeight],
      drawn: (stage.dataset.drawn ?? '0×0').split('×').map(Number),
    };
  });
}

/** Within a pixel: Phaser rounds the canvas down to whole pixels. */
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 1);

describe('the stage', () => {
  it('animates a vote in full motion, one dot or hand at a time', async () => {
    const { page, context, errors } = await open(browser, '?seed=7', undefined, 'no-preference');
    const frames = await voteFrames(page);
    expect(frames.some((f) => f.shown < f.total)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the whole vote at once when the system asks for reduced motion', async () => {
    const { page, context } = await open(browser, '?seed=7', undefined, 'reduce');
    const frames = await voteFrames(page);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((f) => f.shown < f.total)).toEqual([]);
    await context.close();
  });

  it('shows the whole vote at once when the reduced-motion setting is on', async () => {
    const { page, context } = await open(browser, '?seed=7', undefined, 'no-preference');
    await clickOn(page, 'Settings');
    await page.getByLabel('Reduce motion (animations are skipped)').check();
    await clickOn(page, 'Back');
    const frames = await voteFrames(page);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter((f) => f.shown < f.total)).toEqual([]);
    await context.close();
  });

  it('fills its column and redraws when the window is resized', async () => {
    const { page, context, errors } = await open(browser, '?seed=7', { width: 1280, height: 720 });
    await clickOn(page, 'New game');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    const fit = async () => {
      for (let i = 0; i < 50; i++) {
        const s = await sizes(page);
        if (near(s.canvas, s.room) && near(s.drawn, s.room)) return s.room.map(Math.round).join('×');
        await page.waitForTimeout(100);
      }
      expect(await sizes(page)).toBe('a canvas that fills its column');
      return '';
    };
    const wide = await fit();
    await page.setViewportSize({ width: 1024, height: 768 });
    const projector = await fit();
    expect(projector).not.toBe(wide);
    expect(await page.locator('#stage').getAttribute('data-scene')).toBe('Desk');
    await page.setViewportSize({ width: 800, height: 600 });
    await fit();
    expect(errors).toEqual([]);
    await context.close();
  });
});
