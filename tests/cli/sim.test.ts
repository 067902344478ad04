// The simulator's command line: the JSON it promises, its defaults, its determinism, and a broken scenario
// file reported by field (every bad argument is in bad-input.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_MILESTONES } from '../../src/lab/simulate';
import { call } from './call';

const ROOT = join(__dirname, '..', '..');
const sim = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run sim', () => {
  it('prints one JSON object with the promised fields, using the defaults', () => {
    const r = sim('--json', '--runs', '20');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ runs: 20, seed: 1, lens: 'many-causes', scenario: 'campaign', policies: { stalin: 'historical', trotsky: 'historical' } });
    expect(Object.values(out.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(20);
    expect(Object.values(out.leaders as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(20);
    for (const m of REQUIRED_MILESTONES) expect(out.milestones[m] === null || /^19[2-3]\dH[12]$/.test(out.milestones[m])).toBe(true);
    expect(out.milestones['trotsky-expelled']).toBe('1927H2');
  });

  it('gives the same result for the same seed and a different one for another', async () => {
    const run = async (seed: string) => (await call('sim', '--json', '--runs', '30', '--stalin', 'random', '--trotsky', 'shrewd', '--seed', seed)).out.join('\n');
    const [a, b, c] = [await run('7'), await run('7'), await run('8')];
    expect(a).toBe(b);
    expect(JSON.parse(a).seed).toBe(7);
    expect(a).not.toBe(c);
  });

  it('plays a lesson by id, a scenario file by path, and prints a readable table without --json', async () => {
    const json = async (...args: string[]) => JSON.parse((await call('sim', '--json', '--runs', '5', ...args)).out.join('\n'));
    expect((await json('--scenario', 'united-opposition')).scenario).toBe('united-opposition');
    expect((await json('--scenario', join(ROOT, 'scenarios/lessons/funeral-and-testament.yaml'))).scenario).toBe('funeral-and-testament');
    const table = await call('sim', '--runs', '5');
    expect(table.code).toBe(0);
    expect(table.out.join('\n')).toMatch(/Endings/);
    expect(table.out.join('\n')).toMatch(/Milestones/);
  });

  it('reports a broken scenario file by field and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'al-sim-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'scenarios', 'campaign.yaml'), 'utf8').replace('ccLine: 0.43', 'ccLine: many'));
    const r = sim('--scenario', file);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/broken\.yaml: ccLine: must be a number/);
  });
});
