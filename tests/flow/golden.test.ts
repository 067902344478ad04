// Golden playthroughs: one seeded game for each role, played through the machine with a fixed rule for the
// player's choices, summarised and compared with a stored file. They exist to catch any change in the
// rules or the data that alters a game silently. If a change is intended, regenerate the files with
//   UPDATE_GOLDEN=1 npx vitest run tests/flow/golden.test.ts
// and read the diff of tests/golden/*.json before committing it. A missing file fails the test: it is written
// only when asked.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { turnLabel } from '../../src/scenario/turns';
import type { Role } from '../../src/scenario/schema';
import { alternateHistory, campaignCtx, config, playThroughMachine } from '../helpers';

const DIR = join(__dirname, '..', 'golden');
const cal = campaignCtx.sc.calendar;

function playGolden(role: Role) {
  const cfg = config({ role, seed: `golden-${role}`, policies: { stalin: 'shrewd', trotsky: 'shrewd' } });
  const actor = playThroughMachine(cfg, alternateHistory);
  expect(actor.getSnapshot().value).toBe('ending');
  const s = actor.getSnapshot().context.state;
  return {
    _about: 'Golden playthrough; see tests/flow/golden.test.ts for why it exists and how to regenerate it.',
    role,
    ending: s.ending,
    choices: s.choices.map((c) => `${turnLabel(cal, c.turn)} ${c.role} ${c.decision}:${c.option} (${c.by})`),
    votes: s.votes.map((v) => `${turnLabel(cal, v.turn)} ${v.id}: ${v.held ? `${v.passed ? 'passed' : 'failed'} ${v.for}-${v.against}-${v.abstain}` : 'not held'}`),
    milestones: Object.fromEntries(Object.entries(s.milestones).map(([k, t]) => [k, turnLabel(cal, t)])),
    politburo: Object.entries(s.leaders).filter(([, l]) => l.politburo === 'full').map(([id]) => id),
    generalSecretary: s.posts['general-secretary'],
    secretaries: s.secretaries.join(' '),
    rng: s.rng,
  };
}

describe('golden playthroughs', () => {
  for (const role of ['stalin', 'trotsky'] as const) {
    it(`as ${role}`, () => {
      const got = playGolden(role);
      const file = join(DIR, `${role}.json`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
      expect(existsSync(file), `${file} is missing: regenerate it as the header says`).toBe(true);
      expect(got).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
