// The screen state kept beside the save: only trusted when it matches the save's log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UI_KEY, clearUiState, loadUiState, saveUiState } from '../src/ui/uistate';
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
    saveUiState({ log: 3, outcome: { decision: 'apology', option: 'grudging' } });
    expect(loadUiState(log)).toEqual({ log: 3, outcome: { decision: 'apology', option: 'grudging' } });
  });

  it('is ignored when the log has moved on, or the outcome is not the last choice', () => {
    saveUiState({ log: 2, outcome: null });
    expect(loadUiState(log)).toBeNull();
    saveUiState({ log: 3, outcome: { decision: 'other', option: 'grudging' } });
    expect(loadUiState(log)).toBeNull();
    saveUiState({ log: 2, outcome: { decision: 'apology', option: 'grudging' } });
    expect(loadUiState(log.slice(0, 2))).toBeNull();
  });

  it('survives damaged or foreign values', () => {
    for (const text of ['{', 'null', '[]', '"x"', JSON.stringify({ version: 9, log: 3 }), JSON.stringify({ version: 1, log: '3' })]) {
      store.set(UI_KEY, text);
      expect(loadUiState(log)).toBeNull();
    }
    // The first version also kept which of a half-year's votes was on screen; each vote now has its own state.
    store.set(UI_KEY, JSON.stringify({ version: 1, log: 3, outcome: null, voteIndex: 2 }));
    expect(loadUiState(log)).toBeNull();
    clearUiState();
    expect(store.has(UI_KEY)).toBe(false);
  });
});
