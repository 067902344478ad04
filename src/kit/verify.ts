// Verifying a report code: open it (checksum, format), check it against the assignment when one is given
// (same assignment, same scenario file, same settings), then replay its choices through the same flow machine
// and rules the game uses. The result — the ending and the decisions — is what the replay gives; a code that
// fails anywhere is rejected with one reason a teacher can read. Never throws on bad input. Pure: no DOM.
import type { Catalog } from '../scenario/catalog';
import { lensById, scenarioById } from '../scenario/catalog';
import type { Role } from '../scenario/schema';
import type { GameConfig, PolicyId } from '../rules/state';
import type { FlowEvent } from '../flow/machine';
import { replayChoices } from '../flow/choices';
import { turnLabel, turnName } from '../scenario/turns';
import { leaderName } from '../scenario/names';
import { assignmentId, assignmentQuestions, gameConfig, scenarioHash, type Assignment } from './assignment';
import { choicesOfCode, decodeCode, type ReportCode } from './code';

export interface VerifiedDecision {
  id: string;
  title: string;
  /** The day the decision was taken on (YYYY-MM-DD; within a window, the day of the turn it was taken in) and its half-year in words. */
  date: string;
  when: string;
  option: string;
  optionLabel: string;
  /** Whether the student chose what really happened, and what that was. */
  historical: boolean;
  historicalOption: string;
  historicalLabel: string;
}

export interface Verified {
  valid: true;
  /** The code as given, trimmed. */
  code: string;
  name: string;
  /** The id of the assignment the code answers. */
  assignment: string;
  scenario: { id: string; title: string };
  role: Role;
  roleName: string;
  rival: PolicyId;
  lens: { id: string; name: string };
  seed: string;
  ending: { id: string; title: string; winner: string };
  decisions: VerifiedDecision[];
  answers: string[];
  /** The assignment's questions, when the code was checked against one. */
  questions: string[] | null;
  /** The game as replayed: its config and the flow machine's full log (for the debrief's measurements). */
  config: GameConfig;
  log: FlowEvent[];
}

export interface Rejected {
  valid: false;
  code: string;
  reason: string;
  /** The name in the code, when it could be read (to say whose code failed); not verified. */
  name?: string;
}

export type Verification = Verified | Rejected;

/** Checks a decoded code against an assignment: the same assignment and the same settings. */
function againstAssignment(code: ReportCode, a: Assignment): string | null {
  if (code.assignment !== assignmentId(a)) return 'the code belongs to another assignment';
  if (code.scenario !== a.scenario || code.hash !== a.hash) return 'the code was played on another scenario than the one assigned';
  if (code.role !== a.role || code.rival !== a.rival || code.lens !== a.lens) return 'the code was played with other settings than the assignment sets';
  if (a.seed !== undefined && code.seed !== a.seed) return 'the code was played on other dice than the assignment fixes';
  return null;
}

/** Verifies one code by replay; against `assignment` when given (as the class view does). */
export function verifyCode(catalog: Catalog, input: string, assignment?: Assignment): Verification {
  const text = input.trim();
  const decoded = decodeCode(text);
  if (!decoded.ok) return { valid: false, code: text, reason: decoded.reason };
  const code = decoded.value;
  const reject = (reason: string): Rejected => ({ valid: false, code: text, reason, name: code.name });
  const mismatch = assignment ? againstAssignment(code, assignment) : null;
  if (mismatch) return reject(mismatch);
  const sc = scenarioById(catalog, code.scenario);
  if (!sc) return reject(`the code is for the scenario "${code.scenario}", which is not loaded here: load its file`);
  if (scenarioHash(sc) !== code.hash) return reject(`the code was played on another version of the scenario "${code.scenario}" than the one loaded here`);
  const lens = lensById(catalog, code.lens);
  if (!lens) return reject(`the code uses the lens "${code.lens}", which this version of the game does not know`);
  const choices = choicesOfCode(code, sc);
  if (!choices.ok) return reject(choices.reason);
  const config = gameConfig({ scenario: code.scenario, hash: code.hash, role: code.role, rival: code.rival, lens: code.lens, questions: 'lesson' }, code.seed);
  const replay = replayChoices(catalog, config, choices.value);
  if (!replay.ok) return reject(`the game in the code cannot be replayed: ${replay.reason}`);
  const ending = replay.state.ending!;
  const endingDef = sc.endingById[ending.id];
  const decisions = replay.state.choices
    .filter((c) => c.by === 'player')
    .map((c): VerifiedDecision => {
      const d = sc.decisionById[c.decision];
      const o = d.options.find((x) => x.id === c.option)!;
      const h = d.options.find((x) => x.historical)!;
      return {
        id: d.id,
        title: d.title,
        date: d.dayIn?.[turnLabel(sc.calendar, c.turn)] ?? d.day,
        when: turnName(sc.calendar, c.turn),
        option: o.id,
        optionLabel: o.label,
        historical: o.historical,
        historicalOption: h.id,
        historicalLabel: h.label,
      };
    });
  return {
    valid: true,
    code: text,
    name: code.name,
    assignment: code.assignment,
    scenario: { id: sc.id, title: sc.title },
    role: code.role,
    roleName: leaderName(sc, sc.campLeader[code.role]),
    rival: code.rival,
    lens: { id: lens.id, name: lens.name },
    seed: code.seed,
    ending: { id: ending.id, title: endingDef?.title ?? ending.id, winner: ending.winner },
    decisions,
    answers: code.answers,
    questions: assignment ? assignmentQuestions(catalog, assignment, sc) : null,
    config,
    log: replay.log,
  };
}
