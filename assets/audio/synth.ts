/**
 * Synthesises every sound in the game from plain arithmetic — nothing is recorded or downloaded.
 *
 * Renders 16-bit mono PCM WAV at 22050 Hz, in memory (encode.ts compresses it into what the game ships):
 *   typewriter.wav  a few key clacks and the carriage bell (1.2 s)
 *   telegraph.wav   morse beeps spelling "ЦК", the Central Committee (1.5 s)
 *   gavel.wav       two wooden knocks in a hall (1.1 s)
 *   murmurs.wav     a muffled crowd murmur (3 s)
 *   applause.wav    dense applause that swells and dies away (3 s)
 *   music.wav       a sparse, sombre loop in D minor for organ and low piano (24 s, loops seamlessly)
 *
 * Every random draw comes from a seeded generator, so each run renders byte-identical sound; the committed
 * files are made from it by encode.ts and tests/assets.test.ts checks that they still match it.
 * Re-run after changing anything here:  npm run audio   (assets/audio/encode.ts)
 */

const RATE = 22050;
const TWO_PI = Math.PI * 2;

type Rng = () => number;

/** mulberry32: a small, well-mixed 32-bit generator; returns numbers in [0, 1). */
function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const toSamples = (seconds: number): number => Math.round(seconds * RATE);
const between = (rng: Rng, low: number, high: number): number => low + (high - low) * rng();
const noise = (rng: Rng): number => rng() * 2 - 1;
const noteFrequency = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

/** A mono signal being mixed. A looping track wraps writes past either end round to the other end. */
class Track {
  readonly data: Float64Array;

  constructor(
    seconds: number,
    private readonly looping = false,
  ) {
    this.data = new Float64Array(toSamples(seconds));
  }

  add(index: number, value: number): void {
    const length = this.data.length;
    if (index >= 0 && index < length) this.data[index] += value;
    else if (this.looping) this.data[((index % length) + length) % length] += value;
  }
}

/** RBJ-cookbook biquad filter; it can be retuned on the fly without losing its state. */
class Biquad {
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  constructor(
    private readonly kind: 'lowpass' | 'highpass' | 'bandpass',
    frequency: number,
    q: number,
  ) {
    this.tune(frequency, q);
  }

