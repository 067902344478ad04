// The teacher's assignment form (scenario, role, rival's play, lens, questions, optional fixed seed) with its
// link and QR code; the screen a student sees on opening the link; and the student's report at the end.
import { renderSVG } from 'uqr';
import { assignmentQuestions, makeAssignment, type Assignment, type Decoded } from '../../kit/assignment';
import { POLICIES, type PolicyId } from '../../rules/state';
import { defaultLens, lensById, scenarioById, type Catalog } from '../../scenario/catalog';
import { campName } from '../../scenario/names';
import type { Scenario } from '../../scenario/playable';
import type { Role } from '../../scenario/schema';
import { POLICY_WORDS } from '../../scenario/words';
import type { AssignedRecord } from '../assigned';
import { button, el, type Child } from '../dom';
import { fileField } from './ownfile';
import { actionsRow, type Screen } from './parts';

/** A labelled form control with an optional hint under its label. */
function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return el('div', { class: 'field' }, el('label', { for: id }, label), hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null, control);
}

function select(id: string, options: { value: string; label: string }[], selected?: string): HTMLSelectElement {
  return el('select', { id }, ...options.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.label)));
}

/** Copies a read-only field's text, and says so in the status line beside it. */
function copyButton(label: string, source: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement): HTMLButtonElement {
  return button(label, () => {
    const done = () => (status.textContent = 'Copied. Paste it where your teacher asked.');
    const fallback = () => {
      source.select();
      status.textContent = document.execCommand('copy') ? 'Copied.' : 'Select the text and copy it with your keyboard (Ctrl+C, or Cmd+C on a Mac).';
    };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(source.value).then(done, fallback);
    else fallback();
  }, 'secondary');
}

/** The teacher's own scenario file loaded on this device: the scenario's id and the file's name. */
export interface OwnScenario {
  id: string;
  fileName: string;
}

export interface AssignFormActions {
  /** The link for an assignment. */
  link: (a: Assignment) => string;
  /** The teacher's own file, if one is loaded. */
  own: OwnScenario | null;
}

/** A scenario's name in a list: a lesson says so, and the teacher's own file is named as such. */
function scenarioLabel(s: Scenario, own: OwnScenario | null): string {
  const title = s.kind === 'lesson' ? `Lesson: ${s.title}` : s.title;
  return own?.id === s.id ? `Your file ${own.fileName} — ${title}` : title;
}

/** The assignment form, and under it the link and QR code it makes; `selected` is the scenario chosen at first. */
export function assignForm(catalog: Catalog, actions: AssignFormActions, selected?: string): HTMLElement {
  const scenario = select('assign-scenario', catalog.scenarios.map((s) => ({ value: s.id, label: scenarioLabel(s, actions.own) })), selected);
  const role = select('assign-role', [{ value: 'stalin', label: 'Stalin' }, { value: 'trotsky', label: 'Trotsky' }]);
  const rival = select('assign-rival', POLICIES.map((p) => ({ value: p, label: POLICY_WORDS[p].label })));
  const lens = select('assign-lens', catalog.lenses.map((l) => ({ value: l.id, label: l.name })), defaultLens(catalog).id);
  const own = el('input', { type: 'radio', name: 'assign-questions', id: 'assign-q-own', value: 'lesson', checked: true });
  const typed = el('input', { type: 'radio', name: 'assign-questions', id: 'assign-q-typed', value: 'typed' });
  const text = el('textarea', { id: 'assign-q-text', rows: 4 });
  const seed = el('input', { type: 'text', id: 'assign-seed', maxlength: 40, autocomplete: 'off' });
  const result = el('div', { class: 'assign-result', 'aria-live': 'polite' });
  const make = () => {
    const questions = own.checked ? 'lesson' : text.value.split(/\r?\n/).filter((q) => q.trim() !== '');
    const made = makeAssignment(catalog, { scenario: scenario.value, role: role.value as Role, rival: rival.value as PolicyId, lens: lens.value, questions, seed: seed.value.trim() || undefined });
    result.replaceChildren(made.ok ? linkBlock(catalog, made.value, actions.link(made.value), actions.own) : el('p', { class: 'notice', role: 'alert' }, `The link cannot be made: ${made.reason}.`));
  };
  return el(
    'form',
    { class: 'assign-form', 'aria-labelledby': 'assign-head', onsubmit: (e: Event) => (e.preventDefault(), make()) },
    el('h2', { id: 'assign-head' }, 'Set an assignment'),
    el('p', {}, 'Choose the game the class plays. The link opens exactly this game: students cannot change any of it.'),
    field('assign-scenario', 'Scenario', scenario),
    field('assign-role', 'Students play as', role),
    field('assign-rival', "The rival's play", rival, 'Historical: he does what he really did. Shrewd: he avoids his real mistakes.'),
    field('assign-lens', "Historian's lens", lens, 'Which historian’s view of the causes the game’s model follows.'),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Questions students answer at the end'),
      el('div', { class: 'choice' }, own, el('label', { for: 'assign-q-own' }, 'The scenario’s own questions')),
      el('div', { class: 'choice' }, typed, el('label', { for: 'assign-q-typed' }, 'My own questions (one per line, below)')),
      field('assign-q-text', 'Your questions', text, 'At most 8 questions, one per line.'),
    ),
    field('assign-seed', 'Fixed seed (optional)', seed, 'Any word or number: every student then meets the same dice. Leave it empty for a different game each.'),
    actionsRow(el('button', { type: 'submit', class: 'primary' }, 'Make the link')),
    result,
  );
}

