// The one-file build (`npm run build:single`): dist-single/after-lenin.html holds the whole game — script,
// styles, fonts, sounds and scenarios — and plays from a disk, a USB stick or a learning platform. It starts no
// Web Worker (a page opened from a file may not): the Lab plays its games in the page, with the same numbers.
// It registers no service worker (the plugin is there, disabled, so that the page's update check does nothing).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileCsp } from './build/csp';
import { catalogJson } from './build/catalogJson';
import { phaserCut } from './build/phaserCut';
import { lazyYaml } from './build/lazyYaml';

/**
 * One file has nothing to preload: the fonts, which the served build keeps as files of their own ("?no-inline"),
 * are inlined in its styles, and the page's preload links go.
 */
const inlineFonts: Plugin = {
  name: 'after-lenin:inline-fonts',
  enforce: 'pre',
  transform: (code, id) => (id.endsWith('fonts.css') ? code.replaceAll('?no-inline', '') : undefined),
  transformIndexHtml: { order: 'pre', handler: (html) => html.replace(/\s*<link rel="preload"[^>]*as="font"[^>]*>/g, '') },
};

export default defineConfig({
  base: './',
  build: { target: 'es2022', outDir: 'dist-single', emptyOutDir: true },
  resolve: {
    alias: [{ find: /^\.\/workerport$/, replacement: fileURLToPath(new URL('./src/lab/inpage.ts', import.meta.url)) }],
  },
  worker: { plugins: () => [catalogJson()] },
  plugins: [phaserCut(), lazyYaml(), catalogJson(), inlineFonts, VitePWA({ disable: true, injectRegister: false }), viteSingleFile({ outputFileName: 'after-lenin.html' }), singleFileCsp()],
});
