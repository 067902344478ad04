// Report codes: what a student hands in at the end of an assigned game — the assignment it answers (its id and
// the settings it was played under), the student's name, the answers and the game's log — never a result:
// the result is whatever replaying the log gives (see verify.ts).
//
// The log is stored as the player's choices only, since every other event is forced by the screen the game is
// on (see src/flow/choices.ts). Each choice is one small number, decision index × 4 + option index, into the
// campaign's list of decisions: a full campaign's code stays near 150 characters before the answers. The code
// is `R1.` then base64url of the payload (deflated when that is shorter) and a checksum over the prefix and
// payload, so a changed character, a cut, a swapped choice or an edited setting fails to open. Pure: no DOM.
import type { Role } from '../scenario/schema';
import { ROLES } from '../scenario/schema';
import type { Scenario } from '../scenario/playable';
import { POLICIES, type PolicyId } from '../rules/state';
import type { FlowEvent } from '../flow/machine';
import { choicesOf, type PlayerChoice } from '../flow/choices';
import { assignmentId, type Assignment, type Decoded } from './assignment';
import { ByteReader, ByteWriter, FormatError, fromBase64Url, seal, toBase64Url, unseal } from './bytes';

export const CODE_PREFIX = 'R1.';
export const MAX_NAME_LENGTH = 80;
/** Longest answer a code carries, so that a code stays something to paste (about a page of writing). */
export const MAX_ANSWER_LENGTH = 3000;
/** Options per decision the choice numbers allow for (the schema allows 2 to 4). */
const OPTION_SLOTS = 4;

/** The content of a report code, as decoded (nothing in it is trusted until the replay confirms it). */
export interface ReportCode {
  /** The id of the assignment it answers (`assignmentId`). */
  assignment: string;
  scenario: string;
  /** The scenario's content hash the game was played on. */
  hash: string;
  role: Role;
  rival: PolicyId;
  lens: string;
  seed: string;
  name: string;
  answers: string[];
  /** The player's choices: indices into the campaign's decisions and into that decision's options. */
  choices: { decision: number; option: number }[];
}

export interface CodeInput {
  assignment: Assignment;
  /** The scenario played (to number the decisions). */
  scenario: Scenario;
  /** The seed the game was played on. */
  seed: string | number;
  name: string;
  answers: readonly string[];
  /** The flow machine's log of the finished game (snapshot.context.log). */
  log: readonly FlowEvent[];
}

/** Makes the report code of a finished game; a reason instead when the name is missing or the log does not fit. */
export function makeCode(input: CodeInput): Decoded<string> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, reason: 'type your name first' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: `the name is longer than ${MAX_NAME_LENGTH} characters` };
  const long = input.answers.findIndex((x) => x.trim().length > MAX_ANSWER_LENGTH);
  if (long >= 0) return { ok: false, reason: `answer ${long + 1} is longer than ${MAX_ANSWER_LENGTH.toLocaleString('en-GB')} characters: shorten it` };
  const choices = numberChoices(input.scenario, choicesOf(input.log));
  if (!choices.ok) return choices;
  const a = input.assignment;
  const code: ReportCode = {
    assignment: assignmentId(a),
    scenario: a.scenario,
    hash: a.hash,
    role: a.role,
    rival: a.rival,
    lens: a.lens,
    seed: String(a.seed ?? input.seed),
    name,
    answers: input.answers.map((x) => x.trim()),
    choices: choices.value,
  };
  return { ok: true, value: encodeCode(code) };
}

function numberChoices(sc: Scenario, choices: readonly PlayerChoice[]): Decoded<ReportCode['choices']> {
  const out: ReportCode['choices'] = [];
  for (const c of choices) {
    const decision = sc.campaign.decisions.findIndex((d) => d.id === c.decision);
    const option = decision < 0 ? -1 : sc.campaign.decisions[decision].options.findIndex((o) => o.id === c.option);
    if (option < 0) return { ok: false, reason: `the game's log names a choice the scenario does not have ("${c.decision}", "${c.option}")` };
    out.push({ decision, option });
  }
  return { ok: true, value: out };
}

