// The assigned game a student is playing: the assignment it came from (its link), the seed it is played on, and
// the student's report as far as it has got (name, answers, code). Kept under its own small localStorage key
// beside the save, so a reload at the end does not lose the code, and trusted only for the game it was made for.
import { decodeAssignment, encodeAssignment, gameConfig, resolveAssignment, type Assignment } from '../kit/assignment';
import type { Catalog } from '../scenario/catalog';
import type { Scenario } from '../scenario/playable';
import type { GameConfig } from '../rules/state';
import { freshSeed } from './address';

export const ASSIGNED_KEY = 'after-lenin:assigned';

/** What is remembered of an assigned game. */
export interface AssignedRecord {
  /** The assignment as encoded in its link. */
  link: string;
  /** The seed the game is played on. */
  seed: string;
  name: string;
  answers: string[];
  /** The report code, once made. */
  code: string | null;
}

/** An assigned game that is being played: the assignment, what it sets, and the record kept of it. */
export interface ActiveAssignment {
  assignment: Assignment;
  scenario: Scenario;
  questions: string[];
  record: AssignedRecord;
}

/** The `assign` parameter of the page's address, if it has one. */
export function assignParam(): string | null {
  return new URLSearchParams(location.search).get('assign');
}

/** Removes the assignment from the address, so a reload resumes the game instead of offering it afresh. */
export function clearAssignParam(): void {
  const params = new URLSearchParams(location.search);
  if (!params.has('assign')) return;
  params.delete('assign');
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** The link that opens an assignment: this page's address with `?assign=` and nothing else. */
export function assignmentLink(a: Assignment): string {
  return `${location.origin}${location.pathname}?assign=${encodeAssignment(a)}`;
}

/** Starts the record of a new assigned game and returns its config. */
export function beginAssigned(a: Assignment): GameConfig {
  const seed = a.seed ?? String(freshSeed());
  storeAssigned({ link: encodeAssignment(a), seed, name: '', answers: [], code: null });
  return gameConfig(a, seed);
}

export function storeAssigned(record: AssignedRecord): void {
  try {
    localStorage.setItem(ASSIGNED_KEY, JSON.stringify(record));
  } catch {
    /* storage unavailable: the report still shows; only a reload would lose it */
  }
}

export function forgetAssigned(): void {
  try {
    localStorage.removeItem(ASSIGNED_KEY);
  } catch {
    /* nothing to forget */
  }
}

function readRecord(): AssignedRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(ASSIGNED_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<AssignedRecord>;
  if (typeof r.link !== 'string' || typeof r.seed !== 'string' || typeof r.name !== 'string') return null;
  const answers = Array.isArray(r.answers) ? r.answers.filter((x): x is string => typeof x === 'string') : [];
  return { link: r.link, seed: r.seed, name: r.name, answers, code: typeof r.code === 'string' ? r.code : null };
}

/** The assignment of the game with this config, when the game was started from one; otherwise null. */
export function activeAssignment(catalog: Catalog, config: GameConfig): ActiveAssignment | null {
  const record = readRecord();
  if (!record) return null;
  const decoded = decodeAssignment(record.link);
  if (!decoded.ok) return null;
  const resolved = resolveAssignment(catalog, decoded.value);
  if (!resolved.ok) return null;
  const expected = gameConfig(decoded.value, record.seed);
  const same =
    expected.scenario === config.scenario &&
    expected.role === config.role &&
    expected.lens === config.lens &&
    String(expected.seed) === String(config.seed) &&
    expected.policies.stalin === config.policies.stalin &&
    expected.policies.trotsky === config.policies.trotsky;
  return same ? { assignment: decoded.value, scenario: resolved.value.scenario, questions: resolved.value.questions, record } : null;
}
