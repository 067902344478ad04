// One classifier of scenario files for Node and the browser: a file is what its "kind:" says; the lens and
// factor files, which declare no kind, are known by their name or their top-level list. A file of no known
// kind is reported, not loaded as a campaign.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/scenario/catalog';
import { catalogFromFiles } from '../../src/scenario/catalogFiles';
import { formatProblems } from '../../src/scenario/loader';
import { classifyScenarioFile } from '../../src/scenario/yamlfile';
import { ROOT } from '../run-cli';

const read = (name: string) => ({ name: `scenarios/${name}`, text: readFileSync(join(ROOT, 'scenarios', name), 'utf8') });
const project = ['campaign.yaml', 'lenses.yaml', 'factors.yaml', 'sources.yaml', 'lessons/funeral-and-testament.yaml', 'lessons/united-opposition.yaml'].map(read);

describe('classifyScenarioFile', () => {
  it('reads the declared kind, then the name or top-level list of the lens and factor files', () => {
    expect(project.map((f) => classifyScenarioFile(f.name, f.text).kind)).toEqual(['campaign', 'lenses', 'factors', 'sources', 'lesson', 'lesson']);
    expect(classifyScenarioFile('x.yaml', "# a lesson\nkind: 'lesson'  # short\nid: x\n").kind).toBe('lesson');
    expect(classifyScenarioFile('my-lenses.yaml', 'lenses:\n  - id: a\n').kind).toBe('lenses');
    expect(classifyScenarioFile('other/factors.yaml', '# no list yet\n').kind).toBe('factors');
    expect(classifyScenarioFile('scenarios/sources.yaml', 'sources: []\n').kind).toBe('sources');
    expect(classifyScenarioFile('my-books.yaml', 'sources:\n  - key: a\n').kind).toBe('sources');
    // a "kind:" inside a list or group is not the file's kind
    expect(classifyScenarioFile('x.yaml', 'events:\n  - kind: telegram\n').kind).toBe('unknown');
  });

  it('names a wrong or missing kind in one problem', () => {
    const wrong = classifyScenarioFile('x.yaml', 'kind: campain\n');
    const none = classifyScenarioFile('y.yaml', 'id: y\n');
    expect(wrong.kind === 'unknown' && formatProblems([wrong.problem])).toEqual(['x.yaml: kind: kind must be "campaign" or "lesson", not "campain"']);
    expect(none.kind === 'unknown' && none.problem.message).toMatch(/^is missing: a scenario file needs "kind: campaign" or "kind: lesson"/);
  });
});

describe('catalogFromFiles (used on disk and in the browser)', () => {
  it('sorts the project files by kind, leaving the factor file to the lab', () => {
    const cat = catalogFromFiles(project);
    expect(cat.campaigns.map((c) => c.id)).toEqual(['campaign']);
    expect(cat.lessons.map((l) => l.id).sort()).toEqual(['funeral-and-testament', 'united-opposition']);
    expect(cat.lenses.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a YAML file of no known kind instead of loading it as a campaign, and a missing lens file', () => {
    const stray = { name: 'scenarios/notes.yaml', text: 'title: notes for the teacher\n' };
    const attempt = (files: typeof project) => {
      try {
        catalogFromFiles(files);
        return [];
      } catch (err) {
        if (!(err instanceof CatalogError)) throw err;
        return err.message.split('\n');
      }
    };
    expect(attempt([...project, stray])).toEqual([expect.stringMatching(/^scenarios\/notes\.yaml: kind: is missing: a scenario file needs/)]);
    expect(attempt(project.filter((f) => !f.name.endsWith('lenses.yaml')))).toEqual(['scenarios: needs exactly one lens file, lenses.yaml (found: none)']);
  });
});
