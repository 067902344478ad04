// A Congress, Conference or Central Committee vote: a hall with one dot per voting delegate, filling by bloc.
import Phaser from 'phaser';
import { COLOURS, HEADING_FONT, MONO_FONT, W, H, type HallView, type SceneData } from './views';

export class HallVote extends Phaser.Scene {
  constructor() {
    super('HallVote');
  }
  create(data: SceneData<HallView>): void {
    const { view, reducedMotion } = data;
    this.cameras.main.setBackgroundColor(COLOURS.black);
    this.add.text(W / 2, 28, view.title.toUpperCase(), { fontFamily: HEADING_FONT, fontSize: '26px', color: '#f2e8d5', align: 'center', wordWrap: { width: W - 80 } }).setOrigin(0.5, 0);
    const ballots: ('for' | 'against' | 'abstain')[] = [];
    for (const b of view.blocs) {
      for (let i = 0; i < b.for; i++) ballots.push('for');
      for (let i = 0; i < b.against; i++) ballots.push('against');
      for (let i = 0; i < b.abstain; i++) ballots.push('abstain');
    }
    const total = ballots.length;
    // Seats on concentric arcs of a semicircle.
    const cx = W / 2;
    const cy = H - 90;
    const rows = Math.max(6, Math.ceil(Math.sqrt(total / 4)));
    const inner = 170;
    const outer = 400;
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
    const dot = Math.max(2, Math.min(9, ((outer - inner) / rows) * 0.42));
    const g = this.add.graphics();
    const counts = { for: 0, against: 0, abstain: 0 };
    const tally = this.add.text(cx, cy - 40, '', { fontFamily: HEADING_FONT, fontSize: '46px', color: '#f2e8d5' }).setOrigin(0.5);
    const legend = this.add.text(cx, cy + 14, '● for   ○ against   · abstain', { fontFamily: MONO_FONT, fontSize: '16px', color: '#f2e8d5' }).setOrigin(0.5, 0);
    legend.setAlpha(0.9);
    const draw = (i: number) => {
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
      this.add.text(cx, cy + 44, view.passed ? 'CARRIED' : 'DEFEATED', { fontFamily: HEADING_FONT, fontSize: '24px', color: view.passed ? '#ff9c8f' : '#f2e8d5' }).setOrigin(0.5, 0);
    };
    if (reducedMotion) {
      for (let i = 0; i < total; i++) draw(i);
      finish();
      return;
    }
    let next = 0;
    const perTick = Math.max(1, Math.ceil(total / 60));
    this.time.addEvent({
      delay: 30,
      repeat: Math.ceil(total / perTick),
      callback: () => {
        for (let k = 0; k < perTick && next < total; k++) draw(next++);
        tally.setText(`${counts.for} – ${counts.against}`);
        if (next >= total) finish();
      },
    });
    if (total === 0) finish();
  }
}
