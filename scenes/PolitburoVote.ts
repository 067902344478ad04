// The Politburo vote: the members round the table, each member's hand shown in turn, then the tally.
import Phaser from 'phaser';
import { COLOURS, HEADING_FONT, MONO_FONT, W, H, portraitKey, type PolitburoView, type SceneData } from './views';

export class PolitburoVote extends Phaser.Scene {
  constructor() {
    super('PolitburoVote');
  }
  create(data: SceneData<PolitburoView>): void {
    const { view, reducedMotion } = data;
    this.cameras.main.setBackgroundColor(COLOURS.black);
    this.add.text(W / 2, 36, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '28px', color: '#f2e8d5', align: 'center', wordWrap: { width: W - 80 } }).setOrigin(0.5, 0);
    const cx = W / 2;
    const cy = H / 2 + 40;
    this.add.ellipse(cx, cy, 420, 200, 0x2f5a36).setStrokeStyle(8, 0x5a3a22);
    const n = view.members.length;
    const counts = { for: 0, against: 0, abstain: 0 };
    const tally = this.add.text(cx, cy, '', { fontFamily: HEADING_FONT, fontSize: '44px', color: '#f2e8d5' }).setOrigin(0.5);
    const showTally = () => tally.setText(`${counts.for} – ${counts.against}${counts.abstain ? ` – ${counts.abstain}` : ''}`);
    showTally();
    view.members.forEach((m, i) => {
      const a = (i / n) * Math.PI * 2 - Math.PI / 2;
      const x = cx + Math.cos(a) * 360;
      const y = cy + Math.sin(a) * 200;
      const key = portraitKey(m.id);
      if (this.textures.exists(key)) this.add.image(x, y, key).setDisplaySize(84, 84);
      else this.add.circle(x, y, 40, COLOURS.grey);
      this.add.text(x, y + 46, m.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '14px', color: '#f2e8d5' }).setOrigin(0.5, 0);
      const reveal = () => {
        const bx = x + 46;
        const by = y - 40;
        const g = this.add.graphics();
        if (m.vote === 'for') g.fillStyle(COLOURS.red).fillCircle(bx, by, 15).lineStyle(3, COLOURS.cream).strokeCircle(bx, by, 15);
        else if (m.vote === 'against') g.fillStyle(COLOURS.cream).fillRect(bx - 14, by - 14, 28, 28).lineStyle(4, COLOURS.black).lineBetween(bx - 9, by - 9, bx + 9, by + 9).lineBetween(bx + 9, by - 9, bx - 9, by + 9);
        else g.fillStyle(COLOURS.grey).fillRect(bx - 14, by - 4, 28, 8);
        this.add.text(x, y + 66, m.vote.toUpperCase(), { fontFamily: MONO_FONT, fontSize: '14px', color: m.vote === 'for' ? '#ff9c8f' : '#f2e8d5' }).setOrigin(0.5, 0);
        counts[m.vote]++;
        showTally();
      };
      if (reducedMotion) reveal();
      else this.time.delayedCall(300 + 350 * i, reveal);
    });
    const verdict = () =>
      this.add.text(cx, cy + 50, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: '26px', color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(0.5);
    if (reducedMotion) verdict();
    else this.time.delayedCall(400 + 350 * n, verdict);
  }
}
