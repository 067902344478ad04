// The Lab's results: the distribution of endings, the variants compared and the Shapley attribution under
// one lens, or the same attribution under every lens side by side — each chart with its data table beside it.
import type { Factor, LabInputs } from '../../lab/factors';
import { WINNERS, type LabResult, type Winner } from '../../lab/run';
import type { Catalog } from '../../scenario/catalog';
import { percent as pct, probabilityPoints as points } from '../../scenario/words';
import { barChart, niceTicks, patternKey, type PatternId } from '../charts';
import { el, type Child } from '../dom';

const WINNER_PATTERN: Record<Winner, PatternId> = { stalin: 'solid', trotsky: 'hatch', zinoviev: 'dots', bukharin: 'stripes', collective: 'outline' };

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

const PERCENT_AXIS = { min: 0, max: 100, ticks: [0, 25, 50, 75, 100], tickText: (v: number) => `${v}%` };
const pointsTick = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`;
const FACTOR_KEY = [
  { pattern: 'hatch' as PatternId, meaning: "one of Trotsky's mistakes corrected" },
  { pattern: 'dots' as PatternId, meaning: 'a structural switch' },
];

function endingsFigure(catalog: Catalog, r: LabResult): HTMLElement {
  const hist = r.endings.historical;
  const chart = barChart({
    title: 'Endings with both sides as in history',
    description: 'The share of games won by each camp; the same numbers are in the table beside the chart.',
    bars: WINNERS.map((w) => ({ label: winnerName(catalog, w), value: 100 * hist[w], valueText: pct(hist[w]), pattern: WINNER_PATTERN[w] })),
    ...PERCENT_AXIS,
  });
  const data = dataTable(
    'lab-endings-table',
    'Endings with both sides as in history (share of games)',
    ['Winner', 'Share of games', 'Games'],
    WINNERS.map((w) => ({ key: w, cells: [{ text: winnerName(catalog, w) }, { text: pct(hist[w]), value: hist[w], col: 'share' }, { text: String(Math.round(hist[w] * r.runs)), value: Math.round(hist[w] * r.runs), col: 'games' }] })),
  );
  const key = patternKey(WINNERS.map((w) => ({ pattern: WINNER_PATTERN[w], meaning: winnerName(catalog, w) })));
  return figure('lab-fig-endings', 'The distribution of endings with both sides as in history', chart, data, key);
}

function variantsFigure(inputs: LabInputs, r: LabResult): HTMLElement {
  const variants = Object.keys(r.variants);
  const chart = barChart({
    title: "Stalin's chance of victory in each variant",
    description: 'One bar per variant; the same numbers are in the table beside the chart.',
    bars: variants.map((v) => ({ label: variantInfo(inputs, v).label, value: 100 * r.variants[v], valueText: pct(r.variants[v]), pattern: variantInfo(inputs, v).pattern })),
    ...PERCENT_AXIS,
  });
  const data = dataTable(
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
  const key = patternKey([
    { pattern: 'solid', meaning: 'history' },
    { pattern: 'hatch', meaning: 'one mistake corrected' },
    { pattern: 'dots', meaning: 'one structural switch' },
    { pattern: 'cross', meaning: 'all factors' },
    { pattern: 'stripes', meaning: 'shrewd Trotsky' },
  ]);
  return figure('lab-fig-variants', 'The variants compared', chart, data, key);
}

function shapleyFigure(inputs: LabInputs, r: LabResult): HTMLElement {
  const ids = Object.keys(r.factors);
  const factor = (id: string) => inputs.factorSet.byId[id];
  const bounds = shapleyBounds(ids.map((id) => 100 * r.factors[id]));
  const chart = barChart({
    title: "Shapley attribution: each factor's share of the change in Stalin's chance of victory",
    description: 'In percentage points; bars to the right made Stalin more likely to win, to the left less likely. The same numbers are in the table beside the chart.',
    bars: ids.map((id) => ({ label: factor(id).label, value: 100 * r.factors[id], valueText: `${points(r.factors[id])} pts`, pattern: factor(id).kind === 'structure' ? 'dots' : 'hatch' })),
    min: bounds.min,
    max: bounds.max,
    ticks: niceTicks(bounds.min, bounds.max, 4),
    tickText: pointsTick,
  });
  const sum = ids.reduce((a, id) => a + r.factors[id], 0);
  const data = dataTable(
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
  return figure('lab-fig-shapley', 'Shapley attribution of the change in Stalin’s chance of victory', chart, data, patternKey(FACTOR_KEY));
}

/** The results of one attribution under one lens. */
export function attributionResults(inputs: LabInputs, catalog: Catalog, r: LabResult, seconds: number): Child[] {
  const n = Object.keys(r.factors).length;
  const lens = catalog.lenses.find((l) => l.id === r.lens);
  const variants = Object.keys(r.variants);
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
      `Stalin won ${pct(r.baseline)} of the games with both sides as in history, ${pct(r.all)} with all ${n} factors switched (${points(r.all - r.baseline)} points), and ${pct(r.variants.shrewd)} against a shrewd Trotsky.`,
    ),
    el(
      'p',
      { class: 'hint' },
      `${r.runs} games for each of ${r.coalitions.length} coalitions (combinations of factors switched on together) · lens: ${lens?.name ?? r.lens} · Stalin ${r.policies.stalin}, Trotsky ${r.policies.trotsky} · seed ${r.seed} · ${seconds.toFixed(1)} s in this browser.`,
    ),
    endingsFigure(catalog, r),
    variantsFigure(inputs, r),
    shapleyFigure(inputs, r),
    el(
      'p',
      {},
      'How to read it: a factor’s Shapley value is its share of the change from no factor switched to all of them, averaged over every order in which the factors could be switched on. The values add up to the difference between “all factors” and history. Every coalition (combination of factors switched on together) is played on the same game seeds.',
    ),
    allEndings,
  ];
}

/** One lens's Shapley values as a small chart, on the scale shared by all lenses. */
function smallMultiple(inputs: LabInputs, catalog: Catalog, l: string, r: LabResult, bounds: { min: number; max: number }): HTMLElement {
  const lens = catalog.lenses.find((x) => x.id === l);
  const name = lens?.name ?? l;
  const ids = Object.keys(r.factors);
  return el(
    'figure',
    { class: 'small-multiple', 'aria-labelledby': `lab-sm-${l}` },
    el('figcaption', { id: `lab-sm-${l}` }, el('strong', {}, name), lens ? el('span', { class: 'hint' }, ` — ${lens.historians.map((h) => h.name).join(', ')}`) : null),
    barChart({
      title: `Shapley values under the lens “${name}”`,
      description: 'In percentage points, on the same scale as the other lenses; the numbers are in the table above.',
      bars: ids.map((id) => ({ label: inputs.factorSet.byId[id].label, value: 100 * r.factors[id], valueText: points(r.factors[id]), pattern: inputs.factorSet.byId[id].kind === 'structure' ? 'dots' : 'hatch' })),
      min: bounds.min,
      max: bounds.max,
      ticks: niceTicks(bounds.min, bounds.max, 4),
      tickText: pointsTick,
      width: 420,
    }),
    el('p', { class: 'hint' }, `Stalin wins: ${pct(r.baseline)} in history, ${pct(r.all)} with all factors.`),
  );
}

/** The same attribution under every lens, side by side. */
export function lensResults(inputs: LabInputs, catalog: Catalog, results: Record<string, LabResult>, seconds: number): Child[] {
  const lenses = Object.keys(results);
  const name = (id: string) => catalog.lenses.find((l) => l.id === id)?.name ?? id;
  const first = results[lenses[0]];
  const ids = Object.keys(first.factors);
  const bounds = shapleyBounds(lenses.flatMap((l) => ids.map((id) => 100 * results[l].factors[id])));
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
  return [
    el('p', { class: 'lead' }, `The same ${ids.length} factors, the same ${first.runs} games per coalition (combination of factors) and the same seeds (${first.seed}), under each historian’s lens. ${seconds.toFixed(1)} s in this browser.`),
    chances,
    shapley,
    patternKey(FACTOR_KEY),
    el('div', { class: 'small-multiples' }, ...lenses.map((l) => smallMultiple(inputs, catalog, l, results[l], bounds))),
    el('p', {}, 'Where the lenses disagree about a factor, the answer to “how far was it the rivals’ mistakes?” depends on the historian’s assumptions — which is the point of the debate.'),
  ];
}
