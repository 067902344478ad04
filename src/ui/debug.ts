// Debug hooks for developers and the browser tests, created only when the address asks for them, e.g.
// `?debug=sound`. Nothing is logged to the console.
//
// window.afterLenin.sound (with ?debug=sound):
//   events      every sound event in order: { type: 'play' | 'end' | 'stop', id, at } where id is 'music' or an
//               effect ('typewriter', 'telegraph', 'gavel', 'murmurs', 'applause'), 'stop' means paused or
//               stopped before its end, and `at` is milliseconds since the page loaded
//   playing()   the channels Howler reports as playing right now
//   clear()     empties `events`
import type { Channel, SoundBoard } from '../audio/sound';

export interface SoundEvent {
  type: 'play' | 'end' | 'stop';
  id: Channel;
  at: number;
}

export interface SoundDebug {
  events: SoundEvent[];
  playing(): Channel[];
  clear(): void;
}

declare global {
  interface Window {
    /** Present only when the address has ?debug=…; see src/ui/debug.ts. */
    afterLenin?: { sound?: SoundDebug };
  }
}

/** The debug hooks the address asks for: `?debug=sound`, or several separated by commas. */
export function debugFlags(search: string): Set<string> {
  const value = new URLSearchParams(search).get('debug') ?? '';
  return new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
}

export function installSoundDebug(board: SoundBoard): SoundDebug {
  const events: SoundEvent[] = [];
  const record = (type: SoundEvent['type']) => (id: Channel) => events.push({ type, id, at: Math.round(performance.now()) });
  board.onPlay(record('play'));
  board.onEnd(record('end'));
  board.onStop(record('stop'));
  const hook: SoundDebug = {
    events,
    playing: () => board.playing(),
    clear: () => {
      events.length = 0;
    },
  };
  window.afterLenin = { ...window.afterLenin, sound: hook };
  return hook;
}
