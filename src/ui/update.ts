// The offline game's service worker, and the notice that a new version is ready. The worker (generated at
// build time, build/pwa.ts) keeps everything the game needs, so that after one visit it plays with the
// network off; when the host has a newer version, the page says so and updates only when the player asks,
// never in the middle of a game. In the one-file build and the development server nothing is registered.
import { registerSW } from 'virtual:pwa-register';
import { button, el } from './dom';

/** Registers the service worker; `announce` reads a short message aloud (the page's live region). */
export function watchForUpdates(announce: (text: string) => void): void {
  if (!('serviceWorker' in navigator)) return;
  let notice: HTMLElement | null = null;
  const update = registerSW({
    // Registered at once: the page calls this after it has loaded (src/main.ts), when no load event is to come.
    immediate: true,
    onNeedRefresh() {
      if (notice) return;
      notice = el(
        'section',
        { class: 'update-notice', role: 'status', 'aria-labelledby': 'update-head' },
        el('h2', { id: 'update-head' }, 'A new version of the game is ready'),
        el('p', {}, 'Reload to play it now, or carry on and it will load the next time you open the game.'),
        el(
          'div',
          { class: 'actions' },
          button('Reload now', () => void update(true), 'primary'),
          button('Later', () => {
            notice?.remove();
            notice = null;
          }, 'secondary'),
        ),
      );
      document.body.append(notice);
      announce('A new version of the game is ready. Reload to play it.');
    },
    onRegisterError() {
      /* No service worker (a private window, a locked-down browser): the game still plays online. */
    },
  });
}
