// The new-game form: the side to play, the scenario, the historian's lens and the rival's policy.
import type { PolicyId } from '../../rules/state';
import { defaultLens, type Menu } from '../../scenario/menu';
import type { Role } from '../../scenario/schema';
import { POLICY_WORDS } from '../../scenario/words';
import { button, el } from '../dom';
import type { SetupChoice, SetupPreset } from '../address';
import { actionsRow, sheetScreen, type Screen } from './sheet';

export interface SetupActions {
  start: (choice: SetupChoice) => void;
  back: () => void;
}

interface Item<T extends string> {
  id: T;
  label: string;
  hint?: string;
}

function radios<T extends string>(name: string, legend: string, items: Item<T>[], selected: T): HTMLElement {
  return el(
    'fieldset',
    {},
    el('legend', {}, legend),
    ...items.map((it) =>
      el(
        'div',
        { class: 'choice' },
        el('input', { type: 'radio', name, id: `${name}-${it.id}`, value: it.id, checked: it.id === selected, 'aria-describedby': it.hint ? `${name}-${it.id}-hint` : undefined }),
        el('label', { for: `${name}-${it.id}` }, it.label),
        it.hint ? el('p', { class: 'hint', id: `${name}-${it.id}-hint` }, it.hint) : null,
      ),
    ),
  );
}

/** The form, from the menu of scenarios and lenses (the whole catalogue is one too). */
export function setupScreen(catalog: Menu, pre: SetupPreset, actions: SetupActions): Screen {
  const campaign = catalog.scenarios.find((s) => s.kind === 'campaign') ?? catalog.scenarios[0];
  // Every policy has its words (src/scenario/words.ts): the rules' own list would bring their schema with it.
  const difficulties = (Object.keys(POLICY_WORDS) as PolicyId[]).map((id) => ({ id, label: POLICY_WORDS[id].label, hint: POLICY_WORDS[id].hint }));
  const form = el(
    'form',
    { onsubmit: (e: Event) => e.preventDefault() },
    radios<Role>('role', 'Play as', [
      { id: 'stalin', label: 'Stalin', hint: campaign.roles.stalin },
      { id: 'trotsky', label: 'Trotsky', hint: campaign.roles.trotsky },
    ], pre.role ?? 'stalin'),
    radios('scenario', 'Scenario', catalog.scenarios.map((s) => ({ id: s.id, label: s.kind === 'lesson' ? `Lesson: ${s.title}` : s.title, hint: s.summary })), pre.scenario ?? campaign.id),
    radios('lens', "Historian's lens", catalog.lenses.map((l) => ({ id: l.id, label: l.name, hint: l.summary })), pre.lens ?? defaultLens(catalog).id),
    radios<PolicyId>('difficulty', 'Difficulty', difficulties, 'historical'),
  );
  const value = (name: string) => (form.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement).value;
  const start = () => actions.start({ role: value('role') as Role, scenario: value('scenario'), lens: value('lens'), rival: value('difficulty') as PolicyId });
  return sheetScreen('New game', [form, actionsRow(button('Start the game', start, 'primary'), button('Back to the title', actions.back, 'secondary'))]);
}
