// Reachability by search: every option of every decision is taken in some game, every ending of the campaign
// and the lessons happens in some game, and every scheduled vote goes the other way under some line of play.
// The searches play seeded games with a player whose choices are drawn at random, so nothing is hand-picked.
import { describe, expect, it } from 'vitest';
import { contextFor } from '../../src/scenario/catalog';
import { choose, newGame, pendingDecisions, playTurn } from '../../src/rules/game';
import { draw } from '../../src/rules/rng';
import type { Ctx } from '../../src/scenario/playable';
import type { GameState, PolicyId } from '../../src/rules/state';
import type { Role } from '../../src/scenario/schema';
import { catalog, config } from '../helpers';

/** A game in which the player's side picks options at random (seeded) and the rival follows its policy. */
/** The scenario's counterfactual switches (flags it reads at the start); every fourth game sets some. */
const SWITCHES = ['no-lenin-enrolment', 'lenin-lives-1925', 'testament-published-1924'];

function playAs(ctx: Ctx, role: Role | null, seed: string, rival: PolicyId, lens: string, policies: Record<Role, PolicyId>): GameState {
  const n = Number(seed.split(':')[1]);
  const switches = n % 4 === 3 ? SWITCHES.filter((_, k) => ((n >> 2) >> k) & 1) : [];
  const s = newGame(ctx, config({ scenario: ctx.sc.id, lens, role, seed, switches, policies: role ? { stalin: rival, trotsky: rival } : policies }));
  const decide = (g: GameState): void => {
    if (!role) return;
    for (let d = pendingDecisions(ctx, g, role)[0]; d && !g.ending; d = pendingDecisions(ctx, g, role)[0]) {
      choose(ctx, g, d.id, d.options[Math.floor(draw(g) * d.options.length)].id, 'player');
    }
  };
  while (!s.ending) playTurn(ctx, s, { decide });
  return s;
}

/** Games across every lens: the player (if any) picks at random, the other side by each policy in turn. */
function* games(scenario: string, n: number, roles: readonly (Role | null)[]): Generator<GameState> {
  const pairs = [['random', 'random'], ['historical', 'shrewd'], ['random', 'shrewd'], ['shrewd', 'random']] as const;
  for (const lens of catalog.lenses) {
    const ctx = contextFor(catalog, scenario, lens.id);
    for (let i = 0; i < n; i++) {
      const role = roles[i % roles.length];
      const [stalin, trotsky] = pairs[i % pairs.length];
      yield playAs(ctx, role, `reach:${i}`, role === 'stalin' ? trotsky : stalin, lens.id, { stalin, trotsky });
    }
  }
}

describe('reachability', () => {
  const ctx = contextFor(catalog, 'campaign');
  const options = new Set<string>();
  const endings = new Set<string>();
  const outcomes = new Map<string, Set<boolean>>();
  for (const s of games('campaign', 3000, [null, null, null, 'stalin', 'trotsky'])) {
    for (const c of s.choices) options.add(`${c.decision}:${c.option}`);
    endings.add(s.ending!.id);
    for (const v of s.votes) if (v.held) (outcomes.get(v.id) ?? outcomes.set(v.id, new Set()).get(v.id)!).add(v.passed);
  }

  it('every option of every decision is taken in some game', () => {
    for (const d of ctx.sc.campaign.decisions) for (const o of d.options) expect(options, `${d.id}:${o.id}`).toContain(`${d.id}:${o.id}`);
  });

  it('every campaign ending happens in some game', () => {
    for (const e of ctx.sc.endings) expect(endings, e.id).toContain(e.id);
  });

  it('every scheduled vote both passes and fails in some line of play', () => {
    for (const v of ctx.sc.campaign.votes) expect([...(outcomes.get(v.id) ?? [])].sort(), v.id).toEqual([false, true]);
  });

  it('every lesson ending happens in some game', () => {
    for (const lesson of catalog.lessons) {
      const seen = new Set<string>();
      for (const s of games(lesson.id, 1500, [null, null, 'stalin', 'trotsky'])) seen.add(s.ending!.id);
      for (const e of lesson.endings) expect(seen, `${lesson.id}: ${e.id}`).toContain(e.id);
    }
  }, 120000);
});
