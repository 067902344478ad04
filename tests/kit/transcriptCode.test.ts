// Report codes made without a browser: `npm run transcript -- ... --code NAME` prints the code of the game it
// played, and the verify command accepts it with the same ending and decisions — for the built-in scenarios and
// for a teacher's own scenario file given to both with --scenario (and only with that file).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { call } from '../cli/call';
import { main as verifyMain } from '../../src/cli/verify';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';

const dir = mkdtempSync(join(tmpdir(), 'transcript-code-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The verify command's --json answer for some codes, run in this process. */
function verifyJson(...argv: string[]): { code: number; list: { valid: boolean; reason: string | null; name: string; scenario: string; ending: { id: string } | null; decisions: { id: string; option: string }[] }[] } {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.map(String).join(' ')));
  try {
    const code = verifyMain(['--json', ...argv]);
    return { code, list: JSON.parse(out.join('\n')) };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The code the transcript prints, and the same game's transcript as JSON. */
async function codeAndGame(...args: string[]) {
  const made = await call('transcript', ...args, '--code', 'Dana Park');
  expect(made.err).toEqual([]);
  expect(made.code).toBe(0);
  expect(made.out.filter(Boolean)).toHaveLength(1);
  const game = await call('transcript', ...args, '--json');
  return { code: made.out[0], game: JSON.parse(game.out.join('\n')) };
}

/** The player's choices in a transcript, in order, as the verify command lists them. */
const playerChoices = (game: { steps: { kind: string; id: string }[] }) =>
  game.steps.filter((s) => s.kind === 'outcome').map((s) => {
    const [id, option] = s.id.split(':');
    return { id, option };
  });

describe('transcript --code', () => {
  it('prints a code that the verify command accepts, with the same ending and decisions', async () => {
    for (const args of [
      ['--scenario', 'funeral-and-testament', '--role', 'trotsky', '--seed', '4'],
      ['--role', 'stalin', '--stalin', 'shrewd', '--trotsky', 'random', '--seed', '9'],
      ['--scenario', 'united-opposition', '--role', 'trotsky', '--trotsky', 'random', '--choose', 'trotsky-platform=go-public', '--seed', 'x'],
    ]) {
      const { code, game } = await codeAndGame(...args);
      expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+$/);
      const r = verifyJson(code);
      expect(r.code).toBe(0);
      expect(r.list[0]).toMatchObject({ valid: true, name: 'Dana Park', scenario: game.scenario, ending: { id: game.ending.id } });
      expect(r.list[0].decisions.map(({ id, option }) => ({ id, option }))).toEqual(playerChoices(game));
    }
  }, 120000);

  it('verifies a code played on a teacher’s own file only against that file', async () => {
    const file = join(dir, 'my-lesson.yaml');
    const text = readScenarioFile(join(SCENARIO_DIR, 'lessons', 'funeral-and-testament.yaml')).text.replace(/^id: funeral-and-testament$/m, 'id: my-funeral').replace(/^minutes: \d+$/m, 'minutes: 25');
    writeFileSync(file, text);
    const { code, game } = await codeAndGame('--scenario', file, '--role', 'stalin', '--seed', '2');
    expect(game.scenario).toBe('my-funeral');
    const withFile = verifyJson(code, '--scenario', file);
    expect(withFile.code).toBe(0);
    expect(withFile.list[0]).toMatchObject({ valid: true, scenario: 'my-funeral', ending: { id: game.ending.id } });
    const without = verifyJson(code);
    expect(without.code).toBe(1);
    expect(without.list[0].reason).toMatch(/scenario "my-funeral", which is not loaded here/);
    writeFileSync(file, text.replace(/^minutes: 25$/m, 'minutes: 30'));
    const edited = verifyJson(code, '--scenario', file);
    expect(edited.list[0].reason).toMatch(/another version of the scenario "my-funeral"/);
  }, 120000);

  it('refuses what cannot make a code, one line each with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--code', 'Ann'], /--code needs --role/],
      [['--role', 'stalin', '--code', ' '], /--code needs the student's name/],
      [['--role', 'stalin', '--code', 'Ann', '--until', '1924H1'], /--code cannot be used with --until/],
      [['--role', 'trotsky', '--code', 'Ann', '--choose', 'stalin-reshuffle=reshuffle'], /only the student's decisions, not the rival's \("stalin-reshuffle"\)/],
      [['--role', 'trotsky', '--code', 'x'.repeat(81)], /--code: the name is longer than 80 characters/],
    ];
    for (const [args, message] of cases) {
      const r = await call('transcript', ...args);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(message);
      expect(r.out.join('')).toBe('');
    }
  }, 120000);
});
