// The turn desk: the calendar, the half-year's documents and the leaders' portraits with their posts and
// standing. Laid out for whatever size the canvas has: documents are stacked so that every title stays
// readable, and the portraits wrap onto as many rows as the width needs.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, portraitKey, type DeskView } from './views';

const M = 14;

/** How much each portrait says, and the height of its text box (at normal text size). */
type Detail = 'full' | 'compact' | 'names';
// The compact card (name and post) has room for a post of two lines at the full size, or three set smaller.
const BOX_H: Record<Detail, number> = { full: 112, compact: 58, names: 22 };

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
    const { rows, cols, cellW, portrait, textH, detail } = this.leaderGrid(w, h, leaders.length);
    const compact = detail !== 'full';
    const cellH = portrait + textH;
    const leadersTop = h - M - rows * cellH;
    leaders.forEach((l, i) => {
      const row = Math.floor(i / cols);
      const inRow = row === rows - 1 ? leaders.length - row * cols : cols;
      const offset = ((cols - inRow) * cellW) / 2;
      const cx = M + offset + cellW * (i % cols) + cellW / 2;
      this.leader(l, cx, leadersTop + row * cellH, cellW - 6, portrait, detail);
    });

    // The calendar, top left.
    const calW = clamp(Math.min(w * 0.26, (leadersTop - 2 * M) / 0.85), 56, 150);
    const calH = calW * 0.85;
    g.fillStyle(COLOURS.paper).fillRect(M, M, calW, calH).lineStyle(3, COLOURS.black).strokeRect(M, M, calW, calH);
    g.fillStyle(COLOURS.red).fillRect(M, M, calW, calH * 0.3);
    const half = this.add.text(M + calW / 2, M + calH * 0.15, view.half.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(clamp(calW / 9, 11, 16)), color: '#f2e8d5' }).setOrigin(0.5);
    if (half.width > calW - 6) half.setScale((calW - 6) / half.width); // a small calendar: the months still fit
    this.add.text(M + calW / 2, M + calH * 0.64, view.year, { fontFamily: HEADING_FONT, fontSize: this.fs(calW / 3), color: '#1b1b1b', fontStyle: 'bold' }).setOrigin(0.5);

    // Documents: beside the calendar when there is room, else below it; stacked so every title shows.
    const beside = w - (2 * M + calW + M) >= 250;
    const x0 = beside ? 2 * M + calW : M;
    const top = beside ? M : 2 * M + calH;
    const docW = Math.min(w - x0 - M, 420);
    const bottom = leadersTop - (compact ? 8 : 26);
    this.documents({ x0, top, bottom, docW, w }, animate);
  }

  /** The half-year's documents in the box given: stacked so that every heading and title shows. */
  private documents(box: { x0: number; top: number; bottom: number; docW: number; w: number }, animate: boolean): void {
    const { x0, top, bottom, docW, w } = box;
    const ts = this.textScale;
    const docs = this.view.documents.slice(0, 6);
    if (docs.length === 0) {
      this.add.text(x0 + 8, top + 8, 'No dispatches yet this half-year', { fontFamily: MONO_FONT, fontSize: this.fs(18), color: '#f2e8d5', wordWrap: { width: docW - 16 } });
      return;
    }
    const made = docs.map((d) => {
      const telegram = d.kind === 'telegram';
      const c = this.add.container(0, 0);
      const kind = this.add.text(18, 10 * ts, d.kind.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(13), color: '#8e1d17' });
      const title = this.add.text(18, 30 * ts, d.title, { fontFamily: MONO_FONT, fontSize: this.fs(16), color: '#1b1b1b', fontStyle: 'bold', wordWrap: { width: docW - 30 } });
      const head = 30 * ts + title.height + 10; // everything that must stay visible
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
      if (y + d.head > bottom) {
        // No room even for this title: say how many more documents there are instead (they are all in the text).
        d.c.destroy();
        const more = i === 0 ? `${made.length} dispatch${made.length === 1 ? '' : 'es'} below` : `+ ${made.length - i} more`;
        if (y <= bottom) this.add.text(x0, Math.max(top, Math.min(y, bottom - 16 * this.textScale)), more, { fontFamily: MONO_FONT, fontSize: this.fs(13), color: '#f2e8d5', backgroundColor: '#1b1b1b', padding: { x: 4, y: 2 } });
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

  /**
   * The portraits' rows and how much each says: everything (name, post, standing); on a short canvas (a phone on
   * its side) name and post; and where even that would take more than 60% of the height (large text on a
   * phone), the name alone.
   */
  private leaderGrid(w: number, h: number, n: number): { rows: number; cols: number; cellW: number; portrait: number; textH: number; detail: Detail } {
    const ts = this.textScale;
    const maxCols = Math.max(1, Math.floor((w - 2 * M) / (90 * ts)));
    const rows = Math.max(1, Math.ceil(n / maxCols));
    const cols = Math.max(1, Math.ceil(n / rows));
    const cellW = (w - 2 * M) / cols;
    const levels: Detail[] = h < 420 ? ['compact', 'names'] : ['full', 'compact', 'names'];
    for (const detail of levels) {
      const textH = BOX_H[detail] * ts + 6;
      const portrait = Math.round(clamp(Math.min(cellW * 0.6, (h * 0.52) / rows - textH), detail === 'full' ? 36 : 28, 84));
      if (rows * (portrait + textH) <= h * 0.6 || detail === 'names') return { rows, cols, cellW, portrait, textH, detail };
    }
    throw new Error('unreachable: the last level always fits');
  }

  /** One portrait: the picture, the name, the post (or seat, or status) and the standing, all as text. */
  private leader(l: DeskView['leaders'][number], cx: number, top: number, width: number, size: number, detail: Detail): void {
    const key = portraitKey(l.id, l.out);
    if (this.textures.exists(key)) this.add.image(cx, top + size / 2, key).setDisplaySize(size, size);
    else this.add.circle(cx, top + size / 2, size / 2, l.out ? COLOURS.grey : COLOURS.red);
    if (l.out) {
      // Crossed out as well as greyed: the status is never shown by colour alone.
      this.add.graphics().lineStyle(4, COLOURS.black).lineBetween(cx - size / 2, top + size, cx + size / 2, top);
    }
    const ts = this.textScale;
    const boxTop = top + size + 2;
    const boxH = BOX_H[detail] * ts;
    this.add.rectangle(cx, boxTop + boxH / 2, width, boxH, COLOURS.black, 0.88);
    this.add.text(cx, boxTop + 3 * ts, l.name.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(15), color: l.out ? '#cccccc' : '#f2e8d5' }).setOrigin(0.5, 0);
    if (detail === 'names') return;
    const post = l.status ? l.status.toUpperCase() : l.post;
    const lines = detail === 'compact' ? 2 : 3;
    const postText = this.add
      .text(cx, boxTop + 23 * ts, post, { fontFamily: MONO_FONT, fontSize: this.fs(11), color: l.status ? '#ff9c8f' : '#f2e8d5', align: 'center', fontStyle: l.status ? 'bold' : '', wordWrap: { width: width - 6 } })
      .setOrigin(0.5, 0);
    // A long post on a narrow card ("Chairman of the Moscow Soviet" on a phone) is set a size or two smaller, and
    // may then take a third line, rather than be cut off.
    for (let px = 10; px >= 9 && postText.getWrappedText().length > lines; px--) postText.setFontSize(this.fs(px));
    postText.setMaxLines(3);
    if (detail === 'compact') return;
    const standing: [string, number][] = [
      ['Prestige', l.prestige],
      ['Heir', l.heir],
      ['Stigma', l.stigma],
    ];
    standing.forEach(([label, value], i) => this.bar(label, value, cx - width / 2 + 4, boxTop + (68 + i * 14) * ts, width - 8));
  }

  /** One standing as a word and a bar filled to its value out of 100 (the text column gives the numbers). */
  private bar(label: string, value: number, x: number, y: number, width: number): void {
    const ts = this.textScale;
    const text = this.add.text(x, y, label, { fontFamily: MONO_FONT, fontSize: this.fs(10), color: '#f2e8d5' });
    const bx = x + Math.max(text.width + 4, 52 * ts);
    const bw = Math.max(12, x + width - bx);
    const g = this.add.graphics();
    g.lineStyle(1, COLOURS.cream).strokeRect(bx, y + 2 * ts, bw, 8 * ts);
    g.fillStyle(COLOURS.gold).fillRect(bx + 1, y + 3 * ts, ((bw - 2) * clamp(value, 0, 100)) / 100, 6 * ts);
  }
}
