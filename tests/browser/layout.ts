// Layout checks for the school-screens suite: what a pupil on a phone, a tablet, a Chromebook or a projector
// would notice at once — a page that scrolls sideways, words printed over other words or over the stage, a
// control too small for a finger, or one that cannot be brought into view by scrolling the page.
import type { Page } from 'playwright-core';

/** The school screens, each way up. */
export const SCREENS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'phone on its side', width: 640, height: 360 },
  { name: 'large phone', width: 390, height: 844 },
  { name: 'large phone on its side', width: 844, height: 390 },
  { name: 'tablet upright', width: 768, height: 1024 },
  { name: 'tablet on its side', width: 1024, height: 768 },
  { name: 'Chromebook', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

/** The smallest side of a touch target, in CSS pixels. */
export const TOUCH = 44;

/**
 * Problems of the page as it stands: sideways scrolling, text boxes that overlap each other or the stage,
 * and touch targets under 44 px. Each problem is one line naming the text or control.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((touch) => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways: ${doc.scrollWidth} px in a ${window.innerWidth} px window`);

    // Every line of visible text, as boxes; hidden helpers for screen readers are not drawn, so not counted, nor
    // is the text of a closed <details>, which the browser lays out but does not draw.
    type Box = { l: number; t: number; r: number; b: number; text: string; node: Node | null };
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.getElementById('panel')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('.visually-hidden, option, [hidden]') || !parent.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        boxes.push({ l: r.left + window.scrollX, t: r.top + window.scrollY, r: r.right + window.scrollX, b: r.bottom + window.scrollY, text, node: n });
      }
    }
    const stage = document.getElementById('stage');
    if (stage && stage.offsetParent !== null && stage.getBoundingClientRect().height > 0) {
      const r = stage.getBoundingClientRect();
      boxes.push({ l: r.left + window.scrollX, t: r.top + window.scrollY, r: r.right + window.scrollX, b: r.bottom + window.scrollY, text: 'the stage', node: null });
    }
    boxes.sort((a, b) => a.t - b.t);
    const slack = 2; // glyphs of neighbouring words may touch
    const seen = new Set<string>();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].t < a.b - slack; j++) {
        const b = boxes[j];
        if (a.node === b.node && a.node !== null) continue;
        const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
        const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
        if (w <= slack || h <= slack) continue;
        const line = `"${a.text.slice(0, 40)}" overlaps "${b.text.slice(0, 40)}"`;
        if (!seen.has(line)) problems.push(line);
        seen.add(line);
      }
    }

    // Touch targets: buttons, links, menus and fields, and the Glossary button that every screen carries; a
    // checkbox or radio button counts with its label's row. A glossary term inside a sentence is exempt, as
    // targets within a line of text are in the accessibility guidelines (WCAG 2.2, 2.5.8): it keeps the line's height.
    for (const c of document.querySelectorAll<HTMLElement>('#panel button, #panel a[href], #panel select, #panel summary, #panel input, .update-notice button, .site-glossary')) {
      if (c.offsetParent === null && c.getClientRects().length === 0) continue;
      if (c.closest('[aria-hidden="true"]')) continue; // a hidden helper, such as the file input behind a button
      if (c.matches('button.term')) continue;
      const box = c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio') ? (c.closest('.choice, .setting') ?? c) : c;
      const r = box.getBoundingClientRect();
      if (r.width < touch || r.height < touch) {
        const name = (c.textContent ?? '').trim() || (c as HTMLInputElement).labels?.[0]?.textContent?.trim() || c.id || c.tagName;
        problems.push(`"${name.slice(0, 40)}" is ${Math.round(r.width)}×${Math.round(r.height)} px, under ${touch} px`);
      }
    }
    return problems;
  }, TOUCH);
}

/**
 * Controls that cannot be brought into view by scrolling the page (or the panel, on wide screens where the
 * text has its own column): after scrolling each into view, the control itself must be what lies at its centre.
 */
export async function unreachable(page: Page): Promise<string[]> {
  const out = await page.evaluate(() => {
    const problems: string[] = [];
    for (const c of document.querySelectorAll<HTMLElement>('#panel button, #panel a[href], #panel select, #panel input, #panel summary')) {
      if (c.getClientRects().length === 0 || c.closest('[aria-hidden="true"]')) continue;
      c.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = c.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 0), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const label = c instanceof HTMLInputElement ? [...(c.labels ?? [])] : [];
      const inside = r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
      if (!inside || !hit || !(c.contains(hit) || label.some((l) => l.contains(hit)) || hit.contains(c))) {
        const name = (c.textContent ?? '').trim() || (c as HTMLInputElement).labels?.[0]?.textContent?.trim() || c.id || c.tagName;
        problems.push(`"${name.slice(0, 40)}" cannot be scrolled into view`);
      }
    }
    window.scrollTo(0, 0);
    document.getElementById('panel')!.scrollTop = 0;
    return problems;
  });
  return out;
}

/** Whether the first button of the panel is wholly in the window, without any scrolling. */
export function firstButtonInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const b = document.querySelector('#panel button');
    if (!b) return false;
    const r = b.getBoundingClientRect();
    return window.scrollY === 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}
