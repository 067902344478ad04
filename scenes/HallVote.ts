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
      .text(w / 2, 20, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: `${Math.round(clamp(w / 24, 18, 26))}px`, color: '#f2e8d5', align: 'center', wordWrap: { width: w - 40 } })
      .setOrigin(0.5, 0);
    const top = 20 + title.height + 16;
    const ballots: ('for' | 'against' | 'abstain')[] = [];
    for (const b of view.blocs) {
      for (let i = 0; i < b.for; i++) ballots.push('for');
      for (let i = 0; i < b.against; i++) ballots.push('against');
      for (let i = 0; i < b.abstain; i++) ballots.push('abstain');
    }
    const total = ballots.length;
    // Seats on concentric arcs of a semicircle, as big as the canvas allows above the tally.
    // Legend and verdict go under the arc's base line, or on a short canvas beside the arc.
    const short = h - top < 280;
    const below = short ? 16 : 96;
    const outer = Math.max(40, Math.min(w / 2 - 16, h - top - below, short ? w / 2 - 150 : Infinity));
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
    const tally = this.add.text(cx, cy - Math.min(40, inner * 0.45), '', { fontFamily: HEADING_FONT, fontSize: `${Math.round(clamp(inner / 3, 26, 46))}px`, color: '#f2e8d5' }).setOrigin(0.5);
    const side = { x: cx + outer + 16, y: cy - 50 };
    if (short) this.add.text(side.x, side.y, '● for\n○ against\n· abstain', { fontFamily: MONO_FONT, fontSize: '14px', color: '#f2e8d5' });
    else this.add.text(cx, cy + 14, '● for   ○ against   · abstain', { fontFamily: MONO_FONT, fontSize: '15px', color: '#f2e8d5' }).setOrigin(0.5, 0);
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
      const [vx, vy, ox] = short ? [side.x, side.y - 34, 0] : [cx, cy + 44, 0.5];
      this.add.text(vx, vy, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: '24px', color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(ox, 0);
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
}