/** The decisions and options a code's choice numbers stand for, in the scenario given. */
export function choicesOfCode(code: ReportCode, sc: Scenario): Decoded<PlayerChoice[]> {
  const out: PlayerChoice[] = [];
  for (const [i, c] of code.choices.entries()) {
    const d = sc.campaign.decisions[c.decision];
    const o = d?.options[c.option];
    if (!o) return { ok: false, reason: `choice ${i + 1} names a decision or option that the scenario does not have` };
    out.push({ decision: d.id, option: o.id });
  }
  return { ok: true, value: out };
}

export function encodeCode(code: ReportCode): string {
  const hash = fromBase64Url(code.hash);
  if (!hash || hash.length !== 6) throw new RangeError(`"${code.hash}" is not a scenario hash`);
  const id = fromBase64Url(code.assignment);
  if (!id || id.length !== 6) throw new RangeError(`"${code.assignment}" is not an assignment id`);
  const w = new ByteWriter().raw(id).text(code.scenario).raw(hash).u8(ROLES.indexOf(code.role)).u8(POLICIES.indexOf(code.rival));
  w.text(code.lens).text(code.seed).text(code.name).texts(code.answers).uint(code.choices.length);
  for (const c of code.choices) w.uint(c.decision * OPTION_SLOTS + c.option);
  return seal(CODE_PREFIX, w.bytes());
}

/** Reads a report code (surrounding spaces ignored); a reason for anything that is not an intact code. */
export function decodeCode(input: string): Decoded<ReportCode> {
  const text = input.trim();
  if (!text.startsWith(CODE_PREFIX)) {
    return /^R\d+\./.test(text)
      ? { ok: false, reason: 'the code was made by another version of the game' }
      : { ok: false, reason: `this is not a report code (a code starts with "${CODE_PREFIX}")` };
  }
  const opened = unseal(CODE_PREFIX, text, 'code');
  if (!opened.ok) return opened;
  try {
    const r = new ByteReader(opened.payload);
    const assignment = toBase64Url(r.raw(6));
    const scenario = r.text();
    const hash = toBase64Url(r.raw(6));
    const role = ROLES[r.u8()];
    const rival = POLICIES[r.u8()];
    const [lens, seed, name] = [r.text(), r.text(), r.text()];
    const answers = r.texts();
    const n = r.uint();
    if (n > r.left()) throw new FormatError('its list of choices is longer than the code');
    const choices = Array.from({ length: n }, () => {
      const v = r.uint();
      return { decision: Math.floor(v / OPTION_SLOTS), option: v % OPTION_SLOTS };
    });
    r.end();
    if (!role || !rival) throw new FormatError('its role or rival is not one the game knows');
    if (!scenario || !lens || !name) throw new FormatError('it names no scenario, lens or student');
    return { ok: true, value: { assignment, scenario, hash, role, rival, lens, seed, name, answers, choices } };
  } catch (err) {
    if (err instanceof FormatError) return { ok: false, reason: `the code cannot be read: ${err.message}` };
    throw err;
  }
}

// ------------------------------------------------------------------------------------------------ text and files

/**
 * The report codes in a pasted text or a dropped file: every word that is not on a comment line (starting
 * with #) is taken as a code, so nothing pasted is silently dropped — a word that is not a code is reported.
 */
export function codesInText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter((word) => word.length > 0);
}

/** The downloadable form of a code: a small text file with a comment line and the code itself. */
export function codeFile(code: string, info: { name: string; scenarioTitle: string }): { fileName: string; text: string } {
  const slug = info.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'student';
  const comment = `# After Lenin report code: ${info.name.replace(/\s+/g, ' ')}, ${info.scenarioTitle}. Hand in this file or paste the line below.`;
  return { fileName: `after-lenin-${slug}.txt`, text: `${comment}\n${code}\n` };
}
