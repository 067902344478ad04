// A vote's words follow the game: the first variant of its "texts" whose premises hold on the day it is held is
// named in its record, and the record keeps those words whatever happens later. Variants change only words.
import { describe, expect, it } from 'vitest';
import { resolveVote } from '../../src/rules/saved';
import type { GameState } from '../../src/rules/state';
import { voteDefinition } from '../../src/flow/selectors';
import { voteWords } from '../../src/scenario/voteWords';
import { formatProblem, loadCampaign } from '../../src/scenario/loader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ctxWith, opening } from './rules-fixtures';

const ctx = ctxWith();
const vote = (id: string) => ctx.sc.voteById[id];

function stalinOutOfOffice(s: GameState): void {
  s.posts['general-secretary'] = 'trotsky';
  s.alliances = {};
}

describe('the words of a vote', () => {
  it('are the scenario’s own while Stalin is General Secretary', () => {
    const s = opening();
    s.alliances = {};
    const rec = resolveVote(ctx, s, vote('fourteenth-congress'), true);
    expect(rec.held).toBe(true);
    expect(rec.variant).toBeUndefined();
    expect(voteDefinition(ctx.sc, rec)).toBe(vote('fourteenth-congress'));
  });

  it('follow the premises on the vote’s day, and stay as recorded when the state changes later', () => {
    const s = opening();
    stalinOutOfOffice(s);
    const def = vote('fourteenth-congress');
    const rec = resolveVote(ctx, s, def, true);
    expect(rec.variant).toBe('stalin-out-of-office');
    const shown = voteDefinition(ctx.sc, rec);
    expect(shown.motion).not.toBe(def.motion);
    expect(shown.motion).toMatch(/Stalin is no longer General Secretary/);
    expect(shown.historical.summary).toMatch(/counterfactual, not history/);
    // Only the words change: sponsor, target and effects are the vote's own.
    expect([shown.sponsor, shown.target, shown.kind, shown.onPass, shown.onFail]).toEqual([def.sponsor, def.target, def.kind, def.onPass, def.onFail]);

    s.posts['general-secretary'] = 'stalin';
    expect(voteDefinition(ctx.sc, rec).motion).toBe(shown.motion);
    const later = resolveVote(ctx, s, def, true);
    expect(later.variant).toBeUndefined();
    expect(voteDefinition(ctx.sc, rec).title).toBe(shown.title);
  });

  it('take the first variant whose premises all hold', () => {
    const april = vote('april-1929-plenum');
    const at = (bukharinComintern: boolean, stalinGs: boolean) => {
      const s = opening();
      s.alliances = {};
      s.posts.pravda = 'bukharin';
      s.posts.comintern = bukharinComintern ? 'bukharin' : 'zinoviev';
      s.posts['general-secretary'] = stalinGs ? 'stalin' : 'trotsky';
      return resolveVote(ctx, s, april, true).variant;
    };
    expect(at(false, false)).toBe('stalin-out-of-office-no-comintern');
    expect(at(true, false)).toBe('stalin-out-of-office');
    expect(at(false, true)).toBe('no-comintern');
    expect(at(true, true)).toBeUndefined();
    expect(voteWords(april, 'no-comintern').motion).not.toMatch(/Comintern/);
  });

  it('are recorded for a vote that did not arise too, so its one line uses the words of its day', () => {
    const s = opening();
    stalinOutOfOffice(s);
    s.leaders.zinoviev.status = 'expelled';
    const rec = resolveVote(ctx, s, vote('july-1926-plenum'), true);
    expect(rec.held).toBe(false);
    expect(rec.variant).toBe('stalin-out-of-office');
  });

  it('are left out by the simulator, which records no ledger', () => {
    const s = opening();
    stalinOutOfOffice(s);
    expect(resolveVote(ctx, s, vote('fourteenth-congress'), false).variant).toBeUndefined();
  });
});

describe('the scenario file’s variants', () => {
  const text = readFileSync(join(__dirname, '..', '..', 'scenarios', 'campaign.yaml'), 'utf8');
  const problems = (t: string) => {
    const r = loadCampaign('bad.yaml', t);
    return r.ok ? [] : r.problems.map(formatProblem);
  };
  const first = /(\n {6}- id: stalin-out-of-office\n {8}requires: \{ lacks: \{ leader: )stalin(, post: general-secretary \} \}\n)/;

  it('are well formed in the campaign', () => {
    expect(first.test(text)).toBe(true);
    expect(problems(text)).toEqual([]);
  });

  it('name what is wrong and where: an unknown leader in a premise, a variant with no words, a repeated id', () => {
    expect(problems(text.replace(first, '$1nobody$2'))).toEqual([
      expect.stringMatching(/^bad\.yaml: votes\[\d+:fourteenth-congress\]\.texts\[0:stalin-out-of-office\]\.requires\.lacks.*unknown leader "nobody"/),
    ]);
    const bare = text.replace(/(\n {6}- id: stalin-out-of-office\n {8}requires: [^\n]+\n)(?: {8}(?:title|motion|summary): [^\n]+\n)+/, '$1');
    expect(problems(bare)).toEqual([expect.stringMatching(/^bad\.yaml: votes\[\d+:fourteenth-congress\]\.texts\[0:stalin-out-of-office\]: a variant must give at least one of "title", "motion", "summary" or "note"/)]);
    const twice = text.replace(/id: stalin-out-of-office-no-comintern/, 'id: stalin-out-of-office');
    expect(problems(twice)).toEqual([expect.stringMatching(/^bad\.yaml: votes\[\d+:april-1929-plenum\]\.texts: two variants have the same id/)]);
  });
});
