// The turn desk: the calendar, the half-year's documents and the leaders' portraits with their posts.
import Phaser from 'phaser';
import { COLOURS, HEADING_FONT, MONO_FONT, W, H, portraitKey, type DeskView, type SceneData } from './views';

export class Desk extends Phaser.Scene {
  constructor() {
    super('Desk');
  }
  create(data: SceneData<DeskView>): void {
    const { view, reducedMotion } = data;
    this.cameras.main.setBackgroundColor(0x2a1d16);
    const g = this.add.graphics();
    g.fillStyle(0x3a281d).fillRect(0, 0, W, H);
    g.fillStyle(COLOURS.red).fillTriangle(0, H, W * 0.45, H, 0, H * 0.55);
    // Calendar.
    g.fillStyle(COLOURS.paper).fillRect(30, 30, 190, 170).lineStyle(4, COLOURS.black).strokeRect(30, 30, 190, 170);
    g.fillStyle(COLOURS.red).fillRect(30, 30, 190, 46);
    this.add.text(125, 53, view.half.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '20px', color: '#f2e8d5' }).setOrigin(0.5);
    this.add.text(125, 135, view.year, { fontFamily: HEADING_FONT, fontSize: '64px', color: '#1b1b1b', fontStyle: 'bold' }).setOrigin(0.5);
    // Documents, fanned out.
    view.documents.slice(0, 5).forEach((d, i) => {
      const x = 270 + i * 120;
      const y = 40 + i * 26;
      const c = this.add.container(x, y);
      const sheet = this.add.graphics();
      const telegram = d.kind === 'telegram';
      sheet.fillStyle(telegram ? 0xf7efc9 : COLOURS.paper).fillRect(0, 0, 300, 200);
      sheet.lineStyle(2, COLOURS.black).strokeRect(0, 0, 300, 200);
      sheet.fillStyle(telegram ? COLOURS.black : COLOURS.red).fillRect(0, 0, telegram ? 300 : 10, telegram ? 12 : 200);
      const kind = this.add.text(22, 22, d.kind.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '16px', color: '#8e1d17' });
      const title = this.add.text(22, 50, d.title, { fontFamily: MONO_FONT, fontSize: '19px', color: '#1b1b1b', wordWrap: { width: 260 } });
      c.add([sheet, kind, title]);
      c.setAngle((i % 2 === 0 ? -1 : 1) * (2 + i));
      if (!reducedMotion) {
        c.setAlpha(0);
        this.tweens.add({ targets: c, alpha: 1, y: { from: y - 40, to: y }, delay: 250 * i, duration: 350 });
      }
    });
    if (view.documents.length === 0) {
      this.add.text(420, 140, 'No dispatches this half-year', { fontFamily: MONO_FONT, fontSize: '22px', color: '#f2e8d5' });
    }
    // Leaders.
    const shown = view.leaders.slice(0, 7);
    const step = W / Math.max(shown.length, 1);
    shown.forEach((l, i) => {
      const cx = step * i + step / 2;
      const top = H - 200;
      const key = portraitKey(l.id, l.out);
      if (this.textures.exists(key)) this.add.image(cx, top + 52, key).setDisplaySize(104, 104);
      else this.add.circle(cx, top + 52, 50, l.out ? COLOURS.grey : COLOURS.red);
      this.add.rectangle(cx, top + 128, step - 8, 66, COLOURS.black, 0.85);
      this.add.text(cx, top + 108, l.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '17px', color: l.out ? '#bbbbbb' : '#f2e8d5' }).setOrigin(0.5, 0);
      this.add.text(cx, top + 132, l.post, { fontFamily: MONO_FONT, fontSize: '12px', color: '#f2e8d5', align: 'center', wordWrap: { width: step - 14 } }).setOrigin(0.5, 0);
    });
  }
}
