// The game's router, loaded after the title (src/ui/game.ts): it plays the game's screens (src/ui/screens),
// tells the stage what to draw (src/ui/stageViews.ts) and gives each screen's cues once (src/ui/cues.ts). The
// title, the new-game form and the settings belong to the page's first script (src/ui/shell.ts), which shows
// every screen; the game itself, its autosave and the save slots belong to the session (src/ui/session.ts).
import type { SoundBoard } from '../audio/sound';
import { calendar, flowScreen, newsEvents, newsVotesNotHeld, openDecision, playerRole, scenarioOf, voteJustHeld, type Snap } from '../flow/selectors';
import type { StageKey } from '../../scenes/index';
import type { Catalog } from '../scenario/catalog';
import { menuOf } from '../scenario/menu';
import type { GameConfig, GameState } from '../rules/state';
import { Cues } from './cues';
import { downloadText, showDebrief } from './debrief';
import { openGlossary } from './glossary';
import { campName } from './labels';
import { briefingScreen, eventsScreen } from './screens/desk';
import { decisionScreen, outcomeScreen } from './screens/decision';
import { endingOf, endingScreen, UNTITLED_ENDING } from './screens/ending';
import { consequencesScreen } from './screens/map';
import { otherTabNotice, unsavedNotice, type GameView, type NavActions, type Screen } from './screens/parts';
import { slotChoiceScreen, sourcesScreen, type SlotLine, type TitleProblem } from './screens/title';
import { voteScreen } from './screens/votes';
import { Session, type SlotSave } from './session';
import type { Shell } from './shell';
import { Teaching } from './teaching';
import { sourcesContent } from './sources';
import { motionReduced } from './settings';
import { deskShot, endingShot, mapShot, sceneData, voteShot, type StageShot } from './stageViews';

/** The name a downloaded game is saved under. */
const SAVE_FILE_NAME = 'after-lenin-game.json';

export interface StageLike {
  show(key: StageKey, data: unknown): void;
  refresh(): void;
  setVisible(visible: boolean): void;
}

export class App {
  private readonly session: Session;
  private readonly cues: Cues;
  /** The teacher's screens and the assigned game's report. */
  private readonly teaching: Teaching;
  /** The slots as the title last listed them, to resume one. */
  private saves: SlotSave[] = [];

  /** The scenarios played: the built-in ones, and a teacher's file when one is loaded (see src/ui/teaching.ts). */
  private catalog: Catalog;

  constructor(
    private readonly bundled: Catalog,
    private readonly shell: Shell,
    announcer: HTMLElement,
    private readonly stage: StageLike,
    sound: SoundBoard | null,
  ) {
    this.catalog = bundled;
    this.session = new Session(
      bundled,
      () => {
        if (!this.shell.inSettings) this.renderGame();
      },
      () => this.warnOtherTab(),
    );
    this.cues = new Cues(announcer, sound);
    this.teaching = new Teaching(bundled, {
      show: (screen) => this.show(screen),
      announce: (text) => this.cues.announce(text),
      title: () => this.showTitle(),
      startNew: (config) => this.startNew(config),
      setup: (preset) => this.shell.showSetup(preset),
      useCatalog: (c) => {
        this.catalog = c;
        this.session.useCatalog(c);
        this.shell.useMenu(menuOf(c));
      },
    });
  }

  /**
   * Settles once a teacher's scenario file kept from an earlier visit has been read back (at once when there is
   * none), so that its saved games and its assignment can be opened.
   */
  ready(): Promise<void> {
    return new Promise((resolve) => this.teaching.restoreOwnFile(resolve));
  }

  /** Opens the assignment in the address, if there is one (true), or says what is wrong with its link. */
  openAssignment(): boolean {
    return this.teaching.openAssignment();
  }

  private get panel(): HTMLElement {
    return this.shell.panel;
  }

  private show(screen: Screen): void {
    this.shell.show(screen);
  }

  private showTitle(problem: TitleProblem | null = null): void {
    this.shell.showTitle(problem);
  }

  private showStage(shot: StageShot): void {
    const { key, data } = sceneData(shot, motionReduced(this.shell.settings));
    this.stage.show(key, data);
  }

