// The class at a glance: the teacher gives the assignment link and pastes or drops the class's report codes;
// each code is replayed and checked, then the table, the endings beside the Lab's expectation, the decisions
// against history and the turning points that mattered most, each chart with its data table; CSV and print.
import { decodeAssignment, type Assignment } from '../../kit/assignment';
import { buildClassView, classCsv, labExpectation, type ClassRow, type ClassView, type LabExpectation } from '../../kit/classview';
import { codesInText } from '../../kit/code';
import type { Catalog } from '../../scenario/catalog';
import { barChart, niceTicks, type Bar } from '../charts';
import { button, el, table, type Child } from '../dom';
import { actionsRow, type Screen } from './parts';
import { privacyNote, type FileLoad } from './teachers';
import type { OwnScenario } from './assign';
import { alertText, fileField, problemList } from './ownfile';

export interface ClassActions {
  /** Reads the teacher's own scenario file (for an assignment set on one) into the game on this device. */
  load: (name: string, text: string) => Promise<FileLoad | string>;
  download: (text: string, fileName: string) => void;
  announce: (text: string) => void;
  back: () => void;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'class-section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

/** A chart of shares (0..1) with the same figures as a table under it. */
function shareChart(title: string, description: string, bars: { label: string; share: number }[]): HTMLElement {
  const chartBars: Bar[] = bars.map((b) => ({ label: b.label, value: b.share * 100, valueText: pct(b.share), pattern: 'solid' }));
  // Drawn narrower than the Lab's charts (and shown at most 36rem wide), so its words stay readable on a phone.
  return el('figure', { class: 'class-chart' }, barChart({ title, description, bars: chartBars, min: 0, max: 100, ticks: niceTicks(0, 100), tickText: (v) => `${v}%`, width: 420 }));
}

function statusText(r: ClassRow): string {
  if (!r.verification.valid) return `Flagged: ${r.verification.reason}`;
  if (!r.counted) return `Flagged: the same student as row ${r.sameStudent.map((j) => j + 1).join(', ')}`;
  return 'Verified';
}

function classTable(view: ClassView): HTMLElement {
  const key = view.decisions.filter((d) => view.keyDecisions.includes(d.id));
  const head = ['Row', 'Name', 'Check', 'Ending', ...key.map((d) => `${d.title} (${d.date})`), ...view.questions.map((_, i) => `Answer ${i + 1}`)];
  const rows = view.rows.map((r) => {
    const v = r.verification;
    const choice = (id: string) => (v.valid ? (v.decisions.find((x) => x.id === id)?.optionLabel ?? '—') : '');
    return [String(r.index + 1), r.name || '(no name)', statusText(r), v.valid ? v.ending.title : '', ...key.map((d) => choice(d.id)), ...view.questions.map((_, i) => (v.valid ? (v.answers[i] ?? '') : ''))];
  });
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'The class table (scrolls sideways)' }, table('Each code, replayed and checked', head, rows, (i) => (statusText(view.rows[i]) === 'Verified' ? undefined : 'flagged')));
}

function endingsSection(view: ClassView, lab: LabExpectation | null): HTMLElement {
  const head = ['Ending', 'The class', ...(lab ? [`The Lab, played as in history (${lab.runs} games)`, `The Lab, played shrewdly (${lab.runs} games)`] : [])];
  const rows = view.endings.map((e) => [e.title, `${e.count} (${pct(e.share)})`, ...(lab ? [pct(lab.historical[e.id] ?? 0), pct(lab.shrewd[e.id] ?? 0)] : [])]);
  return el(
    'div',
    {},
    shareChart('How the class’s games ended', 'The share of the verified games ending in each ending; the table below gives the same figures.', view.endings.map((e) => ({ label: e.title, share: e.share }))),
    table('The class’s endings beside what the Lab expects for the same settings', head, rows),
  );
}

function decisionsSection(view: ClassView): HTMLElement {
  const met = view.decisions.filter((d) => d.faced > 0);
  return el(
    'div',
    {},
    shareChart('Share of the class that chose what really happened', 'For each decision, the share of the students who met it and chose as history did; the table below gives the choices.', met.map((d) => ({ label: `${d.title} (${d.date})`, share: d.historicalShare }))),
    table(
      'Each decision: what the class chose, against what really happened',
      ['Decision', 'Students who met it', 'As in history', 'The choices'],
      met.map((d) => [`${d.title} (${d.date})`, String(d.faced), pct(d.historicalShare), d.options.map((o) => `${o.label}${o.historical ? ' (history)' : ''}: ${o.count}`).join('; ')]),
    ),
  );
}

function turningSection(view: ClassView): HTMLElement {
  if (view.turningPoints.length === 0) return el('p', {}, 'No turning point stood out in the verified games.');
  return table(
    'The turning points that mattered most across the class',
    ['Turning point', 'When', 'Students', 'Mean change to the student’s position (points of 100)'],
    view.turningPoints.map((t) => [t.title, t.when, `${t.students} (${pct(t.share)})`, `${t.meanDelta >= 0 ? '+' : '−'}${Math.abs(t.meanDelta).toFixed(1)}`]),
  );
}

