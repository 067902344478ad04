// Preload: turns the repo's SVG portraits into textures, with a progress bar.
import Phaser from 'phaser';
import { portraitSvg } from '../assets/art/portraits';
import { COLOURS, HEADING_FONT, portraitKey } from './views';

export class Preload extends Phaser.Scene {
  private urls: string[] = [];
  constructor() {
    super('Preload');
  }
  preload(): void {
    const ids = (this.registry.get('leaderIds') as string[] | undefined) ?? [];
    const W = this.scale.width;
    const H = this.scale.height;
    const g = this.add.graphics();
    this.add.text(W / 2, H / 2 - 50, 'AFTER LENIN', { fontFamily: HEADING_FONT, fontSize: '48px', color: '#f2e8d5' }).setOrigin(0.5);
    const bar = this.add.graphics();
    g.lineStyle(3, COLOURS.cream).strokeRect(W / 2 - Math.min(200, W / 2 - 20), H / 2, Math.min(400, W - 40), 24);
    this.load.on('progress', (p: number) => {
      bar.clear().fillStyle(COLOURS.red).fillRect(W / 2 - Math.min(200, W / 2 - 20) + 3, H / 2 + 3, (Math.min(400, W - 40) - 6) * p, 18);
    });
    for (const id of ids) {
      for (const muted of [false, true]) {
        const url = URL.createObjectURL(new Blob([portraitSvg(id, { size: 128, muted })], { type: 'image/svg+xml' }));
        this.urls.push(url);
        this.load.svg(portraitKey(id, muted), url, { width: 128, height: 128 });
      }
    }
  }
  create(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.registry.set('ready', true);
    this.game.events.emit('stage-ready');
  }
}
