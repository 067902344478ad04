/**
 * Checks the assets made in the repo: the synthesised sounds (format, length, not silent, the music loops
 * without a seam), the compressed files the game ships (both formats for every sound, under 400 KB in all, and
 * made from exactly what assets/audio/synth.ts renders now — run `npm run audio` if this fails after a change
 * to the script), the SVG portraits and title backdrop, and the sound board's promises: nothing of the audio
 * before the first gesture, and audio failures stay quiet (with Howler replaced by a fake).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAll } from '../assets/audio/synth';
import { pcmHash } from '../assets/audio/encode';
import { portraitSvg, posterBackgroundSvg } from '../assets/art/portraits';
import { SoundBoard, type SoundId } from '../src/audio/sound';

const GENERATED = fileURLToPath(new URL('../assets/audio/generated/', import.meta.url));

/** Expected length in seconds of each synthesised sound. */
const DURATIONS: Record<string, [min: number, max: number]> = {
  typewriter: [1.0, 1.5],
  telegraph: [1.3, 1.8],
  gavel: [0.6, 1.5],
  murmurs: [2.7, 3.5],
  applause: [2.7, 3.5],
  music: [23, 25],
};
const NAMES = Object.keys(DURATIONS);

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

describe('synthesised sounds', () => {
  const rendered = renderAll();

  it('are exactly the six sounds the game uses', () => {
    expect(Object.keys(rendered).sort()).toEqual(NAMES.map((name) => `${name}.wav`).sort());
  });

  for (const [name, [minSeconds, maxSeconds]] of Object.entries(DURATIONS)) {
    it(`${name} is 16-bit mono PCM at 22050 Hz, ${minSeconds}–${maxSeconds} s long and not silent`, () => {
      const wav = parseWav(rendered[`${name}.wav`]);
      expect(wav).toMatchObject({ format: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
      const seconds = wav.samples.length / wav.sampleRate;
      expect(seconds).toBeGreaterThanOrEqual(minSeconds);
      expect(seconds).toBeLessThanOrEqual(maxSeconds);
      expect(rms(wav.samples)).toBeGreaterThan(0.02);
    });
  }

  it('loop the music without a seam', () => {
    const { samples, sampleRate } = parseWav(rendered['music.wav']);
    const window = Math.round(0.05 * sampleRate);
    const ratio = rms(samples.subarray(0, window)) / rms(samples.subarray(samples.length - window));
    expect(ratio).toBeGreaterThan(0.67);
    expect(ratio).toBeLessThan(1.5);
    // The jump from the last sample back to the first is no bigger than an ordinary step within the file.
    const steps = Array.from(samples.subarray(1), (value, i) => Math.abs(value - samples[i])).sort((a, b) => a - b);
    const ordinaryStep = steps[Math.floor(steps.length * 0.99)];
    expect(Math.abs(samples[0] - samples[samples.length - 1])).toBeLessThanOrEqual(ordinaryStep);
  });

  it('are rendered byte for byte alike, every run', () => {
    const again = renderAll();
    for (const name of Object.keys(rendered)) {
      expect(rendered[name].equals(again[name]), `${name} differs between runs`).toBe(true);
    }
  }, 30_000);
});

describe('shipped sound files', () => {
  const files = readdirSync(GENERATED).sort();
  const read = (name: string) => readFileSync(GENERATED + name);

  it('are an Opus-in-WebM and an MP3 file for each sound, with no WAV', () => {
    const expected = NAMES.flatMap((name) => [`${name}.mp3`, `${name}.webm`]);
    expect(files).toEqual([...expected, 'sources.json'].sort());
  });

  it('are what their names say: WebM holding Opus, and MPEG audio', () => {
    for (const name of NAMES) {
      const webm = read(`${name}.webm`);
      expect(webm.readUInt32BE(0), `${name}.webm is not WebM`).toBe(0x1a45dfa3);
      expect(webm.includes('A_OPUS'), `${name}.webm does not hold Opus`).toBe(true);
      const mp3 = read(`${name}.mp3`);
      expect(mp3[0] === 0xff && (mp3[1] & 0xe0) === 0xe0, `${name}.mp3 does not start with an MPEG frame`).toBe(true);
      expect(webm.length).toBeGreaterThan(2000);
      expect(mp3.length).toBeGreaterThan(2000);
    }
  });

  it('weigh under 400 KB in all, both formats together', () => {
    const total = files.filter((name) => !name.endsWith('.json')).reduce((sum, name) => sum + read(name).length, 0);
    expect(total).toBeLessThan(400_000);
  });

  it('were made from exactly what the synthesiser renders now (else run npm run audio)', () => {
    const recorded = JSON.parse(read('sources.json').toString('utf8')) as Record<string, string>;
    const now = Object.fromEntries(Object.entries(renderAll()).map(([file, wav]) => [file.replace(/\.wav$/, ''), pcmHash(wav)]));
    expect(recorded).toEqual(now);
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
    format: string[];
    html5: boolean;
    loop: boolean;
    volume: number;
    mute: boolean;
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
    playing(): boolean {
      return false;
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
    typewriter: ['/t.webm', '/t.mp3'],
    telegraph: ['/te.webm', '/te.mp3'],
    gavel: ['/g.webm', '/g.mp3'],
    murmurs: ['/m.webm', '/m.mp3'],
    applause: ['/a.webm', '/a.mp3'],
    music: ['/music.webm', '/music.mp3'],
  };
  /** A board after the player's first gesture, its sounds created. */
  const unlocked = async () => {
    const board = new SoundBoard(urls);
    await board.unlock();
    return board;
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

  it('creates nothing — no Howl, so no audio context and no download — before the first gesture', async () => {
    const board = new SoundBoard(urls);
    board.apply({ music: 1, effects: 1, muted: false });
    board.play('gavel');
    expect(board.playing()).toEqual([]);
    board.stopAll();
    expect(fake.FakeHowl.instances).toEqual([]);
    await board.unlock();
    expect(fake.FakeHowl.instances.map((howl) => howl.options.src[0]).sort()).toEqual(Object.values(urls).map((u) => u[0]).sort());
    await board.unlock();
    expect(fake.FakeHowl.instances).toHaveLength(6);
  });

  it('offers WebM first and MP3 second, and streams and loops the music', async () => {
    await unlocked();
    for (const [id, [webm]] of Object.entries(urls)) {
      const { options } = howlFor(webm);
      expect(options.format).toEqual(['webm', 'mp3']);
      expect(options.html5, id).toBe(id === 'music');
      expect(options.loop, id).toBe(id === 'music');
    }
  });

  it('offers only the MP3 where the browser cannot play Opus in WebM', async () => {
    vi.stubGlobal(
      'Audio',
      class {
        canPlayType(type: string): string {
          return type.includes('opus') ? '' : 'maybe';
        }
      },
    );
    try {
      await unlocked();
      expect(howlFor('/g.mp3').options).toMatchObject({ src: ['/g.mp3'], format: ['mp3'] });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('creates the sounds with the settings chosen before the first gesture', async () => {
    const board = new SoundBoard(urls);
    board.apply({ music: 0.3, effects: 0.6, muted: true });
    await board.unlock();
    expect(howlFor('/g.webm').options).toMatchObject({ volume: 0.6, mute: true });
    expect(howlFor('/music.webm').options).toMatchObject({ volume: 0.3 });
    expect(plays('/music.webm')).toEqual([]);
  });

  it('plays effects, but not while muted or with the effects volume at zero', async () => {
    const board = await unlocked();
    board.play('gavel');
    board.apply({ music: 0.5, effects: 0, muted: false });
    board.play('gavel');
    board.apply({ music: 0.5, effects: 1, muted: true });
    board.play('gavel');
    expect(plays('/g.webm')).toEqual(['play']);
    expect(howlFor('/g.webm').calls).toContain('mute true');
  });

  it('starts the music on unlock only when it is audible, and pauses and resumes it with the settings', async () => {
    const board = new SoundBoard(urls);
    board.apply({ music: 0, effects: 1, muted: false });
    await board.unlock();
    expect(plays('/music.webm')).toEqual([]);
    board.apply({ music: 0.4, effects: 1, muted: false });
    await board.unlock();
    expect(plays('/music.webm')).toEqual(['play']);
    board.apply({ music: 0.4, effects: 1, muted: true });
    expect(howlFor('/music.webm').calls).toContain('pause 1');
    board.apply({ music: 0.4, effects: 1, muted: false });
    expect(plays('/music.webm')).toEqual(['play', 'play 1']);
    board.stopAll();
    board.apply({ music: 0.4, effects: 1, muted: false });
    expect(plays('/music.webm')).toHaveLength(2);
  });

  it('passes Howler play and end events to its listeners', async () => {
    const board = await unlocked();
    const heard: string[] = [];
    board.onPlay((id) => heard.push(`play ${id}`));
    board.onEnd((id) => heard.push(`end ${id}`));
    howlFor('/te.webm').options.onplay(1);
    howlFor('/music.webm').options.onend(1);
    expect(heard).toEqual(['play telegraph', 'end music']);
  });

  it('passes Howler pause and stop events to its stop listeners', async () => {
    const board = await unlocked();
    const heard: string[] = [];
    board.onStop((id) => heard.push(`stop ${id}`));
    howlFor('/music.webm').options.onpause(1);
    howlFor('/g.webm').options.onstop(1);
    expect(heard).toEqual(['stop music', 'stop gavel']);
  });

  it('survives load and play errors quietly, saying so once', async () => {
    const board = await unlocked();
    howlFor('/a.webm').options.onloaderror(1, 'Decoding audio data failed.');
    howlFor('/m.webm').options.onplayerror(1, 'Playback was unable to start.');
    expect(() => board.play('applause')).not.toThrow();
    expect(plays('/a.webm')).toEqual([]);
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it('survives a browser without audio at all', async () => {
    fake.FakeHowl.failConstruction = true;
    const board = new SoundBoard(urls);
    const ids: SoundId[] = ['typewriter', 'telegraph', 'gavel', 'murmurs', 'applause'];
    board.apply({ music: 1, effects: 1, muted: false });
    await expect(board.unlock()).resolves.toBeUndefined();
    expect(() => {
      for (const id of ids) board.play(id);
      board.stopAll();
    }).not.toThrow();
    expect(console.info).toHaveBeenCalledTimes(1);
  });

  it('resumes a suspended audio context on unlock without letting a refusal escape', async () => {
    const resume = vi.fn(() => Promise.reject(new Error('not allowed')));
    fake.howler.ctx = { state: 'suspended', resume };
    await new SoundBoard(urls).unlock();
    await Promise.resolve();
    await Promise.resolve();
    expect(resume).toHaveBeenCalledTimes(1);
    expect(console.info).toHaveBeenCalledTimes(1);
  });
});
