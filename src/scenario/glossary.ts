// The glossary: the schema of scenarios/glossary.yaml, its loader, and the forms of each term that the game
// looks for in its texts. A form that begins with a small letter also matches with a capital, at the start
// of a sentence; every form belongs to one entry only.
import { z } from 'zod';
import { idSchema, sourceKeySchema } from './schema';

export const glossaryEntrySchema = z
  .object({
    id: idSchema,
    term: z.string().min(2),
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string().min(30),
    sources: z.array(sourceKeySchema).default([]),
  })
  .strict();

export const glossaryFileSchema = z.object({ terms: z.array(glossaryEntrySchema).min(1) }).strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Every form of an entry that the game recognises in a text. */
export function termForms(entry: GlossaryEntry): string[] {
  const forms = new Set<string>();
  for (const f of [entry.term, ...entry.aliases]) {
    forms.add(f);
    if (/^[a-z]/.test(f)) forms.add(f.charAt(0).toUpperCase() + f.slice(1));
  }
  return [...forms];
}

