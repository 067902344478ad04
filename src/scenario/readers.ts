// Reading the data files beside the scenarios from their YAML text: the bibliography, the primary sources, the
// glossary and the debrief's rules and prose. Apart from the modules that define their shapes, so that the page,
// which receives them compiled (src/scenario/files.browser.ts), never carries the YAML parser in its first script.
import { loadYaml } from './loader';
import type { Loaded, Problem } from './problems';
import { sourcesFileSchema, type Bibliography, type Source } from './sources';
import { documentFileSchema, MAX_WORDS, MIN_WORDS, wordCount, type SourceDocument } from './documents';
import { glossaryFileSchema, termForms, type GlossaryEntry } from './glossary';
import { debriefContentSchema, type DebriefContent } from './debrief';

/** Reads and checks the bibliography; a key used twice is a problem, with its path. */
export function loadSources(file: string, text: string): Loaded<Bibliography> {
  const loaded = loadYaml(file, text, sourcesFileSchema);
  if (!loaded.ok) return loaded;
  const bib = new Map<string, Source>();
  const problems: Problem[] = [];
  loaded.value.sources.forEach((s, i) => {
    if (bib.has(s.key)) problems.push({ file, path: `sources[${i}].key`, message: `key "${s.key}" is listed twice` });
    bib.set(s.key, s);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: bib };
}

/** Checks the shape, unique ids and the length of each excerpt; references are checked with the campaign. */
export function loadDocuments(file: string, text: string): Loaded<SourceDocument[]> {
  const checked = loadYaml(file, text, documentFileSchema);
  if (!checked.ok) return checked;
  const docs = checked.value.documents;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  docs.forEach((d, i) => {
    const path = `documents[${i}:${d.id}]`;
    if (seen.has(d.id)) problems.push({ file, path: `${path}.id`, message: `duplicate document id "${d.id}"` });
    seen.add(d.id);
    const words = wordCount(d);
    if (words < MIN_WORDS || words > MAX_WORDS) {
      problems.push({ file, path: `${path}.excerpt`, message: `has ${words} words; an excerpt should have ${MIN_WORDS} to ${MAX_WORDS}` });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: docs };
}

export function loadGlossary(file: string, text: string): Loaded<GlossaryEntry[]> {
  const checked = loadYaml(file, text, glossaryFileSchema);
  if (!checked.ok) return checked;
  const terms = checked.value.terms;
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  terms.forEach((t, i) => {
    const path = `terms[${i}:${t.id}]`;
    if (ids.has(t.id)) problems.push({ file, path: `${path}.id`, message: `duplicate term id "${t.id}"` });
    ids.add(t.id);
    for (const form of termForms(t)) {
      const prior = owner.get(form);
      if (prior && prior !== t.id) problems.push({ file, path: `${path}.aliases`, message: `"${form}" is already a form of the entry "${prior}"` });
      else owner.set(form, t.id);
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: terms };
}

/** Reads scenarios/debrief.yaml; every problem names the file and the field. Rule ids must be unique. */
export function loadDebriefContent(file: string, source: string): Loaded<DebriefContent> {
  const loaded = loadYaml(file, source, debriefContentSchema);
  if (!loaded.ok) return loaded;
  const seen = new Set<string>();
  const problems = loaded.value.historians.flatMap((r, i) => {
    const dup = seen.has(r.id);
    seen.add(r.id);
    return dup ? [{ file, path: `historians[${i}:${r.id}].id`, message: `duplicate rule id "${r.id}"` }] : [];
  });
  return problems.length ? { ok: false, problems } : loaded;
}
