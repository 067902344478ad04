// Citations as students read them: the short "Sources:" line under a note, and the Sources page that lists
// every work in the bibliography in full, grouped by kind. Titles are set in <cite>; nothing is parsed as HTML.
import type { Catalog } from '../scenario/catalog';
import { fullCitationParts, shortCitationParts, SOURCE_KINDS, type CitationPart, type SourceKind } from '../scenario/sources';
import { el, type Child } from './dom';

const KIND_HEADINGS: Record<SourceKind, { title: string; intro: string }> = {
  primary: {
    title: 'Primary sources',
    intro: 'Written or spoken at the time, or by the people involved: letters, speeches, resolutions, memoirs and the records of the Party congresses. Ask who wrote each one, when, for whom and why.',
  },
  scholarly: {
    title: 'Historians',
    intro: 'Books and articles by historians, based on the documents. They do not always agree: the lenses of the Counterfactual Lab set some of their arguments side by side.',
  },
  reference: {
    title: 'Reference works',
    intro: 'Encyclopedias and sourcebooks, used for dates and figures.',
  },
  'school resource': {
    title: 'School textbooks',
    intro: 'Textbooks written for students.',
  },
};

function partNodes(parts: CitationPart[]): Child[] {
  return parts.map((p) => (p.link ? el('a', { href: p.text, rel: 'noopener' }, p.text) : p.italic ? el('cite', {}, p.text) : p.text));
}

/** The "Sources: …" line under a historical note, with readable short citations. */
export function sourcesLine(keys: readonly string[]): HTMLElement {
  const nodes: Child[] = [keys.length === 1 ? 'Source: ' : 'Sources: '];
  keys.forEach((key, i) => nodes.push(...partNodes(shortCitationParts(key)), i < keys.length - 1 ? '; ' : '.'));
  return el('p', { class: 'hint sources' }, ...nodes);
}

/** The Sources page: every entry of the bibliography in full, grouped by kind, alphabetical by author. */
export function sourcesContent(catalog: Catalog): HTMLElement[] {
  const entries = [...catalog.sources.values()];
  const sections = SOURCE_KINDS.map((kind) => {
    const list = entries.filter((s) => s.kind === kind).sort((a, b) => a.name.localeCompare(b.name) || String(a.year).localeCompare(String(b.year)) || a.title.localeCompare(b.title));
    if (list.length === 0) return null;
    const id = `sources-${kind.replace(' ', '-')}`;
    return el(
      'section',
      { 'aria-labelledby': id },
      el('h2', { id }, KIND_HEADINGS[kind].title),
      el('p', { class: 'hint' }, KIND_HEADINGS[kind].intro),
      el(
        'ul',
        { class: 'bibliography' },
        ...list.map((s) => el('li', {}, ...partNodes(fullCitationParts(s.key, catalog.sources)), s.note ? el('span', { class: 'hint' }, ` ${s.note}`) : null)),
      ),
    );
  });
  return [
    el('h1', {}, 'Sources'),
    el(
      'p',
      { class: 'lead' },
      `Every note in the game says what really happened, when, and which works it rests on. These are all ${entries.length} of them. Where the sources disagree, or a detail rests on one account only, the note says so.`,
    ),
    ...sections.filter((s): s is HTMLElement => s !== null),
  ];
}
