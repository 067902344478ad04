// The primary sources and the glossary: every document carries what a student needs to judge it (a label,
// the original and a translation to look up, provenance, a question, a date), bears on real decisions and
// votes, and every lesson uses at least four; the glossary explains the words the game uses. Broken files
// get one located message per problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, type Catalog } from '../../src/scenario/catalog';
import { buildCatalog } from '../../src/scenario/catalogFiles';
import { documentLabel, isRendered, longDate, wordCount } from '../../src/scenario/documents';
import { termForms } from '../../src/scenario/glossary';
import { formatProblem } from '../../src/scenario/loader';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { catalog } from '../helpers';

/** The only wording quoted verbatim from published translations; everything else is the game's rendering. */
const CLEARED_QUOTATIONS = [
  '"Comrade Stalin, having become Secretary-General, has unlimited authority concentrated in his hands',
  '"Stalin is too rude and this defect, although quite tolerable in our midst',
  '"…whether you are prepared to withdraw what you have said and to make your apologies',
  '"Yes, comrades, I am rude to those who grossly and perfidiously wreck and split the Party."',
  '"…the harmfulness and inadmissibility of any factionalism whatsoever…"',
];

const campaign = catalog.campaigns[0];
const ids = new Set([...campaign.decisions, ...campaign.events, ...campaign.votes].map((x) => x.id));
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the primary sources', () => {
  it('are at least fourteen, each with its citation, translation, provenance, question and date', () => {
    expect(catalog.documents.length).toBeGreaterThanOrEqual(14);
    for (const d of catalog.documents) {
      expect(d.provenance.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length, d.id).toBeGreaterThanOrEqual(2);
      expect(d.question, d.id).toMatch(/^(How useful is this source for an enquiry into|With reference to its origin, purpose and content, assess the value of)/);
      expect(d.original, d.id).toMatch(/1[89]\d\d/);
      expect(d.translation, d.id).toMatch(/\(.+, \d{4}\)/);
      expect(longDate(d.date), d.id).toMatch(/^\d{1,2} [A-Z][a-z]+ 19[23]\d$/);
      expect(wordCount(d), d.id).toBeGreaterThanOrEqual(60);
      expect(wordCount(d), d.id).toBeLessThanOrEqual(140);
    }
  });

  it('are labelled as the game’s renderings unless they are cleared quotations', () => {
    for (const d of catalog.documents) {
      for (const part of d.excerpt) {
        if ('quoted' in part) expect(CLEARED_QUOTATIONS.some((q) => flat(part.quoted).startsWith(q)), `${d.id}: ${part.quoted}`).toBe(true);
      }
      if (isRendered(d)) expect(documentLabel(d), d.id).toMatch(/^Rendered for this game from .+ 19\d\d/);
      else expect(documentLabel(d), d.id).toMatch(/^Quoted words: quoted from the English translation: /);
    }
    expect(catalog.documents.filter(isRendered).length).toBeGreaterThanOrEqual(12);
  });

  it('cover the sources the course needs, and bear on real decisions, events and votes', () => {
    const titles = catalog.documents.map((d) => `${d.title} ${d.original}`).join('\n');
    for (const needed of ['Letter to the Congress', 'Addition to the Letter', 'Declaration of the 46', 'The New Course', 'Lessons of October', 'On Party Unity', 'Trotskyist Opposition Before and Now', 'Platform', 'My Life', 'Notes of an Economist', 'Eastman']) {
      expect(titles).toContain(needed);
    }
    for (const d of catalog.documents) for (const id of d.relates) expect(ids.has(id), `${d.id} relates to ${id}`).toBe(true);
    const decisionsWithSources = campaign.decisions.filter((x) => catalog.documents.some((d) => d.relates.includes(x.id)));
    expect(decisionsWithSources.length).toBeGreaterThanOrEqual(15);
    expect(campaign.votes.filter((v) => catalog.documents.some((d) => d.relates.includes(v.id))).length).toBeGreaterThanOrEqual(8);
  });

  it('are used by every lesson, at least four each', () => {
    expect(catalog.lessons.length).toBeGreaterThanOrEqual(2);
    for (const l of catalog.lessons) {
      expect(l.documents.length, l.id).toBeGreaterThanOrEqual(4);
      for (const id of l.documents) expect(catalog.documents.some((d) => d.id === id), `${l.id}: ${id}`).toBe(true);
    }
  });
});

