// The bibliography (scenarios/sources.yaml): the works that notes, lenses and factors cite by key, and the
// formatters that turn a key into what a student reads — a short citation beside a note ("Deutscher, *The
// Prophet Unarmed*, 1959"; "Stalin, speech of 23 October 1927, *Works* vol. 10") and a full entry on the
// Sources page. Keys are checked when the catalogue loads, so a formatter never meets an unknown key there.
import { z } from 'zod';
import { idSchema } from './schema';

export const SOURCE_KINDS = ['primary', 'scholarly', 'reference', 'school resource'] as const;

export const sourceSchema = z
  .object({
    key: idSchema,
    name: z.string().min(2),
    author: z.string().min(2),
    title: z.string().min(2),
    shortTitle: z.string().min(2).optional(),
    editors: z.string().min(2).optional(),
    document: z.string().min(3).optional(),
    in: z.string().min(2).optional(),
    volume: z.string().min(1).optional(),
    publisher: z.string().min(2).optional(),
    year: z.union([z.number().int().min(1800).max(2100), z.literal('undated')]),
    kind: z.enum(SOURCE_KINDS),
    pages: z.string().regex(/^pp?\. \d/, 'must read like "p. 133" or "pp. 177–211"').optional(),
    url: z.url({ protocol: /^https$/, error: 'must be a stable https address' }).optional(),
    note: z.string().min(20).optional(),
  })
  .strict()
  .refine((s) => s.pages || s.url || s.publisher || s.volume, {
    message: 'needs the pages, a stable address (url) or the edition cited (publisher or volume)',
  });

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema).min(1) }).strict();

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];
/** The bibliography by key. */
export type Bibliography = ReadonlyMap<string, Source>;

let current: Bibliography = new Map();

/** Makes this bibliography the one the formatters read (the catalogue calls it when it loads). */
export function useBibliography(bib: Bibliography): void {
  current = bib;
}

/** A run of citation text, in italics when it is a title. */
export interface CitationPart {
  text: string;
  italic: boolean;
  /** A stable address, which a page may show as a link. */
  link?: boolean;
}

function entry(key: string, bib: Bibliography): Source {
  const s = bib.get(key);
  if (!s) throw new Error(`unknown source "${key}": add it to scenarios/sources.yaml`);
  return s;
}

const roman = (text: string): CitationPart => ({ text, italic: false });
const italic = (text: string): CitationPart => ({ text, italic: true });

/** "Deutscher, *The Prophet Unarmed*, 1959", "Hughes, "Capturing the Russian Peasantry", 1994" or, for a
 * document in a collection, "Stalin, speech of 23 October 1927, *Works* vol. 10". */
export function shortCitationParts(key: string, bib: Bibliography = current): CitationPart[] {
  const s = entry(key, bib);
  const title = s.shortTitle ?? s.title.split(': ')[0].trim();
  if (s.document && s.in) return [roman(`${s.name}, ${s.document}, `), italic(s.in), roman(s.volume ? ` vol. ${s.volume}` : '')];
  if (s.in) return [roman(`${s.name}, "${title}", ${s.year}`)];
  return [roman(`${s.name}, `), italic(title), roman(`, ${s.year}`)];
}

/** The whole entry, as the Sources page lists it. */
export function fullCitationParts(key: string, bib: Bibliography = current): CitationPart[] {
  const s = entry(key, bib);
  const parts: CitationPart[] = [roman(`${s.author}, `)];
  if (s.document || s.in) parts.push(roman(`"${s.title}"`), roman(s.document ? `, ${s.document}` : ''));
  else parts.push(italic(s.title));
  if (s.in) parts.push(roman(', in '), italic(s.in), roman(s.editors ? `, ed. ${s.editors}` : ''), roman(s.volume ? ` vol. ${s.volume}` : ''));
  else if (s.volume) parts.push(roman(`, vol. ${s.volume}`));
  const edition = s.publisher ? (/\d{4}/.test(s.publisher) ? s.publisher : `${s.publisher}, ${s.year}`) : String(s.year);
  parts.push(roman(` (${edition})`));
  if (s.pages) parts.push(roman(`, ${s.pages}`));
  parts.push(roman('.'));
  if (s.url) parts.push(roman(' '), { text: s.url, italic: false, link: true });
  return parts.filter((p) => p.text !== '');
}

function joined(parts: CitationPart[], wrap: (text: string) => string, esc: (text: string) => string = (t) => t): string {
  return parts.map((p) => (p.italic ? wrap(esc(p.text)) : esc(p.text))).join('');
}

/** The short citation with titles in *asterisks*, e.g. "Deutscher, *The Prophet Unarmed*, 1959". */
export function shortCitation(key: string, bib: Bibliography = current): string {
  return joined(shortCitationParts(key, bib), (t) => `*${t}*`);
}

/** The full entry with titles in *asterisks*. */
export function fullCitation(key: string, bib: Bibliography = current): string {
  return joined(fullCitationParts(key, bib), (t) => `*${t}*`);
}

/** The short citation as plain text, for places that cannot show italics. */
export function plainCitation(key: string, bib: Bibliography = current): string {
  return joined(shortCitationParts(key, bib), (t) => t);
}

/** The short citation for a Markdown document: the text escaped by `escape`, the titles in *asterisks*. */
export function markdownCitation(key: string, escape: (text: string) => string, bib: Bibliography = current): string {
  return joined(shortCitationParts(key, bib), (t) => `*${t}*`, escape);
}
