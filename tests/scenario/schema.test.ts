// Scenario files are validated into typed data; a bad file gets one line per problem naming the file, the
// field path and what is wrong, never a stack trace.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCampaign, loadLenses, loadLesson } from '../../src/scenario/loader';
import { catalog } from '../helpers';

const ROOT = join(__dirname, '..', '..');
const campaignText = readFileSync(join(ROOT, 'scenarios', 'campaign.yaml'), 'utf8');

function problems(text: string): string[] {
  const r = loadCampaign('bad.yaml', text);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('the project scenarios', () => {
  it('load and meet the content requirements', () => {
    const c = catalog.campaigns[0];
    for (const role of ['stalin', 'trotsky']) {
      expect(c.decisions.filter((d) => d.role === role).length).toBeGreaterThanOrEqual(15);
    }
    for (const d of c.decisions) expect(d.options.length).toBeGreaterThanOrEqual(2);
    expect(c.votes.length).toBeGreaterThanOrEqual(9);
    expect(new Set(c.votes.map((v) => v.body))).toEqual(new Set(['politburo', 'cc', 'conference', 'congress']));
    expect(c.endings.length).toBeGreaterThanOrEqual(5);
    expect(catalog.lessons.length).toBeGreaterThanOrEqual(2);
    expect(catalog.lenses.length).toBeGreaterThanOrEqual(3);
    for (const l of catalog.lenses) expect(l.historians.length).toBeGreaterThan(0);
    for (const l of catalog.lessons) {
      const span = Number(l.end.slice(0, 4)) * 2 + Number(l.end[5]) - (Number(l.start.slice(0, 4)) * 2 + Number(l.start[5])) + 1;
      expect(span).toBeGreaterThanOrEqual(3);
      expect(span).toBeLessThanOrEqual(5);
    }
  });

  it('cite only works listed in the bibliography, scenarios/sources.yaml', () => {
    const text = campaignText.replace(/sources: \[([a-z0-9-]+)/, 'sources: [no-such-work');
    expect(problems(text)).toEqual([]);
    const r = loadCampaign('bad.yaml', text, catalog.sources);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([expect.stringMatching(/^bad\.yaml: .*\.note\.sources\[0\]: unknown source "no-such-work" \(not in scenarios\/sources\.yaml\)$/)]);
    for (const f of ['campaign.yaml', 'lessons/funeral-and-testament.yaml', 'lessons/united-opposition.yaml', 'lenses.yaml']) {
      const file = readFileSync(join(ROOT, 'scenarios', f), 'utf8');
      for (const m of file.matchAll(/sources: \[([^\]]+)\]|source: ([a-z0-9-]+)/g)) {
        for (const key of (m[1] ?? m[2]).split(',').map((t) => t.trim())) expect(catalog.sources.has(key), `${f} cites ${key}`).toBe(true);
      }
    }
  });
});

describe('malformed scenario files', () => {
  it('reports broken YAML with its line', () => {
    const out = problems('id: x\nkind: campaign\n  bad: [\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^bad\.yaml: line \d+, column \d+: not valid YAML/);
  });

  it('reports an empty file', () => {
    expect(problems('')).toEqual(['bad.yaml: the file is empty']);
  });

  it('names the field path of a wrong value, with the id of the list item', () => {
    const text = campaignText.replace('    prestige: 78\n', '    prestige: lots\n');
    const out = problems(text);
    expect(out).toEqual([expect.stringMatching(/^bad\.yaml: leaders\[1:trotsky\]\.prestige: must be a number, not "lots"$/)]);
  });

  it('reports unknown fields and missing fields', () => {
    const text = campaignText.replace('  - id: trotsky-georgia\n    role: trotsky\n', '  - id: trotsky-georgia\n    rol: trotsky\n');
    const out = problems(text);
    expect(out.some((l) => /decisions\[1:trotsky-georgia\]: unknown field "rol"$/.test(l))).toBe(true);
    expect(out.some((l) => /decisions\[1:trotsky-georgia\]\.role: /.test(l))).toBe(true);
  });

  it('reports references to leaders that do not exist', () => {
    const text = campaignText.replace('{ heir: { leader: trotsky, delta: -3 } }', '{ heir: { leader: trotzky, delta: -3 } }');
    const out = problems(text);
    expect(out).toEqual(['bad.yaml: decisions[0:trotsky-deputy-chair].options[0:decline].effects[0].heir.leader: unknown leader "trotzky"']);
  });

  it('requires exactly one historical option', () => {
    const text = campaignText.replace("        label: Decline the post\n        historical: true\n", "        label: Decline the post\n");
    expect(problems(text)).toEqual(['bad.yaml: decisions[0:trotsky-deputy-chair].options: exactly one option must be marked historical: true']);
  });

  it('reports a duplicate id', () => {
    const text = campaignText.replace('  - id: trotsky-georgia\n', '  - id: trotsky-deputy-chair\n');
    expect(problems(text).some((l) => /already used/.test(l))).toBe(true);
  });

  it('checks lessons against their campaign and lenses for a default', () => {
    const lesson = loadLesson('l.yaml', 'id: x\nkind: lesson\nbase: nowhere\ntitle: A lesson\nsummary: A summary that is long enough.\nstart: 1924H1\nend: 1924H2\nminutes: 10\nbriefing: { stalin: "' + 'x'.repeat(40) + '", trotsky: "' + 'y'.repeat(40) + '" }\nquestions: [Why did it happen?]\nendings: []\n', catalog.campaigns);
    expect(lesson.ok).toBe(false);
    const lenses = loadLenses('lenses.yaml', readFileSync(join(ROOT, 'scenarios', 'lenses.yaml'), 'utf8').replace('default: true', 'default: false'));
    expect(lenses.ok ? [] : lenses.problems.map(formatProblem)).toContain('lenses.yaml: lenses: exactly one lens must be "default: true" (found 0)');
  });
});

describe('npm run validate', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 for valid files', () => {
    const r = run('scenarios/campaign.yaml', 'scenarios/lenses.yaml', 'scenarios/lessons/united-opposition.yaml');
    expect(r.status).toBe(0);
  });

  it('exits 1 with one line per problem, and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, campaignText.replace('    prestige: 78\n', '    prestige: lots\n').replace('{ heir: { leader: trotsky, delta: -3 } }', '{ heir: { leader: nobody, delta: -3 } }'));
    const r = run(file);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/broken\.yaml: leaders\[1:trotsky\]\.prestige: /);
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it('exits 2 with one line pointing to --help for bad arguments', () => {
    const r = run('--nope');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown option "--nope" \(npm run -s validate -- --help lists the options\)\n$/);
  });
});
