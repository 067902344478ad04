// Entry point, the page's first script: the fonts and styles, the sound board (Howler itself waits for the
// first click), the title from src/ui/shell.ts, and the offer of an update. Everything else — the game, the
// stage, the Lab — is a chunk of its own, fetched while the player reads the title or when first needed.
import '../assets/fonts/fonts.css';
import './ui/styles.css';
import { SoundBoard } from './audio/sound';
import { SOUND_FILES } from './audio/files';
import { el } from './ui/dom';
import { debugFlags, installSoundDebug } from './ui/debug';
import { Shell } from './ui/shell';
import { watchForUpdates } from './ui/update';

const root = document.getElementById('app')!;
const panel = document.getElementById('panel')!;
const announcer = document.getElementById('announcer')!;

try {
  const sound = new SoundBoard(SOUND_FILES);
  if (debugFlags(location.search).has('sound')) installSoundDebug(sound);
  const shell = new Shell(root, panel, announcer, sound);
  // After the skip link: in the page's flow on phones (above the game), fixed at the window's corner elsewhere.
  document.querySelector('.skip-link')!.after(shell.glossaryButton());
  shell.start();
  // The offline copy is fetched in the background, once the game the player needs next has arrived.
  shell.afterGame(() =>
    watchForUpdates((text) => {
      announcer.textContent = text;
    }),
  );
} catch (err) {
  root.classList.add('no-stage');
  panel.replaceChildren(el('h1', {}, 'The game could not start'), el('p', { class: 'notice', role: 'alert' }, `The page could not be set up: ${(err as Error).message}`));
}
