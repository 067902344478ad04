// Sound, heard through Howler's own play, end and pause events (the ?debug=sound hook of src/ui/debug.ts):
// the music loop starts on the first gesture and not before; the typewriter, the telegraph and the gavel
// come with the briefing, a telegram and a vote result, once per visit of a screen; muting pauses the music
// and silences the effects. Before the first gesture nothing of the audio exists: no audio context and no
// sound file fetched.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { clickOn as click, open, playToVote, stepOn, stepUntil } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Heard {
  type: 'play' | 'end' | 'stop';
  id: string;
  at: number;
}

const heard = (page: Page): Promise<Heard[]> => page.evaluate(() => window.afterLenin!.sound!.events.slice());
const playing = (page: Page): Promise<string[]> => page.evaluate(() => window.afterLenin!.sound!.playing());
const clearHeard = (page: Page) => page.evaluate(() => window.afterLenin!.sound!.clear());

/**
 * After Begin a half-year may open on a decision or on the desk: plays on to the first screen with a telegram,
 * forgetting what was heard before it, so that what is heard next belongs to that screen.
 */
async function toTelegram(page: Page): Promise<void> {
  await stepUntil(page, 'a telegram', async (p) => (await p.locator('#panel article.telegram').count()) > 0, clearHeard);
}

/** Waits until Howler reports this event for this sound. */
async function hears(page: Page, type: Heard['type'], id: string): Promise<void> {
  await page.waitForFunction(([t, i]) => window.afterLenin!.sound!.events.some((e) => e.type === t && e.id === i), [type, id] as const, { timeout: 10000 });
}

describe('sound', () => {
  it('creates no audio context and fetches no sound before the first gesture, then the compressed files', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      (window as unknown as { audioContextsMade: number }).audioContextsMade = 0;
      const Original = window.AudioContext;
      window.AudioContext = class extends Original {
        constructor(options?: AudioContextOptions) {
          super(options);
          (window as unknown as { audioContextsMade: number }).audioContextsMade++;
        }
      };
    });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(webm|mp3|wav|ogg|m4a)$/.test(path)) fetched.push(path.slice(path.lastIndexOf('/') + 1));
    });
    const made = () => page.evaluate(() => (window as unknown as { audioContextsMade: number }).audioContextsMade);
    await page.goto(inject('baseUrl') + '?seed=7');
    await page.locator('#panel h1').first().waitFor();
    await page.waitForTimeout(1500);
    expect(fetched).toEqual([]);
    expect(await made()).toBe(0);

    await click(page, 'New game');
    await page.waitForFunction(() => (window as unknown as { audioContextsMade: number }).audioContextsMade > 0);
    await expect.poll(() => fetched.some((name) => name.startsWith('music')), { timeout: 10000 }).toBe(true);
    // Chromium plays Opus in WebM, so it takes those and nothing else.
    await expect.poll(() => fetched.filter((name) => name.endsWith('.webm')).length, { timeout: 10000 }).toBeGreaterThanOrEqual(6);
    expect(fetched.filter((name) => !name.endsWith('.webm'))).toEqual([]);
    expect(await made()).toBe(1);
    await context.close();
  });

  it('starts the music on the first gesture, plays effects at their moments, and stops them when muted', async () => {
    const { page, context, errors } = await open(browser, '?debug=sound&seed=7');
    // Nothing plays before the player has touched the page.
    await page.waitForTimeout(300);
    expect(await heard(page)).toEqual([]);

    await click(page, 'New game');
    await hears(page, 'play', 'music');
    expect(await playing(page)).toContain('music');

    await click(page, 'Start the game');
    await hears(page, 'play', 'typewriter');
    await hears(page, 'end', 'typewriter');

    await clearHeard(page);
    await click(page, 'Begin');
    await toTelegram(page);
    await hears(page, 'play', 'telegraph');

    await clearHeard(page);
    await playToVote(page, async (p) => {
      expect((await heard(p)).filter((e) => e.id === 'gavel' && e.type === 'play')).toEqual([]);
    });
    await hears(page, 'play', 'gavel');
    await hears(page, 'end', 'gavel');
    expect((await heard(page)).filter((e) => e.id === 'music' && e.type === 'stop')).toEqual([]);

    // Mute in the settings: the music is paused at once and no effect plays any more.
    await click(page, 'Settings');
    await clearHeard(page);
    await page.getByLabel('Mute all sound').check();
    await hears(page, 'stop', 'music');
    expect(await playing(page)).not.toContain('music');
    await click(page, 'Back');
    // On through the next screens (another vote, or the consequences and the next half-year's documents).
    for (let i = 0; i < 2; i++) await stepOn(page);
    await page.waitForTimeout(300);
    expect((await heard(page)).filter((e) => e.type === 'play')).toEqual([]);

    // Unmuting brings the music back.
    await click(page, 'Settings');
    await page.getByLabel('Mute all sound').uncheck();
    await hears(page, 'play', 'music');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("does not repeat a vote's gavel or its announcement when the player comes back from the settings", async () => {
    const { page, context, errors } = await open(browser, '?debug=sound&seed=7');
    await click(page, 'New game');
    await click(page, 'Start the game');
    await click(page, 'Begin');
    await playToVote(page);
    await hears(page, 'end', 'gavel');
    const announced = await page.locator('#announcer').textContent();
    await clearHeard(page);
    await click(page, 'Settings');
    await click(page, 'Back');
    await page.waitForTimeout(500);
    expect((await heard(page)).filter((e) => e.type === 'play' && e.id !== 'music')).toEqual([]);
    expect(await page.locator('#announcer').textContent()).toBe(announced);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("does not replay the briefing's or the documents' sounds when the player comes back from the settings", async () => {
    const { page, context, errors } = await open(browser, '?debug=sound&seed=7');
    const effectsPlayed = async () => (await heard(page)).filter((e) => e.type === 'play' && e.id !== 'music').map((e) => e.id);
    const visitSettings = async () => {
      await clearHeard(page);
      await click(page, 'Settings');
      await click(page, 'Back');
      await page.waitForTimeout(500);
      expect(await effectsPlayed()).toEqual([]);
    };
    await click(page, 'New game');
    await click(page, 'Start the game');
    await hears(page, 'play', 'typewriter');
    await visitSettings();
    await clearHeard(page);
    await click(page, 'Begin');
    await toTelegram(page);
    await hears(page, 'play', 'telegraph');
    await visitSettings();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates no debug hook unless the address asks for one', async () => {
    const { page, context } = await open(browser, '?seed=7');
    expect(await page.evaluate(() => typeof window.afterLenin)).toBe('undefined');
    await context.close();
  });
});
