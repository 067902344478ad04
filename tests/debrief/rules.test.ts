// The historians' rules of scenarios/debrief.yaml, one by one, on hand-made facts: each applies on the right
// side of its threshold with the evidence text filled from the facts, and not on the other side. The text
// patterns fill their placeholders, drop empty optional parts, and name the place of a missing placeholder.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/scenario/catalogFiles';
import { loadDebriefContent } from '../../src/scenario/readers';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { applyRule, figuresFrom, historianRules, ruleText, type Facts, type LedgerLine, type TimelineEntry, type VoteLedger } from '../../src/debrief';
import { judgeHistorians } from '../../src/debrief/historians';
import { fill } from '../../src/debrief/template';
import type { Camp } from '../../src/scenario/schema';
import { catalog, campaignCtx } from '../helpers';

const content = catalog.debrief!;
const rule = (id: string) => {
  const r = content.historians.find((x) => x.id === id);
  if (!r) throw new Error(`no rule "${id}" in scenarios/debrief.yaml`);
  return r;
};

function vote(over: Partial<VoteLedger> = {}): VoteLedger {
  return {
    id: 'v',
    turn: 4,
    when: '1925 January–June',
    date: '5 May 1925',
    title: 'A test vote',
    body: 'congress',
    bodyName: 'Party Congress',
    motion: 'A motion',
    held: true,
    passed: true,
    for: 300,
    against: 200,
    abstain: 0,
    threshold: 0.5,
    lineWith: 'sponsor',
    margin: 10,
    sponsors: "Stalin's camp",
    sponsorCamps: ['stalin'],
    target: 'Trotsky',
    targetCamp: 'trotsky',
    blocs: [],
    members: [],
    historical: { passed: true, summary: 'Carried.' },
    delta: 0,
    tags: [],
    ...over,
  };
}

function enrolment(forVotes: number, against: number): LedgerLine {
  return { bloc: 'lenin-enrolment', name: 'Lenin Enrolment', seats: forVotes + against, for: forVotes, against, abstain: 0, movedBy: [] };
}

function choice(title: string, matched: boolean, stalinDelta = 0): TimelineEntry {
  return {
    turn: 2,
    when: '1924 January–June',
    decision: title.toLowerCase(),
    title,
    role: 'trotsky',
    by: 'player',
    chosen: { id: 'a', label: `${title} option` },
    historical: { id: matched ? 'a' : 'b', label: 'History' },
    matched,
    note: { text: '', date: '', sources: [] },
    delta: 0,
    stalinDelta,
    factor: undefined,
  };
}

const ENDING = { id: 'e', title: 'The end', summary: '', turn: 13, when: '1929 July–December', winnerName: 'Stalin', playerWon: false };

/** Facts of a game that ended with `winner` winning; everything else neutral unless overridden. */
function facts(winner: Camp | null, over: Partial<Facts> = {}, d: Partial<Facts['d']> = {}): Facts {
  return {
    content,
    sc: campaignCtx.sc,
    d: {
      role: 'trotsky',
      ending: winner ? { ...ENDING, winner, winnerName: winner === 'stalin' ? 'Stalin' : 'Someone else' } : null,
      timeline: [],
      rivalMoves: [],
      votes: [],
      figures: figuresFrom({ appointments: 20, stalinDecisions: 20, trotskyDecisions: 20, events: 20, votes: 20 }),
      steps: [],
      ...d,
    },
    state: { secretaries: ['stalin', 'stalin', 'line'] } as Facts['state'],
    stalinWon: winner === 'stalin',
    corrected: [],
    trotskyPlayer: 'you',
    closeVotes: [],
    heldVotes: [],
    ...over,
  };
}

const two = [choice('Funeral', false), choice('Testament', false)];
/** The game's figures (as the debrief's `d.figures`) from the net change of each cause, in points. */
const byCause = (appointments: number, stalinDecisions: number, trotskyDecisions: number) => ({
  figures: figuresFrom({ appointments, stalinDecisions, trotskyDecisions, events: 0, votes: 0 }),
});
const shares = (top: number) => ({
  figures: figuresFrom({ appointments: 100 * top, stalinDecisions: (100 * (1 - top)) / 4, trotskyDecisions: (100 * (1 - top)) / 4, events: (100 * (1 - top)) / 4, votes: (100 * (1 - top)) / 4 }),
});