describe('the glossary', () => {
  it('explains the words of the game in one to three sentences', () => {
    const terms = catalog.glossary.map((t) => t.term);
    for (const needed of ['Politburo', 'Central Committee', 'Secretariat', 'Orgburo', 'Control Commission', 'Party Congress', 'Party Conference', 'NEP', 'Lenin Enrolment', 'faction ban', 'circular flow of power', 'the line', 'General Secretary', 'Sovnarkom', 'Comintern', 'Left Opposition', 'United Opposition', 'the Right', 'Socialism in One Country', 'Permanent Revolution', 'kulak', 'procurement', 'Testament', 'plenum', 'candidate member', 'expulsion', 'stigma', 'prestige', 'heir to Lenin', 'apparatus', 'percentage point']) {
      expect(terms).toContain(needed);
    }
    for (const t of catalog.glossary) {
      const sentences = t.definition.split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
      expect(sentences, t.id).toBeGreaterThanOrEqual(1);
      expect(sentences, t.id).toBeLessThanOrEqual(3);
    }
    const congress = catalog.glossary.find((t) => t.id === 'party-conference')!;
    expect(congress.definition).toMatch(/Unlike a congress/);
  });

  it('gives each form of a term to one entry only', () => {
    const forms = catalog.glossary.flatMap((t) => termForms(t));
    expect(new Set(forms).size).toBe(forms.length);
  });
});

describe('broken library files', () => {
  const scenarioFiles = ['campaign.yaml', 'lessons/funeral-and-testament.yaml', 'lessons/united-opposition.yaml'];
  const read = (name: string) => readScenarioFile(join(SCENARIO_DIR, name));
  const build = (edit: { documents?: (t: string) => string; glossary?: (t: string) => string; lesson?: (t: string) => string }): string[] => {
    const files = scenarioFiles.map(read).map((f) => (f.name.includes('united') && edit.lesson ? { ...f, text: edit.lesson(f.text) } : f));
    const documents = read('documents.yaml');
    const glossary = read('glossary.yaml');
    try {
      const built: Catalog = buildCatalog(files, read('lenses.yaml'), read('sources.yaml'), undefined, {
        documents: { ...documents, text: (edit.documents ?? ((t) => t))(documents.text) },
        glossary: { ...glossary, text: (edit.glossary ?? ((t) => t))(glossary.text) },
      });
      return built.documents.length ? [] : ['no documents'];
    } catch (err) {
      if (err instanceof CatalogError) return err.problems.map(formatProblem);
      throw err;
    }
  };

  it('build cleanly as they are', () => {
    expect(build({})).toEqual([]);
    expect(readFileSync(join(SCENARIO_DIR, 'documents.yaml'), 'utf8')).toMatch(/^documents:/m);
  });

  it('name the document and field of a "relates" id that resolves nowhere', () => {
    const out = build({ documents: (t) => t.replace('relates: [trotsky-funeral, lenin-dies', 'relates: [trotsky-funerall, lenin-dies') });
    expect(out).toEqual(['scenarios/documents.yaml: documents[6:my-life-funeral].relates[0]: no decision, event or vote has the id "trotsky-funerall"']);
  });

  it('name the lesson that lists an unknown document', () => {
    const out = build({ lesson: (t) => t.replace('documents: [on-party-unity,', 'documents: [on-party-unit,') });
    expect(out).toEqual(['scenarios/lessons/united-opposition.yaml: documents[0]: unknown document "on-party-unit" (it must be an id in scenarios/documents.yaml)']);
  });

  it('name a document whose date is not a date, or whose excerpt is too long', () => {
    const out = build({ documents: (t) => t.replace('date: 1923-10-15', 'date: 15 October 1923') });
    expect(out).toEqual([
      'scenarios/documents.yaml: documents[3:declaration-of-the-46].date: must be a date such as "1923-10-15" (year-month-day), not "15 October 1923"',
    ]);
    const long = build({ documents: (t) => t.replace('Studying October teaches us how to win next time.', 'Studying October teaches us how to win next time. '.repeat(10)) });
    expect(long).toEqual(['scenarios/documents.yaml: documents[8:lessons-of-october].excerpt: has 180 words; an excerpt should have 60 to 140']);
  });

  it('name a glossary form claimed by two entries', () => {
    const out = build({ glossary: (t) => t.replace('aliases: [kulaks]', 'aliases: [kulaks, Politburo]') });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^scenarios\/glossary\.yaml: terms\[\d+:kulak\]\.aliases: "Politburo" is already a form of the entry "politburo"$/);
  });
});
