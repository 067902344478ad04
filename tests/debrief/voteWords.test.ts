// The vote screen and the game's transcript say the same: for every vote of one game, everything the vote screen
// shows (its words from voteScreenWords, the function the screen lays out) is in the transcript's step for that
// vote, in the screen's order — the sponsor and target, the result, each Politburo member's vote and reasons, each
// bloc's row and the dated causes that moved it.
import { describe, expect, it } from 'vitest';
import { voteScreenText, voteScreenWords, type VoteScreenWords } from '../../src/debrief/voteWords';
import { playTranscript } from '../../src/flow/transcript';
import type { VoteRecord } from '../../src/rules/state';
import type { Scenario } from '../../src/scenario/playable';
import { catalog, config } from '../helpers';

/** Every piece of text the vote screen shows, in its order on the screen. */
function screenPieces(w: VoteScreenWords): string[] {
  const pieces = [`${w.body} · ${w.day}`, w.motion, w.parties, w.verdict, w.tally, w.needed];
  if (w.members) {
    pieces.push(w.members.caption);
    for (const m of w.members.rows) pieces.push(m.name, m.camp, m.vote, m.reasons);
  }
  if (w.why) {
    pieces.push(w.why.heading, w.why.intro, w.why.caption);
    for (const b of w.why.blocs) pieces.push(`${b.name}: ${b.seats} seat${b.seats === 1 ? '' : 's'}; ${b.for} for, ${b.against} against, ${b.abstain} abstaining`);
    for (const b of w.why.blocs) pieces.push(b.summary, ...b.causes);
  }
  pieces.push(w.history, w.note.text);
  return pieces.filter(Boolean);
}

describe("the vote screen's words in the transcript", () => {
  it('prints everything each vote screen of a game shows, in the same order', () => {
    const held: VoteRecord[] = [];
    const capture = (sc: Scenario, v: VoteRecord) => {
      held.push(v);
      return voteScreenText(sc, v);
    };
    const t = playTranscript(catalog, config({ role: 'stalin', seed: 7 }), capture);
    const sc = catalog.scenarios.find((s) => s.id === 'campaign')!;
    const steps = t.steps.filter((s) => s.kind === 'vote');
    expect(steps.map((s) => s.id)).toEqual(held.map((v) => v.id));
    let members = 0;
    let datedCauses = 0;
    for (const [i, v] of held.entries()) {
      const w = voteScreenWords(sc, v);
      const step = steps[i];
      expect(step.title).toBe(w.title);
      let at = 0;
      for (const piece of screenPieces(w)) {
        const found = step.text.indexOf(piece, at);
        expect(found, `${w.title} (${v.day}): "${piece}" after character ${at} of its transcript`).toBeGreaterThanOrEqual(0);
        at = found + piece.length;
      }
      members += w.members?.rows.length ?? 0;
      datedCauses += (w.why?.blocs ?? []).flatMap((b) => b.causes).filter((c) => /, \d{1,2} [A-Z][a-z]+ 19\d\d: [+−]\d+\.\d points?$/.test(c)).length;
      expect(w.parties, `${w.title}: names its sponsor and target`).toMatch(/^Sponsor: .+ Target: /);
    }
    expect(members, "the members of the game's Politburo votes").toBeGreaterThan(4);
    expect(datedCauses, 'the dated causes of its ledgers').toBeGreaterThan(10);
  });
});
