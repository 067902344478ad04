// The Politburo vote: the members round the table, each member's hand shown in turn, then the tally. On a
// small or flat canvas (a phone) the members sit in rows instead, with the tally above them, so that no name,
// vote or badge lies over another.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, portraitKey, type PolitburoView } from './views';

interface Seating {
  seats: { x: number; y: number }[];
  size: number;
  /** Where the tally goes, and the verdict under it. */
  tally: { x: number; y: number; px: number };
  verdict: { x: number; y: number };
  table: { cx: number; cy: number; rx: number; ry: number } | null;
}

export class PolitburoVote extends StageScene<PolitburoView> {
  constructor() {
    super('PolitburoVote');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    this.cameras.main.setBackgroundColor(COLOURS.black);
    const title = this.add
      .text(w / 2, 20, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(clamp(w / 24, 18, 28)), color: '#f2e8d5', align: 'center', wordWrap: { width: w - 40 } })
      .setOrigin(0.5, 0);
    const top = 20 + title.height + 10;
    const n = view.members.length;
    const ts = this.textScale;
    const seating = Math.min(w, h - top) < 360 * ts ? this.rows(w, h, top, n) : this.round(w, h, top, n);
    const { size } = seating;
    if (seating.table) this.add.ellipse(seating.table.cx, seating.table.cy, seating.table.rx * 1.15, seating.table.ry, 0x2f5a36).setStrokeStyle(6, 0x5a3a22);
    const counts = { for: 0, against: 0, abstain: 0 };
    const tally = this.add.text(seating.tally.x, seating.tally.y, '', { fontFamily: HEADING_FONT, fontSize: `${seating.tally.px}px`, color: '#f2e8d5' }).setOrigin(0.5);
    const showTally = () => tally.setText(`${counts.for} – ${counts.against}${counts.abstain ? ` – ${counts.abstain}` : ''}`);
    showTally();
    let shown = 0;
    this.progress(0, n);
    const badge = Math.min(13, size * 0.22);
    view.members.forEach((m, i) => {
      const { x, y } = seating.seats[i];
      const key = portraitKey(m.id);
      if (this.textures.exists(key)) this.add.image(x, y, key).setDisplaySize(size, size);
      else this.add.circle(x, y, size / 2, COLOURS.grey);
      const name = this.add.text(x, y + size / 2 + 3, m.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(14), color: '#f2e8d5' }).setOrigin(0.5, 0);
      const reveal = () => {
        const bx = x + size / 2 - badge / 2;
        const by = y - size / 2 + badge / 2;
        const g = this.add.graphics();
        if (m.vote === 'for') g.fillStyle(COLOURS.red).fillCircle(bx, by, badge).lineStyle(3, COLOURS.cream).strokeCircle(bx, by, badge);
        else if (m.vote === 'against') g.fillStyle(COLOURS.cream).fillRect(bx - badge, by - badge, 2 * badge, 2 * badge).lineStyle(3, COLOURS.black).lineBetween(bx - badge * 0.6, by - badge * 0.6, bx + badge * 0.6, by + badge * 0.6).lineBetween(bx + badge * 0.6, by - badge * 0.6, bx - badge * 0.6, by + badge * 0.6);
        else g.fillStyle(COLOURS.grey).fillRect(bx - badge, by - badge / 3, 2 * badge, (2 * badge) / 3);
        this.add.text(x, name.y + name.height, m.vote.toUpperCase(), { fontFamily: MONO_FONT, fontSize: this.fs(13), color: m.vote === 'for' ? '#ff9c8f' : '#f2e8d5', fontStyle: 'bold' }).setOrigin(0.5, 0);
        counts[m.vote]++;
        showTally();
        this.progress(++shown, n);
      };
      if (animate) this.schedule({ delay: 300 + 350 * i, callback: reveal });
      else reveal();
    });
    const verdict = () =>
      this.add.text(seating.verdict.x, seating.verdict.y, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: this.fs(24), color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(0.5, 0);
    if (animate) this.schedule({ delay: 400 + 350 * n, callback: verdict });
    else verdict();
  }

  /** Round an oval table, with the tally and verdict in the middle. */
  private round(w: number, h: number, top: number, n: number): Seating {
    const size = Math.round(clamp(Math.min(w, h) / 7, 44, 84));
    const cx = w / 2;
    const cy = top + (h - top) / 2 - 10;
    const rx = Math.max(60, w / 2 - size / 2 - 30);
    const ry = Math.max(60, (h - top) / 2 - size / 2 - 36 * this.textScale);
    const seats = Array.from({ length: n }, (_, i) => {
      const a = (i / n) * Math.PI * 2 - Math.PI / 2;
      return { x: cx + Math.cos(a) * rx, y: cy + Math.sin(a) * ry };
    });
    const px = Math.round(clamp(rx / 5, 26, 44) * this.textScale);
    return { seats, size, tally: { x: cx, y: cy - 8, px }, verdict: { x: cx, y: cy + 16 * this.textScale }, table: { cx, cy, rx, ry } };
  }

  /** In rows under the title, the tally and verdict beside the title's foot; the portraits as large as fit. */
  private rows(w: number, h: number, top: number, n: number): Seating {
    const ts = this.textScale;
    const px = Math.round(26 * ts);
    const head = top + px * 1.3 + 4; // the tally's line
    const label = 36 * ts; // name and vote under each portrait
    const M = 10;
    let best = { cols: n, size: 0 };
    for (let cols = 1; cols <= n; cols++) {
      const rowsN = Math.ceil(n / cols);
      const cellW = (w - 2 * M) / cols;
      const cellH = (h - head - M) / rowsN;
      const size = Math.min(cellW - 70 * ts > 0 ? cellW * 0.62 : cellW * 0.45, cellH - label - 6, 84);
      if (size > best.size) best = { cols, size };
    }
    const size = Math.max(20, Math.floor(best.size));
    const cols = best.cols;
    const rowsN = Math.ceil(n / cols);
    const cellW = (w - 2 * M) / cols;
    const cellH = (h - head - M) / rowsN;
    const seats = Array.from({ length: n }, (_, i) => {
      const row = Math.floor(i / cols);
      const inRow = row === rowsN - 1 ? n - row * cols : cols;
      const offset = ((cols - inRow) * cellW) / 2;
      return { x: M + offset + cellW * (i % cols) + cellW / 2, y: head + row * cellH + (cellH - label) / 2 };
    });
    // Tally on the left of the verdict, both on one line under the title.
    const line = top + (px * 1.3) / 2;
    return { seats, size, tally: { x: w / 2 - 60 * ts, y: line, px }, verdict: { x: w / 2 + 60 * ts, y: line - 16 * ts }, table: null };
  }
}
