// The Phaser stage: a decorative picture of the current screen, drawn by the scenes from plain views. The
// canvas fills its column (Phaser's RESIZE mode) and the scenes lay themselves out again when it changes.
//
// The stage element carries what the picture shows as data- attributes, for tests and nothing else (it is
// aria-hidden): data-scene (the scene's key), data-shown and data-total (dots filled or hands raised so far,
// out of how many) and data-drawn (the size, "width×height", the scene last laid itself out for).
//
// The stage sleeps when nothing moves: once the scene on show has drawn a frame with no tween or scheduled
// step left, Phaser's loop stops requesting animation frames (the canvas keeps its picture). It wakes to show
// a scene, for a resize (of the window or of its column) and to redraw, and sleeps again when all is still.
import Phaser from 'phaser';
import { SCENES, type StageKey } from '../../scenes/index';
import { StageScene, type StageDrawn, type StageProgress } from '../../scenes/base';
import { MIN_H, MIN_W } from '../../scenes/views';

export class Stage {
  private readonly game: Phaser.Game;
  private ready = false;
  private pending: { key: StageKey; data: unknown } | null = null;
  private current: StageKey | null = null;
  private scheduled = false;
  private needsRefresh = false;
  /** False while no stage is on screen: the loop then sleeps whatever the scene does. */
  private visible = true;
  /** Frames drawn in a row with the scene on show standing still. */
  private stillFrames = 0;

  private readonly parent: HTMLElement;

  constructor(column: HTMLElement, leaderIds: string[]) {
    // The column's data- attributes tell what is shown; the canvas goes in a box that fills the column
    // inside its border, so that Phaser measures exactly the room there is.
    this.parent = column;
    const parent = document.createElement('div');
    parent.className = 'stage-canvas';
    column.append(parent);
    this.game = new Phaser.Game({
      type: Phaser.CANVAS,
      parent,
      width: Math.max(MIN_W, parent.clientWidth),
      height: Math.max(MIN_H, parent.clientHeight),
      backgroundColor: '#1b1b1b',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.RESIZE, min: { width: MIN_W, height: MIN_H } },
      scene: SCENES,
    });
    this.game.registry.set('leaderIds', leaderIds);
    this.game.events.once('stage-ready', () => {
      this.ready = true;
      this.flush();
    });
    this.game.events.on('stage-drawn', (d: StageDrawn) => {
      if (d.scene === this.current) this.parent.dataset.drawn = `${d.width}×${d.height}`;
    });
    this.game.events.on('stage-progress', (p: StageProgress) => {
      if (p.scene !== this.current) return;
      this.parent.dataset.shown = String(p.shown);
      this.parent.dataset.total = String(p.total);
    });
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => this.sleepIfStill());
    // A column that changes size without the window doing so (the panel's content, the text size).
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.refresh()).observe(parent);
  }

  /**
   * Shows one scene with its view, stopping the one before. The switch happens once the caller has finished
   * laying out the page (a microtask later), so that the scene is drawn at the size its column ends up with.
   */
  show(key: StageKey, data: unknown): void {
    this.pending = { key, data };
    this.schedule();
  }

  /**
   * Pauses Phaser's game loop while no stage is on screen (title, settings, debrief, the Lab's long runs),
   * so that it takes no time from the page; the loop resumes when a stage is shown again.
   */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.wake();
    else if (this.game.loop.running) this.game.loop.sleep();
  }

  /** Keeps the canvas sized to its container after layout changes. */
  refresh(): void {
    this.needsRefresh = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Starts requesting frames again (from the current time, so that no animation jumps ahead). */
  private wake(): void {
    this.stillFrames = 0;
    if (!this.visible || this.game.loop.running) return;
    this.game.loop.resetDelta();
    this.game.loop.wake();
  }

  /** After each frame: sleeps once two frames in a row have shown a scene with nothing moving. */
  private sleepIfStill(): void {
    if (!this.ready || this.pending || this.needsRefresh || this.scheduled) {
      this.stillFrames = 0;
      return;
    }
    const scene = this.current ? this.game.scene.getScene(this.current) : null;
    const still = scene === null || (scene.sys.isActive() && scene instanceof StageScene && !scene.moving());
    this.stillFrames = still ? this.stillFrames + 1 : 0;
    if (this.stillFrames >= 2) this.game.loop.sleep();
  }

  private flush(): void {
    if (!this.ready) return;
    this.wake();
    const next = this.pending;
    this.pending = null;
    if (next && this.current) this.game.scene.stop(this.current);
    if (this.needsRefresh || next) {
      this.needsRefresh = false;
      // Phaser measures its parent only twice a second by itself: measure now, then resize the canvas.
      this.game.scale.getParentBounds();
      this.game.scale.refresh();
    }
    if (!next) return;
    // The stage's words follow the text-size setting, which scales the page's root font size.
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    this.game.registry.set('textScale', Number.isFinite(root) && root > 0 ? root / 16 : 1);
    this.game.scene.stop('Preload');
    this.current = next.key;
    this.parent.dataset.scene = next.key;
    delete this.parent.dataset.shown;
    delete this.parent.dataset.total;
    delete this.parent.dataset.drawn;
    this.game.scene.start(next.key, next.data as object);
  }
}
