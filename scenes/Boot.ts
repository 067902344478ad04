// Boot: sets the stage colour and hands over to the preloader.
import Phaser from 'phaser';
import { COLOURS } from './views';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }
  create(): void {
    this.cameras.main.setBackgroundColor(COLOURS.black);
    this.scene.start('Preload');
  }
}