/** The results of a class: rendered at once, then the Lab's expectation added with a visible working state. */
function results(catalog: Catalog, a: Assignment, view: ClassView, actions: ClassActions): HTMLElement {
  const endings = el('div', {}, endingsSection(view, null));
  const working = el('p', { role: 'status', class: 'working' }, 'Working: the Lab is playing the same settings to compare…');
  const out = el(
    'div',
    { class: 'class-results' },
    el('p', { class: 'lead', role: 'status' }, `${view.verified} verified, ${view.rejected} flagged, of ${view.rows.length} codes for ${view.scenario.title}.`),
    classTable(view),
    actionsRow(button('Download the table (CSV)', () => actions.download(classCsv(view), `after-lenin-class-${view.assignmentId}.csv`), 'secondary'), button('Print', () => window.print(), 'secondary')),
    section('class-endings', 'The endings', working, endings),
    section('class-decisions', 'The decisions against history', decisionsSection(view)),
    section('class-turning', 'The turning points', turningSection(view)),
  );
  window.setTimeout(() => {
    const lab = labExpectation(catalog, a);
    endings.replaceChildren(endingsSection(view, lab));
    working.textContent = `Done: the Lab played ${lab.runs} games each way.`;
    actions.announce('The Lab’s expectation is beside the class’s endings.');
  }, 30);
  return out;
}

/** The field for the teacher's own scenario file: codes of an assignment set on it are checked against it. */
function scenarioFileField(catalog: Catalog, own: OwnScenario | null, actions: ClassActions, use: (c: Catalog) => void): HTMLElement {
  const loaded = (fileName: string, title: string) => el('p', { role: 'status', class: 'valid' }, `${fileName} is loaded: codes of an assignment set on “${title}” are checked against it.`);
  const current = own ? catalog.scenarios.find((s) => s.id === own.id) : undefined;
  return fileField({
    id: 'class-scenario',
    label: 'Your own scenario file (only for an assignment set on one)',
    hint: 'The codes are replayed on the very file the assignment was set on: load the same file you shared with the link.',
    initial: own && current ? [loaded(own.fileName, current.title)] : [],
    read: async (name, text) => {
      const r = await actions.load(name, text);
      if (typeof r === 'string') return [alertText(r)];
      if (r.problems.length) return [problemList(name, r.problems)];
      if (!r.added) return [alertText(`${name} is a ${r.kind} file, not a scenario: choose the lesson or campaign file the assignment was set on.`)];
      use(r.added.catalog);
      return [loaded(name, r.added.scenario.title)];
    },
  });
}

export function classScreen(initial: Catalog, own: OwnScenario | null, actions: ClassActions): Screen {
  let catalog = initial;
  const link = el('input', { type: 'text', id: 'class-link', autocomplete: 'off' });
  const codes = el('textarea', { id: 'class-codes', rows: 6 });
  const files = el('input', { type: 'file', id: 'class-files', multiple: true, accept: '.txt,text/plain' });
  const out = el('div', { 'aria-live': 'polite' });
  const problem = (text: string) => out.replaceChildren(el('p', { class: 'notice', role: 'alert' }, text));
  files.addEventListener('change', () => {
    void Promise.all([...(files.files ?? [])].map((f) => f.text())).then(
      (texts) => (codes.value = [codes.value.trim(), ...texts.map((t) => t.trim())].filter(Boolean).join('\n')),
      () => problem('A file could not be read: choose it again.'),
    );
  });
  const check = () => {
    const a = decodeAssignment(link.value);
    if (!a.ok) return problem(`The assignment link: ${a.reason}.`);
    const list = codesInText(codes.value);
    if (list.length === 0) return problem('Paste at least one report code, or choose the files the students downloaded.');
    const view = buildClassView(catalog, a.value, list);
    if (!view.ok) return problem(`The assignment cannot be used here: ${view.reason}.`);
    out.replaceChildren(results(catalog, a.value, view.value, actions));
  };
  return {
    escape: actions.back,
    children: [
      el(
        'div',
        { class: 'sheet class-view' },
        el('p', { class: 'kicker' }, 'For teachers'),
        el('h1', {}, 'The class at a glance'),
        privacyNote(),
        el(
          'form',
          { onsubmit: (e: Event) => (e.preventDefault(), check()) },
          el('label', { for: 'class-link' }, 'The assignment link'),
          link,
          el('label', { for: 'class-codes' }, 'The class’s report codes (paste them, one or more per line)'),
          codes,
          el('label', { for: 'class-files' }, 'Or choose the code files the students downloaded (several at once)'),
          files,
          scenarioFileField(catalog, own, actions, (c) => (catalog = c)),
          actionsRow(el('button', { type: 'submit', class: 'primary' }, 'Check the codes'), button('Back', actions.back, 'secondary')),
        ),
        out,
      ),
    ],
  };
}
