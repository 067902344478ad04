// The screen state kept beside the save: only trusted when it matches the save's log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uiKey, clearUiState, loadUiState, saveUiState } from '../src/ui/uistate';
import type { FlowEvent } from '../src/flow/machine';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  globalThis.localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
    key: () => null,
    length: 0,
  } as Storage;
});
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

const log: FlowEvent[] = [{ type: 'BEGIN' }, { type: 'CONTINUE' }, { type: 'CHOOSE', decision: 'apology', option: 'grudging' }];

describe('the screen state', () => {
  it('round-trips an outcome and a vote index for the same log', () => {
    saveUiState(1, { log: 3, outcome: { decision: 'apology', option: 'grudging' } });
    expect(loadUiState(1, log)).toEqual({ log: 3, outcome: { decision: 'apology', option: 'grudging' } });
  });

  it('is ignored when the log has moved on, or the outcome is not the last choice', () => {
    saveUiState(1, { log: 2, outcome: null });
    expect(loadUiState(1, log)).toBeNull();
    saveUiState(1, { log: 3, outcome: { decision: 'other', option: 'grudging' } });
    expect(loadUiState(1, log)).toBeNull();
    saveUiState(1, { log: 2, outcome: { decision: 'apology', option: 'grudging' } });
    expect(loadUiState(1, log.slice(0, 2))).toBeNull();
  });

  it('keeps each slot apart', () => {
    saveUiState(2, { log: 3, outcome: null });
    expect(loadUiState(1, log)).toBeNull();
    expect(loadUiState(2, log)).toEqual({ log: 3, outcome: null });
  });

  it('survives damaged or foreign values', () => {
    for (const text of ['{', 'null', '[]', '"x"', JSON.stringify({ version: 9, log: 3 }), JSON.stringify({ version: 1, log: '3' })]) {
      store.set(uiKey(1), text);
      expect(loadUiState(1, log)).toBeNull();
    }
    // The first version also kept which of a half-year's votes was on screen; each vote now has its own state.
    store.set(uiKey(1), JSON.stringify({ version: 1, log: 3, outcome: null, voteIndex: 2 }));
    expect(loadUiState(1, log)).toBeNull();
    clearUiState(1);
    expect(store.has(uiKey(1))).toBe(false);
  });
});
