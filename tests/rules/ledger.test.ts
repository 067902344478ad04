// The vote ledger explains the result: over 1,000 games of mixed policies, every bloc's starting disposition
// plus its causes is its share for the motion, every cause is dated on or before its vote, no bloc votes
// before it exists, the Leningrad delegation's own machine pulls it against the 14th Congress's motion, and
// every Politburo member's ballot carries its reasons. Ledgers are a record: the same game with and without
// them plays out alike.
import { describe, expect, it } from 'vitest';
import { newGame, playOut } from '../../src/rules/game';
import { POLICIES, type GameState, type VoteRecord } from '../../src/rules/state';
import { campaignCtx as ctx, config } from '../helpers';

const GAMES = 1000;

function game(i: number, detail: boolean): GameState {
  const stalin = POLICIES[i % 3];
  const trotsky = POLICIES[Math.floor(i / 3) % 3];
  return playOut(ctx, newGame(ctx, config({ seed: `ledger-${i}`, policies: { stalin, trotsky } })), detail);
}

const games = Array.from({ length: GAMES }, (_, i) => game(i, true));
const held = games.flatMap((g) => g.votes.filter((v) => v.held));
const assemblies = held.filter((v) => v.body !== 'politburo');
const members = (g: GameState) => Object.values(g.members).reduce((a, b) => a + b, 0);

describe('the ledger of every vote in 1,000 games', () => {
  it('holds enough votes of every kind to mean something', () => {
    expect(assemblies.length).toBeGreaterThan(GAMES * 3);
    expect(held.filter((v) => v.body === 'politburo').length).toBeGreaterThan(100);
    expect(members(games[0])).toBeGreaterThan(0);
  });

  it('adds each bloc’s causes to its starting disposition to give its share for the motion', () => {
    let worst = 0;
    for (const v of assemblies) {
      for (const b of v.blocs) {
        const total = b.disposition! + b.causes!.reduce((a, c) => a + c.effect, 0);
        worst = Math.max(worst, Math.abs(total - b.share!));
        const cast = b.for + b.against;
        // the share is the bloc's vote before rounding into whole delegates
        if (cast >= 20) expect(Math.abs((100 * b.for) / cast - b.share!)).toBeLessThan(100 / cast + 0.5);
      }
    }
    expect(worst).toBeLessThan(0.05);
  });

  it('dates every cause on or before its vote, and names the sponsor and the target', () => {
    const late: string[] = [];
    for (const v of assemblies) {
      expect(v.sponsor && v.target).toBeTruthy();
      for (const b of v.blocs) for (const c of b.causes!) if (c.day > v.day) late.push(`${v.id} ${b.id} ${c.source} ${c.day}`);
    }
    expect(late).toEqual([]);
  });

  it('lists no bloc before it exists: no Lenin Enrolment before February 1924', () => {
    for (const v of assemblies) {
      const enrolment = v.blocs.find((b) => b.id === 'lenin-enrolment');
      if (v.day < '1924-02-01') expect(enrolment, `${v.id} on ${v.day}`).toBeUndefined();
      for (const b of v.blocs) expect(b.seats, `${v.id} ${b.id}`).toBeGreaterThan(0);
    }
    expect(assemblies.some((v) => v.blocs.some((b) => b.id === 'lenin-enrolment'))).toBe(true);
  });

  it('shows the Leningrad delegation pulled against the 14th Congress’s motion by its own machine', () => {
    const congresses = assemblies.filter((v) => v.id === 'fourteenth-congress' && v.target?.leader === 'zinoviev');
    let seen = 0;
    for (const v of congresses) {
      const leningrad = v.blocs.find((b) => b.id === 'leningrad')!;
      const machine = leningrad.causes!.find((c) => c.kind === 'loyalty' && c.source === 'zinoviev');
      if (!machine) continue;
      seen++;
      expect(machine.effect, v.id).toBeLessThan(-10);
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('gives each Politburo member his camp and his reasons', () => {
    const votes = held.filter((v) => v.body === 'politburo');
    for (const v of votes) {
      expect(v.members.length).toBeGreaterThan(0);
      for (const m of v.members) {
        expect(m.camp).toBeTruthy();
        expect(m.reasons!.length).toBeGreaterThan(0);
        if (m.reasons!.includes('chief')) expect(m.vote).toBe(m.reasons!.includes('sponsor-side') ? 'for' : 'against');
      }
    }
    expect(votes.some((v) => v.members.some((m) => m.reasons!.includes('waver')))).toBe(true);
  });
});

describe('a ledger is a record, not a cause', () => {
  it('plays the same game with and without the ledger', () => {
    const tally = (vs: VoteRecord[]) => vs.map((v) => `${v.id} ${v.held} ${v.for}-${v.against}-${v.abstain}`);
    for (let i = 0; i < 60; i++) {
      const a = games[i];
      const b = game(i, false);
      expect(tally(b.votes)).toEqual(tally(a.votes));
      expect(b.ending).toEqual(a.ending);
      expect(b.rng).toBe(a.rng);
    }
  });
});
