// The few facts about the scenarios and lenses that the title and the new-game form need, compiled at build
// time beside the catalogue (build/catalogJson.ts) so that the page's first script carries neither the whole
// catalogue nor the code that reads it. Any catalogue is also a menu: the same functions serve both.
import type { Scenario } from './playable';
import type { Lens } from './schema';

export type MenuScenario = Pick<Scenario, 'id' | 'kind' | 'title' | 'summary' | 'roles'>;
export type MenuLens = Pick<Lens, 'id' | 'name' | 'summary' | 'default'>;

export interface Menu {
  scenarios: readonly MenuScenario[];
  lenses: readonly MenuLens[];
}

/** The menu of a catalogue: only the fields the setup and the address check read. */
export function menuOf(cat: Menu): Menu {
  return {
    scenarios: cat.scenarios.map(({ id, kind, title, summary, roles }) => ({ id, kind, title, summary, roles: { stalin: roles.stalin, trotsky: roles.trotsky } })),
    lenses: cat.lenses.map(({ id, name, summary, default: isDefault }) => ({ id, name, summary, default: isDefault })),
  };
}

/** The lens a game uses unless another is chosen (the catalogue's loader makes sure there is one). */
export function defaultLens<L extends MenuLens>(cat: { lenses: readonly L[] }): L {
  return cat.lenses.find((l) => l.default)!;
}
