// The game flow through the machine: saves restore exactly, replaying a log rebuilds the identical state,
// bad saves are refused with a reason, and model-based traversal (xstate/graph) shows that every decision
// option can be chosen and that no reachable state is a dead end.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createGameMachine, type FlowEvent } from '../../src/flow/machine';
import { makeSave, replay, restoreSave } from '../../src/flow/save';
import { pendingDecisions } from '../../src/rules/game';
import { catalog, campaignCtx, config, playThroughMachine, type Picker } from '../helpers';
import type { Role } from '../../src/scenario/schema';

const machine = createGameMachine(catalog);

/** Plays to the end, choosing by a rule; returns the actor's final snapshot and the config. */
function playThrough(role: Role, seed: number, pick: Picker) {
  const cfg = config({ role, seed, policies: { stalin: 'historical', trotsky: 'historical' } });
  return { actor: playThroughMachine(cfg, pick, 400), cfg };
}

describe('saves and replay', () => {
  for (const role of ['stalin', 'trotsky'] as const) {
    it(`a ${role} game restores exactly from its save, and its log replays to the identical state`, () => {
      const { actor, cfg } = playThrough(role, 5, (o, t) => t % o.length);
      const snap = actor.getSnapshot();
      expect(snap.value).toBe('ending');
      const save = makeSave(cfg, snap.context.log, actor.getPersistedSnapshot());
      const restored = restoreSave(catalog, JSON.stringify(save));
      expect(restored.ok).toBe(true);
      if (!restored.ok) return;
      const resumed = createActor(restored.machine, { snapshot: restored.snapshot, input: { config: cfg } });
      resumed.start();
      expect(JSON.stringify(resumed.getSnapshot().context)).toBe(JSON.stringify(snap.context));
      expect(JSON.stringify(replay(catalog, cfg, snap.context.log).snapshot.context.state)).toBe(JSON.stringify(snap.context.state));
    });
  }

  it('a save made mid-turn resumes in the same state and plays on identically', () => {
    const cfg = config({ role: 'trotsky', seed: 11 });
    const a = createActor(machine, { input: { config: cfg } });
    a.start();
    const script: FlowEvent[] = [{ type: 'BEGIN' }, { type: 'CONTINUE' }];
    script.forEach((e) => a.send(e));
    const mid = makeSave(cfg, a.getSnapshot().context.log, a.getPersistedSnapshot());
    const r = restoreSave(catalog, JSON.stringify(mid));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = createActor(r.machine, { snapshot: r.snapshot, input: { config: cfg } });
    b.start();
    for (const actor of [a, b]) {
      actor.send({ type: 'CONTINUE' });
      actor.send({ type: 'CONTINUE' });
    }
    expect(JSON.stringify(b.getSnapshot().context)).toBe(JSON.stringify(a.getSnapshot().context));
  });

  it('refuses corrupted, tampered and outdated saves with a reason', () => {
    const { actor, cfg } = playThrough('stalin', 2, () => 0);
    const save = makeSave(cfg, actor.getSnapshot().context.log, actor.getPersistedSnapshot());
    const text = JSON.stringify(save);
    const bad = [
      text.slice(0, text.length / 2),
      JSON.stringify({ ...save, version: 0 }),
      JSON.stringify({ ...save, config: { ...cfg, scenario: 'no-such-scenario' } }),
      JSON.stringify({ ...save, log: [...save.log, { type: 'CHOOSE', decision: 'nope', option: 'nope' }] }),
      text.replace('"prestige":', '"prestige":1'),
      JSON.stringify({ ...save, log: 'x' }),
    ];
    for (const t of bad) {
      const r = restoreSave(catalog, t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/^the saved game/);
    }
  });

  it('ignores a choice that is not open now', () => {
    const a = createActor(machine, { input: { config: config({ role: 'stalin' }) } });
    a.start();
    a.send({ type: 'BEGIN' });
    a.send({ type: 'CONTINUE' });
    const before = a.getSnapshot().context.log.length;
    a.send({ type: 'CHOOSE', decision: 'trotsky-funeral', option: 'return-for-funeral' });
    expect(a.getSnapshot().context.log.length).toBe(before);
  });
});

