// The apparatus map: each region's party secretary by loyalty, with this half-year's changes ringed.
// Region names are placed where they do not cover another name or disc; those that find no room are left
// to the table beside the map, which lists every region.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, SIDE_COLOUR, SIDE_LETTER, type MapView, type SideId } from './views';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export class ApparatusMap extends StageScene<MapView> {
  constructor() {
    super('ApparatusMap');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    const m = 16;
    this.cameras.main.setBackgroundColor(COLOURS.cream);
    const title = this.add.text(m, m, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(clamp(w / 26, 18, 30)), color: '#1b1b1b', wordWrap: { width: w - 2 * m } });
    // The legend: one entry per side, wrapping onto rows.
    const sides: SideId[] = ['stalin', 'trotsky', 'zinoviev', 'bukharin', 'line'];
    const perRow = Math.max(1, Math.min(sides.length, Math.floor((w - 2 * m) / 150)));
    const legendRows = Math.ceil(sides.length / perRow);
    const legendTop = h - m - legendRows * 32;
    sides.forEach((s, i) => {
      const x = m + 14 + (i % perRow) * ((w - 2 * m) / perRow);
      const y = legendTop + Math.floor(i / perRow) * 32 + 14;
      const count = view.regions.filter((r) => r.side === s).length;
      this.add.circle(x, y, 13, SIDE_COLOUR[s]).setStrokeStyle(2, COLOURS.black);
      this.add.text(x, y, SIDE_LETTER[s], { fontFamily: HEADING_FONT, fontSize: this.fs(14), color: s === 'zinoviev' ? '#1b1b1b' : '#ffffff' }).setOrigin(0.5);
      this.add.text(x + 20, y, `${s === 'line' ? 'line' : s}: ${count}`, { fontFamily: MONO_FONT, fontSize: this.fs(15), color: '#1b1b1b' }).setOrigin(0, 0.5);
    });
    // The map box.
    const box = { x: m, y: m + title.height + 10, w: w - 2 * m, h: legendTop - 10 - (m + title.height + 10) };
    const g = this.add.graphics();
    g.fillStyle(0xe6d8bb).fillRoundedRect(box.x, box.y, box.w, box.h, 24);
    g.lineStyle(3, COLOURS.black).strokeRoundedRect(box.x, box.y, box.w, box.h, 24);
    if (view.regions.length === 0) return;
    const xs = view.regions.map((q) => q.x);
    const ys = view.regions.map((q) => q.y);
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const pad = 30;
    const px = (x: number) => box.x + pad + ((x - x0) / Math.max(x1 - x0, 1)) * (box.w - 2 * pad);
    const py = (y: number) => box.y + pad + ((y - y0) / Math.max(y1 - y0, 1)) * (box.h - 2 * pad - 14);
    // Discs as big as the box allows, but small enough that most neighbours do not touch.
    const nearest = view.regions
      .map((a) => Math.min(...view.regions.filter((b) => b !== a).map((b) => Math.hypot(px(a.x) - px(b.x), py(a.y) - py(b.y)))))
      .sort((a, b) => a - b);
    const typical = nearest.length > 1 ? nearest[Math.floor(nearest.length * 0.4)] : 40;
    const r = Math.round(clamp(Math.min(Math.min(box.w, box.h) / 30, typical / 2.1), 8, 18));
    const placed: Box[] = view.regions.map((q) => ({ x: px(q.x) - r, y: py(q.y) - r, w: 2 * r, h: 2 * r }));
    const order = view.regions.map((q, i) => ({ q, i, changed: q.side !== q.before })).sort((a, b) => Number(b.changed) - Number(a.changed));
    const inside = (b: Box) => b.x >= box.x + 4 && b.x + b.w <= box.x + box.w - 4 && b.y >= box.y + 4 && b.y + b.h <= box.y + box.h - 4;
    for (const { q, i, changed } of order) {
      const x = px(q.x);
      const y = py(q.y);
      const disc = this.add.circle(x, y, r, SIDE_COLOUR[q.side]).setStrokeStyle(2, COLOURS.black);
      this.add.text(x, y, SIDE_LETTER[q.side], { fontFamily: HEADING_FONT, fontSize: this.fs(r * 1.1), color: q.side === 'zinoviev' ? '#1b1b1b' : '#ffffff' }).setOrigin(0.5);
      if (changed) {
        const ring = this.add.circle(x, y, r + 7).setStrokeStyle(3, COLOURS.red);
        const mark = this.add.text(0, 0, `${SIDE_LETTER[q.before]}→${SIDE_LETTER[q.side]}`, { fontFamily: MONO_FONT, fontSize: this.fs(12), color: '#8e1d17', fontStyle: 'bold' });
        const corners: Box[] = [
          { x: x + r + 2, y: y - r - mark.height, w: mark.width, h: mark.height },
          { x: x - r - 2 - mark.width, y: y - r - mark.height, w: mark.width, h: mark.height },
          { x: x + r + 2, y: y + r, w: mark.width, h: mark.height },
          { x: x - r - 2 - mark.width, y: y + r, w: mark.width, h: mark.height },
        ];
        const corner = corners.find((b) => inside(b) && placed.every((p, j) => j === i || !overlaps(b, p))) ?? corners.find(inside) ?? corners[0];
        mark.setPosition(corner.x, corner.y);
        placed.push(corner);
        if (animate) {
          disc.setScale(0.2);
          this.tweens.add({ targets: disc, scale: 1, duration: 500, ease: 'Back.Out' });
          this.tweens.add({ targets: ring, scale: { from: 1, to: 1.25 }, alpha: { from: 1, to: 0.5 }, duration: 700, yoyo: true, repeat: 2 });
        }
      }
      // The name below, above, right or left of the disc, wherever it covers nothing already drawn.
      const name = this.add.text(0, 0, q.name.replace(/ \(.*\)$/, ''), { fontFamily: MONO_FONT, fontSize: this.fs(12), color: '#1b1b1b' });
      const tw = name.width;
      const th = name.height;
      const spots: Box[] = [
        { x: x - tw / 2, y: y + r + 1, w: tw, h: th },
        { x: x - tw / 2, y: y - r - th - 1, w: tw, h: th },
        { x: x + r + 3, y: y - th / 2, w: tw, h: th },
        { x: x - r - 3 - tw, y: y - th / 2, w: tw, h: th },
      ];
      const mine = placed[i];
      const spot = spots.find((b) => inside(b) && placed.every((p) => p === mine || !overlaps(b, p)));
      if (spot) {
        name.setPosition(spot.x, spot.y);
        placed.push(spot);
      } else {
        name.destroy();
      }
    }
  }
}
