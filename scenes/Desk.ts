// The turn desk: the calendar, the half-year's documents and the leaders' portraits with their posts and
// standing. Laid out for whatever size the canvas has: documents are stacked so that every title stays
// readable, and the portraits wrap onto as many rows as the width needs.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, portraitKey, type DeskView } from './views';

const M = 14;

export class Desk extends StageScene<DeskView> {
  constructor() {
    super('Desk');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    this.cameras.main.setBackgroundColor(0x2a1d16);
    const g = this.add.graphics();
    g.fillStyle(0x3a281d).fillRect(0, 0, w, h);
    g.fillStyle(COLOURS.red).fillTriangle(0, h, w * 0.45, h, 0, h * 0.55);

    // Leaders, at the bottom: balanced rows of cells at least 90 px wide.
    const leaders = view.leaders.slice(0, 8);
    const maxCols = Math.max(1, Math.floor((w - 2 * M) / 90));
    const rows = Math.max(1, Math.ceil(leaders.length / maxCols));
    const cols = Math.max(1, Math.ceil(leaders.length / rows));
    const cellW = (w - 2 * M) / cols;
    // On a short canvas (a phone on its side) each portrait keeps only its name and post.
    const compact = h < 420;
    const textH = compact ? 56 : 118; // name, up to three lines of post, three labelled bars
    const portrait = Math.round(clamp(Math.min(cellW * 0.6, (h * 0.52) / rows - textH), compact ? 28 : 36, 84));
    const cellH = portrait + textH;
    const leadersTop = h - M - rows * cellH;
    leaders.forEach((l, i) => {
      const row = Math.floor(i / cols);
      const inRow = row === rows - 1 ? leaders.length - row * cols : cols;
      const offset = ((cols - inRow) * cellW) / 2;
      const cx = M + offset + cellW * (i % cols) + cellW / 2;
      this.leader(l, cx, leadersTop + row * cellH, cellW - 6, portrait, compact);
    });

    // The calendar, top left.
    const calW = clamp(Math.min(w * 0.26, (leadersTop - 2 * M) / 0.85), 56, 150);
    const calH = calW * 0.85;
    g.fillStyle(COLOURS.paper).fillRect(M, M, calW, calH).lineStyle(3, COLOURS.black).strokeRect(M, M, calW, calH);
    g.fillStyle(COLOURS.red).fillRect(M, M, calW, calH * 0.3);
    this.add.text(M + calW / 2, M + calH * 0.15, view.half.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: `${Math.round(clamp(calW / 9, 11, 16))}px`, color: '#f2e8d5' }).setOrigin(0.5);
    this.add.text(M + calW / 2, M + calH * 0.64, view.year, { fontFamily: HEADING_FONT, fontSize: `${Math.round(calW / 3)}px`, color: '#1b1b1b', fontStyle: 'bold' }).setOrigin(0.5);

