// Tampering: a report code that was changed in any way — one character anywhere, cut short, its choices
// swapped, its seed or scenario changed, or made for another assignment — is rejected with a reason, never
// accepted with another result. Also: decoding never throws, whatever it is given.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalog } from '../helpers';
import { buildCatalog } from '../../src/scenario/catalogFiles';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { join } from 'node:path';
import { fromBase64Url, toBase64Url } from '../../src/kit/bytes';
import { CODE_PREFIX, decodeCode, encodeCode, type ReportCode } from '../../src/kit/code';
import { verifyCode } from '../../src/kit/verify';
import { decodeAssignment } from '../../src/kit/assignment';
import { assignment, pickerFor, playedCode } from './helpers';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const lesson = assignment({ seed: 'same-dice' });
const campaign = assignment({ scenario: 'campaign', role: 'stalin', rival: 'shrewd', questions: ['Why did Stalin win, in your game?', 'Which decision mattered most?'] });
const samples = [
  { a: lesson, ...playedCode(lesson, 'x', pickerFor(3)) },
  { a: campaign, ...playedCode(campaign, '42', pickerFor(5), 'Zoë O’Brien', ['Because of the apparatus, as Carr argues.', '']) },
];

/** Verifies a code that must be rejected, and returns the reason. */
function expectRejected(text: string, a = samples[0].a): string {
  const v = verifyCode(catalog, text, a);
  if (v.valid) throw new Error(`accepted a changed code: ${text}`);
  expect(v.reason.length).toBeGreaterThan(10);
  return v.reason;
}

function decoded(code: string): ReportCode {
  const d = decodeCode(code);
  if (!d.ok) throw new Error(d.reason);
  return d.value;
}

/** The code with its content replaced by another code's, but its own checksum kept (an edit by hand). */
function withOldChecksum(original: string, edited: string): string {
  const a = fromBase64Url(original.slice(CODE_PREFIX.length))!;
  const b = fromBase64Url(edited.slice(CODE_PREFIX.length))!;
  const spliced = Uint8Array.from([...b.slice(0, b.length - 6), ...a.slice(a.length - 6)]);
  return CODE_PREFIX + toBase64Url(spliced);
}

describe('tampered report codes', () => {
  it('the untouched codes verify', () => {
    for (const s of samples) expect(verifyCode(catalog, s.code, s.a).valid).toBe(true);
  });

  it('rejects every single-character change, at every position', () => {
    let tried = 0;
    for (const s of samples) {
      for (let i = 0; i < s.code.length; i++) {
        for (const step of [1, 17, 40]) {
          const c = s.code[i];
          const pool = ALPHABET.includes(c) ? ALPHABET : `${ALPHABET}.`;
          const other = pool[(pool.indexOf(c) + step) % pool.length];
          expectRejected(s.code.slice(0, i) + other + s.code.slice(i + 1), s.a);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
  });

  it('rejects every truncation, and a code with characters added', () => {
    for (const s of samples) {
      for (let n = 0; n < s.code.length; n++) expectRejected(s.code.slice(0, n), s.a);
      expectRejected(`${s.code}A`, s.a);
      expectRejected(`${s.code}AAAA`, s.a);
    }
  });

  it('rejects swapped choices: by the checksum, and by the replay if the checksum were made again', () => {
    const s = samples[1];
    const code = decoded(s.code);
    expect(code.choices.length).toBeGreaterThan(3);
    const choices = [...code.choices];
    [choices[1], choices[3]] = [choices[3], choices[1]];
    const swapped = encodeCode({ ...code, choices });
    const byHand = expectRejected(withOldChecksum(s.code, swapped), s.a);
    expect(byHand).toMatch(/checksum/);
    const resealed = expectRejected(swapped, s.a);
    expect(resealed).toMatch(/not open|does not reach|still to make/);
  });

  it('rejects a changed seed or scenario, and a code made for another assignment', () => {
    const s = samples[0];
    const code = decoded(s.code);
    const seed = encodeCode({ ...code, seed: 'other-dice' });
    expect(expectRejected(withOldChecksum(s.code, seed))).toMatch(/checksum/);
    expect(expectRejected(seed)).toMatch(/other dice/);
    const scenario = encodeCode({ ...code, scenario: 'united-opposition' });
    expect(expectRejected(withOldChecksum(s.code, scenario))).toMatch(/checksum/);
    expect(expectRejected(scenario)).toMatch(/another scenario/);
    const elsewhere = assignment({ seed: 'same-dice', questions: ['A question of another teacher?'] });
    expect(expectRejected(s.code, elsewhere)).toMatch(/another assignment/);
    expect(expectRejected(samples[1].code, lesson)).toMatch(/another assignment/);
  });

  it('rejects a code whose scenario file differs from the one loaded, even with no assignment to compare', () => {
    const file = readScenarioFile(join(SCENARIO_DIR, 'lessons', 'funeral-and-testament.yaml'));
    const edited = { ...file, text: file.text.replace(/^minutes: (\d+)$/m, (_, n: string) => `minutes: ${Number(n) + 5}`) };
    expect(edited.text).not.toBe(file.text);
    const other = buildCatalog([readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml')), edited], readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')), readScenarioFile(join(SCENARIO_DIR, 'sources.yaml')));
    const v = verifyCode(other, samples[0].code);
    expect(v.valid).toBe(false);
    if (!v.valid) expect(v.reason).toMatch(/another version of the scenario/);
  });

  it('rejects choices the scenario does not have, and names that are not codes', () => {
    const code = decoded(samples[0].code);
    expect(expectRejected(encodeCode({ ...code, choices: [...code.choices, { decision: 250, option: 3 }] }))).toMatch(/does not have/);
    expect(expectRejected(encodeCode({ ...code, choices: code.choices.slice(1) }))).toMatch(/replayed/);
    expect(expectRejected('hello')).toMatch(/not a report code/);
    expect(expectRejected('R7.AAAA')).toMatch(/another version/);
  });

  it('never throws while decoding or verifying, whatever it is given', () => {
    const base = samples[0].code;
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: base.length }), (junk, at) => {
        for (const text of [junk, CODE_PREFIX + junk, base.slice(0, at) + junk + base.slice(at)]) {
          const v = verifyCode(catalog, text, lesson);
          if (v.valid) expect(text.trim()).toBe(base);
          const a = decodeAssignment(text);
          if (!a.ok) expect(a.reason.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 300 },
    );
  });
});
