// The Counterfactual Lab screen: choose a scenario, a lens, both sides' policies, the number of games and the
// factors; run the attribution in Web Workers (src/lab/client.ts) with a progress bar and Cancel; see the
// distribution of endings, the variants compared and the Shapley attribution, each as a chart with its data
// table beside it. A second view runs the same attribution under every lens, side by side. The numbers are
// the same as `npm run -s lab -- --json` for the same inputs and seed.
import './lab.css';
import './print.css';
import { startLab, startLensComparison, type LabHandle } from '../lab/client';
import { checkFactorChoice, inertSwitches, type Factor, type LabInputs } from '../lab/factors';
import { checkRequest, LabCancelled, LabRequestError, WINNERS, type LabRequest, type LabResult, type Winner } from '../lab/run';
import { MAX_EXACT_FACTORS } from '../lab/shapley';
import { POLICIES, type PolicyId } from '../rules/state';
import { defaultLens, type Catalog } from '../scenario/catalog';
import type { Role } from '../scenario/schema';
import { barChart, niceTicks, patternKey, type PatternId } from './charts';
import { append, button, el, type Child } from './dom';
import { bundledLabInputs } from './labdata';
import { POLICY_WORDS, percent as pct, probabilityPoints as points } from '../scenario/words';

export interface LabHost {
  catalog: Catalog;
  /** Puts the screen in the panel and moves focus to its h1. */
  show: (...children: Child[]) => void;
  /** Says a sentence in the page's polite live region. */
  announce: (text: string) => void;
  back: () => void;
  /** Scenario and lens to start with (e.g. those of the game just debriefed). */
  preset?: { scenario?: string; lens?: string };
}

export const LAB_HEADING = 'Counterfactual Lab';
const MAX_RUNS = 5000;


const WINNER_PATTERN: Record<Winner, PatternId> = { stalin: 'solid', trotsky: 'hatch', zinoviev: 'dots', bukharin: 'stripes', collective: 'outline' };


/** The run in progress, if any, and which showing of the screen it belongs to: leaving the screen cancels it. */
let current: LabHandle<unknown> | null = null;
let showing = 0;

function cancelCurrent(): void {
  current?.cancel();
  current = null;
  showing++;
}

type View = 'attribution' | 'lenses';

interface Controls {
  view: () => View;
  scenario: HTMLSelectElement;
  lens: HTMLSelectElement;
  stalin: HTMLSelectElement;
  trotsky: HTMLSelectElement;
  runs: HTMLInputElement;
  seed: HTMLInputElement;
  factors: HTMLInputElement[];
}

function select(id: string, label: string, options: { value: string; label: string }[], selected: string, hint?: string): { wrap: HTMLElement; input: HTMLSelectElement } {
  const input = el(
    'select',
    { id, 'aria-describedby': hint ? `${id}-hint` : undefined },
    ...options.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.label)),
  );
  return { wrap: el('div', { class: 'field' }, el('label', { for: id }, label), input, hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null), input };
}