/** What an assignment sets, in words. */
function assignmentFacts(catalog: Catalog, a: Assignment, sc: Scenario): HTMLElement {
  const rows: [string, string][] = [
    ['Scenario', sc.title],
    ['You play', campName(sc, a.role)],
    ["Your rival's play", POLICY_WORDS[a.rival].hint],
    ["Historian's lens", lensById(catalog, a.lens)?.name ?? a.lens],
    ['The dice', a.seed ? 'The same for the whole class' : 'Your own'],
  ];
  return el('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

/** What the teacher must do with an assignment set on their own file: share the file with the link. */
function ownFileNote(a: Assignment, own: OwnScenario): HTMLElement {
  return el(
    'div',
    { class: 'own-file-note' },
    el('h4', {}, 'Share your file with the link'),
    el('p', {}, `This assignment is played on your own file, ${own.fileName}. The link names its scenario (“${a.scenario}”) and the version of the file (${a.hash}), not its content: put the file beside the link in the learning platform or email. A student who opens the link is asked to load the file, and the game refuses a file that differs from yours in any way.`),
    el('p', {}, 'To check the class’s report codes, load the same file on “The class at a glance”.'),
  );
}

function linkBlock(catalog: Catalog, a: Assignment, link: string, own: OwnScenario | null): HTMLElement {
  const sc = scenarioById(catalog, a.scenario);
  const field = el('input', { type: 'text', id: 'assign-link', readonly: true, value: link, 'aria-describedby': 'assign-link-status' });
  const status = el('p', { id: 'assign-link-status', class: 'hint', role: 'status' });
  const qr = el('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(link, { border: 2, pixelSize: 6 }))}`, alt: `QR code of the assignment link: ${link}`, class: 'qr', width: 240, height: 240 });
  const questions = sc ? assignmentQuestions(catalog, a, sc) : [];
  return el(
    'section',
    { 'aria-labelledby': 'assign-link-head' },
    el('h3', { id: 'assign-link-head' }, 'The assignment link'),
    el('label', { for: 'assign-link' }, 'Link to share (in a learning platform, an email or on the board)'),
    field,
    actionsRow(copyButton('Copy the link', field, status)),
    status,
    qr,
    el('p', { class: 'hint' }, 'Students can scan the code with a phone or tablet camera to open the same link.'),
    own?.id === a.scenario ? ownFileNote(a, own) : null,
    sc ? assignmentFacts(catalog, a, sc) : null,
    el('h4', {}, 'Questions'),
    el('ol', {}, ...questions.map((q) => el('li', {}, q))),
  );
}

/** What a student sees on opening an assignment link: what the game is, the questions, and Start. */
export function assignmentScreen(catalog: Catalog, a: Assignment, sc: Scenario, actions: { start: () => void; back: () => void }): Screen {
  return {
    poster: true,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('p', { class: 'kicker' }, 'An assignment from your teacher'),
        el('h1', {}, sc.title),
        el('p', { class: 'lead' }, sc.summary),
        assignmentFacts(catalog, a, sc),
        el('h2', {}, 'At the end you will answer'),
        el('ol', {}, ...assignmentQuestions(catalog, a, sc).map((q) => el('li', {}, q))),
        el('p', {}, 'When the game ends you type your name and answers and get a report code to hand in. Nothing is sent anywhere: the code is yours to paste or download.'),
        actionsRow(button('Start the game', actions.start, 'primary'), button('Back to the title', actions.back, 'secondary')),
      ),
    ],
  };
}

/**
 * What a student sees on opening a link set on the teacher's own scenario file: which file is needed, how to get
 * it, and the field to load it (the assignment itself follows once the very same file is loaded).
 */
export function assignmentFileScreen(a: Assignment, actions: { read: (name: string, text: string) => Promise<Child[]>; back: () => void }): Screen {
  return {
    poster: true,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('p', { class: 'kicker' }, 'An assignment from your teacher'),
        el('h1', {}, 'Load your teacher’s scenario file'),
        el('p', { class: 'lead' }, `This assignment is played on a scenario your teacher wrote: “${a.scenario}”, version ${a.hash}. The link names the scenario but does not hold it, so you need the file too.`),
        el('p', {}, 'Your teacher shares it beside the link — in your learning platform, an email or a shared drive — as a file ending in .yaml. Save it on this device, then choose it here. It is read on this device only; nothing is sent anywhere. A file that differs in any way from the one the assignment was set on is refused.'),
        fileField({ id: 'assign-file', label: 'Your teacher’s scenario file (.yaml)', read: actions.read }),
        actionsRow(button('Back to the title', actions.back, 'secondary')),
      ),
    ],
  };
}

