// Many games at once: plays a scenario headlessly with both sides under policies and summarises who won,
// which ending came, and when the milestones fell (median half-year). Used by the sim CLI and the tests.
import type { Ctx } from '../scenario/playable';
import type { PolicyId } from '../rules/state';
import { newGame, playOut } from '../rules/game';
import { turnLabel } from '../scenario/turns';

export const REQUIRED_MILESTONES = [
  'trotsky-loses-war-commissariat',
  'zinoviev-out-of-politburo',
  'trotsky-out-of-politburo',
  'trotsky-expelled',
  'bukharin-out-of-politburo',
] as const;

export interface SimOptions {
  runs: number;
  seed: string | number;
  policies: { stalin: PolicyId; trotsky: PolicyId };
  forced?: Record<string, string>;
  switches?: string[];
}

export interface SimSummary {
  scenario: string;
  lens: string;
  runs: number;
  seed: string | number;
  policies: { stalin: PolicyId; trotsky: PolicyId };
  outcomes: Record<string, number>;
  leaders: Record<string, number>;
  milestones: Record<string, string | null>;
  votes: Record<string, { held: number; passed: number; meanForShare: number | null }>;
}

export function gameSeed(seed: string | number, i: number): string {
  return `${seed}:${i}`;
}

export function simulate(ctx: Ctx, opts: SimOptions): SimSummary {
  const outcomes: Record<string, number> = {};
  const leaders: Record<string, number> = {};
  const ids = new Set<string>([...REQUIRED_MILESTONES, ...ctx.sc.campaign.milestones.map((m) => m.id)]);
  const turns: Record<string, number[]> = {};
  for (const id of ids) turns[id] = [];
  const votes: Record<string, { held: number; passed: number; shares: number[] }> = {};
  for (const v of ctx.sc.campaign.votes) votes[v.id] = { held: 0, passed: 0, shares: [] };
  for (let i = 0; i < opts.runs; i++) {
    const s = playOut(
      ctx,
      newGame(ctx, {
        scenario: ctx.sc.id,
        role: null,
        lens: ctx.lensId,
        seed: gameSeed(opts.seed, i),
        policies: opts.policies,
        forced: opts.forced,
        switches: opts.switches,
      }),
    );
    const ending = s.ending!;
    outcomes[ending.id] = (outcomes[ending.id] ?? 0) + 1;
    leaders[ending.winner] = (leaders[ending.winner] ?? 0) + 1;
    for (const id of ids) turns[id].push(s.milestones[id] ?? Infinity);
    for (const r of s.votes) {
      if (!r.held || r.turn < ctx.sc.start) continue;
      const v = votes[r.id];
      v.held++;
      if (r.passed) v.passed++;
      if (r.for + r.against > 0) v.shares.push(r.for / (r.for + r.against));
    }
  }
  const milestones: Record<string, string | null> = {};
  for (const id of ids) {
    const sorted = turns[id].sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    milestones[id] = Number.isFinite(median) ? turnLabel(ctx.sc.calendar, median) : null;
  }
  const voteSummary: SimSummary['votes'] = {};
  for (const [id, v] of Object.entries(votes)) {
    voteSummary[id] = {
      held: v.held,
      passed: v.passed,
      meanForShare: v.shares.length ? Math.round((v.shares.reduce((a, b) => a + b, 0) / v.shares.length) * 1000) / 1000 : null,
    };
  }
  return { scenario: ctx.sc.id, lens: ctx.lensId, runs: opts.runs, seed: opts.seed, policies: opts.policies, outcomes, leaders, milestones, votes: voteSummary };
}
