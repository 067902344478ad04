// The Lab's form: what to measure, the games (scenario, lens, both sides' policies, how many, the seed) and
// the factors, with the count of games they make; and the request it makes, or what is wrong with it.
import { checkFactorChoice, type LabInputs } from '../../lab/factors';
import { checkRequest, LabRequestError, type LabRequest } from '../../lab/run';
import { MAX_EXACT_FACTORS } from '../../lab/shapley';
import { POLICIES, type PolicyId } from '../../rules/state';
import { defaultLens, type Catalog } from '../../scenario/catalog';
import type { Role } from '../../scenario/schema';
import { POLICY_WORDS } from '../../scenario/words';
import { button, el } from '../dom';

export const MAX_RUNS = 5000;

export type LabView = 'attribution' | 'lenses';

export interface LabForm {
  element: HTMLFormElement;
  view: () => LabView;
  /** How many games the form's choices make. */
  games: () => number;
  /** The request the form makes, or one sentence saying what is wrong with it. */
  request: () => LabRequest | string;
  /** Disables every control while a run is in progress. */
  setDisabled: (on: boolean) => void;
}

function select(id: string, label: string, options: { value: string; label: string }[], selected: string, hint?: string): { wrap: HTMLElement; input: HTMLSelectElement } {
  const input = el(
    'select',
    { id, 'aria-describedby': hint ? `${id}-hint` : undefined },
    ...options.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.label)),
  );
  return { wrap: el('div', { class: 'field' }, el('label', { for: id }, label), input, hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null), input };
}

function viewChoice(catalog: Catalog): HTMLElement {
  const items = [
    ['attribution', 'Attribution under one lens', 'Which factors changed Stalin’s chance of victory, and by how much.'],
    ['lenses', 'Compare lenses', `The same attribution under every historian’s lens, side by side (${catalog.lenses.length} times the games).`],
  ] as const;
  return el(
    'fieldset',
    { class: 'lab-view' },
    el('legend', {}, 'What to measure'),
    ...items.map(([id, label, hint]) =>
      el(
        'div',
        { class: 'choice' },
        el('input', { type: 'radio', name: 'lab-view', id: `lab-view-${id}`, value: id, checked: id === 'attribution', 'aria-describedby': `lab-view-${id}-hint` }),
        el('label', { for: `lab-view-${id}` }, label),
        el('p', { class: 'hint', id: `lab-view-${id}-hint` }, hint),
      ),
    ),
  );
}

