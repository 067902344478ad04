// The game ships its own cut of Phaser (build/phaser-cut.js, wired in by build/phaserCut.ts). A scene that
// creates a game object, or uses a part of Phaser, that the cut leaves out would fail only in the browser, so
// this reads the cut, the scenes and the stage, and checks every use against what the cut compiles in.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PHASER_FLAGS } from '../build/phaserCut';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PHASER = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
const CUT = readFileSync(ROOT + 'build/phaser-cut.js', 'utf8');
const FILES = [
  ...readdirSync(ROOT + 'scenes')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `scenes/${name}`),
  'src/ui/stage.ts',
];

/** The this.add.X names the cut's imported factory files register with Phaser. */
function cutFactories(): string[] {
  const files = [...CUT.matchAll(/^import '(phaser\/src\/[^']*Factory\.js)';$/gm)].map((m) => m[1]);
  return files.flatMap((file) => {
    const source = readFileSync(join(PHASER, file.slice('phaser/'.length)), 'utf8');
    return [...source.matchAll(/GameObjectFactory\.register\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]);
  });
}

/** The Phaser.X names the cut's object carries: its own keys and Phaser's constants merged in. */
function cutNamespaces(): string[] {
  const object = /Extend\(false, \{([^}]*)\}, CONST\)/.exec(CUT);
  const constants = readFileSync(join(PHASER, 'src/const.js'), 'utf8');
  return [
    ...(object ? object[1].split(',').map((k) => k.trim()) : []),
    ...[...constants.matchAll(/^ {4}([A-Z_0-9]+):/gm)].map((m) => m[1]),
  ];
}

/** Every `this.add.X` / `this.make.X` and every `Phaser.X` used as a value (not in a type position). */
function phaserUses(source: string): { factories: string[]; namespaces: string[] } {
  const code = source.replace(/\/\/.*$/gm, '');
  const factories = [...code.matchAll(/\.\s*(?:add|make)\s*\.\s*([A-Za-z0-9_]+)\s*\(/g)].map((m) => m[1]);
  // A type annotation (`: Phaser.X`, `<Phaser.X>`, `as Phaser.X`, `import('phaser')`-free types) costs nothing.
  const namespaces = [...code.matchAll(/([^\s])?\s*\bPhaser\.([A-Za-z0-9_]+)/g)]
    .filter((m) => m[1] !== ':' && m[1] !== '<' && m[1] !== '|' && !/\bas\s*$/.test(code.slice(0, m.index + 1)))
    .map((m) => m[2]);
  return { factories, namespaces };
}

describe("the game's cut of Phaser", () => {
  const factories = cutFactories();
  const namespaces = cutNamespaces();

  it('is read: its factories, its parts and the scenes', () => {
    expect(factories).toEqual(expect.arrayContaining(['text', 'graphics', 'circle', 'image']));
    expect(namespaces).toEqual(expect.arrayContaining(['Game', 'Scene', 'CANVAS']));
    expect(FILES).toContain('scenes/Desk.ts');
  });

  it('tells a type from a value, and a factory the cut has from one it leaves out', () => {
    const uses = phaserUses('const s: Phaser.Structs.Size = x;\nnew Phaser.Game({});\nthis.add.text(0, 0);\nthis.add.tileSprite(0, 0);');
    expect(uses.namespaces).toEqual(['Game']);
    expect(uses.factories.filter((f) => !factories.includes(f))).toEqual(['tileSprite']);
    expect(namespaces).not.toContain('Physics');
  });

  for (const file of FILES) {
    it(`${file} uses only what the cut compiles in`, () => {
      const uses = phaserUses(readFileSync(ROOT + file, 'utf8'));
      expect(uses.factories.filter((f) => !factories.includes(f)), 'game objects the cut leaves out').toEqual([]);
      expect(uses.namespaces.filter((n) => !namespaces.includes(n)), 'parts of Phaser the cut leaves out').toEqual([]);
    });
  }

  it('draws with Canvas only, and leaves out Phaser sound', () => {
    expect(PHASER_FLAGS).toMatchObject({ CANVAS_RENDERER: true, WEBGL_RENDERER: false, FEATURE_SOUND: false });
    expect(readFileSync(ROOT + 'src/ui/stage.ts', 'utf8')).toMatch(/type:\s*Phaser\.CANVAS/);
  });
});
