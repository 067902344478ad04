// A Congress, Conference or Central Committee vote: a hall with one dot per voting delegate, filling by bloc.
import { StageScene, clamp } from './base';
import { COLOURS, HEADING_FONT, MONO_FONT, type HallView } from './views';

export class HallVote extends StageScene<HallView> {
  constructor() {
    super('HallVote');
  }

  protected draw(w: number, h: number, animate: boolean): void {
    const view = this.view;
    this.cameras.main.setBackgroundColor(COLOURS.black);
    const title = this.add
      .text(w / 2, 20, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: this.fs(clamp(w / 24, 18, 26)), color: '#f2e8d5', align: 'center', wordWrap: { width: w - 40 } })
      .setOrigin(0.5, 0);
    const top = 20 + title.height + 16;
    const ballots: ('for' | 'against' | 'abstain')[] = [];
    for (const b of view.blocs) {
      for (let i = 0; i < b.for; i++) ballots.push('for');
      for (let i = 0; i < b.against; i++) ballots.push('against');
      for (let i = 0; i < b.abstain; i++) ballots.push('abstain');
    }
    const total = ballots.length;
    const ts = this.textScale;
    const final = `${ballots.filter((b) => b === 'for').length} – ${ballots.filter((b) => b === 'against').length}`;
    const { short, below, outer, tallyInside, tallyPx } = this.layout(w, h, top, final);
    const cx = w / 2;
    const cy = Math.min(h - below, top + outer + (h - below - top - outer) / 2);
    const inner = outer * 0.42;
    const rows = Math.max(6, Math.ceil(Math.sqrt(total / 4)));
    const radii = Array.from({ length: rows }, (_, r) => inner + ((outer - inner) * r) / Math.max(rows - 1, 1));
    const circumference = radii.reduce((s, r) => s + Math.PI * r, 0);
    const seats: { x: number; y: number; a: number }[] = [];
    for (const r of radii) {
      const n = Math.max(1, Math.round((total * Math.PI * r) / circumference));
      for (let i = 0; i < n; i++) {
        const a = Math.PI - (Math.PI * (i + 0.5)) / n;
        seats.push({ x: cx + Math.cos(a) * r, y: cy - Math.sin(a) * r, a });
      }
    }
    seats.sort((p, q) => q.a - p.a);
    const dot = Math.max(1.5, Math.min(9, ((outer - inner) / rows) * 0.42, Math.sqrt((circumference * (outer - inner)) / rows / Math.max(total, 1)) * 0.4));
    const g = this.add.graphics();
    const counts = { for: 0, against: 0, abstain: 0 };
    const side = { x: cx + outer + 16, y: cy - (tallyInside ? 50 : 90) * ts };
    if (short) this.add.text(side.x, side.y, '● for\n○ against\n· abstain', { fontFamily: MONO_FONT, fontSize: this.fs(14), color: '#f2e8d5' });
    else this.add.text(cx, cy + 14 * ts, '● for   ○ against   · abstain', { fontFamily: MONO_FONT, fontSize: this.fs(15), color: '#f2e8d5' }).setOrigin(0.5, 0);
    // The running tally sits inside the innermost arc when it fits there, else with the legend.
    const [tx, ty, tox, toy] = tallyInside ? [cx, cy - 4, 0.5, 1] : short ? [side.x, side.y + 54 * ts, 0, 0] : [cx, cy + 78 * ts, 0.5, 0];
    const tally = this.add.text(tx, ty, '', { fontFamily: HEADING_FONT, fontSize: `${tallyPx}px`, color: '#f2e8d5' }).setOrigin(tox, toy);
    const drawDot = (i: number) => {
      const s = seats[Math.min(i, seats.length - 1)];
      const b = ballots[i];
      counts[b]++;
      if (b === 'for') g.fillStyle(COLOURS.red).fillCircle(s.x, s.y, dot);
      else if (b === 'against') g.lineStyle(Math.max(1, dot / 3), COLOURS.cream).strokeCircle(s.x, s.y, dot * 0.8);
      else g.fillStyle(COLOURS.grey).fillCircle(s.x, s.y, dot * 0.45);
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      tally.setText(`${counts.for} – ${counts.against}`);
      const [vx, vy, ox] = short ? [side.x, side.y - 34 * ts, 0] : [cx, cy + 44 * ts, 0.5];
      this.add.text(vx, vy, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: this.fs(24), color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(ox, 0);
    };
    if (!animate || total === 0) {
      for (let i = 0; i < total; i++) drawDot(i);
      finish();
      this.progress(total, total);
      return;
    }
    this.progress(0, total);
    let next = 0;
    const perTick = Math.max(1, Math.ceil(total / 60));
    this.schedule({
      delay: 30,
      repeat: Math.ceil(total / perTick),
      callback: () => {
        for (let k = 0; k < perTick && next < total; k++) drawDot(next++);
        tally.setText(`${counts.for} – ${counts.against}`);
        this.progress(next, total);
        if (next >= total) finish();
      },
    });
  }

  /**
   * Where the hall goes: the arc as large as the canvas allows, with legend and verdict under its base line or,
   * when that gives a larger arc (a short, wide canvas), beside it; and whether the final tally fits inside the
   * innermost arc at a readable size, else it goes with the legend and the arc leaves room for it.
   */
  private layout(w: number, h: number, top: number, final: string): { short: boolean; below: number; outer: number; tallyInside: boolean; tallyPx: number } {
    const ts = this.textScale;
    const probe = this.add.text(0, 0, final, { fontFamily: HEADING_FONT, fontSize: '26px' });
    const perPx = { w: probe.width / 26, h: probe.height / 26 };
    probe.destroy();
    const place = (tallyBelow: number) => {
      const belowB = 96 * ts + tallyBelow;
      const outerB = Math.min(w / 2 - 16, h - top - belowB);
      const outerS = Math.min(w / 2 - 16 - 130 * ts, h - top - 16);
      const short = outerS > outerB;
      return { short, below: short ? 16 : belowB, outer: Math.max(40, short ? outerS : outerB) };
    };
    const fits = (inner: number, px: number) => {
      const hw = (perPx.w * px) / 2 + 4;
      const th = perPx.h * px + 6;
      return hw * hw + th * th <= inner * inner;
    };
    const first = place(0);
    const inner = first.outer * 0.42;
    const px = Math.round(clamp(inner / 3, 26, 46) * ts);
    if (fits(inner * 0.9, px)) return { ...first, tallyInside: true, tallyPx: px };
    const small = Math.round(26 * ts);
    return { ...place(perPx.h * small + 8), tallyInside: false, tallyPx: small };
  }
}
