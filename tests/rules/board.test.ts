// The board (the rules' working copy of a game) against the saved state it is made from: reading a state and
// writing it back changes nothing, key order included; what the rules change is written back in the order the
// changes happened; a copy is independent; names the campaign never mentions survive; and games played on
// boards alone (the Lab's way) end as the saved-state games do.
import { describe, expect, it } from 'vitest';
import { campaignCtx, config } from '../helpers';
import { choose, newBoard, newGame, playOut, playTurn, playTurnOnBoard, type StepNote } from '../../src/rules/game';
import { boardOf, release, writeBack } from '../../src/rules/convert';
import { FLAGS, hasFlag } from '../../src/rules/board';
import { applyEffects } from '../../src/rules/saved';
import { applyEffects as applyOnBoard } from '../../src/rules/effects';
import { cloneState, POLICIES, type GameState } from '../../src/rules/state';

const ctx = campaignCtx;
const text = (s: GameState) => JSON.stringify(s);

/** A game's state after each of its turns, for games under every pair of policies. */
function statesAlong(games: number): GameState[] {
  const out: GameState[] = [];
  for (let i = 0; i < games; i++) {
    const s = newGame(ctx, config({ seed: `board-${i}`, policies: { stalin: POLICIES[i % 3], trotsky: POLICIES[Math.floor(i / 3) % 3] } }));
    while (!s.ending) {
      playTurn(ctx, s, { detail: i % 2 === 0 });
      out.push(cloneState(s));
    }
  }
  return out;
}

describe('the board', () => {
  it('writes back exactly the state it was read from, key order included, at every turn of 60 games', () => {
    const states = statesAlong(60);
    expect(states.length).toBeGreaterThan(500);
    for (const s of states) {
      const before = text(s);
      const b = boardOf(ctx, s);
      writeBack(b, s);
      release(b);
      expect(text(s)).toBe(before);
    }
  });

  it('writes back a flag cleared and set again at the end of the flags, as the rules always have', () => {
    const s = newGame(ctx, config());
    applyEffects(ctx, s, [{ flag: 'board-test-a' }, { flag: 'board-test-b' }], 'test');
    applyEffects(ctx, s, [{ unflag: 'board-test-a' }, { flag: 'board-test-a' }], 'test');
    const keys = Object.keys(s.flags);
    expect(keys.slice(-2)).toEqual(['board-test-b', 'board-test-a']);
  });

  it('keeps flags and milestones the campaign never names, and plays on with them', () => {
    const s = newGame(ctx, config({ seed: 7 }));
    s.flags['a-switch-no-scenario-mentions'] = true;
    s.milestones['a-milestone-no-scenario-mentions'] = 0;
    const expected = playOut(ctx, cloneState(s));
    expect(FLAGS.names).toContain('a-switch-no-scenario-mentions');
    expect(expected.flags['a-switch-no-scenario-mentions']).toBe(true);
    expect(expected.milestones['a-milestone-no-scenario-mentions']).toBe(0);
    expect(expected.ending).not.toBeNull();
  });

  it('makes copies that share nothing with the board they were made from', () => {
    const b = boardOf(ctx, newGame(ctx, config({ seed: 3 })));
    const copy = b.copy();
    const prestige = b.prestige[0];
    const influences = b.influences.length;
    applyOnBoard(ctx, copy, [{ prestige: { leader: ctx.sc.campaign.leaders[0].id, delta: 5 } }, { flag: 'board-copy-test' }], 'test');
    expect(copy.prestige[0]).not.toBe(prestige);
    expect(copy.influences).toHaveLength(influences + 1);
    expect(b.prestige[0]).toBe(prestige);
    expect(b.influences).toHaveLength(influences);
    expect(hasFlag(b, FLAGS.id('board-copy-test'))).toBe(false);
    expect(hasFlag(copy, FLAGS.id('board-copy-test'))).toBe(true);
  });

  it('plays the same game with a player and an observer as with the player alone, the observer seeing each step', () => {
    for (let i = 0; i < 40; i++) {
      const cfg = config({ seed: `watched-${i}`, role: i % 2 ? 'stalin' : 'trotsky' });
      const decide = (s: GameState, d: { id: string; options: readonly { id: string }[] }) => choose(ctx, s, d.id, d.options[(s.turn + i) % d.options.length].id, 'player');
      const alone = newGame(ctx, cfg);
      while (!alone.ending) playTurn(ctx, alone, { decide });
      const watched = newGame(ctx, cfg);
      const seen: string[] = [];
      const observe = (step: StepNote, s: GameState) => {
        // The observer is shown the state as the step left it: a decision's choice is already in the log.
        if (step.kind === 'decision') expect(`${s.choices.at(-1)!.decision}:${s.choices.at(-1)!.option}`).toBe(step.source);
        seen.push(step.source);
      };
      while (!watched.ending) playTurn(ctx, watched, { decide, observe });
      expect(text(watched)).toBe(text(alone));
      expect(seen.filter((x) => x.includes(':'))).toHaveLength(watched.choices.length - alone.choices.filter((c) => c.by === 'player').length);
    }
  });

  it('ends 300 games played on boards alone exactly as the same games played on saved states', () => {
    for (let i = 0; i < 300; i++) {
      const cfg = config({ seed: i, policies: { stalin: POLICIES[i % 3], trotsky: POLICIES[(i >> 1) % 3] } });
      const b = newBoard(ctx, cfg);
      while (!b.ending) playTurnOnBoard(ctx, b);
      expect(b.ending).toEqual(playOut(ctx, newGame(ctx, cfg)).ending);
    }
  });
});
