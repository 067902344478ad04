// The Phaser stage: a decorative picture of the current screen, drawn by the scenes from plain views.
import Phaser from 'phaser';
import { SCENES, type StageKey } from '../../scenes/index';
import { H, W } from '../../scenes/views';

export class Stage {
  private readonly game: Phaser.Game;
  private ready = false;
  private pending: { key: StageKey; data: unknown } | null = null;
  private current: StageKey | null = null;

  constructor(parent: HTMLElement, leaderIds: string[]) {
    this.game = new Phaser.Game({
      type: Phaser.CANVAS,
      parent,
      width: W,
      height: H,
      backgroundColor: '#1b1b1b',
      banner: false,
      audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: SCENES,
    });
    this.game.registry.set('leaderIds', leaderIds);
    this.game.events.once('stage-ready', () => {
      this.ready = true;
      if (this.pending) this.show(this.pending.key, this.pending.data);
    });
  }

  /** Shows one scene with its view, stopping the one before. */
  show(key: StageKey, data: unknown): void {
    if (!this.ready) {
      this.pending = { key, data };
      return;
    }
    if (this.current && this.current !== key) this.game.scene.stop(this.current);
    this.game.scene.stop('Preload');
    this.current = key;
    this.game.scene.start(key, data as object);
  }

  /** Keeps the canvas sized to its container after layout changes. */
  refresh(): void {
    this.game.scale.refresh();
  }
}
