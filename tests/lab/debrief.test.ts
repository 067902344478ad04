// The debrief of a finished game, played through the flow machine as Stalin and as Trotsky: it replays the
// game exactly, lists every decision the student took, measures 3–5 turning points (biggest change first,
// none of them zero), keeps the vote ledgers, judges the historians by its rules, plans both essays, and
// writes Markdown with every decision title and both questions.
import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../../src/flow/machine';
import { contextFor } from '../../src/scenario/catalog';
import type { GameConfig, GameState, PolicyId } from '../../src/rules/state';
import type { Role } from '../../src/scenario/schema';
import { buildDebrief, debriefMarkdown, mdText, pickTurningPoints, type Step } from '../../src/debrief';
import { alternateHistory, campaignCtx, catalog, playThroughMachine } from '../helpers';
import { pointsWord } from '../../src/scenario/words';

const catalogCalendar = campaignCtx.sc.calendar;
import { inputs } from './helpers';

const ESSAY_8_QUESTION = catalog.debrief!.questions.eight;
const ESSAY_22_QUESTION = catalog.debrief!.questions.twentyTwo;

interface Played {
  config: GameConfig;
  log: FlowEvent[];
  state: GameState;
}

/** Plays a game through the machine; the player alternates the historical option and the last one listed. */
function playThrough(role: Role, seed: string, scenario = 'campaign', rival: PolicyId = 'historical', stopAfter = Infinity): Played {
  const ctx = contextFor(catalog, scenario);
  const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
  policies[role === 'stalin' ? 'trotsky' : 'stalin'] = rival;
  const config: GameConfig = { scenario, role, lens: ctx.lensId, seed, policies };
  const actor = playThroughMachine(config, alternateHistory, stopAfter);
  if (actor.getSnapshot().value === 'ending') actor.send({ type: 'DEBRIEF' });
  const snap = actor.getSnapshot();
  actor.stop();
  return { config, log: snap.context.log, state: snap.context.state };
}

const games = {
  stalin: playThrough('stalin', 'debrief-stalin'),
  trotsky: playThrough('trotsky', 'debrief-trotsky', 'campaign', 'shrewd'),
};

