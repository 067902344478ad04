// Entry point: loads the bundled scenarios, the sound board and the DOM overlay, and shows the title. The Phaser
// stage is a chunk of its own (src/ui/lazyStage.ts), fetched while the player reads the title.
import './scenario/jitless';
import '../assets/fonts/fonts.css';
import './ui/styles.css';
import { SoundBoard } from './audio/sound';
import { SOUND_FILES } from './audio/files';
import { loadCatalogBundled } from './scenario/files.browser';
import { App } from './ui/app';
import { LazyStage } from './ui/lazyStage';
import { el } from './ui/dom';
import { debugFlags, installSoundDebug } from './ui/debug';
import { glossaryButton, installGlossary } from './ui/glossary';
import { installDocuments } from './ui/reader';
import { watchForUpdates } from './ui/update';

const root = document.getElementById('app')!;
const panel = document.getElementById('panel')!;
const announcer = document.getElementById('announcer')!;

try {
  const catalog = loadCatalogBundled();
  installGlossary(catalog.glossary);
  installDocuments(catalog.documents);
  // After the skip link: in the page's flow on phones (above the game), fixed at the window's corner elsewhere.
  document.querySelector('.skip-link')!.after(glossaryButton('secondary site-glossary'));
  const leaderIds = [...new Set(catalog.campaigns.flatMap((c) => c.leaders.map((l) => l.id))), 'lenin'];
  const stage = new LazyStage(document.getElementById('stage')!, leaderIds);
  const sound = new SoundBoard(SOUND_FILES);
  if (debugFlags(location.search).has('sound')) installSoundDebug(sound);
  const app = new App(catalog, root, panel, announcer, stage, sound);
  window.addEventListener('resize', () => stage.refresh());
  app.start();
  stage.prefetch();
  watchForUpdates((text) => {
    announcer.textContent = text;
  });
} catch (err) {
  root.classList.add('no-stage');
  panel.replaceChildren(
    el('h1', {}, 'The game could not start'),
    el('p', { class: 'notice', role: 'alert' }, `The scenario files could not be read: ${(err as Error).message}`),
  );
}
