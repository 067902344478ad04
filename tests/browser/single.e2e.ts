// The one-file build (`npm run build:single`), opened from disk as a teacher would open it from a USB stick
// or a learning platform: one HTML file, no other; it plays a lesson to its ending and debrief and runs the
// Lab (in the page: no worker starts from a file), with no Content-Security-Policy violation.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT, launch } from './server';
import { clickOn, cspViolations, heading, playToDebrief, recordCspViolations, runSmallLab } from './helpers';

const OUT = join(ROOT, 'dist-single');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

let browser: Browser;
beforeAll(() => {
  execFileSync(process.execPath, [VITE, 'build', '-c', 'vite.single.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}, 120000);
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the one-file build', () => {
  it('is one HTML file', () => {
    expect(readdirSync(OUT)).toEqual(['after-lenin.html']);
  });

  it('plays a lesson to its debrief and runs the Lab when opened from disk', async () => {
    const url = pathToFileURL(join(OUT, 'after-lenin.html')).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await recordCspViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}?scenario=funeral-and-testament&role=trotsky&seed=5`);
    await page.locator('#panel h1').first().waitFor();
    await clickOn(page, 'Start the game');
    const seen = await playToDebrief(page, 'mouse');
    expect(seen.length).toBeGreaterThan(5);
    expect(await heading(page)).toBe('Your path against history');
    await page.goto(url);
    await page.locator('#panel h1').first().waitFor();
    await runSmallLab(page);
    expect(await page.locator('#lab-status').textContent()).toMatch(/^Finished: 30 games/);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
