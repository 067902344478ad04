// The debrief after a game: what the student decided against what really happened, the turning points of the
// game as the model measures them, the vote ledgers, the historians whose views the game supports or
// challenges, and essay plans for the two exam questions, filled with evidence from this game. Also the same
// as a Markdown document (markdown.ts). The measuring is in this folder; the rules by which the historians
// are judged and the essays' prose are in scenarios/debrief.yaml.
//
// Pure: no DOM, no clock, no randomness of its own. Runs in Node and in the browser.
import { contextFor, lensById, type Catalog } from '../scenario/catalog';
import type { DebriefContent } from '../scenario/debrief';
import type { Scenario } from '../scenario/playable';
import type { Camp, Role } from '../scenario/schema';
import { turnName } from '../scenario/turns';
import { campName, leaderName } from '../scenario/names';
import type { GameConfig, GameState } from '../rules/state';
import { replay as replayThroughMachine } from '../flow/save';
import { describeSteps, ledgersOf, milestonesOf, pickTurningPoints, timelineOf } from './measure';
import { historianRules, judgeHistorians } from './historians';
import { essaysOf } from './essays';
import { replaySteps } from './replay';
import type { Debrief, DebriefInput, EssayFacts } from './types';
import { figuresOf } from './figures';
import { summaryOf } from './summary';

export * from './types';
export { debriefMarkdown, mdText, verdictWords, type Student } from './markdown';
export { pickTurningPoints } from './measure';
export { CAUSES, figuresFrom, figuresOf } from './figures';
export { mistakesPercent } from './summary';
export { applyRule, historianRules, ruleText } from './historians';
export { essaysOf } from './essays';

/** The debrief's texts, or a clear error when the catalogue was built without them. */
export function debriefContent(catalog: Catalog): DebriefContent {
  if (!catalog.debrief) throw new Error("the debrief's texts (scenarios/debrief.yaml) were not loaded with the scenarios");
  return catalog.debrief;
}

function endingOf(sc: Scenario, state: GameState, camp: Camp): Debrief['ending'] {
  const def = state.ending ? sc.endingById[state.ending.id] : undefined;
  if (!state.ending || !def) return null;
  const winner = state.ending.winner;
  return {
    id: state.ending.id,
    title: def.title,
    summary: def.summary,
    turn: state.ending.turn,
    when: turnName(sc.calendar, state.ending.turn),
    winner,
    winnerName: winner === 'collective' ? 'a collective leadership' : campName(sc, winner),
    playerWon: winner === camp,
  };
}

function trotskyPlayer(config: GameConfig, role: Role): string {
  const p = config.policies.trotsky;
  return role === 'trotsky' ? 'you' : `the computer, playing ${p === 'historical' ? 'as he really did' : p === 'shrewd' ? 'shrewdly' : 'at random'}`;
}

/** The whole debrief of a game, from its config and the flow machine's log. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { catalog, config, log } = input;
  const content = debriefContent(catalog);
  const ctx = contextFor(catalog, config.scenario, config.lens);
  const sc = ctx.sc;
  const role: Role = config.role ?? 'stalin';
  const camp: Camp = role;
  const rivalRole: Role = role === 'stalin' ? 'trotsky' : 'stalin';
  const replay = replaySteps(catalog, ctx, camp, config, log);
  const { state, steps } = replay;
  describeSteps(sc, steps, state);
  const timeline = timelineOf(sc, state, steps, camp, (c) => c.by === 'player', input.factors);
  const rivalMoves = timelineOf(sc, state, steps, camp, (c) => c.by !== 'player' && c.turn >= sc.start, input.factors);
  const votes = ledgersOf(sc, state, steps, camp).filter((v) => v.turn >= sc.start);
  const ending = endingOf(sc, state, camp);
  const figures = figuresOf(steps);
  const heldVotes = votes.filter((v) => v.held);
  const facts: EssayFacts = {
    content,
    sc,
    d: { role, ending, timeline, rivalMoves, votes, figures, steps },
    state,
    stalinWon: state.ending?.winner === 'stalin',
    corrected: [...timeline, ...rivalMoves].filter((t) => t.role === 'trotsky' && !t.matched).sort((a, b) => a.turn - b.turn),
    trotskyPlayer: trotskyPlayer(config, role),
    closeVotes: heldVotes.filter((v) => Math.abs(v.margin) < content.closeVotePoints),
    heldVotes,
    milestones: milestonesOf(sc, state),
    turningPoints: pickTurningPoints(steps, camp, sc.calendar),
    startSecretaries: replay.startSecretaries,
  };
  const lens = lensById(catalog, ctx.lensId)!;
  const debrief: Omit<Debrief, 'summary'> = {
    scenario: { id: sc.id, title: sc.title, kind: sc.kind, calendar: sc.calendar },
    lens: { id: lens.id, name: lens.name },
    seed: String(config.seed),
    role,
    camp,
    roleName: leaderName(sc, sc.campLeader[role]),
    campName: campName(sc, camp),
    rival: { role: rivalRole, name: leaderName(sc, sc.campLeader[rivalRole]), policy: config.policies[rivalRole] },
    finished: state.ending !== null,
    ending,
    timeline,
    rivalMoves,
    turningPoints: facts.turningPoints,
    trajectory: replay.trajectory.map((t) => ({ turn: t.turn, when: turnName(sc.calendar, t.turn), position: t.position, stalin: t.stalin })),
    votes,
    milestones: facts.milestones,
    historians: judgeHistorians(catalog.lenses, facts),
    rules: historianRules(content),
    figures,
    essays: essaysOf(facts),
    questions: sc.lesson ? [...sc.lesson.questions] : [],
    steps,
    replayExact: JSON.stringify(state) === JSON.stringify(replayThroughMachine(catalog, config, log).snapshot.context.state),
    state,
  };
  return { summary: summaryOf(debrief, content), ...debrief };
}
