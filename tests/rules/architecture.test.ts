// The rules must stay pure: no renderer, audio, DOM or state-machine imports, and no hidden randomness or
// clock, so that the same seed and choices give the same game in Node and in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const RULES = join(__dirname, '..', '..', 'src', 'rules');
const files = readdirSync(RULES).filter((f) => f.endsWith('.ts'));

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('src/rules is pure', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    const src = stripComments(readFileSync(join(RULES, f), 'utf8'));
    it(`${f} imports nothing from Phaser, Howler, XState or the DOM layers`, () => {
      const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec, `${f} imports ${spec}`).not.toMatch(/^(phaser|howler|xstate)(\/|$)/);
        expect(spec, `${f} imports ${spec}`).not.toMatch(/(\/ui\/|\/audio\/|\/flow\/|scenes\/|\/main)/);
      }
    });
    it(`${f} uses no Math.random, Date.now, new Date or browser globals`, () => {
      expect(src).not.toMatch(/Math\.random/);
      expect(src).not.toMatch(/Date\.now/);
      expect(src).not.toMatch(/new\s+Date\b/);
      expect(src).not.toMatch(/\b(window|document|localStorage|navigator)\./);
    });
  }
  it('catches a forbidden line when one is present', () => {
    const bad = stripComments("import Phaser from 'phaser';\nconst x = Math.random();");
    expect(bad).toMatch(/Math\.random/);
    expect([...bad.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1])).toContain('phaser');
  });
});
