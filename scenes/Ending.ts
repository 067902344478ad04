// The ending: a poster with the ending's title.
import Phaser from 'phaser';
import { COLOURS, HEADING_FONT, W, H, portraitKey, type EndingView, type SceneData } from './views';

export class Ending extends Phaser.Scene {
  constructor() {
    super('Ending');
  }
  create(data: SceneData<EndingView>): void {
    const { view, reducedMotion } = data;
    this.cameras.main.setBackgroundColor(COLOURS.cream);
    const g = this.add.graphics();
    g.fillStyle(COLOURS.red).fillTriangle(-20, H, W + 20, H * 0.35, W + 20, H);
    g.fillStyle(COLOURS.black).fillRect(40, 40, 360, 22).fillRect(40, 74, 220, 10);
    g.lineStyle(10, COLOURS.black).strokeCircle(W * 0.75, H * 0.3, 120);
    const key = portraitKey(view.winner);
    if (this.textures.exists(key)) this.add.image(W * 0.75, H * 0.3, key).setDisplaySize(180, 180);
    const title = this.add.text(50, H * 0.55, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '52px', color: '#1b1b1b', fontStyle: 'bold', wordWrap: { width: W * 0.6 } });
    this.add.text(50, 110, view.year, { fontFamily: HEADING_FONT, fontSize: '90px', color: '#b3261e' });
    if (!reducedMotion) {
      title.setAlpha(0);
      this.tweens.add({ targets: title, alpha: 1, x: { from: 10, to: 50 }, duration: 800 });
    }
  }
}
