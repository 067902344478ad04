// The glossary on screen: linkTerms turns the first occurrence of each glossary term in a text into a button
// that opens its entry in a small dialog; the full glossary lists every term. Texts stay text: the pieces
// are strings and buttons, never parsed HTML.
import { termForms, type GlossaryEntry } from '../scenario/glossary';
import { button, el, paragraphs } from './dom';
import './reader.css';
import { openModal } from './modal';

let entries: GlossaryEntry[] = [];
let pattern: RegExp | null = null;
const byForm = new Map<string, GlossaryEntry>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sets the glossary the game uses (once, at start-up). */
export function installGlossary(list: readonly GlossaryEntry[]): void {
  const key = (e: GlossaryEntry) => e.term.replace(/^the /i, '');
  entries = [...list].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }));
  byForm.clear();
  for (const e of list) for (const f of termForms(e)) byForm.set(f, e);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  pattern = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${forms.join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : null;
}

export function glossaryEntries(): readonly GlossaryEntry[] {
  return entries;
}

/** One entry in a small dialog; focus returns to the term (or other control) that opened it. */
export function openGlossaryEntry(entry: GlossaryEntry, opener: HTMLElement | null): void {
  const modal = openModal(
    'glossary-entry',
    opener,
    entry.term,
    el('p', {}, entry.definition.trim()),
    el('p', {}, button('The whole glossary', () => {
      modal.close();
      openGlossary(opener, entry.id);
    }, 'secondary')),
  );
}

/** The full glossary, every term in alphabetical order; `focusId` scrolls to one entry. */
export function openGlossary(opener: HTMLElement | null, focusId?: string): void {
  const modal = openModal(
    'glossary',
    opener,
    'Glossary',
    el('p', { class: 'hint' }, 'The words of Soviet politics in the 1920s, and the game\u2019s own measures, in plain English.'),
    el('dl', { class: 'glossary-list' }, ...entries.flatMap((e) => [el('dt', { id: `term-${e.id}` }, e.term), el('dd', {}, e.definition.trim())])),
  );
  if (focusId) modal.dialog.querySelector(`#term-${focusId}`)?.scrollIntoView({ block: 'start' });
}

/** A button that opens the full glossary. */
export function glossaryButton(cls = 'secondary'): HTMLButtonElement {
  const b: HTMLButtonElement = button('Glossary', () => openGlossary(b), cls);
  b.setAttribute('aria-haspopup', 'dialog');
  return b;
}

/**
 * The text with the first occurrence of each glossary term made into a button that opens its entry.
 * `seen` carries the terms already linked across several paragraphs of one text.
 */
export function linkTerms(text: string, seen: Set<string> = new Set()): (string | HTMLElement)[] {
  if (!pattern) return [text];
  const out: (string | HTMLElement)[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    const entry = byForm.get(m[0]);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    if (m.index > from) out.push(text.slice(from, m.index));
    const b: HTMLButtonElement = button(m[0], () => openGlossaryEntry(entry, b), 'term');
    b.setAttribute('aria-haspopup', 'dialog');
    b.title = `What is "${entry.term}"?`;
    out.push(b);
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** Paragraphs as `paragraphs` makes them, with the first occurrence of each glossary term linked. */
export function linkedParagraphs(text: string, cls?: string): HTMLElement[] {
  const seen = new Set<string>();
  return paragraphs(text, cls, (p) => linkTerms(p, seen));
}
