// The stage sleeps when its scene stands still, and knows a scene is moving only from its tweens and from the
// steps it schedules through StageScene.schedule (scenes/base.ts). A step put straight on Phaser's clock
// would be missed: the stage would fall asleep half-way through the animation.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCENES = fileURLToPath(new URL('../scenes/', import.meta.url));

describe('scenes', () => {
  const files = readdirSync(SCENES).filter((name) => name.endsWith('.ts') && name !== 'base.ts');

  it('are found', () => {
    expect(files).toContain('HallVote.ts');
    expect(files).toContain('PolitburoVote.ts');
  });

  for (const name of files) {
    it(`${name} schedules its animation steps through StageScene.schedule, not Phaser's clock`, () => {
      const source = readFileSync(SCENES + name, 'utf8');
      expect(source).not.toMatch(/\.time\s*\.\s*(addEvent|delayedCall)\b/);
      expect(source).not.toMatch(/\.add\s*\.\s*timeline\b/);
    });
  }
});
