// The class at a glance: each code verified against the assignment, the same student twice flagged and counted
// once, the endings beside the Lab's expectation, the share of the class behind each decision, the pooled
// turning points, and the CSV export (RFC 4180).
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers';
import { buildClassView, classCsv, csvField, keyDecisionsOf, labExpectation, sameNameKey, type ClassView } from '../../src/kit/classview';
import { assignment, pickerFor, playedCode } from './helpers';

const a = assignment({ questions: ['Why did Trotsky lose the Red Army?', 'Which choice mattered most?'] });
const names = ['Anna Smith', 'Ben "Red" Jones, Jr', '=HYPERLINK("x")', 'Chloé Martin'];
const games = names.map((name, i) => playedCode(a, `s${i}`, pickerFor(i), name, [`Answer of ${name}`, i === 1 ? 'two\nlines' : '']));
const again = playedCode(a, 's9', pickerFor(9), '  anna   SMITH ', ['Second try', '']);
const edited = games[3].code.slice(0, 20) + (games[3].code[20] === 'A' ? 'B' : 'A') + games[3].code.slice(21);
const codes = [games[0].code, games[1].code, games[2].code, edited, again.code, 'not-a-code'];

function view(): ClassView {
  const v = buildClassView(catalog, a, codes, { lab: labExpectation(catalog, a, 20) });
  if (!v.ok) throw new Error(v.reason);
  return v.value;
}
const cv = view();

/** A minimal RFC 4180 reader, to check the export as a spreadsheet would read it. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the class view', () => {
  it('verifies each code, flags the edited one and the stray word with reasons, and the same student twice', () => {
    expect(cv.rows.map((r) => r.verification.valid)).toEqual([true, true, true, false, true, false]);
    expect(cv.verified).toBe(4);
    expect(cv.rejected).toBe(2);
    const bad = cv.rows[3].verification;
    expect(!bad.valid && bad.reason).toMatch(/checksum/);
    expect(cv.duplicates).toEqual([{ name: 'Anna Smith', rows: [0, 4] }]);
    expect(cv.rows.map((r) => r.counted)).toEqual([true, true, true, false, false, false]);
    expect(sameNameKey(' Chloé  MARTIN')).toBe(sameNameKey('chloe martin'));
  });

  it('counts the endings of the counted games, beside the Lab’s expectation', () => {
    const counted = [games[0], games[1], games[2]];
    for (const e of cv.endings) {
      expect(e.count).toBe(counted.filter((g) => g.state.ending!.id === e.id).length);
      expect(e.share).toBeCloseTo(e.count / 3, 10);
    }
    expect(cv.endings.reduce((s, e) => s + e.count, 0)).toBe(3);
    for (const k of ['historical', 'shrewd'] as const) expect(cv.endings.reduce((s, e) => s + e.lab![k], 0)).toBeCloseTo(1, 10);
  });

  it('gives the share of the class behind each decision against what really happened', () => {
    const counted = [games[0], games[1], games[2]];
    expect(cv.decisions.length).toBeGreaterThan(0);
    for (const d of cv.decisions) {
      const taken = counted.flatMap((g) => g.state.choices.filter((c) => c.by === 'player' && c.decision === d.id));
      expect(d.faced).toBe(taken.length);
      for (const o of d.options) expect(o.count).toBe(taken.filter((c) => c.option === o.id).length);
      expect(d.historicalShare).toBeCloseTo(d.options.find((o) => o.historical)!.count / d.faced, 10);
    }
  });

  it('picks a few key decisions for the table, in calendar order', () => {
    expect(cv.keyDecisions.length).toBe(Math.min(5, cv.decisions.length));
    const order = cv.decisions.map((d) => d.id).filter((id) => cv.keyDecisions.includes(id));
    expect(cv.keyDecisions).toEqual(order);
    const split = { id: 'split', title: 'Split', date: '1924-01-01', faced: 2, historicalShare: 0.5, options: [{ id: 'a', label: 'A', historical: true, count: 1, share: 0.5 }, { id: 'b', label: 'B', historical: false, count: 1, share: 0.5 }] };
    const united = { ...split, id: 'united', historicalShare: 1, options: [{ ...split.options[0], count: 2, share: 1 }, { ...split.options[1], count: 0, share: 0 }] };
    const turning = { source: 'united:a', kind: 'decision' as const, title: 'United', when: '', students: 2, share: 1, meanDelta: 3 };
    expect(keyDecisionsOf([united, split], [], 1)).toEqual(['split']);
    expect(keyDecisionsOf([united, split], [turning], 1)).toEqual(['united']);
  });

  it('pools the turning points of the counted games, most often first', () => {
    expect(cv.turningPoints.length).toBeGreaterThan(0);
    for (const t of cv.turningPoints) {
      expect(t.students).toBeGreaterThanOrEqual(1);
      expect(t.students).toBeLessThanOrEqual(3);
    }
    const order = cv.turningPoints.map((t) => t.students);
    expect(order).toEqual([...order].sort((x, y) => y - x));
  });

  it('exports the table as CSV that reads back cell for cell', () => {
    const text = classCsv(cv);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows).toHaveLength(codes.length + 1);
    expect(rows[0].slice(0, 4)).toEqual(['Row', 'Name', 'Status', 'Ending']);
    expect(rows[0].slice(-2)).toEqual(a.questions);
    expect(rows[2][1]).toBe(names[1]);
    expect(rows[2].at(-1)).toBe('two\nlines');
    expect(rows[3][1]).toBe(`'${names[2]}`);
    expect(rows[4][2]).toMatch(/^Rejected: .*checksum/);
    expect(rows[5][2]).toMatch(/same student as row 1/);
    expect(rows[1][3]).toBe(cv.rows[0].verification.valid && cv.rows[0].verification.ending.title);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('-1')).toBe("'-1");
  });

  it('refuses an assignment whose scenario is not the one loaded', () => {
    expect(buildClassView(catalog, { ...a, hash: 'AAAAAAAA' }, codes)).toMatchObject({ ok: false, reason: expect.stringMatching(/differs/) });
  });
});
