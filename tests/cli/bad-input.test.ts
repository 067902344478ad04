// Every bad input the tools must refuse, as a table: the command, the exit code, and the one line it prints
// (one line per problem for a file with many, at most 50 and then "… and N more"). Most rows call the tools'
// main functions in this process; only the output errors need a real process with a real standard output.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_LAB_RUNS, MAX_SIM_RUNS, MAX_WORKERS } from '../../src/cli/args';
import { MAX_FILE_BYTES } from '../../src/scenario/yamlfile';
import { ROOT } from '../run-cli';
import { call, type Tool } from './call';

afterEach(() => void vi.restoreAllMocks());

const campaign = readFileSync(join(ROOT, 'scenarios', 'campaign.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'al-bad-'));
const file = (name: string) => join(dir, name);

beforeAll(() => {
  const files: Record<string, string | Buffer> = {
    'typed.yaml': campaign.replace('\nccLine: 0.43\n', '\nccLine: many\n'),
    'cascade.yaml': campaign.replace(/\nsummary: >-\n( {2}.*\n)+/, '\nsummary: [one, two]\n'),
    'missing.yaml': campaign.replace('\nccLine: 0.43\n', '\n'),
    'object.yaml': campaign.replace(/\nbriefing:\n( {2}.*\n)+/, '\nbriefing: 3\n'),
    'alias.yaml': campaign.replace('\nccLine: 0.43\n', '\nccLine: &loop [1, *loop]\n'),
    'nested.yaml': `kind: campaign\nid: deep\nx: ${'['.repeat(40)}${']'.repeat(40)}\n`,
    'very-nested.yaml': `kind: campaign\nx: ${'['.repeat(100000)}${']'.repeat(100000)}\n`,
    'binary.yaml': Buffer.concat([Buffer.from('kind: campaign\nid: x\n'), Buffer.from([0, 1, 2, 0xff, 0xfe])]),
    'no-kind-binary.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
    'huge.yaml': `kind: campaign\nid: "${'x'.repeat(MAX_FILE_BYTES)}"\n`,
    'long-value.yaml': campaign.replace('\nccLine: 0.43\n', `\nccLine: "${'w'.repeat(50000)}"\n`),
    'wrapped.yaml': `- ${campaign.replace(/\n/g, '\n  ')}`,
    'no-kind.yaml': 'id: nothing\ntitle: Nothing at all\n',
    'wrong-kind.yaml': campaign.replace('\nkind: campaign\n', '\nkind: campain\n'),
    'many.yaml': campaign.replace(/\n(\s+)turn: 19(\d\d)H/g, '\n$1turn: 19$2X'),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(file(name), text);
});

const huge = 'z'.repeat(100_000);
const HELP_HINT = /\(npm run -s (sim|lab|validate) -- --help lists the options\)$/;

// [tool, arguments, exit code, the single line on standard error]
const ARGUMENT_ROWS: [Tool, string[], number, RegExp][] = [
  ['sim', ['--runs', '0'], 2, /^error: --runs must be a whole number from 1 to 100,000, not "0"/],
  ['sim', ['--runs', '1e12'], 2, /^error: --runs must be a whole number from 1 to 100,000, not "1e12"/],
  ['sim', ['--runs', String(MAX_SIM_RUNS + 1)], 2, /^error: --runs must be a whole number from 1 to 100,000, not "100001"/],
  ['sim', ['--runs', '1000000000000000000000'], 2, /^error: --runs must be a whole number from 1 to 100,000/],
  ['lab', ['--runs', '200000000'], 2, /^error: --runs must be a whole number from 1 to 10,000, not "200000000"/],
  ['lab', ['--runs', String(MAX_LAB_RUNS + 1)], 2, /^error: --runs must be a whole number from 1 to 10,000/],
  ['lab', ['--workers', '64'], 2, /^error: --workers must be a whole number from 1 to 8, not "64"/],
  ['lab', ['--workers', String(MAX_WORKERS + 1)], 2, /^error: --workers must be a whole number from 1 to 8/],
  ['lab', ['--workers', '-1'], 2, /^error: --workers must be a whole number from 1 to 8, not "-1"/],
  ['sim', ['--runs'], 2, /^error: --runs needs a value/],
  ['sim', ['--runs', '5', '--runs', '6'], 2, /^error: --runs is given twice/],
  ['sim', ['--json=yes'], 2, /^error: --json takes no value/],
  ['sim', ['extra'], 2, /^error: unexpected argument "extra"/],
  ['sim', ['--constructor'], 2, /^error: unknown option "--constructor"/],
  ['sim', ['--toString', 'x'], 2, /^error: unknown option "--toString"/],
  ['lab', ['--__proto__=1'], 2, /^error: unknown option "--__proto__"/],
  ['lab', ['--hasOwnProperty'], 2, /^error: unknown option "--hasOwnProperty"/],
  ['sim', ['--stalin', 'clever'], 2, /^error: --stalin must be one of historical, shrewd, random, not "clever"/],
  ['lab', ['--trotsky', 'constructor'], 2, /^error: --trotsky must be one of historical, shrewd, random, not "constructor"/],
  ['sim', ['--lens', 'marxist'], 2, /^error: unknown lens "marxist" \(known: many-causes,/],
  ['sim', ['--scenario', 'nowhere'], 2, /^error: unknown scenario "nowhere" \(known: campaign,/],
  ['sim', ['--lens', 'toString'], 2, /^error: unknown lens "toString" \(known: many-causes,/],
  ['sim', ['--scenario', '__proto__'], 2, /^error: unknown scenario "__proto__" \(known: campaign,/],
  ['lab', ['--scenario', 'constructor'], 2, /^error: unknown scenario "constructor" \(known: campaign,/],
  ['lab', ['--lens', 'valueOf'], 2, /^error: unknown lens "valueOf" \(known: /],
  ['lab', ['--factors', 'constructor'], 2, /^error: unknown factor "constructor" \(known: funeral, /],
  ['lab', ['--factors', 'toString,__proto__'], 2, /^error: unknown factors "toString", "__proto__" \(known: /],
  ['lab', ['--factors', 'funeral,sulking'], 2, /^error: unknown factor "sulking" \(known: funeral, testament, court-zinoviev, .*testament-published-1924\)/],
  ['lab', ['--runs', 'many'], 2, /^error: --runs must be a whole number from 1 to 10,000, not "many"/],
  ['lab', ['--colour'], 2, /^error: unknown option "--colour"/],
  ['lab', ['--factors', 'funeral,funeral'], 2, /^error: each factor may be chosen only once/],
  ['sim', ['--seed', ''], 2, /^error: --seed must be a word or number of 1 to 200 characters, not ""/],
  ['sim', ['--lens', huge], 2, /^error: unknown lens "z{79}…" \(known: /],
  ['sim', [`--${huge}`], 2, /^error: unknown option "--z{79}…"/],
  ['validate', [], 2, /^error: give at least one scenario file/],
  ['validate', ['--nope'], 2, /^error: unknown option "--nope"/],
];

describe('bad arguments: one line, exit code 2', () => {
  for (const [tool, argv, code, line] of ARGUMENT_ROWS) {
    it(`${tool} ${argv.join(' ').slice(0, 60)}`, async () => {
      const r = await call(tool, ...argv);
      expect(r.code).toBe(code);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(line);
      expect(r.err[0]).toMatch(HELP_HINT);
      expect(r.err[0].length).toBeLessThan(400);
      expect(r.out.join('')).toBe('');
    });
  }
});

// [tool, arguments (a name is a file in the fixture folder), exit code, the single line printed]
const FILE_ROWS: [Tool, string[], number, RegExp][] = [
  ['validate', ['typed.yaml'], 1, /typed\.yaml: ccLine: must be a number, not "many"$/],
  ['validate', ['cascade.yaml'], 1, /cascade\.yaml: summary: must be a text, not a list of 2 items$/],
  ['validate', ['missing.yaml'], 1, /missing\.yaml: ccLine: is missing: it must be a number$/],
  ['validate', ['object.yaml'], 1, /object\.yaml: briefing: must be a group of fields, not 3$/],
  ['validate', ['alias.yaml'], 1, /alias\.yaml: line \d+, column 19: the alias \*loop is used inside its own anchor &loop/],
  ['validate', ['nested.yaml'], 1, /nested\.yaml: line 3, column \d+: is nested more than 32 levels deep$/],
  ['validate', ['very-nested.yaml'], 1, /very-nested\.yaml: (line 2, column \d+: )?is nested too deeply to be read/],
  ['validate', ['binary.yaml'], 1, /binary\.yaml: line 3, column 1: contains binary data: a scenario file must be plain text/],
  ['validate', ['huge.yaml'], 1, /huge\.yaml: is larger than 1 MB, the limit for a scenario file$/],
  ['validate', ['long-value.yaml'], 1, /long-value\.yaml: ccLine: must be a number, not "w{77}…"$/],
  ['validate', ['wrapped.yaml'], 1, /wrapped\.yaml: kind: is missing: a scenario file needs "kind: campaign" or "kind: lesson"/],
  ['validate', ['no-kind.yaml'], 1, /no-kind\.yaml: kind: is missing: a scenario file needs/],
  ['validate', ['wrong-kind.yaml'], 1, /wrong-kind\.yaml: kind: kind must be "campaign" or "lesson", not "campain"$/],
  ['validate', ['/dev/zero'], 1, /^\/dev\/zero: is not a regular file \(it is a device, pipe or socket\)/],
  ['validate', [tmpdir()], 1, /: is a folder, not a scenario file$/],
  ['validate', ['no-such-file.yaml'], 1, /no-such-file\.yaml: no such file$/],
  ['sim', ['--scenario', 'typed.yaml'], 1, /typed\.yaml: ccLine: must be a number, not "many"$/],
  ['sim', ['--scenario', 'alias.yaml'], 1, /alias\.yaml: line \d+, column 19: the alias \*loop is used inside its own anchor/],
  ['sim', ['--scenario', 'huge.yaml'], 1, /huge\.yaml: is larger than 1 MB/],
  ['sim', ['--scenario', 'binary.yaml'], 1, /binary\.yaml: line 3, column 1: contains binary data/],
  ['sim', ['--scenario', 'no-kind-binary.yaml'], 1, /no-kind-binary\.yaml: line 1, column 1: contains binary data/],
  ['sim', ['--scenario', 'wrapped.yaml'], 1, /wrapped\.yaml: kind: is missing: a scenario file needs/],
  ['sim', ['--scenario', 'no-such-file.yaml'], 1, /no-such-file\.yaml: no such file$/],
];

describe('bad files: one line each, with the file and (where known) the line, exit code 1', () => {
  for (const [tool, argv, code, line] of FILE_ROWS) {
    it(`${tool} ${argv.join(' ')}`, async () => {
      const args = argv.map((a) => (a.endsWith('.yaml') ? file(a) : a));
      const r = await call(tool, ...args);
      expect(r.code).toBe(code);
      // validate reports problems on standard output, the other tools on standard error
      const lines = tool === 'validate' ? r.out : r.err;
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(lines[0].length).toBeLessThan(400);
      expect([...r.out, ...r.err].join('\n')).not.toMatch(/ {4}at |nonoptional|a object|Too small|Invalid input|call stack/);
    });
  }

  it('lists at most 50 problems of one file, then how many more', async () => {
    for (const [tool, stream] of [
      ['validate', 'out'],
      ['sim', 'err'],
    ] as const) {
      const r = await call(tool, ...(tool === 'sim' ? ['--scenario', file('many.yaml')] : [file('many.yaml')]));
      expect(r.code).toBe(1);
      const lines = r[stream];
      expect(lines).toHaveLength(51);
      for (const l of lines.slice(0, 50)) expect(l).toMatch(/many\.yaml: (decisions|events|votes)\[\d+:[a-z0-9-]+\]\.turn: must be a half-year such as "1926H2", not "19\d\dX\d"$/);
      expect(lines[50]).toMatch(/many\.yaml: … and \d+ more problems$/);
    }
  });
});

describe('help, seeds and output errors', () => {
  it('prints help on every tool, with its limits and exit codes, and exits 0', async () => {
    for (const tool of ['sim', 'lab', 'validate'] as const) {
      const r = await call(tool, '--help');
      expect(r.code).toBe(0);
      expect(r.out[0]).toMatch(new RegExp(`^usage: npm run -s ${tool} -- `));
      expect(r.out.join('\n')).toMatch(/Exit codes: 0 .*1 .*2 .*3 the output could not be written/s);
      expect(r.err).toEqual([]);
    }
    expect((await call('lab', '--help')).out.join('\n')).toMatch(/1 to 10,000[\s\S]*1 to 8/);
  });

  it('treats a seed as text: twenty nines is its own seed, the same in the simulator and the lab, never 1e20', async () => {
    const nines = '9'.repeat(20);
    const sim = JSON.parse((await call('sim', '--json', '--runs', '3', '--seed', nines)).out.join(''));
    const rounded = JSON.parse((await call('sim', '--json', '--runs', '3', '--seed', '100000000000000000000')).out.join(''));
    expect(sim.seed).toBe(nines);
    expect(rounded.seed).toBe('100000000000000000000');
    const lab = JSON.parse((await call('lab', '--json', '--runs', '1', '--factors', 'funeral', '--seed', nines)).out.join(''));
    expect(lab.seed).toBe(nines);
    // "007" and "7" are different seeds in both tools
    const seven = JSON.parse((await call('sim', '--json', '--runs', '1', '--stalin', 'random', '--seed', '7')).out.join(''));
    const padded = JSON.parse((await call('sim', '--json', '--runs', '1', '--stalin', 'random', '--seed', '007')).out.join(''));
    expect(seven.seed).toBe(7);
    expect(padded.seed).toBe('007');
  });

  /** Starts a tool in its own process; `closeOutput` closes the reading end of its standard output at once. */
  function spawnTool(args: string[], closeOutput: boolean, stdoutFile?: string) {
    return new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const script = stdoutFile ? `exec npx tsx ${args.join(' ')} > ${stdoutFile}` : `exec npx tsx ${args.join(' ')}`;
      const child = spawn('sh', ['-c', script], { cwd: ROOT });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      if (closeOutput) child.stdout.destroy();
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, err }));
    });
  }

  it('reports a full disk and a closed pipe on standard output in one line, with exit code 3', async () => {
    const [full, pipe] = await Promise.all([
      spawnTool(['src/cli/sim.ts', '--json'], false, '/dev/full'),
      spawnTool(['src/cli/validate.ts', 'scenarios/campaign.yaml'], true),
    ]);
    expect(full).toEqual({ code: 3, err: 'error: could not write the output (no space left on the device)\n' });
    expect(pipe).toEqual({ code: 3, err: 'error: could not write the output (the reader closed the pipe)\n' });
  });
});
