// The class at a glance: a class's report codes, each verified by replay against the assignment, then the
// table (name, ending, decisions, answers) with the same student twice flagged, the class's endings beside what
// the Lab expects for the same settings, the share of the class that took each decision against what really
// happened, the turning points that mattered most across the class (the debrief's own measurement), and the
// whole table as CSV. Everything is computed here from the codes; nothing leaves the caller. Pure: no DOM.
import type { Catalog } from '../scenario/catalog';
import { contextFor } from '../scenario/catalog';
import type { Role } from '../scenario/schema';
import { simulate } from '../lab/simulate';
import { buildDebrief, type StepKind } from '../debrief';
import { assignmentId, resolveAssignment, type Assignment, type Decoded } from './assignment';
import { verifyCode, type Verification, type Verified } from './verify';

export interface ClassRow {
  /** Position in the list of codes given (0-based). */
  index: number;
  verification: Verification;
  /** The name in the code (for a rejected code, only when it could be read). */
  name: string;
  /** Other rows with the same student's name (compared without case, accents or extra spaces). */
  sameStudent: number[];
  /** Whether the row counts in the class's figures: verified, and the first code of its student. */
  counted: boolean;
}

/** Shares (0..1) of games ending in each ending, for the Lab's two ways of playing the student's side. */
export interface LabExpectation {
  runs: number;
  /** The student's side played as the person really did / shrewdly; the rival as the assignment sets. */
  historical: Record<string, number>;
  shrewd: Record<string, number>;
}

export interface EndingShare {
  id: string;
  title: string;
  count: number;
  share: number;
  lab: { historical: number; shrewd: number } | null;
}

export interface DecisionShare {
  id: string;
  title: string;
  /** The day the decision is set on (YYYY-MM-DD). */
  date: string;
  /** How many counted students met it, and the share of them who chose what really happened. */
  faced: number;
  historicalShare: number;
  options: { id: string; label: string; historical: boolean; count: number; share: number }[];
}

export interface ClassTurningPoint {
  source: string;
  kind: StepKind;
  title: string;
  when: string;
  /** How many counted students' games it was a turning point of, and their share of the class. */
  students: number;
  share: number;
  /** The mean change it made to the student's position when it was one, in points (of 100). */
  meanDelta: number;
}

export interface ClassView {
  assignmentId: string;
  scenario: { id: string; title: string };
  role: Role;
  questions: string[];
  rows: ClassRow[];
  verified: number;
  rejected: number;
  /** Students with more than one code: the name and the rows. */
  duplicates: { name: string; rows: number[] }[];
  endings: EndingShare[];
  decisions: DecisionShare[];
  /** The few decisions to show in the table: those that were turning points most often, then those that divided the class most (in calendar order). */
  keyDecisions: string[];
  turningPoints: ClassTurningPoint[];
}

/** How names are compared to find the same student twice. */
export function sameNameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export const DEFAULT_LAB_RUNS = 200;

/**
 * What the Lab expects for the assignment's settings: the ending shares over `runs` games with the student's
 * side played historically, and shrewdly, against the rival's assigned play. Separate from the class view, so a
 * screen can run it in a worker or while it shows the table.
 */
export function labExpectation(catalog: Catalog, a: Assignment, runs = DEFAULT_LAB_RUNS): LabExpectation {
  const ctx = contextFor(catalog, a.scenario, a.lens);
  const shares = (own: 'historical' | 'shrewd'): Record<string, number> => {
    const policies = { stalin: a.rival, trotsky: a.rival };
    policies[a.role] = own;
    const s = simulate(ctx, { runs, seed: a.seed ?? 'class', policies });
    return Object.fromEntries(Object.entries(s.outcomes).map(([id, n]) => [id, n / runs]));
  };
  return { runs, historical: shares('historical'), shrewd: shares('shrewd') };
}

function rowsOf(catalog: Catalog, a: Assignment, codes: readonly string[]): ClassRow[] {
  const rows: ClassRow[] = codes.map((code, index) => {
    const verification = verifyCode(catalog, code, a);
    return { index, verification, name: verification.name ?? '', sameStudent: [], counted: verification.valid };
  });
  const byName = new Map<string, number[]>();
  for (const r of rows) {
    if (!r.name) continue;
    const key = sameNameKey(r.name);
    byName.set(key, [...(byName.get(key) ?? []), r.index]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const i of list) rows[i].sameStudent = list.filter((j) => j !== i);
    const firstValid = list.find((i) => rows[i].verification.valid);
    for (const i of list) rows[i].counted = i === firstValid;
  }
  return rows;
}

function endingsOf(catalog: Catalog, a: Assignment, games: Verified[], lab: LabExpectation | null): EndingShare[] {
  const sc = contextFor(catalog, a.scenario, a.lens).sc;
  return sc.endings.map((e) => {
    const count = games.filter((g) => g.ending.id === e.id).length;
    return {
      id: e.id,
      title: e.title,
      count,
      share: games.length ? count / games.length : 0,
      lab: lab ? { historical: lab.historical[e.id] ?? 0, shrewd: lab.shrewd[e.id] ?? 0 } : null,
    };
  });
}

function decisionsOf(catalog: Catalog, a: Assignment, games: Verified[]): DecisionShare[] {
  const sc = contextFor(catalog, a.scenario, a.lens).sc;
  const out: DecisionShare[] = [];
  for (const d of sc.campaign.decisions) {
    if (d.role !== a.role) continue;
    const taken = games.flatMap((g) => g.decisions.filter((x) => x.id === d.id));
    if (taken.length === 0) continue;
    const options = d.options.map((o) => {
      const count = taken.filter((x) => x.option === o.id).length;
      return { id: o.id, label: o.label, historical: o.historical, count, share: count / taken.length };
    });
    out.push({ id: d.id, title: d.title, date: d.day, faced: taken.length, historicalShare: options.find((o) => o.historical)!.share, options });
  }
  return out;
}

