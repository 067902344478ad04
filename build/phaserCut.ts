// The game's own cut of Phaser (build/phaser-cut.js): `import Phaser from 'phaser'` resolves to that entry,
// which imports Phaser's sources (phaser/src/...), and Phaser's build flags are switched as its own webpack
// configuration does: the Canvas renderer in, the WebGL renderer and its debugging out, no experimental
// features, no 3D camera or Facebook Instant Games plugin, no Phaser sound. The types stay the package's.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Phaser's build flags, as `typeof FLAG` expressions, and the value each is compiled to. */
export const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  FEATURE_SOUND: false,
};

const ENTRY = fileURLToPath(new URL('./phaser-cut.js', import.meta.url));
const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
const FLAG = new RegExp(`\\btypeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

// `typeof FLAG` is an expression, not a name, so it is replaced in Phaser's sources before they are parsed;
// the bundler then drops the code behind each false flag.
function compileFlags(code: string, id: string): { code: string; map: null } | undefined {
  if (!id.startsWith(PHASER_SRC) || !code.includes('typeof ')) return undefined;
  const out = code.replace(FLAG, (_m, flag: string) => JSON.stringify(PHASER_FLAGS[flag]));
  return out === code ? undefined : { code: out, map: null };
}

/**
 * Resolves 'phaser' to the cut, and compiles Phaser's flags into its sources — in the build, and in the
 * development server's pre-bundling of Phaser's CommonJS sources, which does not run the page's plugins
 * (left alone, every flag there reads as the string "undefined", which is true).
 */
export function phaserCut(): Plugin {
  return {
    name: 'after-lenin:phaser-cut',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: ENTRY },
          { find: /^phaser\/src\//, replacement: `${PHASER_SRC}/` },
        ],
      },
      optimizeDeps: {
        rolldownOptions: { plugins: [{ name: 'after-lenin:phaser-flags', transform: compileFlags }] },
      },
    }),
    transform: compileFlags,
  };
}
