// Primary sources shown in the document reader: the schema of scenarios/documents.yaml, its loader and the
// wording the reader uses for dates and labels. A "quoted" part is a published translation's own words; a
// "rendered" part is the game's own close rendering, always labelled as such on screen.
import { z } from 'zod';
import { idSchema, sourceKeySchema } from './schema';

export const MIN_WORDS = 60;
export const MAX_WORDS = 140;

const partSchema = z.union([
  z.object({ quoted: z.string().min(10) }).strict(),
  z.object({ rendered: z.string().min(10) }).strict(),
]);

export const documentSchema = z
  .object({
    id: idSchema,
    title: z.string().min(3),
    author: z.string().min(3),
    date: z
      .string()
      .regex(/^1[89]\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date such as "1923-10-15" (year-month-day)'),
    excerpt: z.array(partSchema).min(1),
    original: z.string().min(20),
    translation: z.string().min(20),
    provenance: z.string().min(80, 'the provenance needs two to four sentences: who, when, for whom and why'),
    question: z.string().min(30),
    relates: z.array(idSchema).min(1),
    sources: z.array(sourceKeySchema).min(1),
  })
  .strict();

export const documentFileSchema = z.object({ documents: z.array(documentSchema).min(1) }).strict();

export type SourceDocument = z.infer<typeof documentSchema>;
export type ExcerptPart = SourceDocument['excerpt'][number];

/** The text of one part of an excerpt, whichever kind it is. */
export function partText(part: ExcerptPart): string {
  return 'quoted' in part ? part.quoted : part.rendered;
}

export function isRendered(doc: SourceDocument): boolean {
  return doc.excerpt.some((p) => 'rendered' in p);
}

export function wordCount(doc: SourceDocument): number {
  return doc.excerpt.map(partText).join(' ').split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** How the reader labels the excerpt: a rendering names its original; quoted words name their translation. */
export function documentLabel(doc: SourceDocument): string {
  const tidy = (s: string) => s.trim().replace(/[.;]\s*$/, '');
  const quoted = `quoted from the English translation: ${tidy(doc.translation)}`;
  if (!isRendered(doc)) return `Quoted words: ${quoted}.`;
  const mixed = doc.excerpt.some((p) => 'quoted' in p);
  return `Rendered for this game from ${tidy(doc.original)}.${mixed ? ` The words in quotation marks are ${quoted}.` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1923-10-15" as "15 October 1923". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

