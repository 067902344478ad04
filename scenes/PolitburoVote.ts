// The Politburo vote: the members round the table, each member's hand shown in turn, then the tally.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, portraitKey, type PolitburoView } from './views';

export class PolitburoVote extends StageScene<PolitburoView> {
  constructor() {
    super('PolitburoVote');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    this.cameras.main.setBackgroundColor(COLOURS.black);
    const title = this.add
      .text(w / 2, 20, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: `${Math.round(clamp(w / 24, 18, 28))}px`, color: '#f2e8d5', align: 'center', wordWrap: { width: w - 40 } })
      .setOrigin(0.5, 0);
    const top = 20 + title.height + 10;
    const size = Math.round(clamp(Math.min(w, h) / 7, 44, 84));
    // Seats on an ellipse: room for a portrait, its name and its vote around the edge.
    const cx = w / 2;
    const cy = top + (h - top) / 2 - 10;
    const rx = Math.max(60, w / 2 - size / 2 - 30);
    const ry = Math.max(60, (h - top) / 2 - size / 2 - 36);
    this.add.ellipse(cx, cy, rx * 1.15, ry * 1.0, 0x2f5a36).setStrokeStyle(6, 0x5a3a22);
    const n = view.members.length;
    const counts = { for: 0, against: 0, abstain: 0 };
    const tally = this.add.text(cx, cy - 8, '', { fontFamily: HEADING_FONT, fontSize: `${Math.round(clamp(rx / 5, 26, 44))}px`, color: '#f2e8d5' }).setOrigin(0.5);
    const showTally = () => tally.setText(`${counts.for} – ${counts.against}${counts.abstain ? ` – ${counts.abstain}` : ''}`);
    showTally();
    let shown = 0;
    this.progress(0, n);
    view.members.forEach((m, i) => {
      const a = (i / n) * Math.PI * 2 - Math.PI / 2;
      const x = cx + Math.cos(a) * rx;
      const y = cy + Math.sin(a) * ry;
      const key = portraitKey(m.id);
      if (this.textures.exists(key)) this.add.image(x, y, key).setDisplaySize(size, size);
      else this.add.circle(x, y, size / 2, COLOURS.grey);
      this.add.text(x, y + size / 2 + 3, m.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '14px', color: '#f2e8d5' }).setOrigin(0.5, 0);
      const reveal = () => {
        const bx = x + size / 2;
        const by = y - size / 2;
        const g = this.add.graphics();
        if (m.vote === 'for') g.fillStyle(COLOURS.red).fillCircle(bx, by, 13).lineStyle(3, COLOURS.cream).strokeCircle(bx, by, 13);
        else if (m.vote === 'against') g.fillStyle(COLOURS.cream).fillRect(bx - 12, by - 12, 24, 24).lineStyle(4, COLOURS.black).lineBetween(bx - 8, by - 8, bx + 8, by + 8).lineBetween(bx + 8, by - 8, bx - 8, by + 8);
        else g.fillStyle(COLOURS.grey).fillRect(bx - 12, by - 4, 24, 8);
        this.add.text(x, y + size / 2 + 21, m.vote.toUpperCase(), { fontFamily: MONO_FONT, fontSize: '13px', color: m.vote === 'for' ? '#ff9c8f' : '#f2e8d5', fontStyle: 'bold' }).setOrigin(0.5, 0);
        counts[m.vote]++;
        showTally();
        this.progress(++shown, n);
      };
      if (animate) this.schedule({ delay: 300 + 350 * i, callback: reveal });
      else reveal();
    });
    const verdict = () =>
      this.add.text(cx, cy + 28, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: '24px', color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(0.5);
    if (animate) this.schedule({ delay: 400 + 350 * n, callback: verdict });
    else verdict();
  }
}
