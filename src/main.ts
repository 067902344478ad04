// Entry point: loads the bundled scenarios, starts the Phaser stage, the sound board and the DOM overlay.
import '@fontsource/oswald/500.css';
import '@fontsource/oswald/700.css';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import './ui/styles.css';
import typewriter from '../assets/audio/generated/typewriter.wav?url';
import telegraph from '../assets/audio/generated/telegraph.wav?url';
import gavel from '../assets/audio/generated/gavel.wav?url';
import murmurs from '../assets/audio/generated/murmurs.wav?url';
import applause from '../assets/audio/generated/applause.wav?url';
import music from '../assets/audio/generated/music.wav?url';
import { SoundBoard } from './audio/sound';
import { loadCatalogBundled } from './scenario/files.browser';
import { App } from './ui/app';
import { Stage } from './ui/stage';
import { el } from './ui/dom';
import { debugFlags, installSoundDebug } from './ui/debug';
import { glossaryButton, installGlossary } from './ui/glossary';
import { installDocuments } from './ui/reader';

const root = document.getElementById('app')!;
const panel = document.getElementById('panel')!;
const announcer = document.getElementById('announcer')!;

try {
  const catalog = loadCatalogBundled();
  installGlossary(catalog.glossary);
  installDocuments(catalog.documents);
  document.body.append(glossaryButton('secondary site-glossary'));
  const leaderIds = [...new Set(catalog.campaigns.flatMap((c) => c.leaders.map((l) => l.id))), 'lenin'];
  const stage = new Stage(document.getElementById('stage')!, leaderIds);
  const sound = new SoundBoard({ typewriter, telegraph, gavel, murmurs, applause, music });
  if (debugFlags(location.search).has('sound')) installSoundDebug(sound);
  const app = new App(catalog, root, panel, announcer, stage, sound);
  window.addEventListener('resize', () => stage.refresh());
  app.start();
} catch (err) {
  root.classList.add('no-stage');
  panel.replaceChildren(
    el('h1', {}, 'The game could not start'),
    el('p', { class: 'notice', role: 'alert' }, `The scenario files could not be read: ${(err as Error).message}`),
  );
}
