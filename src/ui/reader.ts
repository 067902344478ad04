// The document reader: primary sources in a modal dialog, one at a time, each with its label ("rendered for
// this game from …"), the original and a translation to look up, its provenance and an exam-style question,
// and Previous/Next between the documents of the current context (a decision, a vote or a lesson).
import { documentLabel, isRendered, longDate, partText, type SourceDocument } from '../scenario/documents';
import { button, el } from './dom';
import { linkTerms } from './glossary';
import { openModal } from './modal';
import './reader.css';

let library: readonly SourceDocument[] = [];

/** Sets the primary sources the game offers (once, at start-up). */
export function installDocuments(list: readonly SourceDocument[]): void {
  library = list;
}

/** The documents that bear on a decision, event or vote, oldest first. */
export function documentsFor(id: string): SourceDocument[] {
  return library.filter((d) => d.relates.includes(id)).sort((a, b) => a.date.localeCompare(b.date));
}

/** The documents with the given ids, in that order (unknown ids are skipped: the validator reports them). */
export function documentsByIds(ids: readonly string[]): SourceDocument[] {
  return ids.map((id) => library.find((d) => d.id === id)).filter((d): d is SourceDocument => d !== undefined);
}

function documentBody(doc: SourceDocument): (HTMLElement | null)[] {
  return [
    el('p', { class: 'kicker' }, `${doc.author} · ${longDate(doc.date)}`),
    el(
      'blockquote',
      { class: 'excerpt' },
      ...doc.excerpt.map((p) => el('p', { class: 'quoted' in p ? 'quoted' : 'rendered' }, partText(p))),
    ),
    el('h3', {}, 'Where it comes from'),
    el('p', { class: 'doc-label' }, documentLabel(doc)),
    // The label names the original when the text is rendered, and the translation when words are quoted.
    isRendered(doc) ? null : el('p', {}, `The original: ${doc.original.trim()}`),
    isRendered(doc) && !doc.excerpt.some((p) => 'quoted' in p) ? el('p', {}, `Published in English: ${doc.translation.trim()}`) : null,
    el('h3', {}, 'Who wrote it, when, for whom and why'),
    el('p', {}, ...linkTerms(doc.provenance.trim())),
    el('h3', {}, 'Question'),
    el('p', { class: 'exam-question' }, doc.question.trim()),
  ];
}

/** Opens the reader on `docs[start]`; focus returns to `opener` when it closes. */
export function openReader(docs: readonly SourceDocument[], start: number, opener: HTMLElement | null): void {
  if (docs.length === 0) return;
  let i = Math.max(0, Math.min(start, docs.length - 1));
  const modal = openModal('reader', opener, docs[i].title);
  const show = (focus: 'heading' | 'previous' | 'next') => {
    const doc = docs[i];
    const prev = button('Previous document', () => go(-1), 'secondary');
    const next = button('Next document', () => go(1), 'secondary');
    prev.disabled = i === 0;
    next.disabled = i === docs.length - 1;
    modal.fill(
      doc.title,
      ...documentBody(doc),
      docs.length > 1
        ? el('nav', { class: 'reader-nav', 'aria-label': 'Documents' }, prev, el('span', { class: 'hint' }, `Document ${i + 1} of ${docs.length}`), next)
        : null,
    );
    modal.dialog.scrollTop = 0;
    const target = focus === 'previous' && !prev.disabled ? prev : focus === 'next' && !next.disabled ? next : modal.dialog.querySelector('h2');
    target?.focus();
  };
  const go = (step: number) => {
    i = Math.max(0, Math.min(i + step, docs.length - 1));
    show(step < 0 ? 'previous' : 'next');
  };
  show('heading');
}

/** A "Documents" button that opens the reader on the given documents, or null when there are none. */
export function documentsButton(docs: readonly SourceDocument[], label = 'Documents'): HTMLButtonElement | null {
  if (docs.length === 0) return null;
  const b: HTMLButtonElement = button(`${label} (${docs.length})`, () => openReader(docs, 0, b), 'secondary documents-button');
  b.setAttribute('aria-haspopup', 'dialog');
  return b;
}
