// The base of every picture scene: it draws its view at the canvas's current size, and draws it again —
// settled, without animation — whenever the canvas is resized. It also reports how much of its picture is
// shown (dots filled, hands raised), which the stage writes into data- attributes for the browser tests.
// The stage stops drawing frames once a scene is still: `moving()` says whether a tween or a step scheduled
// with `schedule()` is still to run, so scenes schedule their animation steps through it, not this.time.
import Phaser from 'phaser';
import type { SceneData } from './views';

export interface StageProgress {
  scene: string;
  shown: number;
  total: number;
}

/** Sent each time a scene has drawn itself, with the size it drew for. */
export interface StageDrawn {
  scene: string;
  width: number;
  height: number;
}

export abstract class StageScene<T> extends Phaser.Scene {
  protected view!: T;
  private drawnAt = { w: 0, h: 0 };
  private readonly timers = new Set<Phaser.Time.TimerEvent>();

  /** The player's text size (1, 1.15 or 1.3), which the stage's own words follow as the page's do. */
  protected get textScale(): number {
    const s = this.registry.get('textScale') as number | undefined;
    return typeof s === 'number' && s > 0 ? s : 1;
  }

  /** A font size in pixels at the player's text size. */
  protected fs(px: number): string {
    return `${Math.round(px * this.textScale)}px`;
  }

  create(data: SceneData<T>): void {
    this.view = data.view;
    this.timers.clear();
    const { width, height } = this.scale;
    this.drawnAt = { w: width, h: height };
    this.cameras.main.setSize(width, height);
    this.draw(width, height, !data.reducedMotion);
    this.drawn(width, height);
    const onResize = (size: Phaser.Structs.Size) => {
      const w = Math.round(size.width);
      const h = Math.round(size.height);
      if (w === Math.round(this.drawnAt.w) && h === Math.round(this.drawnAt.h)) return;
      this.drawnAt = { w, h };
      this.redraw(w, h);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.timers.clear();
    });
  }

  /** True while a tween runs or a scheduled step is still to come: the stage must go on drawing frames. */
  moving(): boolean {
    for (const timer of this.timers) {
      if (timer.getRepeatCount() === 0 && timer.hasDispatched) this.timers.delete(timer);
    }
    return this.timers.size > 0 || this.tweens.getTweens().length > 0;
  }

  /** Schedules a step of an animation (Phaser's timer event), counted by moving() until its last repeat has run. */
  protected schedule(config: Phaser.Types.Time.TimerEventConfig): void {
    this.timers.add(this.time.addEvent(config));
  }

  /** Draws again from scratch at a new size, with everything already in its final place. */
  private redraw(w: number, h: number): void {
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.timers.clear();
    for (const child of [...this.children.list]) child.destroy();
    this.cameras.main.setSize(w, h);
    this.draw(w, h, false);
    this.drawn(w, h);
  }

  private drawn(width: number, height: number): void {
    this.game.events.emit('stage-drawn', { scene: this.scene.key, width: Math.round(width), height: Math.round(height) } satisfies StageDrawn);
  }

  /** Draws the whole picture in a canvas of w × h; `animate` is false under reduced motion and on redraws. */
  protected abstract draw(w: number, h: number, animate: boolean): void;

  protected progress(shown: number, total: number): void {
    this.game.events.emit('stage-progress', { scene: this.scene.key, shown, total } satisfies StageProgress);
  }
}

/** Keeps a value between two bounds. */
export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
