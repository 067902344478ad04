// An assignment: the game a teacher sets — scenario (with a hash of its content, so a teacher's own YAML can be
// assigned and codes checked against the very same file), the student's role, how the rival plays, the lens,
// the questions to answer, and optionally a fixed seed so the whole class meets the same dice. It travels as a
// short URL-safe string (`?assign=...`): versioned, with a checksum, and decoding bad input gives a reason
// instead of throwing. Pure: no DOM.
import type { Catalog } from '../scenario/catalog';
import { lensById, scenarioById } from '../scenario/catalog';
import type { Lens, Role } from '../scenario/schema';
import { ROLES } from '../scenario/schema';
import type { Scenario } from '../scenario/playable';
import { POLICIES, type GameConfig, type PolicyId } from '../rules/state';
import { ByteReader, ByteWriter, canonicalJson, FormatError, fromBase64Url, hashBytes, hashText, seal, toBase64Url, unseal } from './bytes';

export interface Assignment {
  /** Scenario id, and the hash of its validated data (`scenarioHash`): 8 URL-safe characters. */
  scenario: string;
  hash: string;
  /** The side the student plays, and how the other side plays. */
  role: Role;
  rival: PolicyId;
  lens: string;
  /** 'lesson': the scenario's own questions (the exam questions for the campaign); otherwise the teacher's. */
  questions: 'lesson' | string[];
  /** A fixed seed: every student meets the same dice. Left out, each game draws its own. */
  seed?: string;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ASSIGNMENT_PREFIX = 'A1.';
/** Limits a typed question list must keep, so a link stays short enough to share. */
export const MAX_QUESTIONS = 8;
export const MAX_QUESTION_LENGTH = 400;
const MAX_SEED_LENGTH = 40;

const hashes = new WeakMap<Scenario, string>();

/** A stable hash of a scenario's validated data (its campaign and, for a lesson, the lesson): 8 characters. */
export function scenarioHash(sc: Scenario): string {
  let h = hashes.get(sc);
  if (!h) {
    h = toBase64Url(hashText(canonicalJson({ campaign: sc.campaign, lesson: sc.lesson })).slice(0, 6));
    hashes.set(sc, h);
  }
  return h;
}

/**
 * The questions the students answer: the teacher's, or the scenario's own — a lesson's questions, or for a
 * campaign the two exam questions of the debrief's essay planners (none if the catalogue has no debrief texts).
 */
export function assignmentQuestions(catalog: Catalog, a: Assignment, sc: Scenario): string[] {
  if (a.questions !== 'lesson') return [...a.questions];
  if (sc.lesson) return [...sc.lesson.questions];
  const exam = catalog.debrief?.questions;
  return exam ? [exam.eight, exam.twentyTwo] : [];
}

/** The rival of a role: the side the computer plays. */
export function rivalOf(role: Role): Role {
  return role === 'stalin' ? 'trotsky' : 'stalin';
}

/** The game an assignment sets, with the seed it is played on (the assignment's own when it fixes one). */
export function gameConfig(a: Assignment, seed: string): GameConfig {
  const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
  policies[rivalOf(a.role)] = a.rival;
  return { scenario: a.scenario, role: a.role, lens: a.lens, seed: a.seed ?? seed, policies };
}

/** Problems with a teacher's choices, one line each (empty when the assignment can be made). */
export function assignmentProblems(a: Omit<Assignment, 'hash'>): string[] {
  const out: string[] = [];
  if (!ROLES.includes(a.role)) out.push(`the role must be one of ${ROLES.join(', ')}`);
  if (!POLICIES.includes(a.rival)) out.push(`the rival's play must be one of ${POLICIES.join(', ')}`);
  if (a.questions !== 'lesson') {
    if (a.questions.length === 0) out.push('give at least one question, or use the lesson’s own');
    if (a.questions.length > MAX_QUESTIONS) out.push(`give at most ${MAX_QUESTIONS} questions`);
    a.questions.forEach((q, i) => {
      if (q.trim().length < 3) out.push(`question ${i + 1} is empty`);
      if (q.length > MAX_QUESTION_LENGTH) out.push(`question ${i + 1} is longer than ${MAX_QUESTION_LENGTH} characters`);
    });
  }
  if (a.seed !== undefined && (a.seed.trim() === '' || a.seed.length > MAX_SEED_LENGTH)) out.push(`a fixed seed must be 1 to ${MAX_SEED_LENGTH} characters`);
  return out;
}

/** Makes an assignment for a scenario of the catalogue; its hash is taken from the scenario. */
export function makeAssignment(catalog: Catalog, a: Omit<Assignment, 'hash'>): Decoded<Assignment> {
  const sc = scenarioById(catalog, a.scenario);
  if (!sc) return { ok: false, reason: `there is no scenario "${a.scenario}"` };
  if (!lensById(catalog, a.lens)) return { ok: false, reason: `there is no lens "${a.lens}"` };
  const problems = assignmentProblems(a);
  if (problems.length) return { ok: false, reason: problems.join('; ') };
  const questions = a.questions === 'lesson' ? 'lesson' : a.questions.map((q) => q.trim());
  const seed = a.seed?.trim();
  return { ok: true, value: { scenario: a.scenario, hash: scenarioHash(sc), role: a.role, rival: a.rival, lens: a.lens, questions, ...(seed ? { seed } : {}) } };
}

/**
 * The assignment a game's config amounts to (a game played without a link, or a transcript of one): its
 * scenario, role, rival's play and lens, the scenario's own questions unless others are given, no fixed seed.
 */
export function assignmentOfGame(catalog: Catalog, config: GameConfig, questions: Assignment['questions'] = 'lesson'): Decoded<Assignment> {
  if (config.role === null) return { ok: false, reason: 'a game without a player has no report code' };
  return makeAssignment(catalog, { scenario: config.scenario, role: config.role, rival: config.policies[rivalOf(config.role)], lens: config.lens, questions });
}

function payloadOf(a: Assignment): Uint8Array {
  const w = new ByteWriter().text(a.scenario).raw(hashBytesOf(a.hash)).u8(ROLES.indexOf(a.role)).u8(POLICIES.indexOf(a.rival)).text(a.lens);
  w.text(a.seed ?? '');
  if (a.questions === 'lesson') w.u8(0);
  else w.u8(1).texts(a.questions);
  return w.bytes();
}

function hashBytesOf(hash: string): Uint8Array {
  const b = fromBase64Url(hash);
  if (!b || b.length !== 6) throw new RangeError(`"${hash}" is not a scenario hash`);
  return b;
}

/** An assignment's identity: 8 characters that change whenever anything in it changes. */
export function assignmentId(a: Assignment): string {
  return toBase64Url(hashBytes(payloadOf(a)).slice(0, 6));
}

/** The assignment as a short URL-safe string, for `?assign=`. */
export function encodeAssignment(a: Assignment): string {
  return seal(ASSIGNMENT_PREFIX, payloadOf(a));
}

/** Reads an assignment string, or a whole link or query holding one in `assign=`; never throws. */
export function decodeAssignment(input: string): Decoded<Assignment> {
  const text = assignmentParam(input.trim());
  if (!text.startsWith(ASSIGNMENT_PREFIX)) {
    return /^A\d+\./.test(text)
      ? { ok: false, reason: 'the assignment was made by another version of the game' }
      : { ok: false, reason: 'this is not an assignment link (it should start with "A1.")' };
  }
  const opened = unseal(ASSIGNMENT_PREFIX, text, 'assignment');
  if (!opened.ok) return opened;
  try {
    const r = new ByteReader(opened.payload);
    const scenario = r.text();
    const hash = toBase64Url(r.raw(6));
    const role = ROLES[r.u8()];
    const rival = POLICIES[r.u8()];
    const lens = r.text();
    const seed = r.text();
    const mode = r.u8();
    if (mode > 1) throw new FormatError('its questions are in an unknown form');
    const questions = mode === 0 ? 'lesson' : r.texts();
    r.end();
    const a: Assignment = { scenario, hash, role, rival, lens, questions, ...(seed ? { seed } : {}) };
    const problems = assignmentProblems(a);
    if (!scenario || !lens || problems.length) throw new FormatError(problems[0] ?? 'it names no scenario or lens');
    return { ok: true, value: a };
  } catch (err) {
    if (err instanceof FormatError) return { ok: false, reason: `the assignment cannot be read: ${err.message}` };
    throw err;
  }
}

function assignmentParam(text: string): string {
  const m = /[?&#]assign=([^&#\s]*)/.exec(text);
  if (!m) return text;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

/** Whether an assignment's scenario is missing from a catalogue or differs from the one it was set on (a teacher's file is needed). */
export function needsScenarioFile(catalog: Catalog, a: Assignment): boolean {
  const sc = scenarioById(catalog, a.scenario);
  return !sc || scenarioHash(sc) !== a.hash;
}

/** Why a scenario read from a file is not the one an assignment was set on; null when it is the very same. */
export function scenarioMismatch(a: Assignment, sc: Scenario): string | null {
  if (sc.id !== a.scenario) return `it holds the scenario "${sc.id}", but the assignment is set on "${a.scenario}"`;
  if (scenarioHash(sc) !== a.hash) return `it holds the scenario "${a.scenario}", but not the same version: it has been changed since the link was made (version ${scenarioHash(sc)}, not ${a.hash})`;
  return null;
}

/** What an assignment sets, checked against a catalogue: its scenario (the same file), lens and questions. */
export function resolveAssignment(catalog: Catalog, a: Assignment): Decoded<{ scenario: Scenario; lens: Lens; questions: string[] }> {
  const sc = scenarioById(catalog, a.scenario);
  if (!sc) return { ok: false, reason: `the scenario "${a.scenario}" is not loaded: load its file first` };
  if (scenarioHash(sc) !== a.hash) return { ok: false, reason: `the scenario "${a.scenario}" loaded here differs from the one assigned (another version of its file)` };
  const lens = lensById(catalog, a.lens);
  if (!lens) return { ok: false, reason: `the lens "${a.lens}" is not known to this version of the game` };
  return { ok: true, value: { scenario: sc, lens, questions: assignmentQuestions(catalog, a, sc) } };
}
