// The ending: a poster with the ending's title.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, portraitKey, type EndingView } from './views';

export class Ending extends StageScene<EndingView> {
  constructor() {
    super('Ending');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    this.cameras.main.setBackgroundColor(COLOURS.cream);
    const g = this.add.graphics();
    g.fillStyle(COLOURS.red).fillTriangle(-20, h, w + 20, h * 0.45, w + 20, h);
    g.fillStyle(COLOURS.black).fillRect(28, 28, w * 0.4, 20).fillRect(28, 58, w * 0.25, 9);
    const radius = clamp(Math.min(w, h) * 0.2, 50, 130);
    const px = w - radius - 30;
    const py = 80 + radius;
    g.lineStyle(8, COLOURS.black).strokeCircle(px, py, radius);
    const key = portraitKey(view.winner);
    if (this.textures.exists(key)) this.add.image(px, py, key).setDisplaySize(radius * 1.5, radius * 1.5);
    this.add.text(28, 80, view.year, { fontFamily: HEADING_FONT, fontSize: this.fs(clamp(w / 7, 48, 96)), color: '#b3261e' });
    const title = this.add.text(28, Math.max(py + radius + 24, h * 0.5), view.title.toUpperCase(), {
      fontFamily: HEADING_FONT,
      fontSize: this.fs(clamp(w / 12, 30, 56)),
      color: '#1b1b1b',
      fontStyle: 'bold',
      wordWrap: { width: w - 56 },
      backgroundColor: '#f2e8d5',
      padding: { x: 8, y: 4 },
    });
    if (animate) {
      title.setAlpha(0);
      this.tweens.add({ targets: title, alpha: 1, x: { from: 0, to: 28 }, duration: 800 });
    }
  }
}
