// The factor file: the project's own loads with the factors the lab promises; a factor naming a decision or
// option that does not exist is reported as one line "FILE: path: message"; a choice of factors that cannot
// be attributed is refused; a switch that no scenario reads is found.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/scenario/loader';
import { checkFactorChoice, coalitionChanges, inertSwitches } from '../../src/lab/factors';
import { loadFactors } from '../../src/lab/factorFile';
import { catalog } from '../helpers';
import { inputs } from './helpers';

const FILE = 'scenarios/factors.yaml';

function problems(text: string): string[] {
  const r = loadFactors(FILE, text, catalog.campaigns);
  return r.ok ? [] : r.problems.map(formatProblem);
}

const factor = (extra: string) => `factors:\n  - id: f\n    label: A factor\n    kind: mistake\n    default: true\n    description: Something that happened differently.\n${extra}`;

describe("the project's factors", () => {
  it('has the corrected mistakes and structural switches the lab offers, eight of them by default', () => {
    const set = inputs.factorSet;
    expect(set.defaults).toHaveLength(8);
    const forced = Object.assign({}, ...set.factors.map((f) => f.forced ?? {}));
    expect(forced).toMatchObject({
      'trotsky-funeral': 'return-for-funeral',
      'trotsky-testament': 'demand-publication',
      'trotsky-lessons': 'court-them',
      'trotsky-war-commissariat': 'fight-in-plenum',
      'trotsky-new-opposition': 'back-them',
      'trotsky-factory-campaign': 'disciplined-minority',
      'trotsky-platform': 'stay-inside',
    });
    const switches = set.factors.flatMap((f) => f.switches ?? []);
    expect(switches).toEqual(expect.arrayContaining(['no-lenin-enrolment', 'lenin-lives-1925', 'testament-published-1924']));
    for (const f of set.factors) expect(f.kind).toBe(f.forced ? 'mistake' : 'structure');
  });
});

describe('loading a factor file', () => {
  it('reports an unknown decision and an unknown option with file and path', () => {
    expect(problems(factor('    forced: { trotsky-sulk: yes }\n'))).toEqual([
      `${FILE}: factors[0:f].forced.trotsky-sulk: unknown decision "trotsky-sulk"`,
    ]);
    const [line] = problems(factor('    forced: { trotsky-funeral: fly-back }\n'));
    expect(line).toMatch(/^scenarios\/factors\.yaml: factors\[0:f\]\.forced\.trotsky-funeral: decision "trotsky-funeral" has no option "fly-back" \(it has: stay-in-sukhum, return-for-funeral\)$/);
  });
  it('reports bad shapes, duplicate ids, a factor that changes nothing and bad YAML, one line each', () => {
    expect(problems(factor('    forced: { trotsky-funeral: return-for-funeral }\n    colour: red\n'))[0]).toMatch(/^scenarios\/factors\.yaml: factors\[0:f\]: .*colour/);
    expect(problems(factor(''))[0]).toMatch(/^scenarios\/factors\.yaml: factors\[0:f\]: a factor must force at least one decision/);
    const twice = factor('    switches: [a]\n') + factor('    switches: [b]\n').replace('factors:\n', '');
    expect(problems(twice)).toContain(`${FILE}: factors[1:f].id: duplicate factor id "f"`);
    expect(problems('factors: [')[0]).toMatch(/^scenarios\/factors\.yaml: line 1, column \d+: not valid YAML/);
    for (const p of problems(factor('    kind: luck\n'))) expect(p.split('\n')).toHaveLength(1);
  });
  it('requires between one and ten default factors', () => {
    expect(problems(factor('    switches: [a]\n').replace('default: true', 'default: false'))).toEqual([
      `${FILE}: factors: between 1 and 10 factors must be "default: true" (found 0)`,
    ]);
  });
});

describe('choosing factors', () => {
  const set = inputs.factorSet;
  it('accepts the defaults and refuses unknown, repeated or too many factors', () => {
    expect(checkFactorChoice(set, set.defaults)).toBeNull();
    expect(checkFactorChoice(set, ['funeral', 'x'])).toMatch(/^unknown factor "x" \(known: funeral, testament,/);
    expect(checkFactorChoice(set, ['funeral', 'funeral'])).toMatch(/only once/);
    expect(checkFactorChoice(set, [])).toMatch(/at least one/);
  });
  it('refuses two factors that fix the same decision differently', () => {
    const loaded = loadFactors(
      FILE,
      factor('    forced: { trotsky-lessons: court-them }\n') +
        '  - id: g\n    label: Another\n    kind: mistake\n    description: Something that happened differently.\n    forced: { trotsky-lessons: stay-quiet }\n',
      catalog.campaigns,
    );
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(checkFactorChoice(loaded.value, ['f', 'g'])).toMatch(/"f" and "g" fix decision "trotsky-lessons" differently/);
  });
  it("combines a coalition's forced options and switches", () => {
    const factors = ['funeral', 'no-lenin-enrolment', 'testament'].map((id) => set.byId[id]);
    expect(coalitionChanges(factors, 0b101)).toEqual({
      forced: { 'trotsky-funeral': 'return-for-funeral', 'trotsky-testament': 'demand-publication' },
      switches: [],
    });
    expect(coalitionChanges(factors, 0b010)).toEqual({ forced: {}, switches: ['no-lenin-enrolment'] });
  });
  it('finds switches that no condition of the campaign reads', () => {
    const campaign = catalog.campaigns[0];
    expect(inertSwitches(set, ['no-lenin-enrolment', 'lenin-lives-1925', 'funeral'], campaign)).toEqual([]);
    const loaded = loadFactors(FILE, factor('    switches: [never-read-anywhere]\n'), catalog.campaigns);
    if (!loaded.ok) throw new Error('expected the file to load');
    expect(inertSwitches(loaded.value, ['f'], campaign)).toEqual([expect.stringMatching(/"never-read-anywhere"/)]);
  });
});
