// The settings: sound volumes and mute, text size, reduced motion. Each change applies at once.
import { button, el } from '../dom';
import type { Settings, TextSize } from '../settings';
import { actionsRow, sheetScreen, type Screen } from './sheet';

export interface SettingsActions {
  update: (patch: Partial<Settings>) => void;
  back: () => void;
}

/** A volume slider from 0 to 100%, its value shown beside it and spoken with it. */
function range(id: string, label: string, value: number, set: (v: number) => void): HTMLElement {
  const percent = Math.round(value * 100);
  const shown = el('output', { id: `${id}-value`, for: id }, `${percent}%`);
  const input = el('input', {
    id,
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    value: percent,
    'aria-valuetext': `${percent}%`,
    oninput: () => {
      const v = Number(input.value);
      shown.textContent = `${v}%`;
      input.setAttribute('aria-valuetext', `${v}%`);
      set(v / 100);
    },
  });
  return el('div', { class: 'setting' }, el('label', { for: id }, label), input, shown);
}

function check(id: string, label: string, value: boolean, set: (v: boolean) => void): HTMLElement {
  return el(
    'div',
    { class: 'setting' },
    el('input', { id, type: 'checkbox', checked: value, onchange: (e: Event) => set((e.target as HTMLInputElement).checked) }),
    el('label', { for: id }, label),
  );
}

const SIZES: [TextSize, string][] = [
  ['normal', 'Normal'],
  ['large', 'Large'],
  ['larger', 'Larger'],
];

/** The settings; Escape goes back as the Back button does. */
export function settingsScreen(s: Settings, actions: SettingsActions): Screen {
  const { update } = actions;
  const sizes = SIZES.map(([id, label]) =>
    el(
      'div',
      { class: 'choice' },
      el('input', { type: 'radio', name: 'text-size', id: `text-${id}`, value: id, checked: s.textSize === id, onchange: () => update({ textSize: id }) }),
      el('label', { for: `text-${id}` }, label),
    ),
  );
  return sheetScreen(
    'Settings',
    [
      el(
        'fieldset',
        {},
        el('legend', {}, 'Sound'),
        range('music-volume', 'Music volume', s.music, (v) => update({ music: v })),
        range('effects-volume', 'Effects volume', s.effects, (v) => update({ effects: v })),
        check('mute', 'Mute all sound', s.muted, (v) => update({ muted: v })),
      ),
      el('fieldset', {}, el('legend', {}, 'Text size'), ...sizes),
      el(
        'fieldset',
        {},
        el('legend', {}, 'Motion'),
        check('reduced-motion', 'Reduce motion (animations are skipped)', s.reducedMotion, (v) => update({ reducedMotion: v })),
        el('p', { class: 'hint' }, 'Motion is also reduced when your system asks for it.'),
      ),
      actionsRow(button('Back', actions.back, 'primary')),
    ],
    { escape: actions.back },
  );
}
