// A save in another format is refused with the right word: "newer" when it comes from a later version of
// the game, "older" only when it comes from an earlier one.
import { describe, expect, it } from 'vitest';
import { makeSave, restoreSave, SAVE_VERSION } from '../../src/flow/save';
import { catalog, config } from '../helpers';

describe('the save format', () => {
  const save = makeSave(config({ role: 'stalin' }), [], {});
  const reason = (version: number) => {
    const r = restoreSave(catalog, JSON.stringify({ ...save, version }));
    return r.ok ? '' : r.reason;
  };

  it('calls a newer format newer and an older one older', () => {
    expect(reason(SAVE_VERSION + 1)).toBe(`the saved game is from a newer version of the game (format ${SAVE_VERSION + 1}, this version reads format ${SAVE_VERSION})`);
    expect(reason(SAVE_VERSION - 1)).toMatch(/^the saved game is from an older version of the game \(format \d+,/);
  });
});