describe('the debrief of a finished game', () => {
  for (const role of ['stalin', 'trotsky'] as const) {
    describe(`as ${role}`, () => {
      const game = games[role];
      const d = buildDebrief({ catalog, config: game.config, log: game.log, factors: inputs.factorSet });

      it('replays the game exactly, step by step', () => {
        expect(game.state.ending).not.toBeNull();
        expect(d.replayExact).toBe(true);
        expect(JSON.stringify(d.state)).toBe(JSON.stringify(game.state));
        expect(d.finished).toBe(true);
        expect(d.ending?.id).toBe(game.state.ending!.id);
      });

      it('lists every decision the student took, in order, against what really happened', () => {
        const mine = game.state.choices.filter((c) => c.by === 'player');
        expect(mine.length).toBeGreaterThan(5);
        expect(d.timeline.map((t) => `${t.turn} ${t.decision}:${t.chosen.id}`)).toEqual(mine.map((c) => `${c.turn} ${c.decision}:${c.option}`));
        const sc = contextFor(catalog, 'campaign').sc;
        for (const t of d.timeline) {
          const def = sc.decisionById[t.decision];
          expect(t.title).toBe(def.title);
          expect(t.historical.id).toBe(def.options.find((o) => o.historical)!.id);
          expect(t.matched).toBe(t.chosen.id === t.historical.id);
          expect(t.note.date).toBe(def.note.date);
          expect(t.note.sources.length).toBeGreaterThan(0);
        }
        expect(d.rivalMoves.every((t) => t.role !== role)).toBe(true);
      });

      it('gives 3 to 5 turning points measured by the model, biggest change first, none of them zero', () => {
        const tp = d.turningPoints;
        expect(tp.length).toBeGreaterThanOrEqual(3);
        expect(tp.length).toBeLessThanOrEqual(5);
        for (let i = 1; i < tp.length; i++) expect(Math.abs(tp[i - 1].delta)).toBeGreaterThanOrEqual(Math.abs(tp[i].delta));
        for (const p of tp) {
          expect(Math.abs(p.delta)).toBeGreaterThan(0);
          expect(p.title.length).toBeGreaterThan(3);
          // The change is the step's own change to the student's camp.
          expect(p.delta).toBe(d.steps[p.step].delta[role]);
        }
        // No step that is not a turning point moved the position more than the smallest one that is.
        const smallest = Math.abs(tp[tp.length - 1].delta);
        const chosen = new Set(tp.map((p) => p.step));
        expect(d.steps.filter((s) => !chosen.has(s.index) && Math.abs(s.delta[role]) > smallest)).toEqual([]);
        // The steps' changes add up to the whole movement of the position.
        const sum = d.steps.reduce((a, s) => a + s.delta[role], 0);
        expect(d.trajectory[0].position + sum).toBeCloseTo(d.steps[d.steps.length - 1].after[role], 9);
      });

      it('keeps the ledger of every vote held, with its tally and blocs', () => {
        const held = game.state.votes.filter((v) => v.held);
        const ledgers = d.votes.filter((v) => v.held);
        expect(ledgers.map((v) => `${v.id} ${v.for}-${v.against}-${v.abstain}`)).toEqual(held.map((v) => `${v.id} ${v.for}-${v.against}-${v.abstain}`));
        expect(ledgers.some((v) => v.blocs.length > 0 && v.blocs.some((b) => b.movedBy.length > 0))).toBe(true);
      });

      it('judges every lens by its documented rules and plans both essays with evidence from the game', () => {
        expect(d.historians.flatMap((h) => h.findings).length).toBeGreaterThan(0);
        expect(d.essays.map((e) => [e.marks, e.question])).toEqual([
          [8, ESSAY_8_QUESTION],
          [22, ESSAY_22_QUESTION],
        ]);
        for (const e of d.essays) {
          expect(e.paragraphs.length).toBeGreaterThanOrEqual(3);
          for (const p of e.paragraphs) {
            expect(p.counter.length).toBeGreaterThan(20);
            expect(p.judgement.length).toBeGreaterThan(20);
          }
          expect(e.paragraphs.some((p) => p.evidence.some((x) => /–/.test(x) && /\d/.test(x)))).toBe(true);
          // Every pattern was filled: no placeholder or optional part is left in what the student reads.
          const texts = [e.guidance, e.introduction ?? '', e.conclusion, ...e.paragraphs.flatMap((p) => [p.factor, p.point, p.counter, p.judgement, ...p.evidence])];
          for (const x of texts) expect(x).not.toMatch(/[{}]|\[|\]/);
          // The conclusion gives this game's measured changes to Stalin's position.
          for (const v of Object.values(d.figures.byCause)) expect(e.conclusion).toContain(pointsWord(v));
        }
        for (const h of d.historians) for (const f of h.findings) expect(`${f.ruleText} ${f.evidence}`).not.toMatch(/[{}]|\[|\]/);
      });

      it('writes Markdown with every decision title and both essay questions', () => {
        const md = debriefMarkdown(d);
        for (const t of d.timeline) expect(md).toContain(t.title);
        expect(md).toContain(ESSAY_8_QUESTION);
        expect(md).toContain(ESSAY_22_QUESTION);
        expect(md).toMatch(/^# After Lenin — debrief/);
        expect(md).toContain('## Turning points');
        expect(md).toContain('## Vote ledgers');
      });
    });
  }

  it('works for a lesson, whose earlier turns are replayed as history', () => {
    const game = playThrough('trotsky', 'debrief-lesson', 'funeral-and-testament');
    const d = buildDebrief({ catalog, config: game.config, log: game.log });
    expect(d.replayExact).toBe(true);
    expect(JSON.stringify(d.state)).toBe(JSON.stringify(game.state));
    expect(d.timeline.map((t) => t.decision)).toEqual(game.state.choices.filter((c) => c.by === 'player').map((c) => c.decision));
    expect(d.votes.every((v) => v.turn >= 2)).toBe(true);
    const lesson = catalog.lessons.find((l) => l.id === 'funeral-and-testament')!;
    expect(d.questions).toEqual(lesson.questions);
    const md = debriefMarkdown(d);
    for (const q of lesson.questions) expect(md).toContain(q);
  });

  it('debriefs a game in progress as far as it has gone', () => {
    const game = playThrough('stalin', 'debrief-partial', 'campaign', 'historical', 12);
    const d = buildDebrief({ catalog, config: game.config, log: game.log });
    expect(d.finished).toBe(false);
    expect(JSON.stringify(d.state)).toBe(JSON.stringify(game.state));
    expect(d.timeline.length).toBe(game.state.choices.filter((c) => c.by === 'player').length);
  });

  it('refuses a log that the game would not accept, saying which event', () => {
    const { config } = games.stalin;
    expect(() => buildDebrief({ catalog, config, log: [{ type: 'BEGIN' }, { type: 'DEBRIEF' }] })).toThrow(/event 2 \(DEBRIEF\)/);
  });
});

describe('turning points from steps', () => {
  const step = (index: number, delta: number): Step => ({
    index,
    turn: 0,
    kind: 'event',
    source: `e${index}`,
    title: `Event ${index}`,
    actor: 'Events',
    detail: '',
    influences: [],
    effects: [],
    after: { stalin: 50 + delta, trotsky: 50, zinoviev: 50, bukharin: 50 },
    delta: { stalin: delta, trotsky: 0, zinoviev: 0, bukharin: 0 },
  });

  it('keeps the big changes, at least three and at most five, biggest first', () => {
    const steps = [1, -30, 0, 2, 25, 0.5, -12, 8, 7, 6].map((d, i) => step(i, d));
    expect(pickTurningPoints(steps, 'stalin', catalogCalendar).map((p) => p.delta)).toEqual([-30, 25, -12, 8, 7]);
    expect(pickTurningPoints([step(0, 40), step(1, 0.2), step(2, -0.1), step(3, 0)], 'stalin', catalogCalendar).map((p) => p.delta)).toEqual([40, 0.2, -0.1]);
    expect(pickTurningPoints([step(0, 0), step(1, 3)], 'stalin', catalogCalendar).map((p) => p.delta)).toEqual([3]);
    expect(pickTurningPoints([step(0, 5)], 'trotsky', catalogCalendar)).toEqual([]);
  });
});

describe('markdown text', () => {
  it('escapes what would be read as markup', () => {
    expect(mdText('a | b *c* _d_ [e](f) <g> `h` #i')).toBe('a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\` \\#i');
  });
});
