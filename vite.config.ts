// Vite serves and builds the browser game; Vitest runs the Node suites (browser suites have their own config).
// The build works from any folder of any static host (relative paths), installs as an app and plays offline
// (build/pwa.ts), and carries its Content-Security-Policy (build/csp.ts). The one-file build has its own
// configuration, vite.single.config.ts. Both ship the game's own cut of Phaser (build/phaserCut.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { servedCsp } from './build/csp';
import { catalogJson } from './build/catalogJson';
import { phaserCut } from './build/phaserCut';
import { offlineGame } from './build/pwa';
import { ENGINE_CHUNKS } from './build/chunks';
import { lazyYaml } from './build/lazyYaml';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // The Lab's session is an entry of its own, so that its workers can import it by its address.
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), serve: fileURLToPath(new URL('./src/lab/serve.ts', import.meta.url)) },
      output: { codeSplitting: { groups: ENGINE_CHUNKS } },
    },
  },
  plugins: [phaserCut(), lazyYaml(), catalogJson(), servedCsp(), ...offlineGame()],
  // The Lab's worker is a small loader that imports the session's chunk of this build (src/lab/serve.ts).
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**', 'dist/**', 'dist-single/**'],
    // Some suites start the command-line tools as child processes, which takes a second or two each.
    testTimeout: 30000,
  },
});
