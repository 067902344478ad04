// The apparatus map: each region's party secretary by loyalty, with this half-year's changes ringed.
import Phaser from 'phaser';
import { COLOURS, HEADING_FONT, MONO_FONT, SIDE_COLOUR, SIDE_LETTER, W, H, type MapView, type SceneData, type SideId } from './views';

export class ApparatusMap extends Phaser.Scene {
  constructor() {
    super('ApparatusMap');
  }
  create(data: SceneData<MapView>): void {
    const { view, reducedMotion } = data;
    this.cameras.main.setBackgroundColor(COLOURS.cream);
    const g = this.add.graphics();
    g.fillStyle(0xe6d8bb).fillRoundedRect(40, 80, W - 80, H - 180, 30);
    g.lineStyle(3, COLOURS.black).strokeRoundedRect(40, 80, W - 80, H - 180, 30);
    this.add.text(40, 24, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '30px', color: '#1b1b1b' });
    const xs = view.regions.map((r) => r.x);
    const ys = view.regions.map((r) => r.y);
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const px = (x: number) => 90 + ((x - x0) / Math.max(x1 - x0, 1)) * (W - 180);
    const py = (y: number) => 120 + ((y - y0) / Math.max(y1 - y0, 1)) * (H - 280);
    for (const r of view.regions) {
      const x = px(r.x);
      const y = py(r.y);
      const changed = r.side !== r.before;
      const disc = this.add.circle(x, y, 18, SIDE_COLOUR[r.side]).setStrokeStyle(3, COLOURS.black);
      this.add.text(x, y, SIDE_LETTER[r.side], { fontFamily: HEADING_FONT, fontSize: '20px', color: r.side === 'zinoviev' ? '#1b1b1b' : '#ffffff' }).setOrigin(0.5);
      this.add.text(x, y + 20, r.name.replace(/ \(.*\)$/, ''), { fontFamily: MONO_FONT, fontSize: '12px', color: '#1b1b1b' }).setOrigin(0.5, 0);
      if (changed) {
        const ring = this.add.circle(x, y, 28).setStrokeStyle(4, COLOURS.red);
        this.add.text(x + 22, y - 34, `${SIDE_LETTER[r.before]}→${SIDE_LETTER[r.side]}`, { fontFamily: MONO_FONT, fontSize: '13px', color: '#8e1d17', fontStyle: 'bold' });
        if (!reducedMotion) {
          disc.setScale(0.2);
          this.tweens.add({ targets: disc, scale: 1, duration: 500, ease: 'Back.Out' });
          this.tweens.add({ targets: ring, scale: { from: 1, to: 1.25 }, alpha: { from: 1, to: 0.5 }, duration: 700, yoyo: true, repeat: 2 });
        }
      }
    }
    const sides: SideId[] = ['stalin', 'trotsky', 'zinoviev', 'bukharin', 'line'];
    sides.forEach((s, i) => {
      const x = 60 + i * 180;
      const count = view.regions.filter((r) => r.side === s).length;
      this.add.circle(x, H - 52, 14, SIDE_COLOUR[s]).setStrokeStyle(2, COLOURS.black);
      this.add.text(x, H - 52, SIDE_LETTER[s], { fontFamily: HEADING_FONT, fontSize: '15px', color: s === 'zinoviev' ? '#1b1b1b' : '#ffffff' }).setOrigin(0.5);
      this.add.text(x + 22, H - 62, `${s === 'line' ? 'line' : s}: ${count}`, { fontFamily: MONO_FONT, fontSize: '16px', color: '#1b1b1b' });
    });
  }
}
