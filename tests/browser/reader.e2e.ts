// The glossary and the document reader: a term in a text opens its entry and focus comes back to the term;
// the full glossary opens from every screen; the reader opens beside a decision, is usable with the keyboard
// alone (focus inside, Tab kept inside, Previous/Next, Escape), labels the game's renderings, and is axe-clean;
// Escape in a dialog closes the dialog and never the screen behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './server';
import { axeViolations, clickOn, heading, kicker, open, stepUntil, toDecision } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus: its tag, its text and whether it is inside an open dialog. */
function focused(page: Page): Promise<{ tag: string; text: string; inDialog: boolean; dialogs: number }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName ?? '',
      text: (a?.textContent ?? '').trim(),
      inDialog: Boolean(a?.closest('dialog[open]')),
      dialogs: document.querySelectorAll('dialog[open]').length,
    };
  });
}


describe('the glossary and the document reader', () => {
  it('opens a term’s entry from a text and gives focus back to the term', async () => {
    const { page, context, errors } = await open(browser, '?scenario=campaign&role=stalin&seed=4');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    // The half-year may open on a decision: on to the desk's first document with a term in it.
    await stepUntil(page, 'a document on the desk', async (p) => (await p.locator('#panel article button.term').count()) > 0);
    expect(await heading(page)).toBe('January–June 1923');
    const term = page.locator('#panel article button.term').first();
    const name = ((await term.textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(1);
    await term.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.locator('dialog[open] h2').textContent()).toBeTruthy();
    expect((await focused(page)).inDialog).toBe(true);
    expect(((await dialog.locator('p').first().textContent()) ?? '').length).toBeGreaterThan(30);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: name, dialogs: 0 });

    // The whole glossary, from the button that every screen carries.
    const open_ = page.getByRole('button', { name: 'Glossary', exact: true });
    // Focus is set up first (and set again if the page was still handing it back to the term), then Enter.
    await expect
      .poll(async () => {
        await open_.focus();
        return (await focused(page)).text;
      })
      .toBe('Glossary');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
    expect(await page.locator('dialog[open] dt').count()).toBeGreaterThanOrEqual(30);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Glossary' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the reader beside a decision, works with the keyboard alone and is axe-clean', async () => {
    const { page, context, errors } = await open(browser, '?scenario=campaign&role=stalin&seed=4');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Begin');
    await toDecision(page);
    expect(await kicker(page)).toMatch(/^Decision/);
    const docs = page.locator('#panel button.documents-button');
    await docs.waitFor();
    const label = ((await docs.textContent()) ?? '').trim();
    expect(label).toMatch(/^Documents \(\d+\)$/);
    await docs.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open].reader');
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H2', inDialog: true });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toMatch(/Rendered for this game from|Quoted words: quoted from the English translation/);
    expect(text).toContain('Who wrote it, when, for whom and why');
    expect(text).toMatch(/How useful is this source|assess the value of/);
    expect(await axeViolations(page)).toEqual([]);

    // Tab and Shift+Tab stay inside the dialog.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).inDialog, `Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).inDialog, `Shift+Tab ${i + 1}`).toBe(true);
    }
    // The Close button, reached with the keyboard, closes it and focus returns to the opener.
    for (let i = 0; i < 10 && (await focused(page)).text !== 'Close'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Close');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: label, dialogs: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('steps through a lesson’s sources with Previous and Next, and Escape returns focus', async () => {
    const { page, context, errors } = await open(browser, '?scenario=funeral-and-testament&role=trotsky&seed=2');
    await clickOn(page, 'Start the game');
    const docs = page.locator('#panel button.documents-button');
    expect(((await docs.textContent()) ?? '').trim()).toMatch(/^Primary sources for this lesson \([4-9]\)$/);
    await docs.click();
    const dialog = page.locator('dialog[open].reader');
    await dialog.waitFor();
    const first = await dialog.locator('h2').textContent();
    expect(await dialog.getByRole('button', { name: 'Previous document' }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Next document' }).focus();
    await page.keyboard.press('Enter');
    expect(await dialog.locator('h2').textContent()).not.toBe(first);
    expect(await dialog.textContent()).toContain('Document 2 of');
    expect(await focused(page)).toMatchObject({ text: 'Next document', inDialog: true });
    // A glossary term in the provenance opens its entry over the reader; Escape closes only the entry.
    const term = dialog.locator('button.term').first();
    const termName = ((await term.textContent()) ?? '').trim();
    await term.focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open].glossary-entry').waitFor();
    expect((await focused(page)).dialogs).toBe(2);
    await page.keyboard.press('Escape');
    await page.locator('dialog.glossary-entry').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: termName, inDialog: true, dialogs: 1 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', dialogs: 0 });
    expect((await focused(page)).text).toMatch(/^Primary sources for this lesson/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes only the glossary when Escape is pressed over the settings, whose own Escape goes back', async () => {
    const { page, context, errors } = await open(browser, '?scenario=campaign&role=stalin&seed=4');
    await clickOn(page, 'Start the game');
    await clickOn(page, 'Settings');
    const settings = await heading(page);
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await heading(page)).toBe(settings);
    await page.keyboard.press('Escape');
    await page.waitForFunction((h) => document.querySelector('#panel h1')?.textContent !== h, settings);
    expect(errors).toEqual([]);
    await context.close();
  });
});
