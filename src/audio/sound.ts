/**
 * The sound board: the only module that imports Howler. It plays the short effects, loops the music once
 * the player has made a first gesture, and follows the volume and mute settings live.
 *
 * Guarantee: sound is decoration. A file that will not load or play, or a browser without audio, never
 * throws and never logs an error — the board says so once with console.info and carries on silently.
 * The asset URLs come from the caller (Vite `?url` imports live in main.ts).
 */
import { Howl, Howler } from 'howler';

export type SoundId = 'typewriter' | 'telegraph' | 'gavel' | 'murmurs' | 'applause';

/** Volumes run from 0 to 1. */
export interface SoundSettings {
  music: number;
  effects: number;
  muted: boolean;
}

export type Channel = SoundId | 'music';
type Listener = (id: Channel) => void;

const EFFECTS: readonly SoundId[] = ['typewriter', 'telegraph', 'gavel', 'murmurs', 'applause'];

function clampVolume(volume: number): number {
  return Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : 0;
}

export class SoundBoard {
  private readonly howls = new Map<Channel, Howl>();
  private readonly unloadable = new Set<Channel>();
  private readonly playListeners: Listener[] = [];
  private readonly endListeners: Listener[] = [];
  private readonly stopListeners: Listener[] = [];
  private settings: SoundSettings = { music: 0.5, effects: 0.8, muted: false };
  /** True from the first gesture until stopAll(): the music should be heard whenever the settings allow. */
  private musicWanted = false;
  private musicPlaying = false;
  private musicSoundId: number | null = null;
  private failureReported = false;

  constructor(urls: Record<Channel, string>) {
    for (const id of [...EFFECTS, 'music'] as const) {
      this.guard(() => {
        const howl = new Howl({
          src: [urls[id]],
          format: ['wav'],
          loop: id === 'music',
          volume: id === 'music' ? this.settings.music : this.settings.effects,
          onplay: () => this.emit(this.playListeners, id),
          onend: () => this.emit(this.endListeners, id),
          onpause: () => this.emit(this.stopListeners, id),
          onstop: () => this.emit(this.stopListeners, id),
          onloaderror: (_soundId, error) => {
            this.unloadable.add(id);
            this.reportFailure(`could not load "${id}"`, error);
          },
          onplayerror: (_soundId, error) => this.reportFailure(`could not play "${id}"`, error),
        });
        this.howls.set(id, howl);
      });
    }
  }

  /** Applies volumes and mute at once, to sounds already playing as well as to later ones. */
  apply(settings: SoundSettings): void {
    this.settings = {
      music: clampVolume(settings.music),
      effects: clampVolume(settings.effects),
      muted: settings.muted === true,
    };
    for (const id of EFFECTS) {
      const howl = this.usable(id);
      if (howl) {
        this.guard(() => {
          howl.volume(this.settings.effects);
          howl.mute(this.settings.muted);
        });
      }
    }
    this.updateMusic();
  }

  /** Call on the player's first gesture: browsers only allow audio after one. Starts the music loop if wanted. */
  unlock(): void {
    this.musicWanted = true;
    this.guard(() => {
      const context = Howler.ctx as AudioContext | null | undefined;
      if (context && context.state === 'suspended') {
        context.resume().catch((error: unknown) => this.reportFailure('could not start audio', error));
      }
    });
    this.updateMusic();
  }

  /** Plays an effect once; does nothing while muted or with the effects volume at zero. */
  play(id: SoundId): void {
    if (this.settings.muted || this.settings.effects <= 0) return;
    const howl = this.usable(id);
    if (howl) this.guard(() => howl.play());
  }

  onPlay(callback: Listener): void {
    this.playListeners.push(callback);
  }

  onEnd(callback: Listener): void {
    this.endListeners.push(callback);
  }

  /** Called when a sound is paused or stopped before its end (the music when muted, everything on stopAll()). */
  onStop(callback: Listener): void {
    this.stopListeners.push(callback);
  }

  /** The channels playing right now, as Howler reports them (for tests and the debug hook). */
  playing(): Channel[] {
    const out: Channel[] = [];
    for (const [id, howl] of this.howls) {
      this.guard(() => {
        if (howl.playing()) out.push(id);
      });
    }
    return out;
  }

  /** Silences everything, music included; the music returns only after the next unlock(). */
  stopAll(): void {
    this.musicWanted = false;
    this.musicPlaying = false;
    this.musicSoundId = null;
    for (const howl of this.howls.values()) this.guard(() => howl.stop());
  }

  /** Starts, resumes or pauses the music loop to match the settings and whether it is wanted. */
  private updateMusic(): void {
    const music = this.usable('music');
    if (!music) return;
    const audible = this.musicWanted && !this.settings.muted && this.settings.music > 0;
    this.guard(() => {
      music.volume(this.settings.music);
      if (audible && !this.musicPlaying) {
        // Resume the paused loop where it stopped; start afresh if Howler has let go of it.
        let soundId: number | null = this.musicSoundId === null ? null : music.play(this.musicSoundId);
        if (typeof soundId !== 'number') soundId = music.play();
        this.musicSoundId = typeof soundId === 'number' ? soundId : null;
        this.musicPlaying = true;
      } else if (!audible && this.musicPlaying) {
        if (this.musicSoundId !== null) music.pause(this.musicSoundId);
        else music.pause();
        this.musicPlaying = false;
      }
    });
  }

  private usable(id: Channel): Howl | undefined {
    return this.unloadable.has(id) ? undefined : this.howls.get(id);
  }

  private emit(listeners: readonly Listener[], id: Channel): void {
    for (const listener of listeners) listener(id);
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.reportFailure('audio failed', error);
    }
  }

  private reportFailure(what: string, error: unknown): void {
    if (this.failureReported) return;
    this.failureReported = true;
    console.info(`Sound is unavailable (${what}: ${String(error)}); the game continues without it.`);
  }
}