/** The factors' check boxes, with buttons for the default set and none, and the count line below them. */
function factorChoice(inputs: LabInputs, count: HTMLElement, changed: () => void): { field: HTMLElement; checks: HTMLInputElement[] } {
  const set = inputs.factorSet;
  const checks = set.factors.map((f) =>
    el('input', { type: 'checkbox', id: `lab-factor-${f.id}`, name: 'lab-factor', value: f.id, checked: f.default, 'aria-describedby': `lab-factor-${f.id}-hint` }),
  );
  const field = el(
    'fieldset',
    { class: 'lab-factors' },
    el('legend', {}, `Factors (at most ${MAX_EXACT_FACTORS})`),
    el(
      'div',
      { class: 'actions compact' },
      button('Default set', () => {
        checks.forEach((c, i) => (c.checked = set.factors[i].default));
        changed();
      }, 'secondary'),
      button('Clear', () => {
        checks.forEach((c) => (c.checked = false));
        changed();
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
  return { field, checks };
}

function runsAndSeed(): { runs: HTMLInputElement; seed: HTMLInputElement; fields: HTMLElement[] } {
  const runs = el('input', { id: 'lab-runs', type: 'number', min: 1, max: MAX_RUNS, step: 1, value: 200, inputmode: 'numeric', 'aria-describedby': 'lab-runs-hint' });
  const seed = el('input', { id: 'lab-seed', type: 'text', value: '1', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'lab-seed-hint' });
  const fields = [
    el('div', { class: 'field' }, el('label', { for: 'lab-runs' }, 'Games per coalition'), runs, el('p', { class: 'hint', id: 'lab-runs-hint' }, 'A coalition is one combination of factors switched on together. Each coalition, and the shrewd variant, is played on this many seeds (200 by default).')),
    el('div', { class: 'field' }, el('label', { for: 'lab-seed' }, 'Seed'), seed, el('p', { class: 'hint', id: 'lab-seed-hint' }, 'The same seed and inputs always give the same numbers, on any device.')),
  ];
  return { runs, seed, fields };
}

export function labForm(catalog: Catalog, inputs: LabInputs, preset: { scenario?: string; lens?: string }, submit: () => void): LabForm {
  const campaign = catalog.scenarios.find((s) => s.kind === 'campaign') ?? catalog.scenarios[0];
  const viewRadios = viewChoice(catalog);
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
  const policy = (role: Role) => select(`lab-${role}`, role === 'stalin' ? "Stalin's policy" : "Trotsky's policy", POLICIES.map((p) => ({ value: p, label: POLICY_WORDS[p].lab })), 'historical');
  const stalin = policy('stalin');
  const trotsky = policy('trotsky');
  const { runs, seed, fields } = runsAndSeed();
  const count = el('p', { class: 'hint', id: 'lab-count' });
  const { field: factorField, checks } = factorChoice(inputs, count, () => update());

  const view = (): LabView => ((viewRadios.querySelector('input:checked') as HTMLInputElement | null)?.value as LabView) ?? 'attribution';
  const chosen = () => checks.filter((c) => c.checked).map((c) => c.value);
  const games = () => {
    const n = Math.max(0, Math.floor(Number(runs.value) || 0));
    return n * ((1 << chosen().length) + 1) * (view() === 'lenses' ? catalog.lenses.length : 1);
  };
  function update(): void {
    const ids = chosen();
    const over = ids.length > MAX_EXACT_FACTORS;
    count.textContent = `${ids.length} factor${ids.length === 1 ? '' : 's'} chosen${over ? ` — too many: at most ${MAX_EXACT_FACTORS}` : ''}. ${ids.length ? `${1 << ids.length} coalitions (combinations of factors)` : 'No coalitions (combinations of factors)'} × ${runs.value || 0} games, plus the shrewd variant${view() === 'lenses' ? `, under ${catalog.lenses.length} lenses` : ''}: ${games().toLocaleString('en-GB')} games.`;
    lens.input.disabled = view() === 'lenses';
  }
  const request = (): LabRequest | string => {
    const n = Number(runs.value);
    const req = { scenario: scenario.input.value, lens: lens.input.value, factors: chosen(), runs: n, seed: seed.value.trim() };
    return checkForm(inputs, { ...req, policies: { stalin: stalin.input.value as PolicyId, trotsky: trotsky.input.value as PolicyId } });
  };
  const setDisabled = (on: boolean) => {
    for (const c of [scenario.input, stalin.input, trotsky.input, runs, seed, ...checks, ...viewRadios.querySelectorAll('input')] as HTMLInputElement[]) c.disabled = on;
    lens.input.disabled = on || view() === 'lenses';
  };
  const element = el(
    'form',
    { class: 'lab-controls', onsubmit: (e: Event) => (e.preventDefault(), submit()) },
    viewRadios,
    el('fieldset', { class: 'lab-setup' }, el('legend', {}, 'The games'), scenario.wrap, lens.wrap, stalin.wrap, trotsky.wrap, ...fields),
    factorField,
  );
  element.addEventListener('change', update);
  element.addEventListener('input', update);
  update();
  return { element, view, games, request, setDisabled };
}

/** The request, or the first thing wrong with it in one sentence. */
function checkForm(inputs: LabInputs, req: LabRequest): LabRequest | string {
  const bad = checkFactorChoice(inputs.factorSet, req.factors);
  if (bad) return `The factors cannot be attributed: ${bad}.`;
  if (!Number.isInteger(req.runs) || req.runs < 1 || req.runs > MAX_RUNS) return `Games per coalition must be a whole number from 1 to ${MAX_RUNS}.`;
  if (!String(req.seed)) return 'The seed must not be empty (any word or number).';
  try {
    checkRequest(inputs, req);
  } catch (err) {
    return err instanceof LabRequestError ? `The lab cannot run this: ${err.message}.` : String(err);
  }
  return req;
}
