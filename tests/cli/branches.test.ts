// Golden transcripts, one for each way the game leaves history that the scenario writes its own texts for: a
// fixed seed and fixed choices for the player, printed as the student reads the game (`npm run -s transcript`).
// Each test checks that the branch really happened (its key moments are on screen, its ending is the one
// expected) and that the text is the stored one, so that a teacher who previewed a lesson from these files
// sees the same game. If a change to the rules or the texts is intended, regenerate the files with
//   UPDATE_GOLDEN=1 npx vitest run tests/cli/branches.test.ts
// and read the diff of tests/golden/branches/*.txt before committing it. A missing file fails the test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from './call';

const DIR = join(__dirname, '..', 'golden', 'branches');

/** The same path to 1924 for the branches that need Stalin out of the Secretariat: Trotsky at the funeral, the Testament published. */
const TESTAMENT_PUBLISHED = [
  'trotsky-deputy-chair=accept',
  'trotsky-georgia=work-with-kamenev',
  'trotsky-rvs-plenum=bargain',
  'trotsky-forty-six=keep-distance',
  'trotsky-funeral=return-for-funeral',
  'trotsky-testament=demand-publication',
  'trotsky-eastman-in-power=disown',
].join(',');

interface Branch {
  file: string;
  args: string[];
  /** Screens that must be in the transcript, as "kind id", in this order. */
  moments: string[];
  ending: string;
}

const BRANCHES: Branch[] = [
  {
    file: 'stalin-removed-1924',
    args: ['--role', 'trotsky', '--seed', '4', '--choose', 'trotsky-funeral=return-for-funeral,trotsky-testament=demand-publication'],
    moments: ['vote testament-confidence', 'event stalin-leaves-secretariat', 'decision trotsky-eastman-in-power', 'event united-opposition-in-power'],
    ending: 'trotsky-leads',
  },
  {
    file: 'bloc-of-1924',
    args: ['--role', 'trotsky', '--seed', '2', '--choose', 'trotsky-lessons=court-them'],
    moments: ['outcome trotsky-lessons:court-them', 'event bloc-of-1924', 'event united-opposition-named', 'event november-expulsions'],
    ending: 'trotsky-expelled-exiled',
  },
  {
    file: 'army-stays-in-barracks',
    args: ['--role', 'trotsky', '--seed', '1', '--choose', 'trotsky-war-commissariat=use-the-army'],
    moments: ['outcome trotsky-war-commissariat:use-the-army', 'event garrison-stays'],
    ending: 'coup-fails',
  },
  {
    file: 'army-marches',
    args: ['--role', 'trotsky', '--seed', '4', '--choose', 'trotsky-war-commissariat=use-the-army'],
    moments: ['outcome trotsky-war-commissariat:use-the-army', 'event garrison-marches'],
    ending: 'red-bonaparte',
  },
  {
    file: 'united-opposition-carries-the-plenum',
    args: ['--role', 'trotsky', '--seed', '8', '--choose', TESTAMENT_PUBLISHED],
    moments: ['event united-opposition-in-power', 'vote july-1926-plenum', 'event plenum-defies-stalin'],
    ending: 'trotsky-leads',
  },
  {
    file: 'right-holds-on-1929',
    args: ['--role', 'trotsky', '--seed', '61', '--choose', TESTAMENT_PUBLISHED],
    moments: ['vote april-1929-plenum', 'event right-holds-on'],
    ending: 'trotsky-leads',
  },
];

interface Step {
  kind: string;
  id: string;
}

describe('golden transcripts of the branches', () => {
  it.each(BRANCHES)('$file', async (b) => {
    const json = await call('transcript', ...b.args, '--json');
    expect(json.code, json.err.join('\n')).toBe(0);
    const t = JSON.parse(json.out.join('\n')) as { steps: Step[]; ending: { id: string } | null; votes: { id: string; held: boolean; result: string }[] };
    const shown = t.steps.map((s) => `${s.kind} ${s.id}`);
    const at = b.moments.map((m) => shown.indexOf(m));
    expect(at.every((i) => i >= 0), `missing: ${b.moments.filter((_, i) => at[i] < 0).join(', ')}`).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(t.ending?.id).toBe(b.ending);
    expect(t.steps[t.steps.length - 1]).toMatchObject({ kind: 'ending', id: b.ending });

    const text = await call('transcript', ...b.args);
    expect(text.code).toBe(0);
    const got = `${text.out.join('\n')}\n`;
    const file = join(DIR, `${b.file}.txt`);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, got);
    }
    expect(existsSync(file), `${file} is missing: regenerate it as the header of this test says`).toBe(true);
    expect(got).toBe(readFileSync(file, 'utf8'));
  });

  it('the branches that end a vote the other way record it so', async () => {
    const votes = async (b: Branch) => {
      const r = await call('transcript', ...b.args, '--json');
      return JSON.parse(r.out.join('\n')).votes as { id: string; held: boolean; result: string }[];
    };
    const byFile = (f: string) => BRANCHES.find((b) => b.file === f)!;
    expect((await votes(byFile('stalin-removed-1924'))).find((v) => v.id === 'testament-confidence')?.result).toBe('defeated');
    expect((await votes(byFile('united-opposition-carries-the-plenum'))).find((v) => v.id === 'july-1926-plenum')?.result).toBe('defeated');
    expect((await votes(byFile('right-holds-on-1929'))).find((v) => v.id === 'april-1929-plenum')?.result).toBe('defeated');
  });
});
