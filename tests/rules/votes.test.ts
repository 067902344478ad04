// Vote resolution on small hand-built positions of the real campaign: the pass rule and its two-thirds
// threshold, what a failed motion costs, the succession after a lost vote of confidence, a split party line
// and the Politburo's individual ballots.
import { describe, expect, it } from 'vitest';
import { lineFollows, resolveVote, sideShareOfCc, whyNotHeld } from '../../src/rules/saved';
import type { GameState } from '../../src/rules/state';
import { ctxWith, noAlliances, opening } from './rules-fixtures';

const ctx = ctxWith();
const vote = (id: string) => ctx.sc.voteById[id];

function ccOf(s: GameState, shares: Partial<GameState['cc']>): void {
  s.cc = { line: 0, stalin: 0, trotsky: 0, zinoviev: 0, bukharin: 0, ...shares };
}

describe('the pass rule', () => {
  const expel = vote('october-1927-plenum');

  it('needs two-thirds of the votes cast to expel from the Central Committee', () => {
    expect(expel.threshold).toBeCloseTo(2 / 3, 2);
    const short = opening();
    ccOf(short, { stalin: 0.6, trotsky: 0.4 });
    const failed = resolveVote(ctx, short, expel, false);
    expect([failed.for, failed.against, failed.abstain]).toEqual([120, 80, 0]);
    expect(failed.passed).toBe(false);
    expect(short.flags['trotsky-out-of-cc']).toBeUndefined();

    const enough = opening();
    ccOf(enough, { stalin: 0.7, trotsky: 0.3 });
    const passed = resolveVote(ctx, enough, expel, false);
    expect([passed.for, passed.against]).toEqual([140, 60]);
    expect(passed.passed).toBe(true);
    expect(enough.flags['trotsky-out-of-cc']).toBe(true);
    expect(enough.leaders.trotsky.politburo).toBe('none');
  });

  it('carries the same 120 to 80 by a simple majority', () => {
    const s = opening();
    ccOf(s, { stalin: 0.6, trotsky: 0.4 });
    expect(resolveVote(ctx, s, { ...expel, threshold: 0.5 }, false).passed).toBe(true);
  });

  it('fails a simple-majority motion on a tie', () => {
    const s = opening();
    ccOf(s, { stalin: 0.5, trotsky: 0.5 });
    const rec = resolveVote(ctx, s, { ...expel, threshold: 0.5 }, false);
    expect([rec.for, rec.against, rec.passed]).toEqual([100, 100, false]);
  });

  it('costs the sponsor prestige and gives the target prestige when a motion fails', () => {
    const s = opening();
    ccOf(s, { stalin: 0.4, trotsky: 0.6 });
    const before = { stalin: s.leaders.stalin.prestige, trotsky: s.leaders.trotsky.prestige };
    expect(resolveVote(ctx, s, vote('war-commissariat-plenum'), false).passed).toBe(false);
    expect(s.leaders.zinoviev.prestige).toBe(58 + ctx.model.votes.failedSponsorPrestige);
    expect(s.leaders.trotsky.prestige).toBe(before.trotsky + ctx.model.votes.failedTargetPrestige);
    expect(s.leaders.stalin.prestige).toBe(before.stalin);
    expect(s.posts['war-commissariat']).toBe('trotsky');
  });

  it('adds the censure stigma when a censure passes, within the bounds of standing', () => {
    const s = opening();
    ccOf(s, { stalin: 0.9, trotsky: 0.1 });
    s.leaders.trotsky.stigma = 97;
    expect(resolveVote(ctxWith({}, { votes: { censureStigma: 2 } }), s, vote('october-1923-plenum'), false).passed).toBe(true);
    expect(s.leaders.trotsky.stigma).toBe(99);
    expect(resolveVote(ctx, s, vote('october-1923-plenum'), false).passed).toBe(true);
    expect(s.leaders.trotsky.stigma).toBe(100);
  });

  it('is not brought when sponsors and target are allied, and says why', () => {
    const s = opening();
    expect(whyNotHeld(ctx, s, vote('leningrad-politburo'))).toMatch(/allied with the sponsors/);
    noAlliances(s);
    expect(whyNotHeld(ctx, s, vote('leningrad-politburo'))).toBeNull();
  });
});

describe('a vote of confidence in the General Secretary', () => {
  const confidence = vote('testament-confidence-1925');
  const held = () => {
    const s = opening();
    s.flags['lenin-lives-1925'] = true;
    s.flags['lenin-dead'] = true;
    return s;
  };

  it('keeps him in post when his side carries it', () => {
    const s = held();
    const rec = resolveVote(ctx, s, confidence, false);
    expect(rec.sponsorSide).toEqual(['stalin', 'zinoviev', 'bukharin']);
    expect(rec.targetSide).toEqual(['trotsky']);
    expect(rec.passed).toBe(true);
    expect(s.posts['general-secretary']).toBe('stalin');
  });

  it('gives the post to the winning chief with the greatest prestige plus heir standing when it fails', () => {
    const s = held();
    noAlliances(s);
    const rec = resolveVote(ctx, s, confidence, false);
    expect(rec.lineWith).toBe('target');
    expect(rec.passed).toBe(false);
    expect(s.posts['general-secretary']).toBe('trotsky');
    expect(s.milestones['stalin-loses-general-secretary']).toBe(0);
  });

  it('lets Lenin\'s heir win the post: Zinoviev when his standing passes Trotsky\'s', () => {
    const s = held();
    noAlliances(s);
    s.leaders.zinoviev.heir = 61;
    s.leaders.zinoviev.prestige = 58;
    expect(s.leaders.zinoviev.prestige + s.leaders.zinoviev.heir).toBeGreaterThan(s.leaders.trotsky.prestige + s.leaders.trotsky.heir);
    expect(resolveVote(ctx, s, confidence, false).passed).toBe(false);
    expect(s.posts['general-secretary']).toBe('zinoviev');
  });

  it('draws the successor only from camps whose chiefs are still active', () => {
    const s = held();
    noAlliances(s);
    s.leaders.trotsky.status = 'removed';
    expect(resolveVote(ctx, s, confidence, false).passed).toBe(false);
    expect(s.posts['general-secretary']).toBe('zinoviev');
  });
});

