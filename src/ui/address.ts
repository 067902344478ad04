// What the page's address chooses before a game: a scenario, lens and role for the new-game form, and a seed.
// Read against the menu compiled for the first script (src/scenario/menu.ts), so the title needs nothing more.
import type { GameConfig, PolicyId } from '../rules/state';
import type { Menu } from '../scenario/menu';
import type { Role } from '../scenario/schema';
import { echoValue } from '../scenario/words';

/** What the address chose in advance for a new game. */
export interface SetupPreset {
  scenario?: string;
  lens?: string;
  role?: Role;
}

/** What the player chose on the setup screen. */
export interface SetupChoice {
  role: Role;
  scenario: string;
  lens: string;
  /** The rival's policy. */
  rival: PolicyId;
}

/** The address's scenario, lens and role: a preset for the setup, none at all, or the problems with them. */
export function readAddress(menu: Menu): { preset: SetupPreset | null; problems: string[] } {
  const params = new URLSearchParams(location.search);
  const scenario = params.get('scenario');
  const lens = params.get('lens');
  const role = params.get('role');
  const problems: string[] = [];
  if (scenario !== null && !menu.scenarios.some((s) => s.id === scenario)) {
    problems.push(`There is no scenario called "${echoValue(scenario)}". The scenarios are: ${menu.scenarios.map((s) => s.id).join(', ')}.`);
  }
  if (lens !== null && !menu.lenses.some((l) => l.id === lens)) {
    problems.push(`There is no lens called "${echoValue(lens)}". The lenses are: ${menu.lenses.map((l) => l.id).join(', ')}.`);
  }
  if (role !== null && role !== 'stalin' && role !== 'trotsky') problems.push(`There is no role called "${echoValue(role)}": play as stalin or trotsky.`);
  const chosen = scenario !== null || lens !== null || role !== null;
  const preset = chosen && !problems.length ? { scenario: scenario ?? undefined, lens: lens ?? undefined, role: (role as Role | null) ?? undefined } : null;
  return { preset, problems };
}

/** The address's parameters that choose a new game's setup. */
const SETUP_PARAMS = ['scenario', 'lens', 'role'];

/** Forgets the address's setup choices, so that a reload opens the title (the seed and debug flags stay). */
export function clearAddress(): void {
  const params = new URLSearchParams(location.search);
  if (!SETUP_PARAMS.some((p) => params.has(p))) return;
  for (const p of SETUP_PARAMS) params.delete(p);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** A seed for a game the address or the assignment does not fix (any seed gives a fair game). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 1e9);
}

/** A new game's config: the player's choices, the rival's policy, and the address's seed or a fresh one. */
export function configFor(choice: SetupChoice): GameConfig {
  const rival: Role = choice.role === 'stalin' ? 'trotsky' : 'stalin';
  const policies = { stalin: 'historical', trotsky: 'historical' } as Record<Role, PolicyId>;
  policies[rival] = choice.rival;
  const seed = new URLSearchParams(location.search).get('seed');
  return { scenario: choice.scenario, role: choice.role, lens: choice.lens, seed: seed ?? freshSeed(), policies };
}

/** True when the address opens an assignment (the teacher's kit reads it, src/ui/assigned.ts). */
export function opensAssignment(): boolean {
  return new URLSearchParams(location.search).has('assign');
}
