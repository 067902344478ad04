/**
 * Checks the assets made in the repo: the synthesised WAV files (format, length, not silent, the music loops
 * without a seam, and the committed files are exactly what assets/audio/synth.ts makes — regenerate them with
 * `npx tsx assets/audio/synth.ts` if this fails after a change to the script), the SVG portraits and title
 * backdrop, and the sound board's promise that audio failures stay quiet (with Howler replaced by a fake).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAll } from '../assets/audio/synth';
import { portraitSvg, posterBackgroundSvg } from '../assets/art/portraits';
import { SoundBoard, type SoundId } from '../src/audio/sound';

const GENERATED = fileURLToPath(new URL('../assets/audio/generated/', import.meta.url));

/** Expected length in seconds of each generated sound. */
const DURATIONS: Record<string, [min: number, max: number]> = {
  'typewriter.wav': [1.0, 1.5],
  'telegraph.wav': [1.3, 1.8],
  'gavel.wav': [0.6, 1.5],
  'murmurs.wav': [2.7, 3.5],
  'applause.wav': [2.7, 3.5],
  'music.wav': [23, 25],
};

interface Wav {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  samples: Float64Array;
}

function parseWav(bytes: Buffer): Wav {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  let format: Omit<Wav, 'samples'> | undefined;
  let samples: Float64Array | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        format: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      samples = new Float64Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2) / 32768;
    }
    offset = body + size + (size % 2);
  }
  if (!format || !samples) throw new Error('WAV file lacks a fmt or data chunk');
  return { ...format, samples };
}

function rms(samples: Float64Array): number {
  let sum = 0;
  for (const value of samples) sum += value * value;
  return Math.sqrt(sum / samples.length);
}

describe('generated sounds', () => {
  const files = readdirSync(GENERATED).filter((name) => name.endsWith('.wav'));

  it('are exactly the six sounds the game uses', () => {
    expect(files.sort()).toEqual(Object.keys(DURATIONS).sort());
  });

  for (const [name, [minSeconds, maxSeconds]] of Object.entries(DURATIONS)) {
    it(`${name} is 16-bit mono PCM at 22050 Hz, ${minSeconds}–${maxSeconds} s long and not silent`, () => {
      const wav = parseWav(readFileSync(GENERATED + name));
      expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
      const seconds = wav.samples.length / wav.sampleRate;
      expect(seconds).toBeGreaterThanOrEqual(minSeconds);
      expect(seconds).toBeLessThanOrEqual(maxSeconds);
      expect(rms(wav.samples)).toBeGreaterThan(0.02);
    });
  }

  it('keeps music.wav small enough to ship (under 1.1 MB)', () => {
    expect(readFileSync(GENERATED + 'music.wav').length).toBeLessThan(1_100_000);
  });

  it('loops music.wav without a seam', () => {
    const { samples, sampleRate } = parseWav(readFileSync(GENERATED + 'music.wav'));
    const window = Math.round(0.05 * sampleRate);
    const ratio = rms(samples.subarray(0, window)) / rms(samples.subarray(samples.length - window));
    expect(ratio).toBeGreaterThan(0.67);
    expect(ratio).toBeLessThan(1.5);
    // The jump from the last sample back to the first is no bigger than an ordinary step within the file.
    const steps = Array.from(samples.subarray(1), (value, i) => Math.abs(value - samples[i])).sort((a, b) => a - b);
    const ordinaryStep = steps[Math.floor(steps.length * 0.99)];
    expect(Math.abs(samples[0] - samples[samples.length - 1])).toBeLessThanOrEqual(ordinaryStep);
  });

  it('are remade byte for byte by the synthesiser, every run', () => {
    const first = renderAll();
    const second = renderAll();
    expect(Object.keys(first).sort()).toEqual(files.sort());
    for (const name of files) {
      expect(first[name].equals(second[name]), `${name} differs between runs`).toBe(true);
      expect(first[name].equals(readFileSync(GENERATED + name)), `${name} is stale: re-run the synthesiser`).toBe(true);
    }
  }, 30_000);
});

const LEADER_IDS = [
  'stalin', 'trotsky', 'zinoviev', 'kamenev', 'bukharin', 'rykov', 'tomsky', 'molotov', 'voroshilov', 'kalinin',
  'kuibyshev', 'rudzutak', 'kirov', 'frunze', 'sokolnikov', 'rakovsky', 'radek', 'uglanov', 'lenin',
];
const POSTER_COLOURS = ['#b3261e', '#1b1b1b', '#f2e8d5'];