  // ---------------------------------------------------------------- what the title offers

  /** The slots that hold a game, as the title lists them. */
  slotLines(): SlotLine[] {
    this.saves = this.session.readSlots();
    return this.saves.map((s) => this.slotLine(s));
  }

  /** Plays on the game of a slot the title listed. */
  resume(slot: number): void {
    const restored = this.saves.find((s) => s.slot === slot)?.restored;
    if (restored?.ok) this.session.resume(restored, slot);
  }

  discardSave(slot: number): void {
    this.showTitle(this.session.discardSave(slot) ? null : { heading: 'The damaged save could not be removed', reason: 'the browser refused; a new game can still take its slot, after asking' });
  }

  /** Plays on a game from a save file's text, or says on the title why it cannot. */
  loadFile(text: string): void {
    const file = this.session.restoreFile(text);
    if (file.ok) this.intoSlot('the loaded file', (slot) => this.session.resume(file, slot));
    else this.showTitle({ heading: 'The file could not be loaded', reason: file.reason.replace(/the saved game/g, 'the file') });
  }

  showSources(): void {
    this.show(sourcesScreen(sourcesContent(this.catalog), { back: () => this.showTitle() }));
  }

  showTeachers(): void {
    this.teaching.showTeachers();
  }

  /** The whole glossary, opened by the button beside every screen. */
  openGlossary(opener: HTMLElement): void {
    openGlossary(opener);
  }

  /** Starts the game chosen on the setup screen: a game started without a link is not an assignment. */
  startChosen(config: GameConfig): void {
    this.teaching.forgetAssignment();
    this.startNew(config);
  }

  /** How the title and the slot choice name a slot's game; a damaged one is named by its problem. */
  private slotLine(save: SlotSave): SlotLine {
    const when = save.savedAt ? `, saved ${save.savedAt.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })}` : '';
    const place = save.restored.ok ? this.savedPlace(save.restored.snapshot.context.state) : 'a game that cannot be read';
    return { slot: save.slot, label: `Slot ${save.slot} — ${place}${when}`, problem: save.restored.ok ? null : save.restored.reason };
  }

  /** Starts a new game in a free slot, or in the one the player chooses to replace. */
  private startNew(config: GameConfig): void {
    this.intoSlot('the new game', (slot) => this.session.newGame(config, slot));
  }

  /** Runs `go` with the first free slot; when every slot holds a game, asks which one `what` should replace. */
  private intoSlot(what: string, go: (slot: number) => void): void {
    const free = this.session.freeSlot();
    if (free !== null) return go(free);
    const saves = this.session.readSlots();
    const download = (slot: number) => {
      const save = saves.find((s) => s.slot === slot);
      if (!save) return;
      const name = SAVE_FILE_NAME.replace('.json', `-slot-${slot}.json`);
      downloadText(save.text, name, 'application/json');
      this.cues.announce(`The game in slot ${slot} was downloaded as ${name}.`);
    };
    this.show(slotChoiceScreen(what, saves.map((s) => this.slotLine(s)), { replace: go, download, back: () => this.showTitle() }));
  }

  /** Where a saved game stands: "The full campaign — as Stalin's Centre, July–December 1925". */
  private savedPlace(st: GameState): string {
    const sc = scenarioOf(this.catalog, st);
    return `${sc.title} — as ${campName(sc, playerRole(st))}, ${calendar(sc, st.turn).name}`;
  }

  stopGame(): void {
    this.session.stop();
    this.cues.reset();
  }

  openLab(preset?: { scenario?: string; lens?: string }): void {
    this.stopGame();
    // The Lab is a chunk of its own, fetched the first time it is opened; like its worker, it knows the built-in scenarios only.
    import('./lab').then(
      ({ showLab }) =>
        showLab({ catalog: this.bundled, show: (...children) => this.show({ children }), announce: (text) => this.cues.announce(text), back: () => this.showTitle(), preset }),
      () => this.cues.announce('The Lab could not be loaded. Check the connection and try again.'),
    );
  }

  // ---------------------------------------------------------------- the game