/** For each rule: facts where it applies (with its evidence), and facts just across its threshold. */
const CASES: Record<string, { verdict: 'supports' | 'challenges'; applies: Facts; evidence: string; not: Facts[] }> = {
  'corrected-yet-lost': {
    verdict: 'supports',
    applies: facts('stalin', { corrected: two }),
    evidence:
      'Trotsky (you) changed 2 of his historical choices — Funeral (Funeral option, 1924 January–June) and Testament (Testament option, 1924 January–June) — and the game ended: The end (1929 July–December; the winner: Stalin).',
    not: [facts('stalin', { corrected: two.slice(0, 1) }), facts('trotsky', { corrected: two })],
  },
  'corrected-yet-lost-personalities': {
    verdict: 'challenges',
    applies: facts('stalin', { corrected: two }),
    evidence: "Even without 2 of Trotsky's historical mistakes, Stalin won: The end (1929 July–December; the winner: Stalin).",
    not: [facts('stalin', { corrected: two.slice(0, 1) })],
  },
  'corrected-and-stopped-stalin': {
    verdict: 'supports',
    applies: facts('trotsky', { corrected: two }),
    evidence:
      'Trotsky (you) changed 2 of his historical choices — Funeral (Funeral option, 1924 January–June) and Testament (Testament option, 1924 January–June) — and Stalin did not win: The end (1929 July–December; the winner: Someone else).',
    not: [facts(null, { corrected: two }), facts('stalin', { corrected: two })],
  },
  'apparatus-did-not-decide': {
    verdict: 'challenges',
    applies: facts('bukharin'),
    evidence: '2 of 3 regional secretaries were loyal to Stalin at the end, yet: The end (1929 July–December; the winner: Someone else).',
    not: [facts('bukharin', { state: { secretaries: ['stalin', 'line', 'line'] } as Facts['state'] }), facts('stalin'), facts(null)],
  },
  'appointments-outweigh-decisions': {
    verdict: 'supports',
    applies: facts('stalin', {}, byCause(10, 4, -5)),
    evidence: "Appointments and recruitment moved Stalin's position by +10.0 points of 100; Stalin's decisions by +4.0 points and Trotsky's by −5.0 points.",
    not: [facts('stalin', {}, byCause(9, 4, -5))],
  },
  'decisions-outweigh-appointments': {
    verdict: 'supports',
    applies: facts('stalin', {}, byCause(9, 4, -5)),
    evidence: "Stalin's decisions moved his position by +4.0 points of 100 and Trotsky's by −5.0 points; appointments and recruitment by +9.0 points.",
    not: [facts('stalin', {}, byCause(9.1, 4, -5))],
  },
  'trotsky-gave-stalin-points': {
    verdict: 'supports',
    applies: facts('stalin', {}, { timeline: [choice('Funeral', true, 3), choice('Testament', true, 2.5), choice('Lessons', false, 9)] }),
    evidence: "Trotsky's historical choices added +5.5 points to Stalin's position, most of all Funeral (Funeral option, +3.0) and Testament (Testament option, +2.5).",
    not: [facts('stalin', {}, { timeline: [choice('Funeral', true, 3), choice('Testament', true, 1.9), choice('Lessons', false, 9)] })],
  },
  'close-vote': {
    verdict: 'supports',
    applies: facts('stalin', { closeVotes: [vote({ margin: -3.24, passed: false, for: 233, against: 267 })] }),
    evidence: 'A test vote (5 May 1925) was defeated 233–267, 3.2 points below the 50% it needed.',
    not: [facts('stalin')],
  },
  'no-close-vote': {
    verdict: 'challenges',
    applies: facts('stalin', { heldVotes: [vote({ margin: 20 }), vote({ margin: -16, passed: false, title: 'The closest' }), vote({ margin: 30 })] }),
    evidence: '3 votes were held; the closest, The closest (5 May 1925), was defeated 300–200, 16.0 points from its threshold.',
    not: [facts('stalin', { heldVotes: [vote({ margin: 20 }), vote({ margin: -14.9 }), vote({ margin: 30 })] }), facts('stalin', { heldVotes: [vote({ margin: 20 }), vote({ margin: 30 })] })],
  },
  'votes-diverge-from-history': {
    verdict: 'supports',
    applies: facts('stalin', { heldVotes: [vote(), vote({ title: 'Other way', historical: { passed: false, summary: '' } })] }),
    evidence: 'Other way (5 May 1925) was carried 300–200; in history it was defeated.',
    not: [facts('stalin', { heldVotes: [vote()] })],
  },
  'right-nep': {
    verdict: 'supports',
    applies: facts('bukharin'),
    evidence: 'The ending: The end (1929 July–December; the winner: Someone else).',
    not: [facts('stalin'), facts('zinoviev')],
  },
  'enrolment-split': {
    verdict: 'supports',
    applies: facts('stalin', { heldVotes: [vote({ blocs: [enrolment(30, 10)] })] }),
    evidence: 'A test vote (5 May 1925): Lenin Enrolment 30 for, 10 against.',
    not: [facts('stalin', { heldVotes: [vote({ blocs: [enrolment(31, 9)] })] })],
  },
  'enrolment-solid': {
    verdict: 'supports',
    applies: facts('stalin', { heldVotes: [vote({ blocs: [enrolment(90, 10)] }), vote({ sponsorCamps: ['trotsky'], blocs: [enrolment(0, 10)] })] }),
    evidence: 'A test vote (5 May 1925): Lenin Enrolment 90 for, 10 against.',
    not: [facts('stalin', { heldVotes: [vote({ blocs: [enrolment(89, 11)] })] }), facts('stalin', { heldVotes: [vote({ sponsorCamps: ['zinoviev'], blocs: [enrolment(90, 10)] })] })],
  },
  'many-causes': {
    verdict: 'supports',
    applies: facts('stalin', {}, shares(0.49)),
    evidence:
      "The largest single cause, the Secretariat's appointments and recruitment, accounts for 49% of the movement (the Secretariat's appointments and recruitment 49%, Stalin's decisions 13%, Trotsky's decisions 13%, events 13%, the votes 13%).",
    not: [facts('stalin', {}, shares(0.5))],
  },
  'one-cause': {
    verdict: 'challenges',
    applies: facts('stalin', {}, shares(0.71)),
    evidence:
      "The Secretariat's appointments and recruitment account for 71% of the movement (the Secretariat's appointments and recruitment 71%, Stalin's decisions 7%, Trotsky's decisions 7%, events 7%, the votes 7%).",
    not: [facts('stalin', {}, shares(0.7))],
  },
};

