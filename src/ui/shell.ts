// The page's first script: it shows every screen, and itself makes the title, the new-game form and the
// settings in plain HTML from the menu compiled at build time (src/scenario/menu.ts). The game — the
// catalogue, the rules, the session and its XState machine, the game's screens, the teacher's kit — is a
// chunk of its own (src/ui/game.ts), fetched and started while the player reads the title, so that choosing a
// game waits on no download; the stage and the Lab follow as chunks of their own when they are first needed.
import './focus.css';
import builtInMenu from 'virtual:after-lenin-menu';
import { posterBackgroundSvg } from '../../assets/art/portraits';
import type { SoundBoard } from '../audio/sound';
import { clearAddress, configFor, opensAssignment, readAddress, type SetupPreset } from './address';
import type { App, StageLike } from './app';
import { append, button, el } from './dom';
import { whenIdle } from './idle';
import { settingsScreen } from './screens/settings';
import { setupScreen } from './screens/setup';
import type { Screen } from './screens/sheet';
import { linkErrorScreen, titleScreen, type TitleProblem } from './screens/title';
import type { Menu } from '../scenario/menu';
import { applyToDocument, loadSettings, saveSettings, type Settings } from './settings';
import { anyStoredGame } from './slots';

/** What the game's chunk starts with, and gives back: the router of the game's screens. */
type StartGame = (shell: Shell, announcer: HTMLElement, sound: SoundBoard | null) => App;

export class Shell {
  settings: Settings = loadSettings();
  /** True while the settings are open over a game, which then waits to be shown again. */
  inSettings = false;
  /** The stage beside the game's screens, once the game's chunk has made it. */
  stage: StageLike | null = null;
  /** The scenarios and lenses offered: the built-in ones, and a teacher's own file once the game has read it. */
  private menu: Menu = builtInMenu;
  /** What the Escape key does on the screen shown, if anything. */
  private onEscape: (() => void) | null = null;
  private app: App | null = null;
  private loading: Promise<App> | null = null;
  /** The choice that waits for the game's chunk, if any. */
  private waiting: ((app: App) => void) | null = null;
  /** Offers the scenarios of this menu from now on (a teacher's own file added, or removed again). */
  useMenu(menu: Menu): void {
    this.menu = menu;
  }

  /** Settles once the game's chunk has first been fetched and started, or has failed to be. */
  private fetched: () => void = () => {};
  private readonly firstFetch = new Promise<void>((resolve) => (this.fetched = resolve));