export interface ReportActions {
  /** Makes the code for a name and answers; a reason instead when it cannot. */
  make: (name: string, answers: string[]) => Decoded<string>;
  /** Keeps the name and answers (and code) so a reload does not lose them. */
  keep: (record: Pick<AssignedRecord, 'name' | 'answers' | 'code'>) => void;
  download: (code: string, name: string) => void;
}

/** The student's report at the end of an assigned game: name, answers, and the report code. */
export function reportSection(questions: string[], record: AssignedRecord, actions: ReportActions): HTMLElement {
  const name = el('input', { type: 'text', id: 'report-name', autocomplete: 'name', maxlength: 80, value: record.name });
  const answers = questions.map((_, i) => el('textarea', { id: `report-answer-${i}`, rows: 4, maxlength: 3000 }));
  answers.forEach((t, i) => (t.value = record.answers[i] ?? ''));
  const out = el('div', { 'aria-live': 'polite' });
  const keep = (code: string | null) => actions.keep({ name: name.value, answers: answers.map((t) => t.value), code });
  for (const input of [name, ...answers]) {
    input.addEventListener('input', () => {
      keep(null);
      out.replaceChildren(); // a code made before the change no longer matches what is typed
    });
  }
  const show = (code: string) => {
    const box = el('textarea', { id: 'report-code', readonly: true, rows: 4, 'aria-describedby': 'report-code-status' });
    box.value = code;
    const status = el('p', { id: 'report-code-status', class: 'hint', role: 'status' });
    out.replaceChildren(
      el('label', { for: 'report-code' }, 'Your report code'),
      box,
      actionsRow(copyButton('Copy the code', box, status), button('Download the code', () => actions.download(code, name.value), 'secondary')),
      status,
      el('p', { class: 'hint' }, 'The code holds your name, your answers and your choices — not your result: your teacher’s screen replays the game to see it.'),
    );
  };
  const make = () => {
    const made = actions.make(name.value, answers.map((t) => t.value));
    if (!made.ok) return out.replaceChildren(el('p', { class: 'notice', role: 'alert' }, `No code yet: ${made.reason}.`));
    keep(made.value);
    show(made.value);
  };
  if (record.code) show(record.code);
  return el(
    'form',
    { class: 'report', 'aria-labelledby': 'report-head', onsubmit: (e: Event) => (e.preventDefault(), make()) },
    el('h2', { id: 'report-head' }, 'Your report for your teacher'),
    field('report-name', 'Your name', name),
    ...questions.map((q, i) => field(`report-answer-${i}`, `Question ${i + 1}: ${q}`, answers[i])),
    actionsRow(el('button', { type: 'submit', class: 'primary' }, 'Make my report code')),
    out,
  );
}
