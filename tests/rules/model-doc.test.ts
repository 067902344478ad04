// docs/model.md quotes the model's own numbers for teachers; every quoted number must be the one the game
// plays by. A number is quoted either in the table "The model's numbers" (first cell the key in backticks) or
// in prose, followed by a marker <!-- model: group.key -->. Percentages are shares (35% is 0.35).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'model.md'), 'utf8');
const NUMBER = /([−-]?\d[\d,]*(?:\.\d+)?)(\s*%)?/;

/** The first number in a piece of text, as the model stores it: "−6 points" is -6, "35%" is 0.35. */
function quotedValue(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace('−', '-').replace(/,/g, ''));
  return m[2] ? n / 100 : n;
}

/** Every (key, quoted value) pair in a Markdown text: table rows and marked numbers in prose. */
function quotedNumbers(doc: string): { key: string; value: number | null; where: string }[] {
  const out: { key: string; value: number | null; where: string }[] = [];
  for (const m of doc.matchAll(/^\| `([a-zA-Z]+\.[a-zA-Z]+)` \| ([^|]*) \|/gm)) {
    out.push({ key: m[1], value: quotedValue(m[2]), where: `table row ${m[1]}: "${m[2].trim()}"` });
  }
  for (const m of doc.matchAll(/([−-]?\d[\d,]*(?:\.\d+)?%?)<!-- model: ([a-zA-Z]+\.[a-zA-Z]+) -->/g)) {
    out.push({ key: m[2], value: quotedValue(m[1]), where: `prose "${m[1]}" marked ${m[2]}` });
  }
  return out;
}

function modelKeys(model: Record<string, Record<string, number>>): Map<string, number> {
  const keys = new Map<string, number>();
  for (const [group, numbers] of Object.entries(model)) for (const [k, v] of Object.entries(numbers)) keys.set(`${group}.${k}`, v);
  return keys;
}

const model = modelKeys(catalog.campaigns[0].model);

describe('docs/model.md quotes the model block of the campaign', () => {
  it('quotes every number of the model at least once', () => {
    const quoted = new Set(quotedNumbers(DOC).map((q) => q.key));
    expect([...model.keys()].filter((k) => !quoted.has(k))).toEqual([]);
  });

  it('quotes each number with the value the game plays by', () => {
    const quotes = quotedNumbers(DOC);
    expect(quotes.length).toBeGreaterThanOrEqual(model.size);
    for (const q of quotes) {
      expect(model.has(q.key), `${q.where} names no number of the model`).toBe(true);
      expect(q.value, q.where).not.toBeNull();
      expect(Math.abs(q.value! - model.get(q.key)!), `${q.where} differs from the YAML value ${model.get(q.key)}`).toBeLessThan(1e-12);
    }
  });

  it('notices a number changed on either side', () => {
    const changedDoc = DOC.replace('| `votes.censureStigma` | 8 points', '| `votes.censureStigma` | 9 points');
    const bad = quotedNumbers(changedDoc).find((q) => q.key === 'votes.censureStigma')!;
    expect(bad.value).not.toBe(model.get('votes.censureStigma'));
    const prose = quotedNumbers(DOC.replace('25%<!-- model: apparatus.consentOutvoted -->', '30%<!-- model: apparatus.consentOutvoted -->'));
    expect(prose.filter((q) => q.key === 'apparatus.consentOutvoted').map((q) => q.value)).toContain(0.3);
    expect(quotedValue('−6 points')).toBe(-6);
    expect(quotedValue('240,000 recruits')).toBe(240000);
    expect(quotedValue('88% of the delegates')).toBe(0.88);
  });
});
