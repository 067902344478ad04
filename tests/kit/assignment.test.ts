// Assignments: made only for scenarios and lenses that exist, carried by a short link that decodes to the
// same assignment, identified by a hash of everything in it, and refused with a reason when damaged.
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers';
import { scenarioById } from '../../src/scenario/catalog';
import { catalogFromFiles } from '../../src/scenario/catalogFiles';
import { SCENARIO_DIR } from '../../src/scenario/disk';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assignmentId,
  assignmentOfGame,
  assignmentQuestions,
  decodeAssignment,
  encodeAssignment,
  gameConfig,
  makeAssignment,
  resolveAssignment,
  scenarioHash,
} from '../../src/kit/assignment';
import { codeFile, codesInText, makeCode } from '../../src/kit/code';
import { assignment, pickerFor, playedCode } from './helpers';

describe('assignments', () => {
  it('round-trips through its link, whole or as the assign parameter of an address', () => {
    const typed = assignment({ scenario: 'united-opposition', role: 'stalin', rival: 'shrewd', questions: ['Why did the opposition fail?', 'Was it a mistake to go to the factories, “as Lenin did”?'], seed: '1927' });
    for (const a of [assignment(), typed]) {
      const text = encodeAssignment(a);
      expect(text).toMatch(/^A1\.[A-Za-z0-9_-]+$/);
      expect(decodeAssignment(text)).toEqual({ ok: true, value: a });
      expect(decodeAssignment(`https://school.example/after-lenin/?role=x&assign=${text}#top`)).toEqual({ ok: true, value: a });
    }
    expect(encodeAssignment(assignment()).length).toBeLessThan(80);
  });

  it('has an id that changes with anything in it, and a scenario hash that names the file', () => {
    const base = assignment();
    const ids = [base, assignment({ role: 'stalin' }), assignment({ rival: 'random' }), assignment({ lens: 'apparatus' }), assignment({ seed: '1' }), assignment({ questions: ['A question?'] })].map(assignmentId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(assignmentId(assignment())).toBe(ids[0]);
    const hashes = catalog.scenarios.map(scenarioHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(base.hash).toBe(scenarioHash(scenarioById(catalog, base.scenario)!));
  });

  it('hashes the data, not the files: the same texts under other names (as the browser bundles them) give the same hashes', () => {
    const files = ['campaign.yaml', 'lenses.yaml', 'sources.yaml', 'lessons/funeral-and-testament.yaml', 'lessons/united-opposition.yaml'].map((f) => ({
      name: `bundle/${f.replace('/', '-')}`,
      text: readFileSync(join(SCENARIO_DIR, f), 'utf8'),
    }));
    const bundled = catalogFromFiles(files);
    for (const sc of catalog.scenarios) expect(scenarioHash(scenarioById(bundled, sc.id)!)).toBe(scenarioHash(sc));
  });

  it('sets the game: the rival plays as assigned, a fixed seed wins over the game’s own', () => {
    const a = assignment({ role: 'stalin', rival: 'shrewd' });
    const cfg = gameConfig(a, '9');
    expect(cfg).toMatchObject({ role: 'stalin', seed: '9', policies: { stalin: 'historical', trotsky: 'shrewd' } });
    expect(gameConfig(assignment({ seed: 'dice' }), '9').seed).toBe('dice');
    expect(assignmentOfGame(catalog, cfg)).toEqual({ ok: true, value: a });
    expect(assignmentOfGame(catalog, { ...cfg, role: null })).toMatchObject({ ok: false });
  });

  it('uses the lesson’s own questions, or the exam questions for the campaign', () => {
    const sc = scenarioById(catalog, 'funeral-and-testament')!;
    expect(assignmentQuestions(catalog, assignment(), sc)).toEqual(sc.lesson!.questions);
    const exam = catalog.debrief!.questions;
    expect(assignmentQuestions(catalog, assignment({ scenario: 'campaign' }), scenarioById(catalog, 'campaign')!)).toEqual([exam.eight, exam.twentyTwo]);
    const resolved = resolveAssignment(catalog, assignment());
    expect(resolved.ok && resolved.value.questions).toEqual(sc.lesson!.questions);
  });

  it('refuses what cannot be assigned, naming what is wrong', () => {
    const make = (over: object) => makeAssignment(catalog, { scenario: 'campaign', role: 'stalin', rival: 'historical', lens: 'many-causes', questions: 'lesson', ...over });
    expect(make({ scenario: 'nowhere' })).toEqual({ ok: false, reason: 'there is no scenario "nowhere"' });
    expect(make({ lens: 'marxist' })).toEqual({ ok: false, reason: 'there is no lens "marxist"' });
    expect(make({ questions: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/at least one question/) });
    expect(make({ questions: ['ok?', ' '] })).toMatchObject({ ok: false, reason: expect.stringMatching(/question 2 is empty/) });
    expect(make({ seed: 'x'.repeat(41) })).toMatchObject({ ok: false, reason: expect.stringMatching(/fixed seed/) });
    expect(resolveAssignment(catalog, { ...assignment(), hash: 'AAAAAAAA' })).toMatchObject({ ok: false, reason: expect.stringMatching(/differs from the one assigned/) });
  });

  it('refuses damaged or foreign links with a reason', () => {
    const text = encodeAssignment(assignment());
    expect(decodeAssignment('')).toMatchObject({ ok: false, reason: expect.stringMatching(/not an assignment/) });
    expect(decodeAssignment('A9.AAAA')).toMatchObject({ ok: false, reason: expect.stringMatching(/another version/) });
    expect(decodeAssignment('https://x/?assign=%E0%A4%A')).toMatchObject({ ok: false });
    for (let i = 3; i < text.length; i++) {
      const other = text[i] === 'A' ? 'B' : 'A';
      expect(decodeAssignment(text.slice(0, i) + other + text.slice(i + 1)).ok, `change at ${i}`).toBe(false);
      expect(decodeAssignment(text.slice(0, i)).ok, `cut at ${i}`).toBe(false);
    }
  });
});

describe('report codes', () => {
  it('grow by little more than the answers’ own text, and need a name', () => {
    const a = assignment({ scenario: 'campaign' });
    const answer = 'Trotsky stayed away from the funeral and lost the Red Army; the apparatus chose the delegates.';
    const blank = playedCode(a, '3', pickerFor(3), 'Anna Smith', ['', '']);
    const full = playedCode(a, '3', pickerFor(3), 'Anna Smith', [answer, answer.toUpperCase()]);
    expect(blank.code.length).toBeLessThan(200);
    expect(full.code.length - blank.code.length).toBeLessThan((answer.length * 2 * 4) / 3 + 8);
    const sc = scenarioById(catalog, 'campaign')!;
    expect(makeCode({ assignment: a, scenario: sc, seed: 1, name: '  ', answers: [], log: blank.log })).toEqual({ ok: false, reason: 'type your name first' });
    expect(makeCode({ assignment: a, scenario: sc, seed: 1, name: 'X', answers: ['ok', 'x'.repeat(3001)], log: blank.log })).toEqual({ ok: false, reason: 'answer 2 is longer than 3,000 characters: shorten it' });
    const bad = makeCode({ assignment: a, scenario: sc, seed: 1, name: 'X', answers: [], log: [{ type: 'CHOOSE', decision: 'nowhere', option: 'a' }] });
    expect(bad).toMatchObject({ ok: false, reason: expect.stringMatching(/does not have/) });
  });
});

describe('codes in text and files', () => {
  it('finds every word of a paste or a code file, skipping comment lines', () => {
    const file = codeFile('R1.abc', { name: 'Zoë  O’Brien', scenarioTitle: 'The funeral and the Testament, 1924' });
    expect(file.fileName).toBe('after-lenin-zoe-o-brien.txt');
    expect(codesInText(file.text)).toEqual(['R1.abc']);
    expect(codesInText('R1.a  R1.b\r\n\n  # a note\nnot-a-code\n')).toEqual(['R1.a', 'R1.b', 'not-a-code']);
  });
});
