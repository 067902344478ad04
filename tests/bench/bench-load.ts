// npm run bench:load — what a school Chromebook downloads and waits for, measured side by side in one run:
// the game (a fresh build with the project's Vite configuration) against a stock Phaser 4 + XState "hello
// world" (tests/bench/hello, built with the same Vite), both served by `vite preview` to headless Chromium.
// Prints one table and judges nothing:
//   JavaScript before the title is usable  gzip bytes of every script the page asked for before the title's
//                                          "New game" button was on it (the hello world: its first frame drawn)
//   JavaScript over a session              the same through the title, a game to its first desk, and the
//                                          Lab with a run started (its workers included)
//   time to a usable title                 from navigation to that moment; median of three loads, plain and
//                                          with the CPU slowed four times (CDP Emulation.setCPUThrottlingRate)
//   frames requested by a still desk       requestAnimationFrame calls in 3 s on the first desk, once still
//   audio fetched before the first click   bytes of sound files the page fetched in the 2 s after the title
//   the offline copy                       what the service worker fetched in the background over the session
//                                          to play offline later (every script, gzip, and every sound), once
//                                          per device; counted apart from the page's own, which it does not delay
//   clicks in a game                       a whole campaign played by clicking (the first option of each
//                                          decision, else Begin, Continue, Debrief), plain and with the CPU
//                                          slowed four times: the longest main-thread task that followed a
//                                          click (the browser's Long Tasks timing: tasks over 50 ms), and the
//                                          slowest click from the press to the next frame painted (Event Timing,
//                                          the measure behind Chrome's "Interaction to Next Paint")
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launch } from '../browser/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HELLO = fileURLToPath(new URL('./hello/', import.meta.url));
const AUDIO = /\.(webm|mp3|wav|ogg|m4a|opus)(\?|$)/;

interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Builds a page into a temporary folder and serves it; the game with its own config, the hello world with none. */
async function buildAndServe(kind: 'game' | 'hello'): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), `after-lenin-load-${kind}-`));
  const common =
    kind === 'game'
      ? { root: ROOT, logLevel: 'error' as const }
      : { root: HELLO, configFile: false as const, base: './', logLevel: 'error' as const };
  await build({ ...common, build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 } });
  const server = await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  return {
    url: server.resolvedUrls!.local[0],
    close: async () => {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Marks in the page when it became usable: the title's "New game" button, or the hello world's first frame. */
function markUsable(): void {
  const marked = window as unknown as { usableAt?: number; helloFirstFrame?: number; framesAsked: number };
  marked.framesAsked = 0;
  const original = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    marked.framesAsked++;
    return original(callback);
  };
  new MutationObserver((_records, observer) => {
    const button = [...document.querySelectorAll('#panel button')].find((b) => b.textContent?.trim() === 'New game');
    if (button && marked.usableAt === undefined) {
      marked.usableAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Bytes received: gzip bytes of scripts, bytes of sounds. */
interface Bytes {
  js: number;
  audio: number;
}

/**
 * A fresh page that adds up the gzip size of every script and the bytes of every sound received — by the page
 * and its workers, and apart from them by the service worker that stores the offline copy.
 */
async function recordingPage(
  browser: Browser,
  cpuSlowdown = 1,
): Promise<{ context: BrowserContext; page: Page; totals: (requestedBy?: number) => Promise<Bytes & { offline: Bytes }> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(markUsable);
  const pending: Promise<void>[] = [];
  /** Every file received once: who asked for it, when the request started (ms since 1970), its bytes. */
  const received: { bySw: boolean; js: boolean; started: number; bytes: number }[] = [];
  const scripts = { own: new Set<string>(), offline: new Set<string>() };
  context.on('response', (response) => {
    const url = response.url();
    const request = response.request();
    const type = request.resourceType();
    const bySw = request.serviceWorker() !== null;
    const started = request.timing().startTime;
    if (type === 'script' || /\.m?js(\?|$)/.test(url)) {
      // Each script once, however many workers load it.
      const seen = bySw ? scripts.offline : scripts.own;
      if (seen.has(url)) return;
      seen.add(url);
      pending.push(response.body().then((body) => void received.push({ bySw, js: true, started, bytes: gzipSync(body).length }), () => undefined));
    } else if (type === 'media' || AUDIO.test(url)) {
      const length = Number(response.headers()['content-length'] ?? 0);
      received.push({ bySw, js: false, started, bytes: length > 0 ? length : 0 });
    }
  });
  const page = await context.newPage();
  if (cpuSlowdown !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  /** What was received of the requests started by `requestedBy` (ms since 1970), or of all of them. */
  const totals = async (requestedBy = Infinity) => {
    await Promise.all(pending);
    const sum = (bySw: boolean, js: boolean) => received.filter((r) => r.bySw === bySw && r.js === js && r.started <= requestedBy).reduce((a, r) => a + r.bytes, 0);
    return { js: sum(false, true), audio: sum(false, false), offline: { js: sum(true, true), audio: sum(true, false) } };
  };
  return { context, page, totals };
}

async function usableAt(page: Page, kind: 'game' | 'hello'): Promise<number> {
  const key = kind === 'game' ? 'usableAt' : 'helloFirstFrame';
  const handle = await page.waitForFunction((k) => (window as unknown as Record<string, number | undefined>)[k], key, { timeout: 60000 });
  return (await handle.jsonValue()) as number;
}

/** The moment the page became usable, in ms since 1970 as the requests' timings are. */
async function usableSince1970(page: Page, kind: 'game' | 'hello'): Promise<number> {
  const at = await usableAt(page, kind);
  return at + (await page.evaluate(() => performance.timeOrigin));
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median time to a usable page over three fresh loads. */
async function timeToUsable(browser: Browser, served: Served, kind: 'game' | 'hello', cpuSlowdown: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await recordingPage(browser, cpuSlowdown);
    await page.goto(served.url);
    times.push(await usableAt(page, kind));
    await context.close();
  }
  return median(times);
}

/** Watches, from the page's start, the main thread's long tasks and each click's time to the next frame. */
function watchClicks(): void {
  const watched = window as unknown as { longTasks: number[]; clickPaints: Map<number, number> };
  watched.longTasks = [];
  watched.clickPaints = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watched.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    // interactionId groups the press, release and click of one interaction (not yet in TypeScript's DOM types).
    for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      const id = entry.interactionId;
      if (!id) continue;
      watched.clickPaints.set(id, Math.max(watched.clickPaints.get(id) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

interface ClickFigures {
  clicks: number;
  /** The longest main-thread task after the title (0: none over 50 ms). */
  longestTask: number;
  /** The slowest click, press to next paint (0: none over 16 ms). */
  slowestClick: number;
  /** Clicks slower than 100 ms to the next paint. */
  slowClicks: number;
}

/** A whole campaign played by clicking, with the CPU slowed `cpuSlowdown` times (see the top of this file). */
async function clicksInAGame(browser: Browser, served: Served, cpuSlowdown: number): Promise<ClickFigures> {
  const { context, page } = await recordingPage(browser, cpuSlowdown);
  await context.addInitScript(watchClicks);
  await page.goto(`${served.url}?seed=1`);
  await usableAt(page, 'game');
  await page.evaluate(() => void (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  await click(page, 'New game');
  await click(page, 'Start the game');
  let clicks = 2;
  for (; clicks < 400; clicks++) {
    await page.waitForFunction(() => !document.querySelector('#panel .loading'), undefined, { timeout: 60000 });
    const next = await page.evaluate(() => {
      const option = document.querySelector('#panel .options button');
      if (option) return (option.textContent ?? '').trim();
      const names = [...document.querySelectorAll('#panel button')].map((b) => (b.textContent ?? '').trim());
      return ['Begin', 'Continue', 'Debrief'].find((n) => names.includes(n)) ?? null;
    });
    if (next === null || (await page.locator('#panel h1').textContent())?.trim() === 'Your path against history') break;
    await click(page, next);
  }
  await page.waitForTimeout(1000);
  const watched = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; clickPaints: Map<number, number> };
    return { tasks: w.longTasks, paints: [...w.clickPaints.values()] };
  });
  await context.close();
  return {
    clicks,
    longestTask: Math.max(0, ...watched.tasks),
    slowestClick: Math.max(0, ...watched.paints),
    slowClicks: watched.paints.filter((d) => d > 100).length,
  };
}

async function click(page: Page, name: string): Promise<void> {
  await page.locator('#panel').getByRole('button', { name, exact: true }).first().click();
  await page.waitForTimeout(300);
}

interface GameFigures {
  jsBeforeTitle: number;
  audioBeforeClick: number;
  jsSession: number;
  stillDeskFrames: number;
  offline: Bytes;
}

/** One load of the game: the title, a game to its first desk (frames counted there), then the Lab. */
async function walkTheGame(browser: Browser, served: Served): Promise<GameFigures> {
  const { context, page, totals } = await recordingPage(browser);
  await page.goto(`${served.url}?seed=1`);
  // What the title needed: the scripts asked for before it was usable (the game's own are fetched just after).
  const atTitle = await totals(await usableSince1970(page, 'game'));
  await page.waitForTimeout(2000);
  const audioBeforeClick = (await totals()).audio;
  await click(page, 'New game');
  await click(page, 'Start the game');
  await click(page, 'Begin');
  await page.waitForTimeout(1500);
  const asked = () => page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);
  const before = await asked();
  await page.waitForTimeout(3000);
  const stillDeskFrames = (await asked()) - before;
  await click(page, 'Save and leave');
  await click(page, 'Lab');
  await click(page, 'Run');
  await page.waitForTimeout(2000);
  // A run that has not finished by now is cancelled (the default one usually has).
  const cancel = page.locator('#panel').getByRole('button', { name: 'Cancel', exact: true }).first();
  if (await cancel.isEnabled()) await cancel.click();
  const { js: jsSession, offline } = await totals();
  await context.close();
  return { jsBeforeTitle: atTitle.js, audioBeforeClick, jsSession, stillDeskFrames, offline };
}

async function helloScript(browser: Browser, served: Served): Promise<number> {
  const { context, page, totals } = await recordingPage(browser);
  await page.goto(served.url);
  const { js } = await totals(await usableSince1970(page, 'hello'));
  await context.close();
  return js;
}

const kb = (bytes: number): string => `${Math.round(bytes / 1000).toLocaleString('en-GB')} KB`;
const ms = (time: number): string => `${Math.round(time).toLocaleString('en-GB')} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

async function main(): Promise<void> {
  console.log('Building the game and the hello world…');
  const game = await buildAndServe('game');
  const hello = await buildAndServe('hello');
  const browser = await launch();
  try {
    const figures = await walkTheGame(browser, game);
    const helloJs = await helloScript(browser, hello);
    const times: Record<string, { game: number; hello: number }> = {};
    const clicks: Record<string, ClickFigures> = {};
    for (const slowdown of [1, 4]) {
      times[slowdown] = { game: await timeToUsable(browser, game, 'game', slowdown), hello: await timeToUsable(browser, hello, 'hello', slowdown) };
      clicks[slowdown] = await clicksInAGame(browser, game, slowdown);
    }
    const clickRow = (slowdown: number, target: number) => {
      const c = clicks[slowdown];
      return [
        `clicks in a game${slowdown === 1 ? '' : `, CPU slowed ${slowdown}×`} (${c.clicks} clicks; target: no task over ${target} ms)`,
        `longest task ${c.longestTask ? ms(c.longestTask) : 'under 50 ms'}; slowest click to paint ${c.slowestClick ? ms(c.slowestClick) : 'under 16 ms'}; ${c.slowClicks} over 100 ms`,
        '—',
        '',
      ];
    };
    const rows: string[][] = [
      ['', 'the game', 'the hello world', 'game ÷ hello'],
      ['JavaScript before the title is usable (gzip)', kb(figures.jsBeforeTitle), kb(helloJs), ratio(figures.jsBeforeTitle, helloJs)],
      ['JavaScript over a session: title, a game, the Lab (gzip)', kb(figures.jsSession), '—', ratio(figures.jsSession, helloJs)],
      ['time to a usable title', ms(times[1].game), ms(times[1].hello), ratio(times[1].game, times[1].hello)],
      ['time to a usable title, CPU slowed 4×', ms(times[4].game), ms(times[4].hello), ratio(times[4].game, times[4].hello)],
      ['frames requested by a still desk in 3 s', String(figures.stillDeskFrames), '—', ''],
      ['audio fetched before the first click', kb(figures.audioBeforeClick), '—', ''],
      ['the offline copy, fetched in the background by the service worker', `${kb(figures.offline.js)} of script, ${kb(figures.offline.audio)} of sound`, '—', ratio(figures.offline.js, helloJs)],
      clickRow(1, 100),
      clickRow(4, 400),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    for (const row of rows) console.log(`| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`);
  } finally {
    await browser.close();
    await game.close();
    await hello.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`bench:load failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
