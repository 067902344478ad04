// Player settings, kept in localStorage: sound volumes and mute, text size and reduced motion.
export type TextSize = 'normal' | 'large' | 'larger';

export interface Settings {
  music: number;
  effects: number;
  muted: boolean;
  textSize: TextSize;
  reducedMotion: boolean;
}

export const SETTINGS_KEY = 'after-lenin:settings';
export const DEFAULT_SETTINGS: Settings = { music: 0.4, effects: 0.8, muted: false, textSize: 'normal', reducedMotion: false };

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const v = JSON.parse(raw) as Partial<Settings>;
    const vol = (x: unknown, d: number) => (typeof x === 'number' && x >= 0 && x <= 1 ? x : d);
    return {
      music: vol(v.music, DEFAULT_SETTINGS.music),
      effects: vol(v.effects, DEFAULT_SETTINGS.effects),
      muted: v.muted === true,
      textSize: v.textSize === 'large' || v.textSize === 'larger' ? v.textSize : 'normal',
      reducedMotion: v.reducedMotion === true,
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(s: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(s));
  } catch {
    /* storage full or blocked: settings last for this visit only */
  }
}

/** True when the player asked for reduced motion here or in the operating system. */
export function motionReduced(s: Settings): boolean {
  return s.reducedMotion || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
}

export function applyToDocument(s: Settings): void {
  const root = document.documentElement;
  root.classList.toggle('text-large', s.textSize === 'large');
  root.classList.toggle('text-larger', s.textSize === 'larger');
  root.classList.toggle('reduce-motion', motionReduced(s));
}
