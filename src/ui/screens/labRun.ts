// Running the Lab: the Run and Cancel buttons, the progress bar and its status line, the problems found in
// the form, and the results once a run has finished. Runs go to Web Workers (src/lab/client.ts); leaving the
// screen cancels the run in progress.
import { inertSwitches, type LabInputs } from '../../lab/factors';
import { startLab, startLensComparison, type LabHandle } from '../../lab/client';
import { LabCancelled } from '../../lab/run';
import type { Catalog } from '../../scenario/catalog';
import { percent as pct } from '../../scenario/words';
import { append, button, el, type Child } from '../dom';
import type { LabForm } from './labForm';
import { attributionResults, lensResults } from './labResults';

/** The run in progress, if any, and which showing of the screen it belongs to: leaving the screen cancels it. */
let current: LabHandle<unknown> | null = null;
let showing = 0;

/** Cancels the run in progress and starts a new showing of the screen; returns its number. */
export function cancelCurrent(): number {
  current?.cancel();
  current = null;
  return ++showing;
}

export interface LabRunner {
  buttons: HTMLElement;
  problem: HTMLElement;
  progress: HTMLElement;
  results: HTMLElement;
  run: () => void;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The progress bar and status line, repainted at most once a frame. */
function progressView() {
  const bar = el('span', { class: 'lab-progress-fill' });
  const meter = el(
    'div',
    { class: 'lab-progress', role: 'progressbar', 'aria-label': 'Lab progress', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-valuetext': 'Not started' },
    bar,
  );
  // Focus goes here when Run and Cancel are disabled under the player's hand (tabindex -1: not a tab stop).
  const status = el('p', { class: 'lab-status', id: 'lab-status', tabindex: -1 }, 'Choose what to run, then press Run.');
  const p = { done: 0, total: 0, frame: 0 };
  const paint = () => {
    const percent = p.total ? Math.floor((100 * p.done) / p.total) : 0;
    bar.style.width = `${percent}%`;
    meter.setAttribute('aria-valuenow', String(percent));
    meter.setAttribute('aria-valuetext', `${count(p.done)} of ${count(p.total)} games`);
    status.textContent = `Running: ${count(p.done)} of ${count(p.total)} games (${percent}%).`;
  };
  const show = (done: number, total: number) => {
    p.done = done;
    p.total = total;
    if (p.frame) return;
    p.frame = requestAnimationFrame(() => {
      p.frame = 0;
      paint();
    });
  };
  const stop = () => {
    if (p.frame) cancelAnimationFrame(p.frame);
    p.frame = 0;
  };
  return { element: el('div', { class: 'lab-progress-wrap' }, meter, status), meter, status, p, paint, show, stop };
}

/** The results section: its heading (focused when results arrive) and what is in it. */
function resultsView() {
  const head = el('h2', { id: 'lab-results-head', tabindex: -1 }, 'Results');
  const element = el('section', { class: 'lab-results', 'aria-labelledby': 'lab-results-head' }, head, el('p', { class: 'hint' }, 'No results yet.'));
  return {
    element,
    head,
    /** Shows a finished run's results. */
    show: (content: Child[]) => {
      element.replaceChildren(head);
      append(element, ...content);
    },
    /** Replaces the results with one sentence (a run started, cancelled or failed: nothing to show). */
    none: (text: string) => element.replaceChildren(head, el('p', { class: 'hint' }, text)),
  };
}

/** The problems with the form (an alert) and warnings about the factors chosen. */
function problemView() {
  const element = el('div', { class: 'lab-problem', 'aria-live': 'assertive' });
  const show = (text: string | null, warnings: string[] = []) => {
    element.replaceChildren();
    if (text) element.append(el('p', { class: 'notice', role: 'alert' }, text));
    if (warnings.length) element.append(el('div', { class: 'notice' }, el('p', {}, 'Note:'), el('ul', {}, ...warnings.map((w) => el('li', {}, w)))));
  };
  return { element, show };
}

export function labRunner(catalog: Catalog, inputs: LabInputs, form: LabForm, announce: (text: string) => void, mine: number): LabRunner {
  const problem = problemView();
  const showProblem = problem.show;
  const runButton = button('Run', () => run(), 'primary');
  const cancelButton = button('Cancel', () => cancel(), 'secondary');
  cancelButton.disabled = true;
  const progress = progressView();
  const results = resultsView();
  const noResults = results.none;

  const setRunning = (on: boolean) => {
    runButton.disabled = on;
    cancelButton.disabled = !on;
    form.setDisabled(on);
    progress.meter.setAttribute('aria-busy', on ? 'true' : 'false');
  };
  /** Ends the run on this screen; false when the screen has been left since. */
  const settle = (): boolean => {
    if (showing !== mine) return false;
    current = null;
    setRunning(false);
    progress.stop();
    return true;
  };
  const finish = (content: Child[], started: number, summary: string) => {
    if (!settle()) return;
    progress.p.done = progress.p.total;
    progress.paint();
    progress.status.textContent = `Finished: ${count(progress.p.total)} games in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    results.show(content);
    results.head.focus();
    announce(`The lab has finished. ${summary}`);
  };
  const fail = (err: unknown) => {
    if (!settle()) return;
    const { done, total } = progress.p;
    if (err instanceof LabCancelled) {
      const msg = `Run cancelled after ${count(done)} of ${count(total)} games. No results were kept.`;
      progress.status.textContent = msg;
      noResults('No results: the run was cancelled before it finished.');
      progress.meter.setAttribute('aria-valuetext', `Cancelled at ${count(done)} of ${count(total)} games`);
      announce(msg);
    } else {
      const msg = `The lab failed: ${err instanceof Error ? err.message : String(err)}`;
      progress.status.textContent = msg;
      noResults('No results: the run failed.');
      showProblem(msg);
      announce(msg);
    }
    progress.status.focus();
  };

  function run(): void {
    const req = form.request();
    if (typeof req === 'string') return showProblem(req);
    const sc = catalog.scenarios.find((s) => s.id === req.scenario)!;
    showProblem(null, inertSwitches(inputs.factorSet, req.factors, sc.campaign));
    const started = performance.now();
    // The run's own total: the workers' reports add up to it only once every worker has reported.
    const total = form.games();
    setRunning(true);
    noResults('The results will appear here when the run has finished.');
    progress.show(0, total);
    progress.paint();
    progress.status.focus();
    announce(`Running the lab: ${count(total)} games.`);
    const seconds = () => (performance.now() - started) / 1000;
    if (form.view() === 'attribution') {
      const handle = startLab(req, (p) => progress.show(p.done, total));
      current = handle;
      handle.result.then((r) => finish(attributionResults(inputs, catalog, r, seconds()), started, `Stalin wins ${pct(r.baseline)} of historical games, ${pct(r.all)} with all factors.`), fail);
    } else {
      const handle = startLensComparison(req, undefined, (p) => progress.show(p.done, total));
      current = handle;
      handle.result.then((r) => finish(lensResults(inputs, catalog, r, seconds()), started, `The attribution under ${Object.keys(r).length} lenses is ready.`), fail);
    }
  }

  function cancel(): void {
    if (!current) return;
    progress.status.textContent = 'Cancelling…';
    current.cancel();
  }

  return { buttons: el('div', { class: 'actions lab-run no-print' }, runButton, cancelButton), problem: problem.element, progress: progress.element, results: results.element, run };
}