  tune(frequency: number, q: number): void {
    const w = (TWO_PI * Math.min(frequency, RATE * 0.45)) / RATE;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    if (this.kind === 'lowpass') {
      this.b0 = (1 - cos) / 2 / a0;
      this.b1 = (1 - cos) / a0;
      this.b2 = this.b0;
    } else if (this.kind === 'highpass') {
      this.b0 = (1 + cos) / 2 / a0;
      this.b1 = -(1 + cos) / a0;
      this.b2 = this.b0;
    } else {
      this.b0 = alpha / a0;
      this.b1 = 0;
      this.b2 = -alpha / a0;
    }
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }

  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

/** A sine that starts at `at`, rises linearly over `attack` and then decays exponentially with time constant `decay`. */
function addStruckSine(track: Track, at: number, frequency: number, amplitude: number, attack: number, decay: number, length: number): void {
  const start = toSamples(at);
  const count = toSamples(length);
  const attackSamples = Math.max(1, toSamples(attack));
  const fall = Math.exp(-1 / (decay * RATE));
  const step = (TWO_PI * frequency) / RATE;
  const cosStep = Math.cos(step);
  const sinStep = Math.sin(step);
  let sin = 0;
  let cos = 1;
  let envelope = amplitude;
  for (let i = 0; i < count; i++) {
    const rise = i < attackSamples ? i / attackSamples : 1;
    track.add(start + i, sin * envelope * rise);
    const nextSin = sin * cosStep + cos * sinStep;
    cos = cos * cosStep - sin * sinStep;
    sin = nextSin;
    envelope *= fall;
  }
}

/** A sine held at full level for `hold` seconds between raised-cosine fades of `attack` and `release` seconds. */
function addHeldSine(track: Track, at: number, frequency: number, amplitude: number, attack: number, hold: number, release: number): void {
  const start = toSamples(at);
  const attackEnd = toSamples(attack);
  const holdEnd = attackEnd + toSamples(hold);
  const end = holdEnd + toSamples(release);
  const step = (TWO_PI * frequency) / RATE;
  const cosStep = Math.cos(step);
  const sinStep = Math.sin(step);
  let sin = 0;
  let cos = 1;
  for (let i = 0; i < end; i++) {
    let level = 1;
    if (i < attackEnd) level = 0.5 - 0.5 * Math.cos((Math.PI * i) / attackEnd);
    else if (i >= holdEnd) level = 0.5 + 0.5 * Math.cos((Math.PI * (i - holdEnd)) / (end - holdEnd));
    track.add(start + i, sin * amplitude * level);
    const nextSin = sin * cosStep + cos * sinStep;
    cos = cos * cosStep - sin * sinStep;
    sin = nextSin;
  }
}

/** A burst of filtered noise with a near-instant attack and an exponential decay. */
function addNoiseBurst(track: Track, rng: Rng, at: number, amplitude: number, decay: number, filter: Biquad): void {
  const start = toSamples(at);
  const count = toSamples(decay * 8);
  const attackSamples = toSamples(0.0006);
  const fall = Math.exp(-1 / (decay * RATE));
  let envelope = amplitude;
  for (let i = 0; i < count; i++) {
    const rise = i < attackSamples ? i / attackSamples : 1;
    track.add(start + i, filter.process(noise(rng)) * envelope * rise);
    envelope *= fall;
  }
}

/**
 * A small Schroeder room (four damped combs into two all-passes), mixed in at `wet`.
 * For a loop the room runs over the signal twice and keeps the second pass, so the tail wraps seamlessly.
 */
function addRoom(signal: Float64Array, wet: number, size: number, looping: boolean): void {
  const combs = [0.0297, 0.0371, 0.0411, 0.0437].map((seconds) => ({
    buffer: new Float64Array(toSamples(seconds * size)),
    index: 0,
    damped: 0,
  }));
  const allPasses = [0.005, 0.0017].map((seconds) => ({ buffer: new Float64Array(toSamples(seconds)), index: 0 }));
  const feedback = 0.72;
  const damping = 0.35;
  const passes = looping ? 2 : 1;
  const output = new Float64Array(signal.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < signal.length; i++) {
      let sum = 0;
      for (const comb of combs) {
        const delayed = comb.buffer[comb.index];
        comb.damped = delayed * (1 - damping) + comb.damped * damping;
        comb.buffer[comb.index] = signal[i] + comb.damped * feedback;
        comb.index = (comb.index + 1) % comb.buffer.length;
        sum += delayed;
      }
      let y = sum / combs.length;
      for (const allPass of allPasses) {
        const delayed = allPass.buffer[allPass.index];
        const input = y + delayed * 0.5;
        allPass.buffer[allPass.index] = input;
        allPass.index = (allPass.index + 1) % allPass.buffer.length;
        y = delayed - input * 0.5;
      }
      output[i] = y;
    }
  }
  for (let i = 0; i < signal.length; i++) signal[i] += output[i] * wet;
}

/** Raised-cosine fades at both ends, so one-shot sounds neither start nor stop with a click. */
function fadeEdges(signal: Float64Array, fadeIn: number, fadeOut: number): void {
  const inSamples = Math.max(1, toSamples(fadeIn));
  const outSamples = Math.max(1, toSamples(fadeOut));
  for (let i = 0; i < inSamples; i++) signal[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / inSamples);
  for (let i = 0; i < outSamples; i++) {
    signal[signal.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / outSamples);
  }
}

function normalise(signal: Float64Array, peak: number): Float64Array {
  let max = 0;
  for (const value of signal) max = Math.max(max, Math.abs(value));
  if (max > 0) for (let i = 0; i < signal.length; i++) signal[i] *= peak / max;
  return signal;
}