    // Documents: beside the calendar when there is room, else below it; stacked so every title shows.
    const beside = w - (2 * M + calW + M) >= 250;
    const x0 = beside ? 2 * M + calW : M;
    const top = beside ? M : 2 * M + calH;
    const docW = Math.min(w - x0 - M, 420);
    const bottom = leadersTop - (compact ? 8 : 26);
    const docs = view.documents.slice(0, 6);
    if (docs.length === 0) {
      this.add.text(x0 + 8, top + 8, 'No dispatches this half-year', { fontFamily: MONO_FONT, fontSize: '18px', color: '#f2e8d5', wordWrap: { width: docW - 16 } });
      return;
    }
    const made = docs.map((d) => {
      const telegram = d.kind === 'telegram';
      const c = this.add.container(0, 0);
      const kind = this.add.text(18, 10, d.kind.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '13px', color: '#8e1d17' });
      const title = this.add.text(18, 30, d.title, { fontFamily: MONO_FONT, fontSize: '16px', color: '#1b1b1b', fontStyle: 'bold', wordWrap: { width: docW - 30 } });
      const head = 30 + title.height + 10; // everything that must stay visible
      const sheetH = head + 14;
      const sheet = this.add.graphics();
      sheet.fillStyle(telegram ? 0xf7efc9 : COLOURS.paper).fillRect(0, 0, docW, sheetH);
      sheet.lineStyle(2, COLOURS.black).strokeRect(0, 0, docW, sheetH);
      sheet.fillStyle(telegram ? COLOURS.black : COLOURS.red).fillRect(0, 0, telegram ? docW : 8, telegram ? 6 : sheetH);
      c.add([sheet, kind, title]);
      return { c, head, sheetH };
    });
    // Each document may cover the foot of the one before, never its heading and title.
    const natural = made.reduce((s, d) => s + d.sheetH + 8, 0);
    const squeeze = natural > bottom - top;
    let y = top;
    made.forEach((d, i) => {
      if (y === Number.POSITIVE_INFINITY) return d.c.destroy();
      if (y + d.head > bottom && i > 0) {
        // No room even for this title: say how many more documents there are instead.
        d.c.destroy();
        if (y <= bottom) this.add.text(x0, Math.min(y, bottom - 16), `+ ${made.length - i} more`, { fontFamily: MONO_FONT, fontSize: '13px', color: '#f2e8d5', backgroundColor: '#1b1b1b', padding: { x: 4, y: 2 } });
        y = Number.POSITIVE_INFINITY;
        return;
      }
      const x = x0 + (i % 2 === 0 ? 0 : Math.min(10, w - x0 - M - docW));
      d.c.setPosition(x, y);
      if (!squeeze) d.c.setAngle(i % 2 === 0 ? -0.8 : 0.8);
      if (animate) {
        d.c.setAlpha(0);
        this.tweens.add({ targets: d.c, alpha: 1, y: { from: y - 30, to: y }, delay: 180 * i, duration: 300 });
      }
      y += squeeze ? Math.max(d.head, (bottom - top - d.sheetH) / Math.max(made.length - 1, 1)) : d.sheetH + 8;
    });
  }

  /** One portrait: the picture, the name, the post (or seat, or status) and the standing, all as text. */
  private leader(l: DeskView['leaders'][number], cx: number, top: number, width: number, size: number, compact: boolean): void {
    const key = portraitKey(l.id, l.out);
    if (this.textures.exists(key)) this.add.image(cx, top + size / 2, key).setDisplaySize(size, size);
    else this.add.circle(cx, top + size / 2, size / 2, l.out ? COLOURS.grey : COLOURS.red);
    if (l.out) {
      // Crossed out as well as greyed: the status is never shown by colour alone.
      this.add.graphics().lineStyle(4, COLOURS.black).lineBetween(cx - size / 2, top + size, cx + size / 2, top);
    }
    const boxTop = top + size + 2;
    const boxH = compact ? 52 : 112;
    this.add.rectangle(cx, boxTop + boxH / 2, width, boxH, COLOURS.black, 0.88);
    this.add.text(cx, boxTop + 3, l.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '15px', color: l.out ? '#cccccc' : '#f2e8d5' }).setOrigin(0.5, 0);
    const post = l.status ? l.status.toUpperCase() : l.post;
    this.add
      .text(cx, boxTop + 23, post, { fontFamily: MONO_FONT, fontSize: '11px', color: l.status ? '#ff9c8f' : '#f2e8d5', align: 'center', fontStyle: l.status ? 'bold' : '', wordWrap: { width: width - 6 }, maxLines: compact ? 2 : 3 })
      .setOrigin(0.5, 0);
    if (compact) return;
    const rows: [string, number][] = [
      ['Prestige', l.prestige],
      ['Heir', l.heir],
      ['Stigma', l.stigma],
    ];
    rows.forEach(([label, value], i) => this.bar(label, value, cx - width / 2 + 4, boxTop + 68 + i * 14, width - 8));
  }

  /** One standing as a word and a bar filled to its value out of 100 (the text column gives the numbers). */
  private bar(label: string, value: number, x: number, y: number, width: number): void {
    const text = this.add.text(x, y, label, { fontFamily: MONO_FONT, fontSize: '10px', color: '#f2e8d5' });
    const bx = x + Math.max(text.width + 4, 52);
    const bw = Math.max(12, x + width - bx);
    const g = this.add.graphics();
    g.lineStyle(1, COLOURS.cream).strokeRect(bx, y + 2, bw, 8);
    g.fillStyle(COLOURS.gold).fillRect(bx + 1, y + 3, ((bw - 2) * Math.max(0, Math.min(100, value))) / 100, 6);
  }
}