/** The debrief's turning points of every counted game, pooled: most often first, then by the size of the change. */
export function classTurningPoints(catalog: Catalog, games: Verified[], limit = 8): ClassTurningPoint[] {
  const pooled = new Map<string, { p: Omit<ClassTurningPoint, 'students' | 'share' | 'meanDelta'>; deltas: number[] }>();
  for (const g of games) {
    const d = buildDebrief({ catalog, config: g.config, log: g.log });
    for (const t of d.turningPoints) {
      const key = t.kind === 'turn-end' ? `${t.source}@${t.turn}` : t.source;
      const entry = pooled.get(key) ?? { p: { source: t.source, kind: t.kind, title: t.title, when: t.when }, deltas: [] };
      entry.deltas.push(t.delta);
      pooled.set(key, entry);
    }
  }
  return [...pooled.values()]
    .map(({ p, deltas }) => ({
      ...p,
      students: deltas.length,
      share: deltas.length / games.length,
      meanDelta: deltas.reduce((x, y) => x + y, 0) / deltas.length,
    }))
    .sort((x, y) => y.students - x.students || Math.abs(y.meanDelta) - Math.abs(x.meanDelta) || x.source.localeCompare(y.source))
    .slice(0, limit);
}

export const KEY_DECISIONS = 5;

/** Ranks the decisions met by the class: turning points first, then how evenly the class divided; keeps a few. */
export function keyDecisionsOf(decisions: readonly DecisionShare[], turningPoints: readonly ClassTurningPoint[], limit = KEY_DECISIONS): string[] {
  const weight = new Map<string, number>();
  for (const t of turningPoints) {
    if (t.kind !== 'decision') continue;
    const id = t.source.split(':')[0];
    weight.set(id, (weight.get(id) ?? 0) + t.students);
  }
  const division = (d: DecisionShare) => 1 - Math.max(...d.options.map((o) => o.share));
  const chosen = [...decisions]
    .sort((x, y) => (weight.get(y.id) ?? 0) - (weight.get(x.id) ?? 0) || division(y) - division(x) || y.faced - x.faced)
    .slice(0, limit)
    .map((d) => d.id);
  return decisions.filter((d) => chosen.includes(d.id)).map((d) => d.id);
}

export interface ClassOptions {
  /** The Lab's expectation for these settings (`labExpectation`), when already computed. */
  lab?: LabExpectation | null;
  /** Measure the turning points across the class (a replay of each game; default true). */
  turningPoints?: boolean;
}

/** Verifies a class's codes against the assignment and gathers the figures; a reason if the assignment cannot be used here. */
export function buildClassView(catalog: Catalog, a: Assignment, codes: readonly string[], options: ClassOptions = {}): Decoded<ClassView> {
  const resolved = resolveAssignment(catalog, a);
  if (!resolved.ok) return resolved;
  const rows = rowsOf(catalog, a, codes);
  const games = rows.filter((r) => r.counted).map((r) => r.verification as Verified);
  const decisions = decisionsOf(catalog, a, games);
  const turningPoints = options.turningPoints === false ? [] : classTurningPoints(catalog, games);
  const duplicates = rows
    .filter((r) => r.sameStudent.length > 0 && r.sameStudent.every((j) => j > r.index))
    .map((r) => ({ name: r.name, rows: [r.index, ...r.sameStudent] }));
  return {
    ok: true,
    value: {
      assignmentId: assignmentId(a),
      scenario: { id: resolved.value.scenario.id, title: resolved.value.scenario.title },
      role: a.role,
      questions: resolved.value.questions,
      rows,
      verified: rows.filter((r) => r.verification.valid).length,
      rejected: rows.filter((r) => !r.verification.valid).length,
      duplicates,
      endings: endingsOf(catalog, a, games, options.lab ?? null),
      decisions,
      keyDecisions: keyDecisionsOf(decisions, turningPoints),
      turningPoints,
    },
  };
}

// ------------------------------------------------------------------------------------------------ CSV

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A field
 * that a spreadsheet would run as a formula (starting with =, +, -, @ or a tab) is prefixed with an apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: fields joined by commas, lines ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function statusOf(r: ClassRow): string {
  if (!r.verification.valid) return `Rejected: ${r.verification.reason}`;
  const others = r.sameStudent.map((j) => j + 1).join(', ');
  if (!r.counted) return `Verified, but the same student as row ${others}`;
  return others ? `Verified (the same student also in row ${others})` : 'Verified';
}

/** The class table as CSV: one line per code, in the order given, with every decision met and every question. */
export function classCsv(view: ClassView): string {
  const head = ['Row', 'Name', 'Status', 'Ending', ...view.decisions.map((d) => `${d.title} (${d.date})`), ...view.questions];
  const lines = view.rows.map((r) => {
    const v = r.verification;
    const cells = [String(r.index + 1), r.name, statusOf(r)];
    if (!v.valid) return [...cells, '', ...view.decisions.map(() => ''), ...view.questions.map(() => '')];
    const choice = (id: string) => {
      const d = v.decisions.find((x) => x.id === id);
      return d ? `${d.optionLabel}${d.historical ? ' (as in history)' : ''}` : '';
    };
    return [...cells, v.ending.title, ...view.decisions.map((d) => choice(d.id)), ...view.questions.map((_, i) => v.answers[i] ?? '')];
  });
  return csvText([head, ...lines]);
}