describe('a split party line', () => {
  it('follows the side with more Politburo seats, splits on a tie, and follows the General Secretary when neither sits there', () => {
    const s = opening();
    noAlliances(s);
    expect(lineFollows(ctx, s, ['stalin'], ['trotsky'])).toBe('split');
    s.leaders.molotov.politburo = 'full';
    expect(lineFollows(ctx, s, ['stalin'], ['trotsky'])).toBe('sponsor');
    expect(lineFollows(ctx, s, ['trotsky'], ['stalin'])).toBe('target');
    for (const id of ['stalin', 'molotov', 'trotsky']) s.leaders[id].politburo = 'none';
    expect(lineFollows(ctx, s, ['trotsky'], ['stalin'])).toBe('target');
    expect(lineFollows(ctx, s, ['stalin'], ['trotsky'])).toBe('sponsor');
  });

  it('divides the loyalists evenly between the sides, the ones who do not turn out abstaining', () => {
    const s = opening();
    s.flags['lenin-lives-1925'] = true;
    s.flags['lenin-dead'] = true;
    s.flags['testament-published'] = true;
    ccOf(s, { line: 0.4, stalin: 0.3, trotsky: 0.3 });
    const cc = { ...vote('testament-confidence-1925'), body: 'cc' as const, delegates: 100 };
    noAlliances(s);
    expect(lineFollows(ctx, s, ['stalin'], ['trotsky', 'zinoviev', 'bukharin'])).toBe('target');
    const rec = resolveVote(ctx, s, cc, false);
    expect(rec.lineWith).toBe('split');
    // 30 for and 30 against from the camps; the line's 40 turn out at 90%: 18 each way, 4 abstain.
    expect([rec.for, rec.against, rec.abstain]).toEqual([48, 48, 4]);
    expect(rec.passed).toBe(false);
  });

  it('counts half of the line for a camp in the Central Committee when the Politburo is split', () => {
    const s = opening();
    noAlliances(s);
    ccOf(s, { line: 0.4, stalin: 0.3, trotsky: 0.3 });
    s.leaders.zinoviev.status = 'removed';
    s.leaders.kamenev.status = 'removed';
    s.leaders.rykov.status = 'removed';
    s.leaders.tomsky.status = 'removed';
    s.leaders.bukharin.status = 'removed';
    expect(sideShareOfCc(ctx, s, 'stalin')).toBeCloseTo(0.5, 12);
    s.leaders.molotov.politburo = 'full';
    expect(sideShareOfCc(ctx, s, 'stalin')).toBeCloseTo(0.7, 12);
    expect(sideShareOfCc(ctx, s, 'trotsky')).toBeCloseTo(0.3, 12);
  });
});

describe('the Politburo', () => {
  const leningrad = vote('leningrad-politburo');

  it('votes member by member with their camps; a member of neither side follows the line or abstains', () => {
    for (const turnout of [0, 1]) {
      const s = opening();
      noAlliances(s);
      s.alliances['bukharin+stalin'] = true;
      const rec = resolveVote(ctxWith({}, { votes: { politburoLineTurnout: turnout } }), s, leningrad, false);
      const ballot = Object.fromEntries(rec.members.map((m) => [m.leader, m.vote]));
      expect(ballot).toEqual({
        stalin: 'for',
        trotsky: turnout === 1 ? 'for' : 'abstain',
        zinoviev: 'against',
        kamenev: 'against',
        rykov: 'for',
        tomsky: 'for',
      });
      expect(rec.passed).toBe(true);
      expect(s.posts['leningrad-soviet']).toBeNull();
    }
  });

  it('lets members other than the chiefs abstain as often as the noise says', () => {
    const s = opening();
    noAlliances(s);
    s.alliances['bukharin+stalin'] = true;
    const doubtful = ctxWith({ noise: 0.2 }, { votes: { politburoDoubt: 5 } });
    const rec = resolveVote(doubtful, s, leningrad, false);
    const ballot = Object.fromEntries(rec.members.map((m) => [m.leader, m.vote]));
    expect([ballot.stalin, ballot.zinoviev]).toEqual(['for', 'against']);
    expect([ballot.kamenev, ballot.rykov, ballot.tomsky]).toEqual(['abstain', 'abstain', 'abstain']);
  });
});
