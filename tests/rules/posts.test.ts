// Posts and memberships follow history: with both sides historical, the leader cards, the Politburo and the
// apparatus map at the end of 1926, 1927 and 1929 are as they really were on those dates. And when the game
// leaves history, posts follow the game: a city region changes hands with its machine's boss.
import { describe, expect, it } from 'vitest';
import { campaignCtx, config } from '../helpers';
import { newGame, playTurn } from '../../src/rules/game';
import { applyEffects } from '../../src/rules/saved';
import type { GameState } from '../../src/rules/state';
import { turnIndex } from '../../src/scenario/turns';
import { formatProblem, loadCampaign } from '../../src/scenario/loader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Standing = { posts: string[]; politburo: 'member' | 'candidate' | null; status: string };

function standing(s: GameState, leader: string): Standing {
  const seat = s.leaders[leader].politburo;
  return {
    posts: Object.keys(s.posts).filter((p) => s.posts[p] === leader).sort(),
    politburo: seat === 'full' ? 'member' : seat === 'candidate' ? 'candidate' : null,
    status: s.leaders[leader].status,
  };
}

const regionOf = (s: GameState, id: string) => s.secretaries[campaignCtx.sc.campaign.regions.findIndex((r) => r.id === id)];

/** Plays a historical game and keeps a copy of the state at the end of each of the given half-years. */
function historicalGame(seed: string, at: string[]): { ends: Record<string, GameState>; final: GameState } {
  const ctx = campaignCtx;
  const s = newGame(ctx, config({ seed }));
  const ends: Record<string, GameState> = {};
  const wanted = new Map(at.map((t) => [turnIndex(campaignCtx.sc.calendar, t), t]));
  while (!s.ending) {
    const turn = s.turn;
    playTurn(ctx, s);
    const label = wanted.get(turn);
    if (label) ends[label] = structuredClone(s);
  }
  return { ends, final: s };
}

const TURNS = ['1925H2', '1926H1', '1926H2', '1927H2', '1929H2'];
const SEEDS = Array.from({ length: 40 }, (_, i) => `posts-${i}`);
const games = SEEDS.map((seed) => historicalGame(seed, TURNS));
const stalinWon = games.filter((g) => g.final.ending?.id === 'stalin-supreme');

describe('posts and memberships, both sides historical', () => {
  it('Kamenev stays a full member through the 14th Congress and is demoted on 1 January 1926, at its first plenum', () => {
    for (const { ends, final } of games) {
      expect(standing(ends['1925H2'], 'kamenev').politburo).toBe('member');
      expect(standing(ends['1926H1'], 'kamenev').politburo).not.toBe('member');
      expect(final.events.find((e) => e.id === 'new-politburo-1926')?.day).toBe('1926-01-01');
      expect(final.milestones['kamenev-out-of-politburo']).toBe(turnIndex(campaignCtx.sc.calendar, '1926H1'));
    }
  });

  it('end of 1926: Zinoviev, Kamenev and Trotsky out of the Politburo and stripped of their posts', () => {
    for (const { ends } of games) {
      const s = ends['1926H2'];
      expect(standing(s, 'zinoviev')).toEqual({ posts: [], politburo: null, status: 'active' });
      expect(standing(s, 'kamenev')).toEqual({ posts: [], politburo: null, status: 'active' });
      expect(standing(s, 'trotsky')).toEqual({ posts: [], politburo: null, status: 'active' });
      expect(standing(s, 'sokolnikov').politburo).toBeNull();
      expect(standing(s, 'kuibyshev').politburo).toBeNull();
      expect(standing(s, 'rudzutak').politburo).toBe('member');
      expect(standing(s, 'bukharin')).toEqual({ posts: ['comintern', 'pravda'], politburo: 'member', status: 'active' });
      expect(standing(s, 'tomsky').posts).toEqual(['trade-unions']);
      expect(standing(s, 'rykov').posts).toEqual(['sovnarkom-chair']);
      expect(s.machines.leningrad).toBe('kirov');
      expect(regionOf(s, 'leningrad')).toBe('stalin');
      expect(s.machines.moscow).toBe('uglanov');
      expect(s.leaders.uglanov.camp).toBe('stalin');
    }
  });

  it('Trotsky and Zinoviev are expelled on 14 November 1927, and the 15th Congress confirms it and expels Kamenev', () => {
    for (const { final } of games) {
      expect(final.events.find((e) => e.id === 'november-expulsions')?.day).toBe('1927-11-14');
      const congress = final.votes.find((v) => v.id === 'fifteenth-congress');
      expect(congress?.held).toBe(true);
      expect(congress?.passed).toBe(true);
      expect(congress?.day).toBe('1927-12-02');
    }
  });

  it('end of 1927: the opposition expelled, Kuibyshev a full member', () => {
    for (const { ends } of games) {
      const s = ends['1927H2'];
      for (const id of ['trotsky', 'zinoviev', 'kamenev']) expect(standing(s, id), id).toEqual({ posts: [], politburo: null, status: 'expelled' });
      expect(standing(s, 'kuibyshev').politburo).toBe('member');
      expect(standing(s, 'stalin').posts).toEqual(['general-secretary']);
    }
  });

  it('end of 1929, where Stalin won: the Right stripped of its bases, Bukharin out, Uglanov gone from Moscow', () => {
    expect(stalinWon.length).toBeGreaterThanOrEqual(SEEDS.length * 0.75);
    for (const { ends } of stalinWon) {
      const s = ends['1929H2'];
      expect(standing(s, 'bukharin')).toEqual({ posts: [], politburo: null, status: 'active' });
      expect(standing(s, 'tomsky')).toEqual({ posts: [], politburo: 'member', status: 'active' });
      expect(standing(s, 'rykov')).toEqual({ posts: ['sovnarkom-chair'], politburo: 'member', status: 'active' });
      expect(s.leaders.trotsky.status).toBe('exiled');
      expect(s.flags['trotsky-deported']).toBe(true);
      for (const id of ['zinoviev', 'kamenev']) expect(standing(s, id), id).toEqual({ posts: [], politburo: null, status: 'active' });
      expect(s.machines.moscow).toBe('molotov');
      expect(s.leaders.uglanov.camp).toBe('bukharin');
      expect(regionOf(s, 'moscow')).toBe('stalin');
    }
  });
});

