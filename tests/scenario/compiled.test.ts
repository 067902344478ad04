// The catalogue the page receives is compiled at build time (build/catalogJson.ts); read back, it must be the
// catalogue the loaders build from the files, with its shared objects shared and its bibliography a Map.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../build/catalogJson';
import { labInputs } from '../../src/lab/factorFile';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import type { Compiled } from '../../src/scenario/files.browser';
import { decodeGraph, encodeGraph, type Encoded } from '../../src/scenario/graph';

/** The compiled module's value, as the page reads it. */
function compiledValue(): Encoded {
  const { code } = compileCatalog();
  const literal = /^export default JSON\.parse\((.*)\);\n$/s.exec(code);
  expect(literal).not.toBeNull();
  return JSON.parse(JSON.parse(literal![1]) as string) as Encoded;
}

describe('the compiled catalogue', () => {
  it('reads back as the catalogue and the factors the loaders build', () => {
    const { catalog: read, factorSet } = decodeGraph(compiledValue()) as Compiled;
    const built = loadCatalogFromDisk();
    const plain = (c: unknown) => JSON.parse(JSON.stringify(c, (_k, v: unknown) => (v instanceof Map ? [...v] : v))) as unknown;
    expect(read.sources).toBeInstanceOf(Map);
    expect(read.sources.size).toBe(built.sources.size);
    expect(isDeepStrictEqual(plain(read), plain(built))).toBe(true);
    const factors = labInputs(built, readScenarioFile(`${SCENARIO_DIR}/factors.yaml`, 'scenarios/factors.yaml')).factorSet;
    expect(isDeepStrictEqual(plain(factorSet), plain(factors))).toBe(true);
  });

  it('keeps shared objects shared, once each', () => {
    const read = (decodeGraph(compiledValue()) as Compiled).catalog;
    const campaign = read.scenarios.find((s) => !s.lesson)!;
    expect(read.campaigns).toContain(campaign.campaign);
    const shared = { a: 1 };
    const encoded = encodeGraph({ x: shared, y: [shared], m: new Map([['k', shared]]) });
    expect(encoded.shared).toEqual([{ a: 1 }]);
    const back = decodeGraph(encoded) as { x: object; y: object[]; m: Map<string, object> };
    expect(back.y[0]).toBe(back.x);
    expect(back.m.get('k')).toBe(back.x);
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => encodeGraph({ when: new Date(0) })).toThrow(/Date object/);
    expect(() => encodeGraph({ f: () => 1 })).toThrow(/function/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => encodeGraph(loop)).toThrow(/cycle/);
    expect(() => encodeGraph({ '@': 1 })).toThrow(/reserves/);
  });
});
