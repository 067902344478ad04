// The Content-Security-Policy of each build, written into the page as a meta tag when it is built. The game
// needs no inline script, no eval and nothing from another origin: scripts, styles, fonts, sounds and the
// Lab's worker come from the game's own folder. Pictures drawn in code are data: or blob: URLs (portraits,
// the poster), and the stage loads its portraits from blob: URLs. The one-file build has no folder to point
// to, so its policy names its one inline script and its one style sheet by their SHA-256 hashes instead.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

type Policy = Record<string, string[]>;

const LOCKED: Policy = { 'object-src': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] };

/** The policy of the build served from a web host (`npm run build`). */
export const SERVED_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'media-src': ["'self'"],
  'connect-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  ...LOCKED,
};

/** The policy of the one-file build, for its script's and style sheet's hashes. */
export function singlePolicy(scriptHashes: string[], styleHashes: string[]): Policy {
  return {
    'default-src': ["'none'"],
    'script-src': scriptHashes.map((h) => `'sha256-${h}'`),
    'style-src': styleHashes.map((h) => `'sha256-${h}'`),
    'img-src': ['data:', 'blob:'],
    'font-src': ['data:'],
    'media-src': ['data:', 'blob:'],
    'connect-src': ['data:', 'blob:'],
    ...LOCKED,
  };
}

export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Adds the served build's policy to index.html (only when building: the development server injects scripts). */
export function servedCsp(): Plugin {
  return {
    name: 'after-lenin:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policyText(SERVED_POLICY) }, injectTo: 'head-prepend' }],
  };
}

/**
 * Adds the one-file build's policy once everything is inlined: it must come after vite-plugin-singlefile in
 * the list of plugins. Fails the build if the page has no inline script to hash, or keeps an external one.
 */
export function singleFileCsp(): Plugin {
  return {
    name: 'after-lenin:single-file-csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
          if (scripts.length === 0 || scripts.some((m) => /\bsrc=/.test(m[1]))) {
            this.error(`${file.fileName}: the one-file page must have its scripts inline, to be hashed for its Content-Security-Policy`);
          }
          const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
          const policy = policyText(singlePolicy(scripts.map((m) => sha256(m[2])), styles));
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
          file.source = html.replace(/<head>/, `<head>\n    ${meta}`);
        }
      },
    },
  };
}