describe('model-based traversal with xstate/graph', () => {
  for (const role of ['stalin', 'trotsky'] as const) {
    it(`as ${role}: every option of every decision met on the way can be chosen, and nothing dead-ends`, () => {
      const events = (snap: ReturnType<typeof machine.getInitialSnapshot>): FlowEvent[] => {
        if (snap.value === 'choosing') {
          return pendingDecisions(campaignCtx, snap.context.state, role).flatMap((d) =>
            d.options.map((o) => ({ type: 'CHOOSE' as const, decision: d.id, option: o.id })),
          );
        }
        if (snap.value === 'briefing') return [{ type: 'BEGIN' }];
        if (snap.value === 'ending') return [{ type: 'DEBRIEF' }];
        if (snap.value === 'debrief') return [];
        return [{ type: 'CONTINUE' }];
      };
      // States are grouped by phase, turn, place in the agenda and the choices made this turn and the last, so the graph stays finite: every
      // option is still tried from each grouped state.
      const paths = getShortestPaths(machine, {
        input: { config: config({ role, seed: 3 }) },
        events,
        serializeState: (snap) => {
          const s = snap.context.state;
          const mine = s.choices.filter((c) => c.turn >= s.turn - 1 && c.role === role).map((c) => `${c.decision}:${c.option}`);
          return JSON.stringify([snap.value, s.turn, s.cursor, s.ending?.id ?? null, mine]);
        },
      });
      const chosen = new Set<string>();
      let endings = 0;
      for (const p of paths) {
        for (const step of p.steps) if (step.event.type === 'CHOOSE') chosen.add(`${step.event.decision}:${step.event.option}`);
        const snap = p.state;
        if (snap.value === 'ending') endings++;
        if (snap.value !== 'debrief') expect(events(snap).length, `dead end at ${String(snap.value)}`).toBeGreaterThan(0);
      }
      const offered = new Set<string>();
      for (const p of paths) {
        if (p.state.value !== 'choosing') continue;
        for (const d of pendingDecisions(campaignCtx, p.state.context.state, role)) for (const o of d.options) offered.add(`${d.id}:${o.id}`);
      }
      expect(offered.size).toBeGreaterThan(20);
      for (const o of offered) expect(chosen, o).toContain(o);
      expect(endings).toBeGreaterThan(0);
    }, 120000);
  }

});

describe('news that ends the game', () => {
  it('is shown on the desk before the ending, and a log that went straight to the debrief still replays', () => {
    const cfg = config({ scenario: 'funeral-and-testament', role: 'trotsky', seed: 'army-1' });
    const army = (options: readonly { id: string; historical: boolean }[]) => {
      const i = options.findIndex((o) => o.id === 'use-the-army');
      return i >= 0 ? i : options.findIndex((o) => o.historical);
    };
    const actor = playThroughMachine(cfg, army);
    const log = actor.getSnapshot().context.log;
    const chose = log.findIndex((e) => e.type === 'CHOOSE' && e.option === 'use-the-army');
    actor.stop();
    expect(chose).toBeGreaterThan(0);
    const atNews = replay(catalog, cfg, log.slice(0, chose + 1)).snapshot;
    expect(atNews.value).toBe('events');
    expect(atNews.context.state.ending).not.toBeNull();
    const told = atNews.context.state.events.slice(atNews.context.seen.events).map((e) => e.id);
    expect(told.some((id) => id === 'garrison-marches' || id === 'garrison-stays')).toBe(true);
    expect(replay(catalog, cfg, [...log.slice(0, chose + 1), { type: 'CONTINUE' }]).snapshot.value).toBe('ending');
    expect(replay(catalog, cfg, [...log.slice(0, chose + 1), { type: 'DEBRIEF' }]).snapshot.value).toBe('debrief');
  });
});
