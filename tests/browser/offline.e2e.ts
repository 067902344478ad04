// The installable, offline game and its Content-Security-Policy, on the served build: after one visit the
// game reloads, plays and runs the Lab with the network off (the service worker keeps everything, the Lab's
// worker too); the page offers the manifest's icons; and a whole game and a Lab run report no CSP violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch } from './server';
import { clickOn, cspViolations, heading, open, playToDebrief, recordCspViolations, runSmallLab } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the offline game', () => {
  it('after one visit, reloads, plays a turn and runs a small Lab attribution with the network off', async () => {
    const { page, context, errors } = await open(browser, '?seed=2');
    // The service worker is active once it has stored every file of the precache list.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await clickOn(page, 'New game');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    const first = await heading(page);
    const option = page.locator('#panel .options button').first();
    if (await option.count()) await clickOn(page, ((await option.textContent()) ?? '').trim());
    else await clickOn(page, 'Continue');
    expect(await heading(page)).not.toBe(first);
    await clickOn(page, 'Save and leave');
    await runSmallLab(page);
    expect(await page.locator('#lab-status').textContent()).toMatch(/^Finished/);
    // The fonts came from the service worker's cache too.
    expect(await page.evaluate(() => document.fonts.check('700 16px "Oswald"'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the teachers’ tools once a teacher has opened them, though students never download them', async () => {
    const { page, context, errors } = await open(browser);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the service worker serves the page, and stores what it fetches for it
    await page.locator('#panel h1').first().waitFor();
    // The precache (a student's copy) holds no teachers' tools; they are stored when the teachers' screen first opens.
    const cached = () =>
      page.evaluate(async () => {
        const names: string[] = [];
        for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname);
        return names.filter((name) => /\/assets\/(teacherFiles|yaml)-/.test(name));
      });
    expect(await cached()).toEqual([]);
    await clickOn(page, 'For teachers');
    await clickOn(page, 'Lesson plans');
    expect(await heading(page)).toBe('Lesson plans');
    await expect.poll(async () => (await cached()).length).toBe(2);
    await context.setOffline(true);
    await page.reload();
    await page.locator('#panel h1').first().waitFor();
    await clickOn(page, 'For teachers');
    await clickOn(page, 'Lesson plans');
    expect(await page.locator('.lesson-plan').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when a new version is ready, and reloads into it when asked', async () => {
    const { page, context, errors } = await open(browser);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the service worker serves the page
    await page.locator('#panel h1').first().waitFor();
    expect(await page.locator('.update-notice').count()).toBe(0);
    // The host now has a new version: one file's revision in the service worker differs by one character (the
    // same length, as the preview server measured the file when it started). Put back afterwards.
    const sw = join(ROOT, 'dist', 'sw.js');
    const original = readFileSync(sw, 'utf8');
    const changed = original.replace(/(revision["']?\s*:\s*["'])([0-9a-f])/, (_, head: string, c: string) => head + (c === '0' ? '1' : '0'));
    expect(changed).not.toBe(original);
    writeFileSync(sw, changed);
    const notice = page.locator('.update-notice[role="status"]');
    try {
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await notice.waitFor({ timeout: 90000 }); // the new worker first precaches the whole game, slow on a busy machine
    } finally {
      writeFileSync(sw, original);
    }
    expect(await notice.locator('h2').textContent()).toBe('A new version of the game is ready');
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload now', exact: true }).click()]);
    await page.locator('#panel h1').first().waitFor();
    expect(await page.locator('.update-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a manifest with the game icons, which the build serves', async () => {
    const base = inject('baseUrl');
    const manifest = (await (await fetch(new URL('manifest.webmanifest', base))).json()) as { name: string; icons: { src: string; type: string }[]; theme_color: string };
    expect(manifest.name).toBe('After Lenin');
    expect(manifest.theme_color).toBe('#b3261e');
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, base));
      expect(res.ok, icon.src).toBe(true);
      expect(res.headers.get('content-type')).toContain(icon.type);
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('forbids inline scripts and eval and allows nothing from elsewhere', async () => {
    const { page, context } = await open(browser);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/worker-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
    // An inline script added to the page does not run.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.head.append(script);
      return document.body.dataset.inline ?? 'refused';
    });
    expect(ran).toBe('refused');
    await context.close();
  });

  it('reports no violation in a whole game, its debrief and a Lab run', async () => {
    // Full motion, so that the stage's animations and the sounds' cues run too.
    const { page, context: ctx, errors } = await open(browser, '?seed=11', undefined, 'no-preference');
    await recordCspViolations(ctx);
    await page.reload(); // the listener is installed from the first script of each page on
    await page.locator('#panel h1').first().waitFor();
    await clickOn(page, 'New game');
    await clickOn(page, 'Start the game');
    await playToDebrief(page, 'mouse');
    expect(await cspViolations(page)).toEqual([]);
    await page.goto(inject('baseUrl'));
    await page.locator('#panel h1').first().waitFor();
    await runSmallLab(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    await ctx.close();
  });
});