function encodeWav(signal: Float64Array): Buffer {
  const dataBytes = signal.length * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(RATE, 24);
  wav.writeUInt32LE(RATE * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  signal.forEach((value, i) => {
    wav.writeInt16LE(Math.round(Math.max(-1, Math.min(1, value)) * 32767), 44 + i * 2);
  });
  return wav;
}

/** One key: the type bar snaps on the platen, the frame thunks, and the bar falls back a moment later. */
function addKeyClack(track: Track, rng: Rng, at: number, strength: number): void {
  addNoiseBurst(track, rng, at, 0.9 * strength, 0.0035, new Biquad('highpass', 1800, 0.7));
  addStruckSine(track, at, between(rng, 130, 200), 0.55 * strength, 0.001, 0.022, 0.14);
  addStruckSine(track, at, between(rng, 1000, 1400), 0.22 * strength, 0.0005, 0.012, 0.07);
  addNoiseBurst(track, rng, at + between(rng, 0.04, 0.055), 0.25 * strength, 0.003, new Biquad('bandpass', 2500, 1.2));
}

function renderTypewriter(rng: Rng): Float64Array {
  const track = new Track(1.2);
  for (const at of [0.03, 0.16, 0.25, 0.4, 0.5, 0.62]) {
    addKeyClack(track, rng, at + between(rng, -0.01, 0.01), between(rng, 0.65, 1));
  }
  // The carriage bell: a small inharmonic bell, struck once.
  const bell = 1760;
  [1, 2.76, 5.4].forEach((ratio, i) => {
    addStruckSine(track, 0.8, bell * ratio, 0.35 / (i + 1), 0.001, 0.38 / (i + 1), 0.4);
  });
  addRoom(track.data, 0.12, 0.6, false);
  fadeEdges(track.data, 0.001, 0.03);
  return normalise(track.data, 0.75);
}

/** International morse for the Cyrillic letters Ц and К: ЦК, the Central Committee. */
const TELEGRAPH_MESSAGE = ['-.-.', '-.-'];

function renderTelegraph(rng: Rng): Float64Array {
  const track = new Track(1.5);
  const unit = 0.055;
  const pitch = 760;
  let at = 0.06;
  for (const letter of TELEGRAPH_MESSAGE) {
    for (const symbol of letter) {
      const length = symbol === '-' ? unit * 3 : unit;
      addHeldSine(track, at, pitch, 0.5, 0.005, length - 0.01, 0.005);
      addHeldSine(track, at, pitch * 3, 0.04, 0.005, length - 0.01, 0.005);
      // the faint click of the key going down and coming up
      addNoiseBurst(track, rng, at, 0.05, 0.002, new Biquad('lowpass', 1500, 0.7));
      addNoiseBurst(track, rng, at + length, 0.03, 0.002, new Biquad('lowpass', 1500, 0.7));
      at += length + unit;
    }
    at += unit * 2;
  }
  addRoom(track.data, 0.08, 0.5, false);
  fadeEdges(track.data, 0.001, 0.05);
  return normalise(track.data, 0.45);
}

/** A hardwood gavel on its block: a few short wooden modes over a dull thump and a snap of noise. */
function addKnock(track: Track, rng: Rng, at: number, strength: number): void {
  const modes: Array<[frequency: number, decay: number, level: number]> = [
    [95, 0.05, 0.6],
    [410, 0.035, 1],
    [960, 0.02, 0.5],
    [1730, 0.012, 0.3],
    [2650, 0.007, 0.15],
  ];
  for (const [frequency, decay, level] of modes) {
    addStruckSine(track, at, frequency * between(rng, 0.97, 1.03), level * strength, 0.0008, decay, decay * 8);
  }
  addNoiseBurst(track, rng, at, 0.8 * strength, 0.004, new Biquad('bandpass', 1300, 1.1));
}

function renderGavel(rng: Rng): Float64Array {
  const track = new Track(1.1);
  addKnock(track, rng, 0.02, 1);
  addKnock(track, rng, 0.42, 0.85);
  addRoom(track.data, 0.35, 1.4, false);
  fadeEdges(track.data, 0.001, 0.1);
  return normalise(track.data, 0.9);
}

/** A slowly wandering level in [0, 1]: new targets every syllable or so, with pauses, smoothed. */
function syllableEnvelope(rng: Rng, length: number): Float64Array {
  const envelope = new Float64Array(length);
  const smoothing = Math.exp(-1 / (0.035 * RATE));
  let target = 0;
  let nextChange = 0;
  let level = 0;
  for (let i = 0; i < length; i++) {
    if (i >= nextChange) {
      target = rng() < 0.22 ? 0 : between(rng, 0.35, 1);
      nextChange = i + toSamples(between(rng, 0.09, 0.26));
    }
    level = target + (level - target) * smoothing;
    envelope[i] = level;
  }
  return envelope;
}

function renderMurmurs(rng: Rng): Float64Array {
  const track = new Track(3);
  const length = track.data.length;
  const voices = 10;
  for (let voice = 0; voice < voices; voice++) {
    const envelope = syllableEnvelope(rng, length);
    const pitch = between(rng, 90, 190);
    const gain = between(rng, 0.5, 1);
    const vowel = new Biquad('bandpass', 500, 4);
    const brightness = new Biquad('bandpass', 1200, 5);
    let phase = rng();
    let retuneAt = 0;
    let drift = 1;
    for (let i = 0; i < length; i++) {
      if (i >= retuneAt) {
        vowel.tune(between(rng, 350, 800), 4);
        brightness.tune(between(rng, 900, 1700), 5);
        drift = between(rng, 0.92, 1.08);
        retuneAt = i + toSamples(between(rng, 0.1, 0.25));
      }
      phase = (phase + (pitch * drift) / RATE) % 1;
      const source = (phase * 2 - 1) * 0.7 + noise(rng) * 0.3;
      const voiced = vowel.process(source) + 0.5 * brightness.process(source);
      track.add(i, voiced * envelope[i] * gain);
    }
  }
  // The crowd is heard through a wall: muffled, swelling and ebbing slowly.
  const wall = new Biquad('lowpass', 1300, 0.7);
  const swellPhase = rng() * TWO_PI;
  for (let i = 0; i < length; i++) {
    const swell = 0.75 + 0.25 * Math.sin((TWO_PI * 0.33 * i) / RATE + swellPhase);
    track.data[i] = wall.process(track.data[i]) * swell;
  }
  addRoom(track.data, 0.3, 1.2, false);
  fadeEdges(track.data, 0.3, 0.45);
  return normalise(track.data, 0.55);
}

function renderApplause(rng: Rng): Float64Array {
  const duration = 3;
  const track = new Track(duration);
  // How full the hall's applause is at time t: a quick swell, a long plateau, a dying fall.
  const fullness = (t: number): number => {
    if (t < 0.35) return 0.5 - 0.5 * Math.cos((Math.PI * t) / 0.35);
    if (t < 2) return 1;
    return 0.5 + 0.5 * Math.cos((Math.PI * Math.min(1, (t - 2) / (duration - 2.05))));
  };
  const peakRate = 190; // claps per second at full applause
  let at = 0;
  for (;;) {
    at += -Math.log(1 - rng()) / peakRate;
    if (at >= duration - 0.03) break;
    const level = fullness(at);
    if (rng() >= level) continue;
    const filter = new Biquad('bandpass', between(rng, 700, 2600), between(rng, 0.8, 2.2));
    addNoiseBurst(track, rng, at, between(rng, 0.25, 1) * Math.sqrt(level), between(rng, 0.003, 0.007), filter);
  }
  const bed = new Biquad('lowpass', 2200, 0.7);
  for (let i = 0; i < track.data.length; i++) {
    track.data[i] += bed.process(noise(rng)) * 0.12 * fullness(i / RATE);
  }
  addRoom(track.data, 0.25, 1.3, false);
  fadeEdges(track.data, 0.01, 0.05);
  return normalise(track.data, 0.65);
}

/** A reed-organ chord tone: a few harmonics with a slight chorus, held with slow swells. */
function addOrganNote(track: Track, at: number, midi: number, level: number, hold: number): void {
  const frequency = noteFrequency(midi);
  const harmonics = [1, 0.42, 0.22, 0.12, 0.06, 0.03];
  harmonics.forEach((weight, i) => {
    for (const detune of [0.9985, 1.0015]) {
      addHeldSine(track, at, frequency * (i + 1) * detune, level * weight * 0.5, 1.6, hold, 2.2);
    }
  });
}

/** A low piano note: slightly stretched partials that die away faster the higher they are. */
function addPianoNote(track: Track, at: number, midi: number, level: number): void {
  const frequency = noteFrequency(midi);
  const inharmonicity = 0.0003;
  for (let n = 1; n <= 8; n++) {
    const partial = frequency * n * Math.sqrt(1 + inharmonicity * n * n);
    const weight = level / n ** 1.4;
    const decay = 2.6 / (1 + 0.55 * (n - 1));
    addStruckSine(track, at, partial, weight * 0.6, 0.004, decay, decay * 5);
    addStruckSine(track, at, partial * 1.0007, weight * 0.4, 0.004, decay * 0.8, decay * 4);
  }
}

/** D minor: i – VI – iv – V, six seconds each at 60 beats a minute. MIDI note numbers. */
const MUSIC_SECTIONS: Array<{ organ: number[]; bass: number; melody: Array<[beat: number, midi: number]> }> = [
  { organ: [38, 50, 53, 57], bass: 38, melody: [[1.5, 57], [3, 62], [4.5, 65]] }, // Dm: A3 D4 F4
  { organ: [34, 46, 50, 53], bass: 34, melody: [[1.5, 65], [3, 62], [4.5, 58]] }, // B♭: F4 D4 B♭3
  { organ: [31, 43, 46, 50], bass: 31, melody: [[1.5, 58], [3, 62], [4.5, 67]] }, // Gm: B♭3 D4 G4
  { organ: [33, 45, 49, 52], bass: 33, melody: [[1.5, 64], [3, 61], [4.5, 57]] }, // A: E4 C♯4 A3
];
const SECTION_SECONDS = 6;

function renderMusic(rng: Rng): Float64Array {
  const track = new Track(SECTION_SECONDS * MUSIC_SECTIONS.length, true);
  MUSIC_SECTIONS.forEach((section, index) => {
    const start = index * SECTION_SECONDS;
    // Each chord swells in before its bar and fades under the next; the last one wraps round to the start.
    for (const midi of section.organ) addOrganNote(track, start - 0.8, midi, midi < 40 ? 0.3 : 0.15, SECTION_SECONDS - 1.2);
    addPianoNote(track, start + 0.25, section.bass + 12, 0.6);
    for (const [beat, midi] of section.melody) {
      addPianoNote(track, start + beat + between(rng, -0.03, 0.03), midi, between(rng, 0.45, 0.55));
    }
  });
  addRoom(track.data, 0.3, 1.6, true);
  return normalise(track.data, 0.7);
}

/** Renders every sound as WAV; keys are the file names (encode.ts ships them as NAME.webm and NAME.mp3). */
export function renderAll(): Record<string, Buffer> {
  return {
    'typewriter.wav': encodeWav(renderTypewriter(createRng(0x1923))),
    'telegraph.wav': encodeWav(renderTelegraph(createRng(0x1924))),
    'gavel.wav': encodeWav(renderGavel(createRng(0x1925))),
    'murmurs.wav': encodeWav(renderMurmurs(createRng(0x1926))),
    'applause.wav': encodeWav(renderApplause(createRng(0x1927))),
    'music.wav': encodeWav(renderMusic(createRng(0x1929))),
  };
}