describe("the historians' rules", () => {
  it('has a case here for every rule in the file, and a rule in the file for every case', () => {
    expect(Object.keys(CASES).sort()).toEqual(content.historians.map((r) => r.id).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: ${c.verdict} when its test holds, with the evidence filled from the game`, () => {
      const r = rule(id);
      expect(r.verdict).toBe(c.verdict);
      expect(applyRule(r, c.applies)).toBe(c.evidence);
      for (const [i, f] of c.not.entries()) expect(applyRule(r, f), `counter-case ${i + 1}`).toBeNull();
    });
  }

  it('shows each rule with its own numbers filled in', () => {
    const texts = Object.fromEntries(historianRules(content).map((r) => [r.id, r.rule]));
    expect(texts['corrected-yet-lost']).toContain('avoided at least 2 of his historical choices');
    expect(texts['close-vote']).toContain(`within ${content.closeVotePoints} points`);
    expect(texts['no-close-vote']).toContain('within 15 points');
    expect(texts['enrolment-solid']).toContain('at least 90% of the Lenin Enrolment');
    expect(texts['one-cause']).toContain('more than 70% of the movement');
    for (const r of content.historians) expect(ruleText(r, content)).not.toMatch(/[{}[\]]/);
  });

  it('weighs the findings of each lens into one verdict', () => {
    const f = facts('bukharin', { heldVotes: [vote({ blocs: [enrolment(30, 10)] })] }, { figures: figuresFrom({ appointments: 10, stalinDecisions: 4, trotskyDecisions: -5, events: 3, votes: 3 }) });
    const byLens = Object.fromEntries(judgeHistorians(catalog.lenses, f).map((j) => [j.lens, j]));
    // The apparatus lens: appointments outweigh decisions (supports), lost with the apparatus (challenges).
    expect(byLens.apparatus.findings.map((x) => x.rule).sort()).toEqual(['apparatus-did-not-decide', 'appointments-outweigh-decisions']);
    expect(byLens.apparatus.overall).toBe('mixed');
    expect(byLens.policy.overall).toBe('supports');
    expect(byLens.personalities.overall).toBe('none');
    expect(byLens['many-causes'].overall).toBe('supports');
  });
});

describe('text patterns', () => {
  it('fills placeholders and counts, and drops an optional part whose placeholder is empty', () => {
    expect(fill('{a} and {n|vote|votes}', { a: 'x', n: 1 }, 'here')).toBe('x and 1 vote');
    expect(fill('{n|vote|votes}[, most of all {top}].', { n: 3, top: '' }, 'here')).toBe('3 votes.');
    expect(fill('{n|vote|votes}[, most of all {top}].', { n: 3, top: 'A' }, 'here')).toBe('3 votes, most of all A.');
  });

  it('names the place of a placeholder that has no value', () => {
    expect(() => fill('{title} was {reslt}', { title: 'T', result: 'carried' }, 'historians[x].evidence')).toThrow(
      'scenarios/debrief.yaml: historians[x].evidence uses {reslt}, which is not given there (given: title, result)',
    );
    const typo = { ...rule('close-vote'), evidence: '{vots}.' };
    expect(() => applyRule(typo, CASES['close-vote'].applies)).toThrow(/historians\[close-vote\]\.evidence uses \{vots\}/);
  });
});

describe('scenarios/debrief.yaml, loaded', () => {
  const file = readScenarioFile(join(SCENARIO_DIR, 'debrief.yaml'));
  const lenses = readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml'));
  const campaign = readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml'));
  const sources = readScenarioFile(join(SCENARIO_DIR, 'sources.yaml'));

  it('is read with the catalogue', () => {
    expect(loadDebriefContent(file.name, file.text)).toEqual({ ok: true, value: content });
  });

  it('names the rule and the field of a test it does not know, or a number out of range', () => {
    const bad = loadDebriefContent(file.name, file.text.replace('test: close-votes', 'test: close-vote-ish').replace('share: 0.9,', 'share: 9,'));
    expect(bad.ok).toBe(false);
    const where = bad.ok ? [] : bad.problems.map((p) => p.path);
    expect(where).toContain('historians[7:close-vote].when.test');
    expect(where).toContain('historians[12:enrolment-solid].when.share');
  });

  it('refuses a rule for a lens that does not exist, naming it', () => {
    const text = file.text.replace('lens: policy\n', 'lens: politics\n');
    expect(() => buildCatalog([campaign], lenses, sources, { name: file.name, text })).toThrow(/historians\[10:right-nep\]\.lens: unknown lens "politics"/);
  });

  it('gives the desk and the roles from the campaign, and refuses an unknown desk leader', () => {
    expect(campaignCtx.sc.desk).toEqual(['stalin', 'trotsky', 'zinoviev', 'kamenev', 'bukharin', 'rykov', 'tomsky']);
    expect(campaignCtx.sc.roles.stalin).toMatch(/General Secretary/);
    const text = campaign.text.replace('desk: [stalin, trotsky,', 'desk: [stalin, trotski,');
    expect(() => buildCatalog([{ name: campaign.name, text }], lenses, sources)).toThrow(/desk\[1\]: unknown leader "trotski"/);
  });
});
