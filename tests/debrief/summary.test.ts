// The summary, the appendix and the Markdown export carry the same figures: the debrief computes them once
// (src/debrief/figures.ts), and every place that prints them must print the same numbers.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createGameMachine, type FlowEvent } from '../../src/flow/machine';
import { pendingDecisions } from '../../src/rules/game';
import { contextFor } from '../../src/scenario/catalog';
import type { GameConfig, PolicyId } from '../../src/rules/state';
import type { Role } from '../../src/scenario/schema';
import { buildDebrief, CAUSES, debriefMarkdown, figuresOf, mdText, mistakesPercent, type Debrief } from '../../src/debrief';
import { pointsWord } from '../../src/scenario/words';
import { catalog } from '../helpers';

const GAMES = 50;

/** Plays game `n` of a scenario through the flow machine, the student picking options by a fixed pattern. */
function play(scenario: string, n: number): { config: GameConfig; log: FlowEvent[] } {
  const ctx = contextFor(catalog, scenario);
  const role: Role = n % 2 === 0 ? 'stalin' : 'trotsky';
  const rival: PolicyId = n % 3 === 0 ? 'shrewd' : 'historical';
  const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
  policies[role === 'stalin' ? 'trotsky' : 'stalin'] = rival;
  const config: GameConfig = { scenario, role, lens: ctx.lensId, seed: `summary-${n}`, policies };
  const actor = createActor(createGameMachine(catalog), { input: { config } });
  actor.start();
  actor.send({ type: 'BEGIN' });
  let k = n;
  while (actor.getSnapshot().value !== 'ending') {
    const snap = actor.getSnapshot();
    if (snap.value === 'choosing') {
      const d = pendingDecisions(ctx, snap.context.state, role)[0];
      k = (k * 7 + 3) % 101;
      actor.send({ type: 'CHOOSE', decision: d.id, option: d.options[k % d.options.length].id });
    } else actor.send({ type: 'CONTINUE' });
  }
  const log = actor.getSnapshot().context.log;
  actor.stop();
  return { config, log };
}

/** The figures as the summary, the appendix and the Markdown must all print them. */
function expectSameFigures(d: Debrief): void {
  const f = figuresOf(d.steps);
  expect(d.figures).toEqual(f);
  const changes = CAUSES.map((k) => pointsWord(f.byCause[k]));
  // The summary: every cause's change and the one number, in its sentence.
  expect(d.summary.causes.map((c) => c.change).sort()).toEqual([...changes].sort());
  for (const c of changes) expect(d.summary.mistakesExplained).toContain(c);
  expect(d.summary.mistakes).toBe(mistakesPercent(f));
  expect(d.summary.mistakesExplained).toContain(f.mistakes > 0 ? `about ${d.summary.mistakes}` : '(0%)');
  // The appendix: the essays' conclusions give the same changes, and every cause total a historian cites
  // is one of them.
  for (const e of d.essays) for (const c of changes) expect(e.conclusion).toContain(c);
  for (const h of d.historians) {
    for (const x of h.findings) {
      const cited = x.evidence.match(/[+−]\d+\.\d points? of 100/g) ?? [];
      for (const c of cited) expect(changes).toContain(c.replace(' of 100', ''));
    }
  }
  // The Markdown: the summary first with the same sentence, then the appendix's table of the same figures.
  const md = debriefMarkdown(d, { name: 'A. Student', group: '12B', date: '1 December' });
  const appendix = md.indexOf('# Appendix');
  expect(appendix).toBeGreaterThan(0);
  const [summary, rest] = [md.slice(0, appendix), md.slice(appendix)];
  expect(summary).toContain(mdText(d.summary.mistakesExplained));
  expect(summary).toContain('A. Student');
  for (const c of d.summary.causes) expect(rest.toLowerCase()).toContain(`| ${mdText(c.cause)} | ${c.change} |`.toLowerCase());
  expect(rest).toContain(`about ${d.summary.mistakes}`);
}

describe('the summary, the appendix and the Markdown carry the same figures', () => {
  for (const sc of catalog.scenarios) {
    it(`for ${GAMES} games of ${sc.id}`, () => {
      const shares = new Set<string>();
      for (let n = 0; n < GAMES; n++) {
        const { config, log } = play(sc.id, n);
        const d = buildDebrief({ catalog, config, log });
        expectSameFigures(d);
        shares.add(d.summary.mistakes);
      }
      // The games differ, and so does the number: the test compares real figures, not a constant.
      expect(shares.size).toBeGreaterThan(3);
    }, 120_000);
  }

  it('gives at most three turning points, questions to answer and the 22-mark outline', () => {
    const { config, log } = play('campaign', 0);
    const d = buildDebrief({ catalog, config, log });
    expect(d.summary.turningPoints.length).toBeLessThanOrEqual(3);
    expect(d.summary.questions.length).toBeGreaterThan(0);
    expect(d.summary.essay.outline).toEqual(d.essays.find((e) => e.marks === 22)!.paragraphs.map((p) => p.factor));
  });
});
