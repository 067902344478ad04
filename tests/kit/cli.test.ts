// The verify command as a school's script runs it: each code (or file of codes) valid or not, with the reason;
// --json a list of objects; exit 0 when all are valid, 1 otherwise, 2 on bad arguments with one line each.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/verify';
import { runCli } from '../run-cli';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { scenarioById } from '../../src/scenario/catalog';
import { buildCatalog } from '../../src/scenario/catalogFiles';
import { codeFile, makeCode } from '../../src/kit/code';
import { encodeAssignment, scenarioHash } from '../../src/kit/assignment';
import { assignment, pickerFor, playedCode } from './helpers';

/** Runs the command's main in this process (quicker than a process per case) and collects what it printed. */
async function verify(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const collect = (into: string[]) => (...parts: unknown[]) => void into.push(parts.map(String).join(' '));
  vi.spyOn(console, 'log').mockImplementation(collect(out));
  vi.spyOn(console, 'error').mockImplementation(collect(err));
  try {
    const code = main(argv);
    return { code, out: out.map((l) => `${l}\n`).join(''), err: err.map((l) => `${l}\n`).join('') };
  } finally {
    vi.restoreAllMocks();
  }
}
const a = assignment();
const one = playedCode(a, '1', pickerFor(1), 'Anna Smith', ['The apparatus.', '']);
const two = playedCode(a, '2', pickerFor(2), 'Ben Jones', ['', 'Funeral.']);
const broken = one.code.slice(0, -3);
const dir = mkdtempSync(join(tmpdir(), 'verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run verify', () => {
  it('prints each valid code’s student, game, ending and decisions, and exits 0', async () => {
    const file = join(dir, 'ben.txt');
    writeFileSync(file, codeFile(two.code, { name: 'Ben Jones', scenarioTitle: 'The funeral' }).text);
    const r = await verify(one.code, file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^valid +Anna Smith — The funeral and the Testament, 1924, as Leon Trotsky; historical rival; lens Many causes; seed 1$/m);
    expect(r.out).toMatch(/^valid +Ben Jones/m);
    expect(r.out).toMatch(/^ {2}ending: /m);
    expect(r.out).toMatch(/^ {2}\d{4}-\d\d-\d\d {2}.+: .+\((as in history|in history: .+)\)$/m);
  }, 60000);

  it('prints a list of objects with --json, and exits 1 when any code is invalid', async () => {
    const r = await verify('--json', one.code, broken, '--assignment', encodeAssignment(a));
    expect(r.code).toBe(1);
    const list = JSON.parse(r.out);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ valid: true, reason: null, name: 'Anna Smith', scenario: 'funeral-and-testament', role: 'trotsky', answers: ['The apparatus.', ''] });
    expect(list[0].ending.id).toBe(one.state.ending!.id);
    expect(list[0].decisions).toEqual(
      one.state.choices.filter((c) => c.by === 'player').map((c) => ({ id: c.decision, option: c.option, date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), historical: expect.any(Boolean) })),
    );
    expect(list[1]).toMatchObject({ valid: false, reason: expect.stringMatching(/cut short|checksum/), ending: null });
  }, 60000);

  it('rejects codes from another assignment when one is given', async () => {
    const r = await verify(one.code, '--assignment', encodeAssignment(assignment({ rival: 'shrewd' })));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^INVALID +argument 1 \(Anna Smith\): the code belongs to another assignment$/m);
  }, 60000);

  it('verifies codes played on a teacher’s own scenario file given with --scenario, and only against that file', async () => {
    const file = join(dir, 'lesson.yaml');
    const text = readScenarioFile(join(SCENARIO_DIR, 'lessons', 'funeral-and-testament.yaml')).text.replace(/^minutes: \d+$/m, 'minutes: 20');
    writeFileSync(file, text);
    const own = buildCatalog([readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml')), { name: file, text }], readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')), readScenarioFile(join(SCENARIO_DIR, 'sources.yaml')));
    const sc = scenarioById(own, 'funeral-and-testament')!;
    const ownAssignment = { ...a, hash: scenarioHash(sc) };
    const made = makeCode({ assignment: ownAssignment, scenario: sc, seed: '1', name: 'Cara Lee', answers: [], log: one.log });
    if (!made.ok) throw new Error(made.reason);
    const [withFile, without] = await Promise.all([verify(made.value, one.code, '--scenario', file), verify(made.value)]);
    expect(withFile.code).toBe(1);
    expect(withFile.out).toMatch(/^valid +Cara Lee/m);
    expect(withFile.out).toMatch(/^INVALID +argument 2 \(Anna Smith\): .*another version of the scenario "funeral-and-testament"/m);
    expect(without.code).toBe(1);
    expect(without.out).toMatch(/another version of the scenario/);
  }, 60000);

  it('reports every bad argument on its own line and exits 2; --help exits 0', async () => {
    const r = await verify('--bogus', '--scenario', '--json', 'missing/file.txt', dir, '--assignment', 'nonsense');
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      'error: unknown option "--bogus"',
      'error: --scenario needs a value',
      'error: --assignment: this is not an assignment link (it should start with "A1.")',
      'error: no such file: "missing/file.txt"',
      `error: "${dir}" is a folder, not a file of codes`,
      expect.stringMatching(/^usage: npm run -s verify -- /),
    ]);
    expect((await verify()).code).toBe(2);
  }, 60000);

  it('runs as a command: exit status from the process, --help exits 0', async () => {
    const [ok, bad, help] = await Promise.all([
      runCli('src/cli/verify.ts', one.code),
      runCli('src/cli/verify.ts', broken),
      runCli('src/cli/verify.ts', '--help'),
    ]);
    expect([ok.code, bad.code, help.code]).toEqual([0, 1, 0]);
    expect(ok.out).toMatch(/^valid +Anna Smith/m);
    expect(bad.out).toMatch(/^INVALID +argument 1: /m);
    expect(help.out).toMatch(/Exit codes: 0 every code is valid/);
    expect(bad.err).toBe('');
  }, 60000);
});