function winnerName(catalog: Catalog, w: Winner): string {
  if (w === 'collective') return 'Collective leadership';
  const name = catalog.campaigns[0]?.camps.find((c) => c.id === w)?.name ?? w;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function kindWord(f: Factor): string {
  return f.kind === 'mistake' ? "Trotsky's mistake corrected" : 'Structural switch';
}

function variantInfo(inputs: LabInputs, variant: string): { label: string; kind: string; pattern: PatternId } {
  if (variant === 'historical') return { label: 'Both sides as in history', kind: 'Historical', pattern: 'solid' };
  if (variant === 'all') return { label: 'All chosen factors together', kind: 'All factors', pattern: 'cross' };
  if (variant === 'shrewd') return { label: 'A shrewd Trotsky (no factor switched)', kind: 'Policy', pattern: 'stripes' };
  const f = inputs.factorSet.byId[variant.slice('only:'.length)];
  return { label: `Only: ${f?.label ?? variant}`, kind: f ? kindWord(f) : 'Factor', pattern: f?.kind === 'structure' ? 'dots' : 'hatch' };
}

/** A data table: caption, column headers, a header cell for each row, and numbers with their exact value. */
function dataTable(
  id: string,
  caption: string,
  head: string[],
  rows: { key?: string; cells: { text: string; value?: number; col?: string }[] }[],
  foot?: { text: string; value?: number; col?: string }[],
): HTMLTableElement {
  const cell = (c: { text: string; value?: number; col?: string }, j: number, tag: 'td' | 'th' = 'td') =>
    j === 0
      ? el('th', { scope: 'row' }, c.text)
      : el(tag, { class: c.value !== undefined ? 'num' : undefined, 'data-value': c.value !== undefined ? String(c.value) : undefined, 'data-col': c.col }, c.text);
  return el(
    'table',
    { id, class: 'data' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', { 'data-key': r.key }, ...r.cells.map((c, j) => cell(c, j))))),
    foot ? el('tfoot', {}, el('tr', {}, ...foot.map((c, j) => cell(c, j)))) : null,
  );
}

function figure(id: string, caption: string, chart: SVGSVGElement, data: HTMLTableElement, key?: HTMLElement): HTMLElement {
  return el('figure', { class: 'lab-figure', 'aria-labelledby': `${id}-cap` }, el('figcaption', { id: `${id}-cap` }, caption), el('div', { class: 'lab-pair' }, el('div', { class: 'lab-chart' }, chart, key ?? null), data));
}

function shapleyBounds(values: number[]): { min: number; max: number } {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = (hi - lo || 1) * 0.08;
  return { min: lo < 0 ? lo - pad : 0, max: hi > 0 ? hi + pad : lo < 0 ? 0 : 1 };
}

function attributionResults(inputs: LabInputs, catalog: Catalog, r: LabResult, seconds: number): Child[] {
  const ids = Object.keys(r.factors);
  const factor = (id: string) => inputs.factorSet.byId[id];
  const lens = catalog.lenses.find((l) => l.id === r.lens);
  const variants = Object.keys(r.variants);
  const hist = r.endings.historical;
  const endingsChart = barChart({
    title: 'Endings with both sides as in history',
    description: 'The share of games won by each camp; the same numbers are in the table beside the chart.',
    bars: WINNERS.map((w) => ({ label: winnerName(catalog, w), value: 100 * hist[w], valueText: pct(hist[w]), pattern: WINNER_PATTERN[w] })),
    min: 0,
    max: 100,
    ticks: [0, 25, 50, 75, 100],
    tickText: (v) => `${v}%`,
  });
  const endingsTable = dataTable(
    'lab-endings-table',
    'Endings with both sides as in history (share of games)',
    ['Winner', 'Share of games', 'Games'],
    WINNERS.map((w) => ({ key: w, cells: [{ text: winnerName(catalog, w) }, { text: pct(hist[w]), value: hist[w], col: 'share' }, { text: String(Math.round(hist[w] * r.runs)), value: Math.round(hist[w] * r.runs), col: 'games' }] })),
  );
  const variantChart = barChart({
    title: "Stalin's chance of victory in each variant",
    description: 'One bar per variant; the same numbers are in the table beside the chart.',
    bars: variants.map((v) => ({ label: variantInfo(inputs, v).label, value: 100 * r.variants[v], valueText: pct(r.variants[v]), pattern: variantInfo(inputs, v).pattern })),
    min: 0,
    max: 100,
    ticks: [0, 25, 50, 75, 100],
    tickText: (v) => `${v}%`,
  });
  const variantTable = dataTable(
    'lab-variants-table',
    "Stalin's chance of victory by variant",
    ['Variant', 'Kind', 'Stalin wins', 'Change from history (points)'],
    variants.map((v) => ({
      key: v,
      cells: [
        { text: variantInfo(inputs, v).label },
        { text: variantInfo(inputs, v).kind },
        { text: pct(r.variants[v]), value: r.variants[v], col: 'win' },
        { text: points(r.variants[v] - r.baseline), value: r.variants[v] - r.baseline, col: 'change' },
      ],
    })),
  );
  const values = ids.map((id) => 100 * r.factors[id]);
  const bounds = shapleyBounds(values);
  const shapleyChart = barChart({
    title: "Shapley attribution: each factor's share of the change in Stalin's chance of victory",
    description: 'In percentage points; bars to the right made Stalin more likely to win, to the left less likely. The same numbers are in the table beside the chart.',
    bars: ids.map((id) => ({ label: factor(id).label, value: 100 * r.factors[id], valueText: `${points(r.factors[id])} pts`, pattern: factor(id).kind === 'structure' ? 'dots' : 'hatch' })),
    min: bounds.min,
    max: bounds.max,
    ticks: niceTicks(bounds.min, bounds.max, 4),
    tickText: (v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`,
  });
  const sum = ids.reduce((a, id) => a + r.factors[id], 0);
  const shapleyTable = dataTable(
    'lab-shapley-table',
    "Shapley values: change in Stalin's chance of victory, in percentage points",
    ['Factor', 'Kind', 'Stalin wins with this factor alone', 'Shapley value (points)'],
    ids.map((id) => ({
      key: id,
      cells: [
        { text: factor(id).label },
        { text: kindWord(factor(id)) },
        { text: pct(r.variants[`only:${id}`]), value: r.variants[`only:${id}`], col: 'alone' },
        { text: points(r.factors[id]), value: r.factors[id], col: 'shapley' },
      ],
    })),
    [{ text: 'Sum (all factors − history)' }, { text: '' }, { text: '' }, { text: points(sum), value: sum, col: 'shapley' }],
  );
  const factorKey = patternKey([
    { pattern: 'hatch', meaning: "one of Trotsky's mistakes corrected" },
    { pattern: 'dots', meaning: 'a structural switch' },
  ]);
  const variantKey = patternKey([
    { pattern: 'solid', meaning: 'history' },
    { pattern: 'hatch', meaning: 'one mistake corrected' },
    { pattern: 'dots', meaning: 'one structural switch' },
    { pattern: 'cross', meaning: 'all factors' },
    { pattern: 'stripes', meaning: 'shrewd Trotsky' },
  ]);
  const allEndings = dataTable(
    'lab-all-endings-table',
    'Endings in every variant (share of games)',
    ['Variant', ...WINNERS.map((w) => winnerName(catalog, w))],
    variants.map((v) => ({ key: v, cells: [{ text: variantInfo(inputs, v).label }, ...WINNERS.map((w) => ({ text: pct(r.endings[v][w]), value: r.endings[v][w], col: w }))] })),
  );
  return [
    el(
      'p',
      { class: 'lead' },
      `Stalin won ${pct(r.baseline)} of the games with both sides as in history, ${pct(r.all)} with all ${ids.length} factors switched (${points(r.all - r.baseline)} points), and ${pct(r.variants.shrewd)} against a shrewd Trotsky.`,
    ),
    el(
      'p',
      { class: 'hint' },
      `${r.runs} games for each of ${r.coalitions.length} coalitions of factors · lens: ${lens?.name ?? r.lens} · Stalin ${r.policies.stalin}, Trotsky ${r.policies.trotsky} · seed ${r.seed} · ${seconds.toFixed(1)} s in this browser.`,
    ),
    figure('lab-fig-endings', 'The distribution of endings with both sides as in history', endingsChart, endingsTable, patternKey(WINNERS.map((w) => ({ pattern: WINNER_PATTERN[w], meaning: winnerName(catalog, w) })))),
    figure('lab-fig-variants', 'The variants compared', variantChart, variantTable, variantKey),
    figure('lab-fig-shapley', 'Shapley attribution of the change in Stalin’s chance of victory', shapleyChart, shapleyTable, factorKey),
    el(
      'p',
      {},
      'How to read it: a factor’s Shapley value is its share of the change from no factor switched to all of them, averaged over every order in which the factors could be switched on. The values add up to the difference between “all factors” and history. Every coalition of factors is played on the same game seeds.',
    ),
    allEndings,
  ];
}

function lensResults(inputs: LabInputs, catalog: Catalog, results: Record<string, LabResult>, seconds: number): Child[] {
  const lenses = Object.keys(results);
  const name = (id: string) => catalog.lenses.find((l) => l.id === id)?.name ?? id;
  const first = results[lenses[0]];
  const ids = Object.keys(first.factors);
  const all = lenses.flatMap((l) => ids.map((id) => 100 * results[l].factors[id]));
  const bounds = shapleyBounds(all);
  const chances = dataTable(
    'lab-lens-chances-table',
    "Stalin's chance of victory under each lens",
    ['Variant', ...lenses.map(name)],
    (['historical', 'all', 'shrewd'] as const).map((v) => ({
      key: v,
      cells: [{ text: variantInfo(inputs, v).label }, ...lenses.map((l) => ({ text: pct(results[l].variants[v]), value: results[l].variants[v], col: l }))],
    })),
  );
  const shapley = dataTable(
    'lab-lens-shapley-table',
    'Shapley values under each lens (percentage points of Stalin’s chance of victory)',
    ['Factor', ...lenses.map(name)],
    ids.map((id) => ({ key: id, cells: [{ text: inputs.factorSet.byId[id].label }, ...lenses.map((l) => ({ text: points(results[l].factors[id]), value: results[l].factors[id], col: l }))] })),
  );
  const multiples = el(
    'div',
    { class: 'small-multiples' },
    ...lenses.map((l) => {
      const lens = catalog.lenses.find((x) => x.id === l);
      return el(
        'figure',
        { class: 'small-multiple', 'aria-labelledby': `lab-sm-${l}` },
        el('figcaption', { id: `lab-sm-${l}` }, el('strong', {}, name(l)), lens ? el('span', { class: 'hint' }, ` — ${lens.historians.map((h) => h.name).join(', ')}`) : null),
        barChart({
          title: `Shapley values under the lens “${name(l)}”`,
          description: 'In percentage points, on the same scale as the other lenses; the numbers are in the table above.',
          bars: ids.map((id) => ({ label: inputs.factorSet.byId[id].label, value: 100 * results[l].factors[id], valueText: points(results[l].factors[id]), pattern: inputs.factorSet.byId[id].kind === 'structure' ? 'dots' : 'hatch' })),
          min: bounds.min,
          max: bounds.max,
          ticks: niceTicks(bounds.min, bounds.max, 4),
          tickText: (v) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`,
          width: 420,
        }),
        el('p', { class: 'hint' }, `Stalin wins: ${pct(results[l].baseline)} in history, ${pct(results[l].all)} with all factors.`),
      );
    }),
  );
  return [
    el('p', { class: 'lead' }, `The same ${ids.length} factors, the same ${first.runs} games per coalition and the same seeds (${first.seed}), under each historian’s lens. ${seconds.toFixed(1)} s in this browser.`),
    chances,
    shapley,
    patternKey([
      { pattern: 'hatch', meaning: "one of Trotsky's mistakes corrected" },
      { pattern: 'dots', meaning: 'a structural switch' },
    ]),
    multiples,
    el('p', {}, 'Where the lenses disagree about a factor, the answer to “how far was it the rivals’ mistakes?” depends on the historian’s assumptions — which is the point of the debate.'),
  ];
}

