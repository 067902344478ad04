// Plays one seed under many configurations at once, sharing the turns they have in common. The configurations
// may differ only in their switches and forced options (the lab's coalitions of factors); everything else,
// the seed included, is the same. Games with the same switches are one game until a decision comes up on which
// their forced options differ; there the game branches, each branch replaying that turn from a copy taken at
// its start. Each result is therefore exactly what playOut(ctx, newGame(ctx, config)) gives for that config
// (tests/lab/run.test.ts checks this), at a fraction of the cost. The games are played on the rules' boards and
// never written back into saved states: only their endings are read. Pure.
import { newBoard, playTurnOnBoard } from '../rules/game';
import type { Ctx } from '../scenario/playable';
import type { GameConfig, GameState } from '../rules/state';
import type { Board } from '../rules/board';

export type Ending = NonNullable<GameState['ending']>;

interface Branch {
  s: Board;
  /** Indices of the configurations that are still playing exactly this game. */
  members: number[];
}

function forcedOption(config: GameConfig, decision: string): string {
  return config.forced?.[decision] ?? '';
}

/** Whether some decision scheduled for this turn is forced differently among the members. */
function membersDisagreeThisTurn(
  ctx: Ctx,
  s: Board,
  configs: readonly GameConfig[],
  members: readonly number[],
  contested: ReadonlySet<string>,
): boolean {
  for (const d of ctx.sc.decisionsByTurn[s.turn] ?? []) {
    if (!contested.has(d.id)) continue;
    const first = forcedOption(configs[members[0]], d.id);
    for (let k = 1; k < members.length; k++) if (forcedOption(configs[members[k]], d.id) !== first) return true;
  }
  return false;
}

/**
 * Plays one turn from `start` for every member, once per group of members that take the same forced options
 * in the decisions that actually came up. Appends the resulting branches to `out`, the first member's first.
 */
function branchTurn(ctx: Ctx, start: Board, configs: readonly GameConfig[], members: number[], out: Branch[]): void {
  const s = start.copy();
  s.config = configs[members[0]];
  playTurnOnBoard(ctx, s);
  const taken = s.choices.slice(start.choices.length).map((c) => c.decision);
  const groups = new Map<string, number[]>();
  for (const m of members) {
    const key = taken.map((d) => forcedOption(configs[m], d)).join('\u0000');
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  let first = true;
  for (const group of groups.values()) {
    if (first) out.push({ s, members: group });
    else branchTurn(ctx, start, configs, group, out);
    first = false;
  }
}

/** The ending of every configuration's game, in the order of `configs`. All configs must share the seed. */
export function playBranching(ctx: Ctx, configs: readonly GameConfig[]): Ending[] {
  const endings = new Array<Ending>(configs.length);
  const bySwitches = new Map<string, number[]>();
  configs.forEach((c, i) => {
    const key = [...(c.switches ?? [])].sort().join(',');
    const group = bySwitches.get(key);
    if (group) group.push(i);
    else bySwitches.set(key, [i]);
  });
  const contested = new Set(configs.flatMap((c) => Object.keys(c.forced ?? {})));
  const stack: Branch[] = [];
  for (const group of bySwitches.values()) stack.push({ s: newBoard(ctx, configs[group[0]]), members: group });
  while (stack.length) {
    let { s, members } = stack.pop()!;
    while (!s.ending) {
      if (members.length > 1 && membersDisagreeThisTurn(ctx, s, configs, members, contested)) {
        const branches: Branch[] = [];
        branchTurn(ctx, s, configs, members, branches);
        ({ s, members } = branches[0]);
        for (let k = 1; k < branches.length; k++) stack.push(branches[k]);
      } else {
        playTurnOnBoard(ctx, s);
      }
    }
    for (const m of members) endings[m] = s.ending!;
  }
  return endings;
}
