// A minimal Phaser 4 + XState page: one scene that draws a line of text, and one started actor. It marks
// window.helloFirstFrame (milliseconds since navigation) when its first frame has been drawn.
import Phaser from 'phaser';
import { createActor, createMachine } from 'xstate';

const machine = createMachine({ id: 'hello', initial: 'idle', states: { idle: { on: { START: 'running' } }, running: {} } });
const actor = createActor(machine).start();

class Hello extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'Hello, world', { fontFamily: 'serif', fontSize: '48px', color: '#f2e8d5' });
    actor.send({ type: 'START' });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      (window as unknown as { helloFirstFrame: number }).helloFirstFrame = performance.now();
    });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1b1b1b', scene: Hello });
