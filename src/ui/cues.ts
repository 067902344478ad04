// Every sound and spoken announcement of the interface goes through here. A screen's cues are given once per
// visit: drawing the same screen again (coming back from the settings, say) stays quiet, so the briefing's
// typewriter, a telegram's clatter or a vote's gavel are heard once, and a screen reader hears a result once.
import type { SoundBoard, SoundId } from '../audio/sound';

export interface Cue {
  /** A sentence for the page's polite live region. */
  announce?: string;
  /** Effects played at once, in order. */
  sounds?: SoundId[];
  /** An effect played a moment later (applause after the gavel). */
  later?: { sound: SoundId; afterMs: number };
}

export class Cues {
  private last = '';

  constructor(
    private readonly announcer: HTMLElement,
    private readonly sound: SoundBoard | null,
  ) {}

  /** Gives a screen's cues unless the screen with this key was the last to give them. */
  cueOnce(key: string, cue: Cue): void {
    if (key === this.last) return;
    this.last = key;
    if (cue.announce !== undefined) this.announce(cue.announce);
    for (const id of cue.sounds ?? []) this.sound?.play(id);
    const later = cue.later;
    if (later) window.setTimeout(() => this.sound?.play(later.sound), later.afterMs);
  }

  /** Says a sentence now (results of the player's own actions: a download, a finished Lab run). */
  announce(text: string): void {
    this.announcer.textContent = '';
    window.setTimeout(() => (this.announcer.textContent = text), 50);
  }

  /** A new visit begins (a game left and resumed): its first screen gives its cues again. */
  reset(): void {
    this.last = '';
  }
}