  private renderGame(): void {
    const snap = this.session.snapshot;
    if (!snap) return;
    this.shell.inSettings = false;
    this.session.rememberPlace();
    if (flowScreen(snap) === 'debrief') return this.renderDebrief(snap);
    const { screen, shot } = this.gameScreen(snap);
    this.showStage(shot);
    this.show(screen);
    if (this.session.saveProblem) this.panel.prepend(unsavedNotice(this.session.saveProblem, () => this.downloadGame()));
    if (this.session.otherTab) this.warnOtherTab();
    if (screen.cue) this.cues.cueOnce(`${screen.cueName ?? flowScreen(snap)}|${snap.context.log.length}`, screen.cue);
  }

  /** The screen for the flow's state, and the stage's picture for it. */
  private gameScreen(snap: Snap): { screen: Screen; shot: StageShot } {
    const state = snap.context.state;
    const view: GameView = { sc: scenarioOf(this.catalog, state), state };
    const nav: NavActions = { settings: () => this.shell.showSettings(() => this.renderGame()), leave: () => this.showTitle() };
    const send = (type: 'BEGIN' | 'CONTINUE' | 'DEBRIEF') => () => this.session.send({ type });
    const at = flowScreen(snap);
    const outcome = this.session.outcome;
    // The outcome comes straight after the choice, before whatever the agenda brings next (news, a vote, the end).
    if (outcome) {
      const next = () => {
        this.session.outcome = null;
        this.renderGame();
      };
      return { screen: outcomeScreen(view, outcome, { ...nav, next }), shot: deskShot(view.sc, state) };
    }
    const desk = deskShot(view.sc, state);
    const decision = at === 'choosing' ? openDecision(this.catalog, state) : undefined;
    if (decision) {
      const choose = (option: string) => {
        this.session.outcome = { decision: decision.id, option };
        this.session.send({ type: 'CHOOSE', decision: decision.id, option });
      };
      return { screen: decisionScreen(view, decision, { ...nav, choose }), shot: desk };
    }
    switch (at) {
      case 'briefing':
        return { screen: briefingScreen(view, { ...nav, next: send('BEGIN') }), shot: desk };
      case 'voting': {
        const v = voteJustHeld(state);
        if (v) return { screen: voteScreen(view, v, { ...nav, next: send('CONTINUE') }), shot: voteShot(view.sc, v) };
        break;
      }
      case 'consequences':
        return { screen: consequencesScreen(view, snap.context.apparatusBefore, { ...nav, next: send('CONTINUE') }), shot: mapShot(view.sc, state, snap.context.apparatusBefore) };
      case 'ending':
        return { screen: this.teaching.withReport(endingScreen(view, { debrief: send('DEBRIEF') }), state.config, snap.context.log), shot: endingShot(view.sc, state, endingOf(view)?.title ?? UNTITLED_ENDING) };
    }
    const news = { events: newsEvents(view.sc, state, snap.context.seen), notHeld: newsVotesNotHeld(state, snap.context.seen) };
    return { screen: eventsScreen(view, news, { ...nav, next: send('CONTINUE') }), shot: desk };
  }

  /** Puts the notice that another tab plays the same game at the top of the game's screen, once. */
  private warnOtherTab(): void {
    if (this.shell.inSettings || !this.session.snapshot || this.panel.querySelector('#other-tab')) return;
    this.panel.prepend(otherTabNotice());
  }

  private downloadGame(): void {
    const text = this.session.saveFileText();
    if (text === null) return;
    downloadText(text, SAVE_FILE_NAME, 'application/json');
    this.cues.announce(`The game was downloaded as ${SAVE_FILE_NAME}.`);
  }

  private renderDebrief(snap: Snap): void {
    const state = snap.context.state;
    showDebrief({
      catalog: this.catalog,
      config: state.config,
      log: snap.context.log,
      state,
      show: (...children) => this.show({ children }),
      announce: (text) => this.cues.announce(text),
      newGame: () => this.shell.showSetup({}),
      title: () => this.showTitle(),
      openLab: () => this.openLab({ scenario: state.config.scenario, lens: state.config.lens }),
    });
  }
}
