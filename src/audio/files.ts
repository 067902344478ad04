// The sound files the game ships, made by `npm run audio` (assets/audio/encode.ts): for each channel the
// Opus-in-WebM file first and the MP3 fallback second, as URLs Vite fingerprints. Importing this module
// fetches nothing; the sound board asks for the files only after the player's first gesture.
import type { Channel } from './sound';

const files = import.meta.glob<string>('../../assets/audio/generated/*.{webm,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

const CHANNELS: readonly Channel[] = ['typewriter', 'telegraph', 'gavel', 'murmurs', 'applause', 'music'];

/** A file missing here leaves its channel silent (the sound board says so once); tests/assets.test.ts checks all exist. */
function sourcesOf(channel: Channel): string[] {
  return ['webm', 'mp3'].flatMap((ext) => files[`../../assets/audio/generated/${channel}.${ext}`] ?? []);
}

export const SOUND_FILES = Object.fromEntries(CHANNELS.map((c) => [c, sourcesOf(c)])) as Record<Channel, string[]>;
