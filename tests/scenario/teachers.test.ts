// The teachers' file: valid, one plan per scenario, and each mistake reported where it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTeachers } from '../../src/scenario/teachers';
import { classifyScenarioFile } from '../../src/scenario/yamlfile';
import { formatProblems } from '../../src/scenario/problems';
import { catalog } from '../helpers';

const NAME = 'scenarios/teachers.yaml';
const text = readFileSync(new URL('../../scenarios/teachers.yaml', import.meta.url), 'utf8');
const ids = catalog.scenarios.map((s) => s.id);

describe('scenarios/teachers.yaml', () => {
  it('is classified as the teachers file and is valid, with a plan for every scenario', () => {
    expect(classifyScenarioFile(NAME, text).kind).toBe('teachers');
    const loaded = loadTeachers(NAME, text, ids);
    expect(loaded.ok ? [] : formatProblems(loaded.problems)).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.plans.map((p) => p.scenario).sort()).toEqual([...ids].sort());
    expect(loaded.value.model).toHaveLength(5);
    for (const p of loaded.value.plans) expect(p.specifications.map((s) => s.board)).toEqual(expect.arrayContaining(['AQA', 'Pearson Edexcel', 'OCR', 'SQA', 'IB Diploma']));
  });

  it('locates a plan for an unknown scenario, a missing plan and a bad date', () => {
    const broken = text.replace('scenario: united-opposition', 'scenario: united-oppositon').replace('updated: "2026-12-01"', 'updated: "1 December"');
    const loaded = loadTeachers(NAME, broken, ids);
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : formatProblems(loaded.problems);
    expect(lines.join('\n')).toContain('updated');
    const again = loadTeachers(NAME, text.replace('scenario: united-opposition', 'scenario: united-oppositon'), ids);
    const more = again.ok ? [] : formatProblems(again.problems).join('\n');
    expect(more).toMatch(/plans\.1\.scenario.*united-oppositon/);
    expect(more).toContain('has no lesson plan for the scenario "united-opposition"');
  });
});