  constructor(
    private readonly root: HTMLElement,
    readonly panel: HTMLElement,
    private readonly announcer: HTMLElement,
    private readonly sound: SoundBoard | null,
  ) {
    applyToDocument(this.settings);
    this.sound?.apply(this.settings);
    const unlock = () => {
      this.sound?.unlock();
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    this.listenToKeys();
    matchMedia('(prefers-reduced-motion: reduce)').addEventListener?.('change', () => applyToDocument(this.settings));
  }

  /**
   * Escape closes the screen that has a way back (the settings), unless a dialog is open. The page also notes
   * whether the player last used the keys or a pointer, so that what the game focuses for them shows a ring only
   * to keyboard users.
   */
  private listenToKeys(): void {
    const html = document.documentElement;
    window.addEventListener('pointerdown', () => (html.dataset.input = 'pointer'), true);
    window.addEventListener(
      'keydown',
      (e) => {
        html.dataset.input = 'keyboard';
        // An open dialog (a document, the glossary) takes the Escape key for itself: it closes, the screen stays.
        if (e.key !== 'Escape' || !this.onEscape || document.querySelector('dialog[open]')) return;
        e.preventDefault();
        this.onEscape();
      },
      true,
    );
  }

  /** The first screen: an assignment, the setup when the address names a scenario, lens or role, or the title. */
  start(): void {
    if (opensAssignment()) return this.withGame((app) => void (app.openAssignment() || this.showTitle()));
    const { preset, problems } = readAddress(this.menu);
    if (problems.length) this.show(linkErrorScreen(problems, { back: () => this.showTitle() }));
    else if (preset) this.showSetup(preset);
    else this.showTitle();
    this.prefetch();
  }

  /** Shows a screen and moves focus to its heading, or to the screen's own focus (an alert to be heard first). */
  show(screen: Screen): void {
    // A choice still waiting for the game is dropped when the player moves on to another screen.
    this.waiting = null;
    this.onEscape = screen.escape ?? null;
    this.root.classList.toggle('no-stage', !screen.stage);
    this.root.classList.toggle('poster', screen.poster === true);
    this.root.style.backgroundImage = screen.poster ? `url("data:image/svg+xml;charset=utf-8,${encodeURIComponent(posterBackgroundSvg(1600, 900))}")` : '';
    this.panel.replaceChildren();
    append(this.panel, ...screen.children);
    this.panel.scrollTop = 0;
    window.scrollTo(0, 0); // on phones the page itself scrolls
    this.stage?.setVisible(screen.stage === true);
    if (screen.stage) this.stage?.refresh();
    const heading = this.panel.querySelector('h1');
    if (heading) heading.setAttribute('tabindex', '-1');
    const target = screen.focus ?? heading;
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  // ---------------------------------------------------------------- the game's chunk

  /** Fetches and starts the game's chunk (once; later calls share it, and a failed fetch is tried again). */
  private load(): Promise<App> {
    this.loading ??= import('./game')
      .then(async ({ startGame }: { startGame: StartGame }) => {
        const app = startGame(this, this.announcer, this.sound);
        await app.ready();
        return (this.app = app);
      })
      .catch((err: unknown) => {
        this.loading = null;
        throw err;
      })
      .finally(() => this.fetched());
    return this.loading;
  }

  /** Runs `then` after the game's chunk has first arrived (or failed to): what can wait, waits for the game. */
  afterGame(then: () => void): void {
    void this.firstFetch.then(then);
  }

  /** Fetches the game once the title is drawn and the browser has a moment free, so that no click waits for it. */
  private prefetch(): void {
    whenIdle(() => void this.load().catch(() => undefined));
  }

  /**
   * Runs `go` with the game: at once when it is there, else after a quiet note that it is loading. Only the
   * last of several choices made meanwhile is carried out (a second click on "Start the game" starts one game).
   */
  private withGame(go: (app: App) => void): void {
    if (this.app) return go(this.app);
    const waiting = this.waiting !== null;
    this.waiting = go;
    if (waiting) return;
    const note = el('p', { class: 'hint loading', role: 'status' }, 'Loading the game…');
    (this.panel.querySelector('.sheet') ?? this.panel).append(note);
    this.load().then(
      (app) => {
        note.remove();
        const next = this.waiting;
        this.waiting = null;
        next?.(app);
      },
      () => {
        this.waiting = null;
        note.setAttribute('role', 'alert');
        note.textContent = 'The game could not be loaded. Check the connection, then try again.';
      },
    );
  }

  /** The Glossary button beside every screen: the glossary comes with the game's chunk. */
  glossaryButton(): HTMLButtonElement {
    const b: HTMLButtonElement = button('Glossary', () => this.withGame((app) => app.openGlossary(b)), 'secondary site-glossary');
    b.setAttribute('aria-haspopup', 'dialog');
    return b;
  }

  // ---------------------------------------------------------------- the menus

  /** The title; the saved games it lists are read by the game's code, so with any stored it waits for that. */
  showTitle(problem: TitleProblem | null = null): void {
    this.app?.stopGame();
    clearAddress();
    const app = this.app;
    if (!app && anyStoredGame()) {
      this.show({ poster: true, children: [el('div', { class: 'sheet' }, el('h1', {}, el('span', { class: 'title-banner' }, 'After Lenin')))] });
      this.withGame(() => this.showTitle(problem));
      return;
    }
    const game = (go: (app: App) => void) => () => this.withGame(go);
    this.show(
      titleScreen(
        { slots: app ? app.slotLines() : [], problem },
        {
          resume: (slot) => app?.resume(slot),
          newGame: () => this.showSetup({}),
          lab: game((a) => a.openLab()),
          settings: () => this.showSettings(() => this.showTitle()),
          sources: game((a) => a.showSources()),
          teachers: game((a) => a.showTeachers()),
          discardSave: (slot) => app?.discardSave(slot),
          loadFile: (text) => this.withGame((a) => a.loadFile(text)),
        },
      ),
    );
  }

  showSetup(pre: SetupPreset): void {
    this.show(setupScreen(this.menu, pre, { start: (choice) => this.withGame((app) => app.startChosen(configFor(choice))), back: () => this.showTitle() }));
  }

  /** The settings, over the title or a game; `back` shows what was there. Each change applies at once. */
  showSettings(back: () => void): void {
    this.inSettings = true;
    const update = (patch: Partial<Settings>) => {
      this.settings = { ...this.settings, ...patch };
      saveSettings(this.settings);
      applyToDocument(this.settings);
      this.sound?.apply(this.settings);
    };
    this.show(
      settingsScreen(this.settings, {
        update,
        back: () => {
          this.inSettings = false;
          back();
        },
      }),
    );
  }
}