/** Fails unless every tag is well formed and closed in order, and no text contains a stray '<'. */
function expectWellFormed(svg: string): void {
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  const open: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let position = 0;
  while (position < svg.length) {
    const next = svg.indexOf('<', position);
    if (next === -1) break;
    expect(svg.slice(position, next)).not.toMatch(/[<>]/);
    tag.lastIndex = next;
    const match = tag.exec(svg);
    if (!match) throw new Error(`malformed tag at ${next}: ${svg.slice(next, next + 40)}`);
    const [, closing, name, , selfClosing] = match;
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name);
    position = tag.lastIndex;
  }
  expect(open).toEqual([]);
}

const colours = (svg: string): string[] => svg.match(/#[0-9a-f]{6}\b/gi) ?? [];
const withoutTitle = (svg: string): string => svg.replace(/<title>.*?<\/title>/, '');

describe('portraitSvg', () => {
  it('draws a well-formed, script-free, labelled SVG for every leader', () => {
    for (const id of LEADER_IDS) {
      const svg = portraitSvg(id);
      expectWellFormed(svg);
      expect(svg).not.toMatch(/<script/i);
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`<title>${id.charAt(0).toUpperCase()}${id.slice(1)}</title>`);
    }
  });

  it('gives every leader a different drawing, not just a different title', () => {
    const drawings = new Set(LEADER_IDS.map((id) => withoutTitle(portraitSvg(id))));
    expect(drawings.size).toBe(LEADER_IDS.length);
  });

  it('uses only poster red, black and cream', () => {
    for (const id of LEADER_IDS) {
      for (const colour of colours(portraitSvg(id))) expect(POSTER_COLOURS).toContain(colour.toLowerCase());
    }
  });

  it('draws removed leaders in greys only', () => {
    for (const id of [...LEADER_IDS, 'yagoda']) {
      const svg = portraitSvg(id, { muted: true });
      expectWellFormed(svg);
      expect(svg.toLowerCase()).not.toContain('#b3261e');
      for (const colour of colours(svg)) {
        const [r, g, b] = [1, 3, 5].map((i) => colour.slice(i, i + 2).toLowerCase());
        expect(r === g && g === b, `${id} uses ${colour}`).toBe(true);
      }
    }
  });

  it('derives a stable portrait for an unknown id', () => {
    expect(portraitSvg('yagoda')).toBe(portraitSvg('yagoda'));
    expectWellFormed(portraitSvg('yagoda'));
    expect(withoutTitle(portraitSvg('yagoda'))).not.toBe(withoutTitle(portraitSvg('dzerzhinsky')));
  });

  it('takes a size and an escaped label', () => {
    const svg = portraitSvg('trotsky', { size: 64, label: 'Lev Trotsky <War Commissar> & "demon"' });
    expectWellFormed(svg);
    expect(svg).toContain('width="64" height="64"');
    expect(svg).toContain('<title>Lev Trotsky &#60;War Commissar&#62; &#38; &#34;demon&#34;</title>');
  });

  it('refuses a size that is not a positive number', () => {
    expect(() => portraitSvg('stalin', { size: 0 })).toThrow(RangeError);
    expect(() => portraitSvg('stalin', { size: Number.NaN })).toThrow(/Portrait size/);
  });
});

describe('posterBackgroundSvg', () => {
  it('draws a well-formed poster in red, black and cream at the requested size', () => {
    const svg = posterBackgroundSvg(1280, 720);
    expectWellFormed(svg);
    expect(svg).toContain('viewBox="0 0 1280 720"');
    expect(svg).not.toMatch(/<script/i);
    expect(new Set(colours(svg).map((colour) => colour.toLowerCase()))).toEqual(new Set(POSTER_COLOURS));
  });

  it('refuses a width or height that is not positive', () => {
    expect(() => posterBackgroundSvg(-1, 720)).toThrow(/Poster width/);
    expect(() => posterBackgroundSvg(1280, Number.POSITIVE_INFINITY)).toThrow(/Poster height/);
  });
});

// A stand-in for Howler that records what the sound board asks of it and lets a test fire Howler's callbacks.
const fake = vi.hoisted(() => {
  interface FakeOptions {
    src: string[];
    onplay: (soundId: number) => void;
    onend: (soundId: number) => void;
    onpause: (soundId: number) => void;
    onstop: (soundId: number) => void;
    onloaderror: (soundId: number, error: unknown) => void;
    onplayerror: (soundId: number, error: unknown) => void;
  }
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static failConstruction = false;
    readonly calls: string[] = [];
    private nextId = 1;
    constructor(readonly options: FakeOptions) {
      if (FakeHowl.failConstruction) throw new Error('no audio here');
      FakeHowl.instances.push(this);
    }
    play(id?: number): number {
      this.calls.push(id === undefined ? 'play' : `play ${id}`);
      return id ?? this.nextId++;
    }
    pause(id?: number): this {
      this.calls.push(id === undefined ? 'pause' : `pause ${id}`);
      return this;
    }
    stop(): this {
      this.calls.push('stop');
      return this;
    }
    volume(value: number): this {
      this.calls.push(`volume ${value}`);
      return this;
    }
    mute(muted: boolean): this {
      this.calls.push(`mute ${muted}`);
      return this;
    }
  }
  return { FakeHowl, howler: { ctx: null as null | { state: string; resume: () => Promise<void> } } };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.howler }));

