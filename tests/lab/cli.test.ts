// The lab CLI as a user runs it: --json prints one JSON object, the same twice for the same arguments (and
// with the games shared among worker threads), whose Shapley values add up to all − baseline. Bad arguments
// are in tests/cli/bad-input.test.ts.
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const lab = (...args: string[]) => runCli('src/cli/lab.ts', ...args);

describe('npm run lab', () => {
  it('prints one JSON object, the same for the same arguments', async () => {
    const args = ['--runs', '20', '--factors', 'funeral,no-lenin-enrolment', '--seed', '7', '--json'];
    const [a, b] = await Promise.all([lab(...args), lab(...args)]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out.trim().split('\n')).toHaveLength(1);
    const r = JSON.parse(a.out);
    expect(r).toMatchObject({ scenario: 'campaign', lens: 'many-causes', runs: 20, seed: '7' });
    expect(Object.keys(r.factors)).toEqual(['funeral', 'no-lenin-enrolment']);
    expect(Object.keys(r.variants)).toEqual(['historical', 'only:funeral', 'only:no-lenin-enrolment', 'all', 'shrewd']);
    expect(r.factors.funeral + r.factors['no-lenin-enrolment']).toBeCloseTo(r.all - r.baseline, 12);
  }, 30000);

  it('gives the same numbers with the games shared among worker threads', async () => {
    const args = ['--runs', '9', '--factors', 'court-zinoviev,lenin-lives-1925', '--json'];
    const [one, three] = await Promise.all([lab(...args, '--workers', '1'), lab(...args, '--workers', '3')]);
    expect(three.code).toBe(0);
    expect(three.out).toBe(one.out);
  }, 30000);
});
