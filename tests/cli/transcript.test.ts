// The transcript's command line: the JSON shape it promises, its dates in order, frozen vote records when a
// game is cut short, fixed choices, and one line with exit code 2 for every bad argument.
import { describe, expect, it } from 'vitest';
import { isDay } from '../../src/scenario/days';
import { call } from './call';

const json = async (...args: string[]) => {
  const r = await call('transcript', '--json', ...args);
  expect(r.code, r.err.join('\n')).toBe(0);
  return JSON.parse(r.out.join('\n'));
};

describe('npm run transcript', () => {
  it('prints one object with the promised fields, screens dated in order and votes as recorded', async () => {
    const t = await json('--role', 'trotsky', '--seed', '3');
    expect(t).toMatchObject({ scenario: 'campaign', seed: 3, lens: 'many-causes', policies: { stalin: 'historical', trotsky: 'historical' } });
    expect(t.ending).toEqual({ id: expect.any(String), title: expect.any(String) });
    const kinds = new Set(t.steps.map((s: { kind: string }) => s.kind));
    for (const k of ['event', 'decision', 'outcome', 'vote', 'ending']) expect(kinds).toContain(k);
    const dates: string[] = t.steps.map((s: { date: string }) => s.date);
    for (const d of dates) expect(isDay(d)).toBe(true);
    expect(dates).toEqual([...dates].sort());
    for (const s of t.steps) {
      expect(Object.keys(s).sort()).toEqual(['date', 'id', 'kind', 'sources', 'text', 'title', 'turn']);
      for (const src of s.sources) expect(src).toEqual({ key: expect.any(String), citation: expect.any(String) });
    }
    const held = t.votes.filter((v: { held: boolean }) => v.held);
    expect(held.length).toBeGreaterThan(3);
    for (const v of t.votes) {
      if (v.held) expect(['carried', 'defeated']).toContain(v.result);
      else expect(v.result).toBeNull();
      for (const b of v.blocs) for (const c of b.movedBy) expect(c.date === null || c.date <= v.date).toBe(true);
    }
    // Every vote held has its own screen, in the order held.
    const voteScreens = t.steps.filter((s: { kind: string }) => s.kind === 'vote').map((s: { id: string }) => s.id);
    expect(voteScreens).toEqual(held.map((v: { id: string }) => v.id));
    expect(t.posts['1923H1'].stalin).toEqual({ posts: expect.arrayContaining(['general-secretary']), politburo: 'member', expelled: false });
  });

  it("writes each vote's screen whole: sponsor and target, each bloc's vote and dated causes, each member's reasons", async () => {
    const t = await json('--role', 'stalin', '--seed', '7', '--until', '1926H2');
    interface Bloc {
      name: string;
      seats: number;
      for: number;
      against: number;
      abstain: number;
    }
    const held = t.votes.filter((v: { held: boolean }) => v.held);
    const screens = t.steps.filter((s: { kind: string }) => s.kind === 'vote');
    expect(screens.length).toBe(held.length);
    let politburo = 0;
    let dated = 0;
    for (const [i, v] of held.entries()) {
      const text: string = screens[i].text;
      const where = `${screens[i].title} (${v.date})`;
      expect(text, where).toMatch(/^Sponsor: [^.]+, for .+\. Target: [^.]+, of .+\.$/m);
      expect(text, where).toContain(`${v.result === 'carried' ? 'Carried' : 'Defeated'} ${v.for}–${v.against}`);
      // The ledger as the --json votes record it, bloc by bloc, each with what moved it from an even split.
      for (const b of v.blocs as Bloc[]) {
        expect(text, where).toContain(`${b.name}: ${b.seats} seat${b.seats === 1 ? '' : 's'}; ${b.for} for, ${b.against} against, ${b.abstain} abstaining`);
        expect(text, where).toMatch(new RegExp(`^${b.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+\\.\\d% for the motion — what moved it:\\n  · An even split: `, 'm'));
      }
      if (v.body === 'politburo') {
        politburo++;
        expect(text, where).toContain('How each member voted, in turn, and why:');
        expect(text.match(/^ {2}· [A-Z][^,:]+, of [^:]+: (for|against|abstain)\. [A-Z].+\.$/gm)?.length, `${where}: each member's vote and reasons`).toBeGreaterThan(4);
      } else {
        expect(text, where).toContain('Why this result?');
        expect(text, where).toContain('percentage points');
        dated += text.match(/^ {2}· .+, \d{1,2} [A-Z][a-z]+ 19\d\d: [+−]\d+\.\d points?$/gm)?.length ?? 0;
      }
    }
    expect(politburo).toBeGreaterThan(0);
    expect(dated, 'earlier moments named as causes, dated, in points').toBeGreaterThan(10);
  });

  it('counts an exiled leader as still expelled, and a readmitted one as not', async () => {
    const t = await json('--role', 'stalin', '--seed', '7');
    expect(t.posts['1927H2'].trotsky.expelled).toBe(true);
    // Exiled to Alma-Ata, then deported: Trotsky is still outside the Party; Zinoviev was readmitted in 1928.
    expect(t.posts['1929H2'].trotsky.expelled).toBe(true);
    expect(t.posts['1929H2'].zinoviev.expelled).toBe(false);
  });

  it('freezes vote records: a game cut off with --until has the same votes as the whole game', async () => {
    const full = await json('--seed', '11', '--stalin', 'shrewd', '--trotsky', 'random');
    const cut = await json('--seed', '11', '--stalin', 'shrewd', '--trotsky', 'random', '--until', '1925H2');
    expect(cut.votes.length).toBeGreaterThan(0);
    expect(cut.votes.every((v: { date: string }) => v.date <= '1925-12-31')).toBe(true);
    expect(full.votes.slice(0, cut.votes.length)).toEqual(cut.votes);
    expect(Object.keys(cut.posts).pop()).toBe('1925H2');
    expect(cut.ending).toBeNull();
  });

  it("takes the fixed options of --choose, for the player's side and the other", async () => {
    const t = await json('--role', 'trotsky', '--choose', 'trotsky-deputy-chair=accept', '--until', '1923H1');
    expect(t.steps.some((s: { kind: string; id: string }) => s.kind === 'outcome' && s.id === 'trotsky-deputy-chair:accept')).toBe(true);
  });

  it('prints the game as the student reads it, dated, without --json', async () => {
    const r = await call('transcript', '--scenario', 'funeral-and-testament', '--role', 'stalin');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/— \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 192\d · /);
  });

  it.each([
    [['--role', 'lenin'], '--role'],
    [['--choose', 'nonsense'], '--choose'],
    [['--choose', 'no-such-decision=x'], 'unknown decision'],
    [['--choose', 'trotsky-deputy-chair=x'], 'no option'],
    [['--until', '1940H1'], '--until'],
    [['--until', 'soon'], '--until'],
    [['--stalin', 'clever'], '--stalin'],
    [['--scenario', 'nowhere'], 'unknown scenario'],
    [['--lens', 'toString'], 'unknown lens'],
    [['--bogus'], 'unknown option'],
  ])('refuses %j in one line with exit code 2', async (args, words) => {
    const r = await call('transcript', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(words);
    expect(r.out).toEqual([]);
  });
});
