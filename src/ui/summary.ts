// The debrief's one-page summary on screen: the student's name, class and date (remembered on this device),
// the game, its three turning points, the rivals' mistakes as one explained number, the questions with room
// to answer, and the outline of the 22-mark essay. The figures come from src/debrief; this file only lays them
// out. Every storage call is guarded: without storage the summary still works, it just forgets.
import type { Debrief, Student } from '../debrief';
import { el, type Child } from './dom';

const STUDENT_KEY = 'after-lenin:student';

interface Stored extends Omit<Student, 'answers'> {
  /** Answers by "scenario id:question number". */
  answers: Record<string, string>;
}

function loadStored(): Stored {
  const empty: Stored = { name: '', group: '', date: '', answers: {} };
  try {
    const raw = localStorage.getItem(STUDENT_KEY);
    if (!raw) return empty;
    const v = JSON.parse(raw) as Partial<Stored> | null;
    const text = (x: unknown) => (typeof x === 'string' ? x.slice(0, 2000) : '');
    const answers: Record<string, string> = {};
    if (v && typeof v.answers === 'object' && v.answers !== null) {
      for (const [k, a] of Object.entries(v.answers)) if (typeof a === 'string') answers[k] = a.slice(0, 20000);
    }
    return { name: text(v?.name), group: text(v?.group), date: text(v?.date), answers };
  } catch {
    return empty;
  }
}

function store(s: Stored): void {
  try {
    localStorage.setItem(STUDENT_KEY, JSON.stringify(s));
  } catch {
    /* storage unavailable or full: the fields keep what was typed until the page closes */
  }
}

/** The summary's live state: what the student typed, for the Markdown download. */
export interface SummaryForm {
  student: () => Student;
}

function field(id: string, label: string, value: string, onInput: (v: string) => void, type = 'text'): HTMLElement {
  const input = el('input', { id, type, value, autocomplete: 'off', oninput: (e: Event) => onInput((e.target as HTMLInputElement).value) });
  return el('p', { class: 'summary-field' }, el('label', { for: id }, label), input);
}

function answerBox(id: string, question: string, value: string, onInput: (v: string) => void): HTMLElement {
  const area = el('textarea', { id, rows: 5, oninput: (e: Event) => onInput((e.target as HTMLTextAreaElement).value) });
  area.value = value;
  return el('li', {}, el('label', { for: id }, question), area);
}

/** The summary section and its form. */
export function summarySection(d: Debrief): { node: HTMLElement; form: SummaryForm } {
  const s = d.summary;
  const stored = loadStored();
  const key = (i: number) => `${d.scenario.id}:${i}`;
  const set = (change: (x: Stored) => void) => {
    change(stored);
    store(stored);
  };
  const children: Child[] = [
    el('h2', { id: 'deb-summary' }, 'Summary'),
    el(
      'div',
      { class: 'summary-student' },
      field('student-name', 'Name', stored.name, (v) => set((x) => (x.name = v))),
      field('student-group', 'Class', stored.group, (v) => set((x) => (x.group = v))),
      field('student-date', 'Date', stored.date, (v) => set((x) => (x.date = v))),
    ),
    el('p', {}, el('strong', {}, 'Played: '), s.played),
    el('p', {}, el('strong', {}, 'Ending: '), s.ending),
    el('h3', {}, 'The three turning points'),
    s.turningPoints.length
      ? el('ol', { class: 'summary-points' }, ...s.turningPoints.map((p) => el('li', {}, el('strong', {}, `${p.when}: `), p.what, p.detail ? ` (${p.detail})` : '', ` — your position ${p.change}`)))
      : el('p', {}, 'No step changed your position.'),
    el('h3', {}, "How far was it the rivals' mistakes?"),
    el('p', { class: 'summary-number' }, `About ${s.mistakes}`),
    el('p', {}, s.mistakesExplained),
    el('h3', {}, 'Questions'),
    el('ol', { class: 'summary-questions' }, ...s.questions.map((q, i) => answerBox(`answer-${i}`, q, stored.answers[key(i)] ?? '', (v) => set((x) => (x.answers[key(i)] = v))))),
    el('h3', {}, `Essay plan: “${s.essay.question}” (${s.essay.marks} marks)`),
    el(
      'ol',
      { class: 'summary-essay' },
      ...s.essay.outline.map((x) => el('li', {}, el('strong', {}, x), ' — point, evidence, counter-argument, judgement')),
      el('li', {}, el('strong', {}, 'Conclusion'), ' — your overall judgement'),
    ),
  ];
  const node = el('section', { class: 'debrief-summary', 'aria-labelledby': 'deb-summary' }, ...children);
  const form: SummaryForm = {
    student: () => ({ name: stored.name, group: stored.group, date: stored.date, answers: s.questions.map((_, i) => stored.answers[key(i)] ?? '') }),
  };
  return { node, form };
}
