// The model block of the campaign is checked like the rest of a scenario file: a wrong number gets one line
// naming the file, the field and what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadCampaign } from '../../src/scenario/loader';

const text = readFileSync(join(__dirname, '..', '..', 'scenarios', 'campaign.yaml'), 'utf8');

function problemsAfter(from: string, to: string): string[] {
  expect(text).toContain(from);
  const r = loadCampaign('bad.yaml', text.replace(from, to));
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('the model block of the campaign', () => {
  it('loads as it is', () => {
    expect(loadCampaign('campaign.yaml', text).ok).toBe(true);
  });

  it('names a number out of its range', () => {
    expect(problemsAfter('    secretaryLoyalty: 0.95', '    secretaryLoyalty: 1.95')).toEqual([
      'bad.yaml: model.support.secretaryLoyalty: must be at most 1, not 1.95',
    ]);
  });

  it('names an unknown key and a missing one', () => {
    expect(problemsAfter('    censureStigma: 8', '    censureStigmas: 8')).toEqual([
      'bad.yaml: model.votes.censureStigma: is missing: it must be a number',
      'bad.yaml: model.votes: unknown field "censureStigmas"',
    ]);
  });

  it('names a lower bound that is not below its upper bound', () => {
    expect(problemsAfter('    apparatusShareMax: 0.88', '    apparatusShareMax: 0.3')).toEqual([
      'bad.yaml: model.support.apparatusShareMax: must be greater than "apparatusShareMin"',
    ]);
    expect(problemsAfter('    chanceCeiling: 0.98', '    chanceCeiling: 0.01')).toEqual([
      'bad.yaml: model.gambles.chanceCeiling: must be greater than "chanceFloor"',
    ]);
  });

  it('names a number given as text', () => {
    expect(problemsAfter('    enrolmentScale: 240000', '    enrolmentScale: many')).toEqual([
      'bad.yaml: model.membership.enrolmentScale: must be a number, not "many"',
    ]);
  });
});
