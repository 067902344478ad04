// The dated turn over many games: every step the rules take is dated on or after the one before, a vote's
// causes come no later than the vote, a bloc votes only once it exists, and the events that only a dated agenda
// can reach do appear in historical play.
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/scenario/catalog';
import { newGame, playTurn } from '../../src/rules/game';
import type { GameState, PolicyId } from '../../src/rules/state';
import { catalog, config } from '../helpers';

const POLICIES: PolicyId[] = ['historical', 'shrewd', 'random'];

/** The day of the earliest record of a source (a decision or option, an event, a vote or a push it made). */
function sourceDay(s: GameState, source: string): string | undefined {
  const decision = source.split(':')[0];
  const days = [
    ...s.choices.filter((c) => c.decision === decision).map((c) => c.day),
    ...s.events.filter((e) => e.id === source).map((e) => e.day),
    ...s.votes.filter((v) => v.id === source && v.held).map((v) => v.day),
    ...s.influences.filter((i) => i.source === source).map((i) => i.day),
  ];
  return days.sort()[0];
}

/** Plays one game with full ledgers, failing at the first step dated before the one that came before it. */
function playDated(scenario: string, seed: string, stalin: PolicyId, trotsky: PolicyId): GameState {
  const ctx = contextFor(catalog, scenario);
  const s = newGame(ctx, config({ scenario, role: null, seed, policies: { stalin, trotsky } }));
  let last = '';
  const observe = (_: unknown, st: GameState) => {
    if (st.day < last) throw new Error(`${scenario} ${seed}: a step on ${st.day} after one on ${last}`);
    last = st.day;
  };
  while (!s.ending) playTurn(ctx, s, { detail: true, observe });
  return s;
}

function checkVotes(s: GameState, where: string): void {
  const enrolled = s.events.find((e) => e.id === 'lenin-enrolment')?.day;
  for (const v of s.votes.filter((x) => x.held)) {
    for (const b of v.blocs) {
      for (const m of b.movedBy) {
        const day = sourceDay(s, m.source);
        if (day !== undefined && day > v.day) throw new Error(`${where}: ${v.id} (${v.day}) moved by ${m.source} of ${day}`);
      }
      const votes = b.for + b.against + b.abstain > 0;
      if (b.id === 'lenin-enrolment' && votes && (enrolled === undefined || enrolled > v.day)) throw new Error(`${where}: the Lenin Enrolment votes in ${v.id} (${v.day}) before it exists`);
      if (b.id === 'later-recruits' && votes && v.day < '1926-01-01') throw new Error(`${where}: later recruits vote in ${v.id} (${v.day})`);
    }
  }
}

describe('the dated turn over 10,000 games', () => {
  it('never goes back in time, dates causes before their votes and lets blocs vote only once they exist', () => {
    const scenarios = catalog.scenarios.map((sc) => sc.id);
    let games = 0;
    for (let i = 0; games < 10_000; i++) {
      const scenario = scenarios[i % scenarios.length];
      const [stalin, trotsky] = [POLICIES[i % 3], POLICIES[Math.floor(i / 3) % 3]];
      const seed = `dated-${i}`;
      checkVotes(playDated(scenario, seed, stalin, trotsky), `${scenario} ${seed} ${stalin}/${trotsky}`);
      games++;
    }
    expect(games).toBe(10_000);
  }, 120_000);

  it('brings the events that fall due within a half-year in historical play', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) for (const e of playDated('campaign', `history-${i}`, 'historical', 'historical').events) seen.add(e.id);
    for (const id of ['lessons-controversy', 'zinoviev-loses-comintern', 'october-demonstrations', 'trotsky-deported', 'right-recants']) expect(seen).toContain(id);
  });
});
