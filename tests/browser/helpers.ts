// Shared steps for the browser suites: pages that record console errors, and playing with keys or mouse.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function open(browser: Browser, path = '', viewport = { width: 1280, height: 720 }, reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Opened> {
  const context = await browser.newContext({ viewport, reducedMotion });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(inject('baseUrl') + path);
  await page.locator('#panel h1').first().waitFor();
  return { context, page, errors };
}

export async function heading(page: Page): Promise<string> {
  return (await page.locator('#panel h1').first().textContent())?.trim() ?? '';
}

/** Presses Tab until the focused element is the button (or control) with this visible text, then returns. */
export async function tabTo(page: Page, name: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return a && (a.tagName === 'BUTTON' || a.tagName === 'INPUT') ? (a.textContent ?? '').trim() || (a as HTMLInputElement).labels?.[0]?.textContent?.trim() || '' : '';
    });
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${name}" with the Tab key on "${await heading(page)}"`);
}

async function buttons(page: Page): Promise<{ names: string[]; option: string | null }> {
  return page.evaluate(() => {
    const names = [...document.querySelectorAll('#panel button')].map((b) => (b.textContent ?? '').trim());
    const opt = document.querySelector('#panel .options button');
    return { names, option: opt ? (opt.textContent ?? '').trim() : null };
  });
}

/** Plays from wherever the game is to the debrief; `pick` chooses an option index from the option names. */
export async function playToDebrief(
  page: Page,
  mode: 'keyboard' | 'mouse',
  visit?: (screen: string, page: Page) => Promise<void>,
  maxSteps = 400,
): Promise<string[]> {
  const seen: string[] = [];
  for (let step = 0; step < maxSteps; step++) {
    // A choice made while the game itself is still loading ("Loading the game…") goes on once it has arrived.
    await page.waitForFunction(() => !document.querySelector('#panel .loading'));
    const h = await heading(page);
    seen.push(h);
    if (h === 'Your path against history') return seen;
    const { names, option } = await buttons(page);
    const next = option ?? ['Begin', 'Continue', 'Debrief'].find((n) => names.includes(n));
    expect(next, `a way forward on "${h}" (buttons: ${names.join(', ')})`).toBeTruthy();
    if (visit) await visit(h, page);
    if (mode === 'keyboard') {
      await tabTo(page, next!);
      await page.keyboard.press(step % 2 === 0 ? 'Enter' : 'Space');
    } else {
      await page.locator('#panel').getByRole('button', { name: next!, exact: true }).first().click();
    }
    await page.waitForFunction((prev) => {
      const h1 = document.querySelector('#panel h1');
      return h1 !== null && (h1.textContent !== prev || document.activeElement === h1);
    }, h);
  }
  throw new Error('the game did not reach the debrief');
}

/** Clicks a button of the panel by its visible text and waits for the next screen (or the heading's focus). */
export async function clickOn(page: Page, name: string): Promise<void> {
  const before = await heading(page);
  await page.locator('#panel').getByRole('button', { name, exact: true }).first().click();
  await page.waitForFunction((prev) => document.querySelector('#panel h1')?.textContent !== prev || document.activeElement === document.querySelector('#panel h1'), before);
}

/** Takes one step forward: the first option of a decision, else Begin or Continue. */
export async function stepOn(page: Page): Promise<void> {
  const option = page.locator('#panel .options button').first();
  if (await option.count()) return clickOn(page, ((await option.textContent()) ?? '').trim());
  const names = (await page.locator('#panel button').allTextContents()).map((s) => s.trim());
  const next = ['Begin', 'Continue'].find((n) => names.includes(n));
  expect(next, `a way forward on "${await heading(page)}"`).toBeTruthy();
  await clickOn(page, next!);
}

/**
 * Steps on (see stepOn) until `reached` holds for the screen on show, and fails after `max` steps; `check` runs on
 * every screen before it is left.
 */
export async function stepUntil(page: Page, what: string, reached: (page: Page) => Promise<boolean>, check?: (page: Page) => Promise<void>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await reached(page)) return;
    if (check) await check(page);
    await stepOn(page);
  }
  throw new Error(`${what} was not reached in ${max} steps (the last screen: "${await heading(page)}")`);
}

/** Plays on from the briefing until the player's first decision (a half-year may open with it, or with news). */
export async function toDecision(page: Page): Promise<void> {
  await stepUntil(page, 'a decision', async (p) => (await p.locator('#panel .options button').count()) > 0, undefined, 20);
}

/** Whether a vote's result is on screen (each vote held has a screen of its own, with its verdict). */
export async function onVoteScreen(page: Page): Promise<boolean> {
  return (await page.locator('#panel .verdict').count()) > 0;
}

export async function kicker(page: Page): Promise<string> {
  return ((await page.locator('#panel .kicker').first().textContent()) ?? '').trim();
}

/**
 * From a game in progress, plays on (the first option of each decision) until a vote's result is on screen;
 * `check` runs on every screen before it.
 */
export async function playToVote(page: Page, check?: (page: Page) => Promise<void>): Promise<void> {
  await stepUntil(page, 'a vote', onVoteScreen, check);
}


/**
 * Records every Content-Security-Policy violation the pages of a context report, from their first script on;
 * read them with `cspViolations(page)`.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations_: string[] }).cspViolations_ = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`));
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations_?: string[] }).cspViolations_ ?? ['the CSP listener was not installed']);
}

/** From the title, opens the Lab and runs a small attribution (one factor, 10 games per coalition). */
export async function runSmallLab(page: Page): Promise<void> {
  await page.locator('#panel').getByRole('button', { name: 'Lab', exact: true }).click();
  await page.locator('#panel h1', { hasText: 'Counterfactual Lab' }).waitFor();
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.check('#lab-factor-funeral');
  await page.fill('#lab-runs', '10');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('#lab-shapley-table').waitFor();
}

/** The page's accessibility violations as axe reports them, one line each with up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}
