// The teacher's kit in the browser: a teacher makes an assignment link for a lesson; a student opens it, plays
// the lesson to its end, types a name and answers and copies the report code (kept across a reload); the
// teacher pastes five codes, one edited, and sees four verified rows, one flagged, the class's charts with their
// data tables and a CSV with every row. Keyboard-usable and axe-clean. A teacher's own lesson file: every mistake
// listed where it is; a valid one played and assigned, the student loading the very same file (a changed one is
// refused), and its code verified in the class view and by the verify command.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeAssignment } from '../../src/kit/assignment';
import { main as verifyMain } from '../../src/cli/verify';
import { playedCode, pickerFor } from '../kit/helpers';
import { launch } from './server';
import { axeViolations, clickOn, heading, kicker, open, stepOn, tabTo } from './helpers';

/** A teacher's own lesson: the built-in one with an id, a length and a title of its own (markup in it is text). */
const lessonText = readFileSync(new URL('../../scenarios/lessons/funeral-and-testament.yaml', import.meta.url), 'utf8');
const OWN_TITLE = 'My <b>funeral</b> lesson, 1924';
const ownLesson = lessonText
  .replace(/^id: funeral-and-testament$/m, 'id: my-funeral')
  .replace(/^minutes: 15$/m, 'minutes: 25')
  .replace(/^title: .*$/m, `title: "${OWN_TITLE}"`);

/** The verify command's --json list for some codes, run in this process. */
function verifyJson(...argv: string[]): { valid: boolean; name: string; scenario: string }[] {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.map(String).join(' ')));
  try {
    verifyMain(['--json', ...argv]);
  } finally {
    log.mockRestore();
  }
  return JSON.parse(out.join('\n'));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


/** Plays on (the first option of each decision) until the ending is on screen. */
async function playToEnding(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await kicker(page)).startsWith('The ending')) return;
    await stepOn(page);
  }
  throw new Error('the lesson did not reach its ending');
}

