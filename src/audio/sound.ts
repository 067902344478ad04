/**
 * The sound board: the only module that imports Howler. It plays the short effects, loops the music once
 * the player has made a first gesture, and follows the volume and mute settings live.
 *
 * Guarantee: sound is decoration. A file that will not load or play, or a browser without audio, never
 * throws and never logs an error — the board says so once with console.info and carries on silently.
 * Nothing of the audio exists before the player's first gesture: Howler itself (a chunk of its own), the
 * Howls — and with them Howler's AudioContext and every download — are loaded and made by the first unlock().
 * Effects asked for between that gesture and Howler's arrival are played when it arrives.
 */
import type { Howl } from 'howler';

type HowlerModule = typeof import('howler');

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

/** Howler's name for a file's format, from its extension (Vite keeps the extension after the hash). */
function formatOf(url: string): string {
  return /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/**
 * Leaves out WebM where the browser cannot play Opus in it: Howler tests WebM with Vorbis only, and would
 * otherwise pick a file some older browsers cannot decode instead of the MP3 after it.
 */
function playableSources(urls: readonly string[]): string[] {
  if (typeof Audio === 'undefined') return [...urls];
  const opus = new Audio().canPlayType('audio/webm; codecs="opus"') !== '';
  const usable = urls.filter((url) => opus || formatOf(url) !== 'webm');
  return usable.length > 0 ? usable : [...urls];
}

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

  /** Howler is fetched on the first gesture (this is then set) and the Howls made when it arrives. */
  private creating: Promise<HowlerModule | null> | null = null;
  private created = false;
  /** Effects asked for after the first gesture but before Howler arrived. */
  private queued: SoundId[] = [];

  /** For each channel its files, best first: Opus in WebM, then MP3 (Vite `?url` imports, in src/audio/files.ts). */
  constructor(private readonly sources: Record<Channel, readonly string[]>) {}

  /**
   * Creates the Howls, which makes Howler create its AudioContext and fetch the effects; the music is
   * streamed through an audio element and loops. Called on the first gesture, never before.
   */
  private create(): Promise<HowlerModule | null> {
    this.creating ??= import('howler').then(
      (howler) => {
        this.makeHowls(howler.Howl);
        this.created = true;
        for (const id of this.queued.splice(0)) this.play(id);
        return howler;
      },
      (error: unknown) => {
        this.reportFailure('could not load the sound player', error);
        return null;
      },
    );
    return this.creating;
  }

  private makeHowls(HowlClass: HowlerModule['Howl']): void {
    for (const id of [...EFFECTS, 'music'] as const) {
      this.guard(() => {
        const music = id === 'music';
        const src = playableSources(this.sources[id] ?? []);
        if (src.length === 0) {
          this.reportFailure(`no file for "${id}"`, 'missing from the build');
          return;
        }
        const howl = new HowlClass({
          src,
          format: src.map(formatOf),
          html5: music,
          loop: music,
          volume: music ? this.settings.music : this.settings.effects,
          mute: !music && this.settings.muted,
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

  /**
   * Call on the player's first gesture: browsers only allow audio after one. Creates the sounds on the first
   * call (nothing of the audio is fetched or started before) and starts the music loop if wanted. The
   * promise settles once Howler has arrived and the sounds exist (it never rejects).
   */
  unlock(): Promise<void> {
    this.musicWanted = true;
    return this.create().then((howler) => {
      if (!howler) return;
      this.guard(() => {
        const context = howler.Howler.ctx as AudioContext | null | undefined;
        if (context && context.state === 'suspended') {
          context.resume().catch((error: unknown) => this.reportFailure('could not start audio', error));
        }
      });
      this.updateMusic();
    });
  }

  /** Plays an effect once; does nothing before the first gesture, while muted or with the effects volume at zero. */
  play(id: SoundId): void {
    if (this.settings.muted || this.settings.effects <= 0) return;
    if (this.creating && !this.created) {
      this.queued.push(id);
      return;
    }
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
    this.queued = [];
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
