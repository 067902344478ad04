// The settings: sound volumes and mute, text size, reduced motion. Each change applies at once.
import { button, el } from '../dom';
import type { Settings, TextSize } from '../settings';
import { actionsRow, type Screen } from './parts';

export interface SettingsActions {
  update: (patch: Partial<Settings>) => void;
  back: () => void;
}

function range(id: string, label: string, value: number, set: (v: number) => void): HTMLElement {
  return el(
    'div',
    { class: 'setting' },
    el('label', { for: id }, label),
    el('input', {
      id,
      type: 'range',
      min: 0,
      max: 100,
      step: 5,
      value: Math.round(value * 100),
      oninput: (e: Event) => set(Number((e.target as HTMLInputElement).value) / 100),
    }),
  );
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
  return {
    poster: true,
    children: [
      el(
        'div',
        { class: 'sheet' },
        el('h1', {}, 'Settings'),
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
      ),
    ],
  };
}
