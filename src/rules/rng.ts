// The seeded generator. Its whole state is one 32-bit integer kept inside the game state, so every draw is
// part of the game's history: the same seed and choices give the same game in Node and in the browser.

export interface HasRng {
  rng: number;
}

/** Turns any text or number into a 32-bit seed (FNV-1a over the characters). */
export function seedFrom(value: string | number): number {
  const text = String(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Draws a number in [0, 1) and advances the generator (mulberry32). */
export function draw(s: HasRng): number {
  s.rng = (s.rng + 0x6d2b79f5) >>> 0;
  let t = s.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An approximately normal draw with mean 0 and the given spread (sum of four uniforms). */
export function drawNormal(s: HasRng, sd: number): number {
  const sum = draw(s) + draw(s) + draw(s) + draw(s);
  return (sum - 2) * sd * 1.7320508;
}

export function drawIndex(s: HasRng, n: number): number {
  return Math.floor(draw(s) * n);
}
