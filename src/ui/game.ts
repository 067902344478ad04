// The game's chunk, fetched and started by the page's first script (src/ui/shell.ts) while the player reads
// the title: the catalogue compiled at build time, the glossary and the documents it carries, the stage (whose
// Phaser chunk it fetches in turn, with the Lab's screen) and the router of the game's screens (src/ui/app.ts).
import '../scenario/jitless';
import type { SoundBoard } from '../audio/sound';
import { loadCatalogBundled } from '../scenario/files.browser';
import { App } from './app';
import { installGlossary } from './glossary';
import { whenIdle } from './idle';
import { LazyStage } from './lazyStage';
import { installDocuments } from './reader';
import type { Shell } from './shell';

/** Reads the catalogue and makes the game's router and stage; throws when the catalogue cannot be read. */
export function startGame(shell: Shell, announcer: HTMLElement, sound: SoundBoard | null): App {
  const catalog = loadCatalogBundled();
  installGlossary(catalog.glossary);
  installDocuments(catalog.documents);
  const leaderIds = [...new Set(catalog.campaigns.flatMap((c) => c.leaders.map((l) => l.id))), 'lenin'];
  const stage = new LazyStage(document.getElementById('stage')!, leaderIds);
  shell.stage = stage;
  window.addEventListener('resize', () => stage.refresh());
  stage.prefetch();
  // The Lab's screen is small: fetched ahead too, so that opening it waits on nothing.
  whenIdle(() => void import('./lab').catch(() => undefined));
  return new App(catalog, shell, announcer, stage, sound);
}