describe('SoundBoard', () => {
  const urls = {
    typewriter: '/t.wav',
    telegraph: '/te.wav',
    gavel: '/g.wav',
    murmurs: '/m.wav',
    applause: '/a.wav',
    music: '/music.wav',
  };
  const howlFor = (url: string) => {
    const howl = fake.FakeHowl.instances.find((instance) => instance.options.src[0] === url);
    if (!howl) throw new Error(`no Howl for ${url}`);
    return howl;
  };
  const plays = (url: string) => howlFor(url).calls.filter((call) => call.startsWith('play'));

  beforeEach(() => {
    fake.FakeHowl.instances = [];
    fake.FakeHowl.failConstruction = false;
    fake.howler.ctx = null;
    vi.spyOn(console, 'error');
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => {
    expect(console.error).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('plays effects, but not while muted or with the effects volume at zero', () => {
    const board = new SoundBoard(urls);
    board.play('gavel');
    board.apply({ music: 0.5, effects: 0, muted: false });
    board.play('gavel');
    board.apply({ music: 0.5, effects: 1, muted: true });
    board.play('gavel');
    expect(plays('/g.wav')).toEqual(['play']);
    expect(howlFor('/g.wav').calls).toContain('mute true');
  });

  it('starts the music on unlock only when it is audible, and pauses and resumes it with the settings', () => {
    const board = new SoundBoard(urls);
    board.apply({ music: 0, effects: 1, muted: false });
    board.unlock();
    expect(plays('/music.wav')).toEqual([]);
    board.apply({ music: 0.4, effects: 1, muted: false });
    board.unlock();
    expect(plays('/music.wav')).toEqual(['play']);
    board.apply({ music: 0.4, effects: 1, muted: true });
    expect(howlFor('/music.wav').calls).toContain('pause 1');
    board.apply({ music: 0.4, effects: 1, muted: false });
    expect(plays('/music.wav')).toEqual(['play', 'play 1']);
    board.stopAll();
    board.apply({ music: 0.4, effects: 1, muted: false });
    expect(plays('/music.wav')).toHaveLength(2);
  });

  it('passes Howler play and end events to its listeners', () => {
    const board = new SoundBoard(urls);
    const heard: string[] = [];
    board.onPlay((id) => heard.push(`play ${id}`));
    board.onEnd((id) => heard.push(`end ${id}`));
    howlFor('/te.wav').options.onplay(1);
    howlFor('/music.wav').options.onend(1);
    expect(heard).toEqual(['play telegraph', 'end music']);
  });

  it('passes Howler pause and stop events to its stop listeners', () => {
    const board = new SoundBoard(urls);
    const heard: string[] = [];
    board.onStop((id) => heard.push(`stop ${id}`));
    howlFor('/music.wav').options.onpause(1);
    howlFor('/g.wav').options.onstop(1);
    expect(heard).toEqual(['stop music', 'stop gavel']);
  });

  it('survives load and play errors quietly, saying so once', () => {
    const board = new SoundBoard(urls);
    howlFor('/a.wav').options.onloaderror(1, 'Decoding audio data failed.');
    howlFor('/m.wav').options.onplayerror(1, 'Playback was unable to start.');
    expect(() => board.play('applause')).not.toThrow();
    expect(plays('/a.wav')).toEqual([]);
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it('survives a browser without audio at all', () => {
    fake.FakeHowl.failConstruction = true;
    const board = new SoundBoard(urls);
    const ids: SoundId[] = ['typewriter', 'telegraph', 'gavel', 'murmurs', 'applause'];
    expect(() => {
      board.apply({ music: 1, effects: 1, muted: false });
      board.unlock();
      for (const id of ids) board.play(id);
      board.stopAll();
    }).not.toThrow();
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it('resumes a suspended audio context on unlock without letting a refusal escape', async () => {
    const resume = vi.fn(() => Promise.reject(new Error('not allowed')));
    fake.howler.ctx = { state: 'suspended', resume };
    new SoundBoard(urls).unlock();
    await Promise.resolve();
    await Promise.resolve();
    expect(resume).toHaveBeenCalledTimes(1);
    expect(console.info).toHaveBeenCalledTimes(1);
  });
});