/** Shows the Lab screen. */
export function showLab(host: LabHost): void {
  cancelCurrent();
  const mine = showing;
  const { catalog } = host;
  const inputs = bundledLabInputs(catalog);
  const set = inputs.factorSet;
  const preset = host.preset ?? {};
  const campaign = catalog.scenarios.find((s) => s.kind === 'campaign') ?? catalog.scenarios[0];

  const viewRadios = el(
    'fieldset',
    { class: 'lab-view' },
    el('legend', {}, 'What to measure'),
    ...([
      ['attribution', 'Attribution under one lens', 'Which factors changed Stalin’s chance of victory, and by how much.'],
      ['lenses', 'Compare lenses', `The same attribution under every historian’s lens, side by side (${catalog.lenses.length} times the games).`],
    ] as const).map(([id, label, hint]) =>
      el(
        'div',
        { class: 'choice' },
        el('input', { type: 'radio', name: 'lab-view', id: `lab-view-${id}`, value: id, checked: id === 'attribution', 'aria-describedby': `lab-view-${id}-hint` }),
        el('label', { for: `lab-view-${id}` }, label),
        el('p', { class: 'hint', id: `lab-view-${id}-hint` }, hint),
      ),
    ),
  );
  const scenario = select(
    'lab-scenario',
    'Scenario',
    catalog.scenarios.map((s) => ({ value: s.id, label: s.kind === 'lesson' ? `Lesson: ${s.title}` : s.title })),
    preset.scenario && catalog.scenarios.some((s) => s.id === preset.scenario) ? preset.scenario : campaign.id,
  );
  const lens = select(
    'lab-lens',
    "Historian's lens",
    catalog.lenses.map((l) => ({ value: l.id, label: `${l.name}${l.default ? ' (default)' : ''}` })),
    preset.lens && catalog.lenses.some((l) => l.id === preset.lens) ? preset.lens : defaultLens(catalog).id,
    'Compare lenses runs every lens.',
  );
  const policy = (role: Role) =>
    select(`lab-${role}`, role === 'stalin' ? "Stalin's policy" : "Trotsky's policy", POLICIES.map((p) => ({ value: p, label: POLICY_WORDS[p].lab })), 'historical');
  const stalin = policy('stalin');
  const trotsky = policy('trotsky');
  const runs = el('input', { id: 'lab-runs', type: 'number', min: 1, max: MAX_RUNS, step: 1, value: 200, inputmode: 'numeric', 'aria-describedby': 'lab-runs-hint' });
  const seed = el('input', { id: 'lab-seed', type: 'text', value: '1', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'lab-seed-hint' });
  const count = el('p', { class: 'hint', id: 'lab-count' });
  const checks = set.factors.map((f) =>
    el('input', { type: 'checkbox', id: `lab-factor-${f.id}`, name: 'lab-factor', value: f.id, checked: f.default, 'aria-describedby': `lab-factor-${f.id}-hint` }),
  );
  const factorField = el(
    'fieldset',
    { class: 'lab-factors' },
    el('legend', {}, `Factors (at most ${MAX_EXACT_FACTORS})`),
    el(
      'div',
      { class: 'actions compact' },
      button('Default set', () => {
        checks.forEach((c, i) => (c.checked = set.factors[i].default));
        update();
      }, 'secondary'),
      button('Clear', () => {
        checks.forEach((c) => (c.checked = false));
        update();
      }, 'secondary'),
    ),
    ...set.factors.map((f, i) =>
      el(
        'div',
        { class: 'choice' },
        checks[i],
        el('label', { for: `lab-factor-${f.id}` }, f.label, el('span', { class: `tag ${f.kind}` }, f.kind === 'mistake' ? ' · mistake' : ' · structure')),
        el('p', { class: 'hint', id: `lab-factor-${f.id}-hint` }, f.description),
      ),
    ),
    count,
  );
  const problem = el('div', { class: 'lab-problem', 'aria-live': 'assertive' });
  const runButton = button('Run', () => run(), 'primary');
  const cancelButton = button('Cancel', () => cancel(), 'secondary');
  cancelButton.disabled = true;
  const bar = el('span', { class: 'lab-progress-fill' });
  const progress = el(
    'div',
    { class: 'lab-progress', role: 'progressbar', 'aria-label': 'Lab progress', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-valuetext': 'Not started' },
    bar,
  );
  const status = el('p', { class: 'lab-status', id: 'lab-status' }, 'Choose what to run, then press Run.');
  const resultsHead = el('h2', { id: 'lab-results-head', tabindex: -1 }, 'Results');
  const results = el('section', { class: 'lab-results', 'aria-labelledby': 'lab-results-head' }, resultsHead, el('p', { class: 'hint' }, 'No results yet.'));

  const controls: Controls = {
    view: () => ((viewRadios.querySelector('input:checked') as HTMLInputElement | null)?.value as View) ?? 'attribution',
    scenario: scenario.input,
    lens: lens.input,
    stalin: stalin.input,
    trotsky: trotsky.input,
    runs,
    seed,
    factors: checks,
  };

  const chosen = () => checks.filter((c) => c.checked).map((c) => c.value);
  const games = () => {
    const n = Math.max(0, Math.floor(Number(runs.value) || 0));
    const lensCount = controls.view() === 'lenses' ? catalog.lenses.length : 1;
    return n * ((1 << chosen().length) + 1) * lensCount;
  };

  function update(): void {
    const ids = chosen();
    const over = ids.length > MAX_EXACT_FACTORS;
    count.textContent = `${ids.length} factor${ids.length === 1 ? '' : 's'} chosen${over ? ` — too many: at most ${MAX_EXACT_FACTORS}` : ''}. ${ids.length ? `${1 << ids.length} coalitions` : 'No coalitions'} × ${runs.value || 0} games, plus the shrewd variant${controls.view() === 'lenses' ? `, under ${catalog.lenses.length} lenses` : ''}: ${games().toLocaleString('en-GB')} games.`;
    lens.input.disabled = controls.view() === 'lenses';
  }

  function setRunning(on: boolean): void {
    runButton.disabled = on;
    cancelButton.disabled = !on;
    for (const c of [scenario.input, stalin.input, trotsky.input, runs, seed, ...checks, ...viewRadios.querySelectorAll('input')] as HTMLInputElement[]) c.disabled = on;
    lens.input.disabled = on || controls.view() === 'lenses';
    progress.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  let done = 0;
  let total = 0;
  let frame = 0;
  function showProgress(d: number, t: number): void {
    done = d;
    total = t;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      paintProgress();
    });
  }
  function paintProgress(): void {
    const percent = total ? Math.floor((100 * done) / total) : 0;
    bar.style.width = `${percent}%`;
    progress.setAttribute('aria-valuenow', String(percent));
    progress.setAttribute('aria-valuetext', `${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} games`);
    status.textContent = `Running: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} games (${percent}%).`;
  }

  function request(): LabRequest | string {
    const ids = chosen();
    const bad = checkFactorChoice(set, ids);
    if (bad) return `The factors cannot be attributed: ${bad}.`;
    const n = Number(runs.value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_RUNS) return `Games per coalition must be a whole number from 1 to ${MAX_RUNS}.`;
    const s = seed.value.trim();
    if (!s) return 'The seed must not be empty (any word or number).';
    const req: LabRequest = {
      scenario: scenario.input.value,
      lens: lens.input.value,
      factors: ids,
      runs: n,
      seed: s,
      policies: { stalin: stalin.input.value as PolicyId, trotsky: trotsky.input.value as PolicyId },
    };
    try {
      checkRequest(inputs, req);
    } catch (err) {
      return err instanceof LabRequestError ? `The lab cannot run this: ${err.message}.` : String(err);
    }
    return req;
  }

  function showProblem(text: string | null, warnings: string[] = []): void {
    problem.replaceChildren();
    if (text) problem.append(el('p', { class: 'notice', role: 'alert' }, text));
    if (warnings.length) problem.append(el('div', { class: 'notice' }, el('p', {}, 'Note:'), el('ul', {}, ...warnings.map((w) => el('li', {}, w)))));
  }

  function run(): void {
    const req = request();
    if (typeof req === 'string') {
      showProblem(req);
      return;
    }
    const sc = catalog.scenarios.find((s) => s.id === req.scenario)!;
    showProblem(null, inertSwitches(set, req.factors, sc.campaign));
    const view = controls.view();
    const started = performance.now();
    setRunning(true);
    showProgress(0, games());
    paintProgress();
    host.announce(`Running the lab: ${games().toLocaleString('en-GB')} games.`);
    const finish = (content: Child[], summary: string) => {
      if (showing !== mine) return;
      current = null;
      setRunning(false);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      done = total;
      paintProgress();
      const seconds = (performance.now() - started) / 1000;
      status.textContent = `Finished: ${total.toLocaleString('en-GB')} games in ${seconds.toFixed(1)} s.`;
      results.replaceChildren(resultsHead);
      append(results, ...content);
      resultsHead.focus();
      host.announce(`The lab has finished. ${summary}`);
    };
    const fail = (err: unknown) => {
      if (showing !== mine) return;
      current = null;
      setRunning(false);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (err instanceof LabCancelled) {
        const msg = `Run cancelled after ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} games. No results were kept.`;
        status.textContent = msg;
        progress.setAttribute('aria-valuetext', `Cancelled at ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} games`);
        host.announce(msg);
      } else {
        const msg = `The lab failed: ${err instanceof Error ? err.message : String(err)}`;
        status.textContent = msg;
        showProblem(msg);
        host.announce(msg);
      }
    };
    if (view === 'attribution') {
      const handle = startLab(req, (p) => showProgress(p.done, p.total));
      current = handle;
      handle.result.then((r) => {
        const seconds = (performance.now() - started) / 1000;
        finish(attributionResults(inputs, catalog, r, seconds), `Stalin wins ${pct(r.baseline)} of historical games, ${pct(r.all)} with all factors.`);
      }, fail);
    } else {
      const handle = startLensComparison(req, undefined, (p) => showProgress(p.done, p.total));
      current = handle;
      handle.result.then((r) => {
        const seconds = (performance.now() - started) / 1000;
        finish(lensResults(inputs, catalog, r, seconds), `The attribution under ${Object.keys(r).length} lenses is ready.`);
      }, fail);
    }
  }

  function cancel(): void {
    if (!current) return;
    status.textContent = 'Cancelling…';
    current.cancel();
  }

  const form = el(
    'form',
    { class: 'lab-controls', onsubmit: (e: Event) => (e.preventDefault(), run()) },
    viewRadios,
    el('fieldset', { class: 'lab-setup' }, el('legend', {}, 'The games'), scenario.wrap, lens.wrap, stalin.wrap, trotsky.wrap,
      el('div', { class: 'field' }, el('label', { for: 'lab-runs' }, 'Games per coalition'), runs, el('p', { class: 'hint', id: 'lab-runs-hint' }, 'Each coalition of factors, and the shrewd variant, is played on this many seeds (200 by default).')),
      el('div', { class: 'field' }, el('label', { for: 'lab-seed' }, 'Seed'), seed, el('p', { class: 'hint', id: 'lab-seed-hint' }, 'The same seed and inputs give the same numbers here and in `npm run lab`.')),
    ),
    factorField,
  );
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();

  host.show(
    el(
      'nav',
      { 'aria-label': 'Lab menu', class: 'game-nav no-print' },
      el('span', { class: 'progress' }, 'After Lenin · Counterfactual Lab'),
      button('Back to the title', () => {
        cancelCurrent();
        host.back();
      }, 'secondary'),
    ),
    el('p', { class: 'kicker' }, 'How far was it the rivals’ mistakes?'),
    el('h1', {}, LAB_HEADING),
    el(
      'p',
      { class: 'lead' },
      'Thousands of simulated games: correct one of Trotsky’s mistakes, or change the circumstances, and measure how Stalin’s chance of victory moves. Shapley values share the change among the factors.',
    ),
    form,
    problem,
    el('div', { class: 'actions lab-run no-print' }, runButton, cancelButton),
    el('div', { class: 'lab-progress-wrap' }, progress, status),
    results,
  );
}