describe('posts follow the game', () => {
  it('a city region changes hands with its machine boss, and with his camp', () => {
    const ctx = campaignCtx;
    const s = newGame(ctx, config({ seed: 'region' }));
    expect(regionOf(s, 'leningrad')).toBe('zinoviev');
    applyEffects(ctx, s, [{ machine: { id: 'leningrad', boss: 'kirov' } }], 'test');
    expect(regionOf(s, 'leningrad')).toBe('stalin');
    applyEffects(ctx, s, [{ machine: { id: 'moscow', boss: 'uglanov' } }, { camp: { leader: 'uglanov', is: 'bukharin' } }], 'test');
    expect(regionOf(s, 'moscow')).toBe('bukharin');
  });

  it('a candidate seat is given and taken by an effect, only to an active member', () => {
    const ctx = campaignCtx;
    const s = newGame(ctx, config({ seed: 'seat' }));
    applyEffects(ctx, s, [{ politburo: { candidate: 'sokolnikov' } }], 'test');
    expect(s.leaders.sokolnikov.politburo).toBe('candidate');
    applyEffects(ctx, s, [{ politburo: { remove: 'sokolnikov' } }, { status: { leader: 'radek', is: 'expelled' } }, { politburo: { candidate: 'radek' } }], 'test');
    expect(s.leaders.sokolnikov.politburo).toBe('none');
    expect(s.leaders.radek.politburo).toBe('none');
  });

  it('the Leningrad region stays Zinoviev’s when Stalin leaves him his city', () => {
    const ctx = campaignCtx;
    const s = newGame(ctx, config({ seed: 'negotiate', forced: { 'stalin-capture-leningrad': 'negotiate' } }));
    while (!s.ending && s.turn <= turnIndex(campaignCtx.sc.calendar, '1926H1')) playTurn(ctx, s);
    expect(s.machines.leningrad).toBe('zinoviev');
    expect(regionOf(s, 'leningrad')).toBe(s.leaders.zinoviev.status === 'active' ? 'zinoviev' : 'line');
  });
});

describe('the effects that move posts and seats are checked where they are written', () => {
  const text = readFileSync(join(__dirname, '..', '..', 'scenarios', 'campaign.yaml'), 'utf8');
  const problems = (t: string) => {
    const r = loadCampaign('bad.yaml', t);
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('names an unknown leader in a candidate seat or a change of camp, with its path', () => {
    const bad = text
      .replace('{ politburo: { candidate: sokolnikov } }', '{ politburo: { candidate: sokolnikoff } }')
      .replace('{ camp: { leader: uglanov, is: bukharin } }', '{ camp: { leader: uglanoff, is: bukharin } }');
    const out = problems(bad);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^bad\.yaml: events\[\d+:bukharin-promoted\]\.effects\[1\]\.politburo\.candidate: unknown leader "sokolnikoff"$/);
    expect(out[1]).toMatch(/^bad\.yaml: events\[\d+:uglanov-turns-right\]\.effects\[0\]\.camp\.leader: unknown leader "uglanoff"$/);
  });

  it('names a Politburo election after a vote that is unknown, or that already elects the Politburo', () => {
    const politburoElection = '    politburoElection: { vote: fourteenth-congress, size: 9 }';
    expect(text).toContain(politburoElection);
    const unknown = problems(text.replace(politburoElection, '    politburoElection: { vote: fourteenth-congres, size: 9 }'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(/^bad\.yaml: events\[\d+:new-politburo-1926\]\.politburoElection\.vote: unknown vote "fourteenth-congres"$/);
    const twice = problems(text.replace('    politburoElection: { vote: fourteenth-congress, size: 9 }', '    politburoElection: { vote: fifteenth-congress, size: 9 }'));
    expect(twice).toEqual([expect.stringMatching(/new-politburo-1926\]\.politburoElection\.vote: vote "fifteenth-congress" already elects the Politburo/)]);
  });

  it('refuses a Politburo effect that names one leader twice', () => {
    const out = problems(text.replace('{ politburo: { candidate: sokolnikov } }', '{ politburo: { candidate: sokolnikov, remove: sokolnikov } }'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/bukharin-promoted\]\.effects\[1\].*names the same leader twice/);
  });
});