describe('the teacher’s kit', () => {
  it('sets a lesson by link, and checks the class’s codes by replay', async () => {
    // The teacher makes the link, with the keyboard.
    const teacher = await open(browser, '');
    const tp = teacher.page;
    await tabTo(tp, 'For teachers');
    await tp.keyboard.press('Enter');
    await tp.locator('#panel h1', { hasText: 'Set the game as a lesson or homework' }).waitFor();
    await tp.selectOption('#assign-scenario', 'funeral-and-testament');
    await tp.selectOption('#assign-role', 'trotsky');
    await tabTo(tp, 'Make the link');
    await tp.keyboard.press('Enter');
    const link = await tp.locator('#assign-link').inputValue();
    expect(link).toMatch(/\?assign=A1\./);
    expect(await tp.locator('img.qr').getAttribute('alt')).toContain(link);
    expect(await axeViolations(tp)).toEqual([]);

    // The student opens it, plays the lesson and makes a code.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const sp = await context.newPage();
    const errors: string[] = [];
    sp.on('pageerror', (e) => errors.push(String(e)));
    await sp.goto(link);
    await sp.locator('#panel h1').first().waitFor();
    expect(await kicker(sp)).toBe('An assignment from your teacher');
    expect(await sp.locator('#panel form').count()).toBe(0); // nothing about the game can be changed
    expect(await axeViolations(sp)).toEqual([]);
    await clickOn(sp, 'Start the game');
    await playToEnding(sp);
    await sp.fill('#report-name', 'Bella Jones');
    const answers = sp.locator('#panel textarea[id^="report-answer-"]');
    expect(await answers.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill(`Answer ${i + 1}: the apparatus mattered most.`);
    await tabTo(sp, 'Make my report code');
    await sp.keyboard.press('Enter');
    const code = await sp.locator('#report-code').inputValue();
    expect(code).toMatch(/^R1\./);
    await tabTo(sp, 'Copy the code');
    await sp.keyboard.press('Enter');
    await expect.poll(() => sp.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(await axeViolations(sp)).toEqual([]);
    await sp.reload();
    await sp.locator('#panel h1').first().waitFor();
    await clickOn(sp, 'Continue slot 1');
    expect(await sp.locator('#report-code').inputValue()).toBe(code);
    expect(errors).toEqual([]);
    await context.close();

    // Four more codes for the same assignment, one of them edited.
    const decoded = decodeAssignment(link);
    if (!decoded.ok) throw new Error(decoded.reason);
    const others = ['Carl Ames', 'Dina Roy', 'Eli Stone', 'Fay Wong'].map((name, i) => playedCode(decoded.value, String(100 + i), pickerFor(i), name, ['Yes.']).code);
    const cut = Math.floor(others[3].length / 2);
    const edited = others[3].slice(0, cut) + (others[3][cut] === 'A' ? 'B' : 'A') + others[3].slice(cut + 1);
    await clickOn(tp, 'The class at a glance');
    await tp.fill('#class-link', link);
    await tp.fill('#class-codes', [code, others[0], others[1], others[2], edited].join('\n'));
    await tabTo(tp, 'Check the codes');
    await tp.keyboard.press('Enter');
    const rows = tp.locator('.class-results table').first().locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    const checks = await rows.locator('td:nth-child(3)').allTextContents();
    expect(checks.filter((c) => c === 'Verified')).toHaveLength(4);
    expect(checks[4]).toMatch(/^Flagged: /);
    expect(await rows.nth(0).locator('td').nth(0).textContent()).toBe('Bella Jones');
    await tp.locator('.working', { hasText: 'Done' }).waitFor({ timeout: 60000 });
    const charts = tp.locator('.class-results svg.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(2);
    // Each chart's figures are also in a data table beside it.
    for (const section of ['#class-endings', '#class-decisions']) {
      const part = tp.locator(`section[aria-labelledby="${section.slice(1)}"]`);
      expect(await part.locator('svg.chart').count()).toBeGreaterThan(0);
      expect(await part.locator('table').count()).toBeGreaterThanOrEqual(await part.locator('svg.chart').count());
    }
    const captions = await tp.locator('.class-results table caption').allTextContents();
    expect(captions.join('|')).toContain('The class’s endings beside what the Lab expects');
    expect(captions.join('|')).toContain('what the class chose, against what really happened');
    expect(await tp.locator('.privacy').textContent()).toContain('no student’s name, answer or result leaves it');
    await tabTo(tp, 'Download the table (CSV)');
    const [download] = await Promise.all([tp.waitForEvent('download'), tp.keyboard.press('Enter')]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(6);
    expect(csv[1]).toContain('Bella Jones');
    expect(csv[5]).toContain('Rejected');
    expect(await axeViolations(tp)).toEqual([]);
    expect(teacher.errors).toEqual([]);
    await teacher.context.close();
  });

  it('shows a printable lesson plan for every scenario', async () => {
    const { page, context, errors } = await open(browser, '');
    await clickOn(page, 'For teachers');
    await clickOn(page, 'Lesson plans');
    expect(await heading(page)).toBe('Lesson plans');
    expect(await page.locator('.lesson-plan').count()).toBe(3);
    const text = (await page.locator('#panel').textContent()) ?? '';
    for (const part of ['How the model and the lenses work', 'Setting homework', 'Starter', 'Differentiation', 'The exam questions it prepares for', 'AQA', 'IB Diploma']) expect(text).toContain(part);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checks a teacher’s scenario file, listing every mistake where it is', async () => {
    const broken = ownLesson
      .replace(/^minutes: 25$/m, 'minutes: fifteen')
      .replace(/^start: 1924H1$/m, 'start: 1924H3')
      .replace(/^documents: \[/m, 'documents: [no-such-document, ');
    const { page, context, errors } = await open(browser, '');
    await clickOn(page, 'For teachers');
    await page.setInputFiles('#check-file', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const items = page.locator('#check-file-result li');
    await items.first().waitFor();
    const lines = await items.allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.startsWith('my-lesson.yaml: minutes: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('my-lesson.yaml: start: '))).toBe(true);
    expect(await page.locator('#check-file-result [role="alert"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Each mistake is named where it is, one at a time, as the validator names it.
    await page.setInputFiles('#check-file', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(ownLesson.replace(/^documents: \[/m, 'documents: [no-such-document, ')) });
    await page.locator('#check-file-result li', { hasText: 'documents[0]' }).waitFor();
    expect(await page.locator('#check-file-result li').allTextContents()).toEqual(['my-lesson.yaml: documents[0]: unknown document "no-such-document" (it must be an id in scenarios/documents.yaml)']);
    // A file that keeps a built-in scenario's id is told to take its own.
    await page.setInputFiles('#check-file', { name: 'copy.yaml', mimeType: 'text/yaml', buffer: Buffer.from(lessonText) });
    await page.locator('#check-file-result li', { hasText: 'copy.yaml: id: ' }).waitFor();
    const lenses = readFileSync(new URL('../../scenarios/lenses.yaml', import.meta.url), 'utf8');
    await page.setInputFiles('#check-file', { name: 'lenses.yaml', mimeType: 'text/yaml', buffer: Buffer.from(lenses) });
    await page.locator('#check-file-result .valid').waitFor();
    expect(await page.locator('#check-file-result').textContent()).toBe('lenses.yaml is a valid lenses file.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays and assigns a teacher’s own lesson file; the student must load the very same file; its codes verify', async () => {
    // The teacher loads the file: it can be played, and is chosen in the assignment form.
    const teacher = await open(browser, '', { width: 1366, height: 768 });
    const tp = teacher.page;
    await clickOn(tp, 'For teachers');
    await tp.setInputFiles('#check-file', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(ownLesson) });
    await tp.locator('#check-file-result .valid').waitFor();
    expect(await tp.locator('#check-file-result .valid').textContent()).toContain(`my-lesson.yaml is loaded: “${OWN_TITLE}”`);
    expect(await tp.locator('#assign-scenario').inputValue()).toBe('my-funeral');
    expect(await tp.locator('#assign-scenario option:checked').textContent()).toBe(`Your file my-lesson.yaml — Lesson: ${OWN_TITLE}`);
    await tp.selectOption('#assign-role', 'stalin');
    await tp.getByRole('button', { name: 'Make the link' }).click();
    const link = await tp.locator('#assign-link').inputValue();
    expect(await tp.locator('.own-file-note').textContent()).toContain('This assignment is played on your own file, my-lesson.yaml');
    expect(await axeViolations(tp)).toEqual([]);
    await clickOn(tp, 'Play it yourself');
    expect(await heading(tp)).toBe('New game');
    expect(await tp.locator('#scenario-my-funeral').isChecked()).toBe(true);
    expect(await tp.locator('label[for="scenario-my-funeral"]').textContent()).toBe(`Lesson: ${OWN_TITLE}`);
    expect(await tp.locator('#panel b').count()).toBe(0); // the file's text is shown as text, never as markup
    // The file stays loaded on the device until the teacher stops using it.
    await clickOn(tp, 'Back to the title');
    await clickOn(tp, 'For teachers');
    expect(await tp.locator('#check-file-result .valid').textContent()).toContain('my-lesson.yaml is loaded');
    await tp.getByRole('button', { name: 'Stop using this file' }).click();
    await tp.getByRole('button', { name: 'Stop using this file' }).waitFor({ state: 'detached' });
    expect(await tp.locator('#assign-scenario option[value="my-funeral"]').count()).toBe(0);
    expect(teacher.errors).toEqual([]);
    await teacher.context.close();

    // The student opens the link: asked for the file, a changed one is refused, the right one opens the assignment.
    const student = await open(browser, link.slice(link.indexOf('?')), { width: 390, height: 844 });
    const sp = student.page;
    expect(await heading(sp)).toBe('Load your teacher’s scenario file');
    expect(await sp.locator('#panel .lead').textContent()).toContain('“my-funeral”');
    expect(await axeViolations(sp)).toEqual([]);
    await sp.setInputFiles('#assign-file', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(ownLesson.replace(/^minutes: 25$/m, 'minutes: 30')) });
    await sp.locator('#assign-file-result [role="alert"]').waitFor();
    expect(await sp.locator('#assign-file-result').textContent()).toMatch(/^my-lesson\.yaml is not the file this assignment was set on: it holds the scenario "my-funeral", but not the same version/);
    await sp.setInputFiles('#assign-file', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(ownLesson) });
    await sp.locator('#panel h1', { hasText: OWN_TITLE }).waitFor();
    expect(await kicker(sp)).toBe('An assignment from your teacher');
    expect(await sp.locator('#panel b').count()).toBe(0);
    await clickOn(sp, 'Start the game');
    await playToEnding(sp);
    await sp.fill('#report-name', 'Gil Marr');
    await sp.getByRole('button', { name: 'Make my report code' }).click();
    const code = await sp.locator('#report-code').inputValue();
    expect(code).toMatch(/^R1\./);
    // The file is kept on the device: after a reload the game and its code are still there.
    await sp.reload();
    await sp.locator('#panel h1').first().waitFor();
    await clickOn(sp, 'Continue slot 1');
    expect(await sp.locator('#report-code').inputValue()).toBe(code);
    expect(student.errors).toEqual([]);
    await student.context.close();

    // The code verifies from the command line against the same file, and only against it.
    const dir = mkdtempSync(join(tmpdir(), 'own-lesson-'));
    const file = join(dir, 'my-lesson.yaml');
    writeFileSync(file, ownLesson);
    const withFile = verifyJson(code, '--scenario', file, '--assignment', link);
    expect(withFile[0]).toMatchObject({ valid: true, name: 'Gil Marr', scenario: 'my-funeral' });
    expect(verifyJson(code)[0]).toMatchObject({ valid: false });
    rmSync(dir, { recursive: true, force: true });

    // A teacher on another device checks the code in the class view once the same file is loaded there.
    const marker = await open(browser, '', { width: 1366, height: 768 });
    const mp = marker.page;
    await clickOn(mp, 'For teachers');
    await clickOn(mp, 'The class at a glance');
    await mp.fill('#class-link', link);
    await mp.fill('#class-codes', code);
    await mp.getByRole('button', { name: 'Check the codes' }).click();
    await mp.locator('#panel [role="alert"]', { hasText: 'is not loaded' }).waitFor();
    await mp.setInputFiles('#class-scenario', { name: 'my-lesson.yaml', mimeType: 'text/yaml', buffer: Buffer.from(ownLesson) });
    await mp.locator('#class-scenario-result .valid').waitFor();
    await mp.getByRole('button', { name: 'Check the codes' }).click();
    const rows = mp.locator('.class-results table').first().locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(['Verified']);
    expect(await rows.nth(0).locator('td').nth(0).textContent()).toBe('Gil Marr');
    await mp.locator('.working', { hasText: 'Done' }).waitFor({ timeout: 60000 });
    expect(await axeViolations(mp)).toEqual([]);
    expect(marker.errors).toEqual([]);
    await marker.context.close();
  });

  it('says what is wrong with an edited assignment link, with a way to the title', async () => {
    const { page, context } = await open(browser, '?assign=A1.notreallyanassignment');
    expect(await heading(page)).toBe('This link does not open a game');
    expect(await page.locator('[role="alert"]').textContent()).toContain('This assignment link cannot be opened');
    await clickOn(page, 'Back to the title');
    expect(await heading(page)).toBe('After Lenin');
    expect(page.url()).not.toContain('assign=');
    await context.close();
  });
});
