// The debrief after a game: what the student decided against what really happened, the turning points of the
// game as the model measures them, the vote ledgers, the historians whose views the game supports or
// challenges, and essay plans for the two exam questions, filled with evidence from this game. Also the same
// as a Markdown document (markdown.ts).
//
// Pure: no DOM, no clock, no randomness of its own. Runs in Node and in the browser.
import { contextFor, lensById } from '../scenario/catalog';
import type { Camp, Role } from '../scenario/schema';
import { turnName } from '../scenario/turns';
import { campName, leaderName } from '../scenario/names';
import { replay as replayThroughMachine } from '../flow/save';
import { describeSteps, ledgersOf, measuresOf, milestonesOf, pickTurningPoints, timelineOf } from './measure';
import { CLOSE_VOTE_POINTS, HISTORIAN_RULES, judgeHistorians } from './historians';
import { essaysOf } from './essays';
import { replaySteps } from './replay';
import type { Debrief, DebriefInput, EssayFacts, Measures } from './types';

export * from './types';
export { debriefMarkdown, mdText, verdictWords } from './markdown';
export { pickTurningPoints } from './measure';
export { HISTORIAN_RULES } from './historians';
/** The whole debrief of a game, from its config and the flow machine's log. */
export function buildDebrief(input: DebriefInput): Debrief {
  const { catalog, config, log } = input;
  const ctx = contextFor(catalog, config.scenario, config.lens);
  const sc = ctx.sc;
  const role: Role = config.role ?? 'stalin';
  const camp: Camp = role;
  const rivalRole: Role = role === 'stalin' ? 'trotsky' : 'stalin';
  const replay = replaySteps(catalog, ctx, camp, config, log);
  const { state, steps, startSecretaries } = replay;
  describeSteps(sc, steps, state);
  const timeline = timelineOf(sc, state, steps, camp, (c) => c.by === 'player', input.factors);
  const rivalMoves = timelineOf(sc, state, steps, camp, (c) => c.by !== 'player' && c.turn >= sc.start, input.factors);
  const votes = ledgersOf(sc, state, steps, camp).filter((v) => v.turn >= sc.start);
  const endingDef = state.ending ? sc.endingById[state.ending.id] : undefined;
  const winner = state.ending?.winner;
  const ending =
    state.ending && endingDef
      ? {
          id: state.ending.id,
          title: endingDef.title,
          summary: endingDef.summary,
          turn: state.ending.turn,
          when: turnName(state.ending.turn),
          winner: state.ending.winner,
          winnerName: winner === 'collective' ? 'a collective leadership' : campName(sc, winner!),
          playerWon: winner === camp,
        }
      : null;
  const measures = measuresOf(steps);
  const gross: Measures = { appointments: 0, stalinDecisions: 0, trotskyDecisions: 0, events: 0, votes: 0 };
  for (const s of steps) {
    const d = Math.abs(s.delta.stalin);
    if (s.kind === 'turn-end') gross.appointments += d;
    else if (s.kind === 'event') gross.events += d;
    else if (s.kind === 'vote') gross.votes += d;
    else if (s.role === 'stalin') gross.stalinDecisions += d;
    else gross.trotskyDecisions += d;
  }
  const total = Object.values(gross).reduce((a, b) => a + b, 0) || 1;
  const share = Object.fromEntries(Object.entries(gross).map(([k, v]) => [k, v / total])) as Record<keyof Measures, number>;
  const turningPoints = pickTurningPoints(steps, camp);
  const milestones = milestonesOf(sc, state);
  const heldVotes = votes.filter((v) => v.held);
  const partial = { role, ending, timeline, rivalMoves, votes, measures, steps };
  const facts: EssayFacts = {
    sc,
    d: partial,
    state,
    stalinWon: winner === 'stalin',
    corrected: [...timeline, ...rivalMoves].filter((t) => t.role === 'trotsky' && !t.matched).sort((a, b) => a.turn - b.turn),
    trotskyPlayer: role === 'trotsky' ? 'you' : `the computer, playing ${config.policies.trotsky === 'historical' ? 'as he really did' : config.policies.trotsky === 'shrewd' ? 'shrewdly' : 'at random'}`,
    closeVotes: heldVotes.filter((v) => Math.abs(v.margin) < CLOSE_VOTE_POINTS),
    heldVotes,
    share,
    gross,
    milestones,
    turningPoints,
    startSecretaries,
  };
  const lens = lensById(catalog, ctx.lensId)!;
  return {
    scenario: { id: sc.id, title: sc.title, kind: sc.kind },
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
    turningPoints,
    trajectory: replay.trajectory.map((t) => ({ turn: t.turn, when: turnName(t.turn), position: t.position, stalin: t.stalin })),
    votes,
    milestones,
    historians: judgeHistorians(catalog.lenses, facts),
    rules: [...HISTORIAN_RULES],
    measures,
    essays: essaysOf(facts),
    questions: sc.lesson ? [...sc.lesson.questions] : [],
    steps,
    replayExact: JSON.stringify(state) === JSON.stringify(replayThroughMachine(catalog, config, log).snapshot.context.state),
    state,
  };
}
