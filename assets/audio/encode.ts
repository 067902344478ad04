/**
 * Writes the sounds the game ships: each sound of synth.ts, rendered to PCM in memory and compressed by
 * ffmpeg twice — Opus in WebM (what Chromium, Firefox and Edge play) and MP3 (the fallback Howler picks where
 * WebM will not play, as in older Safari). The uncompressed WAV never reaches the disk.
 *
 * Writes to assets/audio/generated/: NAME.webm and NAME.mp3 for every sound, and sources.json, the SHA-256 of
 * each sound's PCM; tests/assets.test.ts renders the sounds again and compares, so a change to synth.ts
 * without a re-run fails there. The encoders run bit-exact, so the same PCM gives the same files.
 *
 * Run after changing anything in synth.ts:  npm run audio   (needs ffmpeg with libopus and libmp3lame; set
 * FFMPEG to its path if it is not /usr/bin/ffmpeg or on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll } from './synth';

/** Bit rates in kilobits per second: the music carries the loop's detail, the effects are short noises. */
const BITRATES: Record<'music' | 'effect', { opus: number; mp3: number }> = {
  music: { opus: 32, mp3: 40 },
  effect: { opus: 32, mp3: 40 },
};

/** The hash recorded for each sound: of its 16-bit PCM exactly as synth.ts writes it. */
export function pcmHash(wav: Buffer): string {
  return createHash('sha256').update(wav).digest('hex');
}

function ffmpegPath(): string {
  if (process.env.FFMPEG) return process.env.FFMPEG;
  return existsSync('/usr/bin/ffmpeg') ? '/usr/bin/ffmpeg' : 'ffmpeg';
}

function encode(ffmpeg: string, wav: Buffer, output: string, codec: 'opus' | 'mp3', kbps: number): void {
  const codecArgs =
    codec === 'opus'
      ? ['-c:a', 'libopus', '-b:a', `${kbps}k`, '-vbr', 'on', '-application', 'audio', '-f', 'webm']
      : ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`, '-f', 'mp3', '-write_xing', '1', '-id3v2_version', '0'];
  const args = ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'wav', '-i', 'pipe:0', '-map_metadata', '-1'];
  args.push('-fflags', '+bitexact', '-flags:a', '+bitexact', ...codecArgs, output);
  try {
    execFileSync(ffmpeg, args, { input: wav, stdio: ['pipe', 'inherit', 'pipe'] });
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
    throw new Error(`ffmpeg (${ffmpeg}) could not write ${output}: ${detail}`, { cause: error });
  }
}

function main(): void {
  const directory = join(dirname(fileURLToPath(import.meta.url)), 'generated');
  mkdirSync(directory, { recursive: true });
  // Start clean, so that a sound dropped from synth.ts leaves no file behind.
  for (const name of readdirSync(directory)) rmSync(join(directory, name));
  const ffmpeg = ffmpegPath();
  const sources: Record<string, string> = {};
  let total = 0;
  for (const [file, wav] of Object.entries(renderAll())) {
    const name = file.replace(/\.wav$/, '');
    const rates = BITRATES[name === 'music' ? 'music' : 'effect'];
    sources[name] = pcmHash(wav);
    const sizes: string[] = [];
    for (const codec of ['opus', 'mp3'] as const) {
      const output = join(directory, `${name}.${codec === 'opus' ? 'webm' : 'mp3'}`);
      encode(ffmpeg, wav, output, codec, rates[codec]);
      const bytes = statSync(output).size;
      total += bytes;
      sizes.push(`${(bytes / 1024).toFixed(1).padStart(6)} KiB ${codec}`);
    }
    console.log(`${name.padEnd(11)} ${sizes.join('  ')}   (from ${(wav.length / 1024).toFixed(0)} KiB of PCM)`);
  }
  writeFileSync(join(directory, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  console.log(`all audio   ${(total / 1024).toFixed(1)} KiB`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
