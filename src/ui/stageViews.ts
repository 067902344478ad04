// The pictures the stage draws, as the plain views of scenes/views.ts, built here and nowhere else from the
// game's state. The stage (src/ui/stage.ts) hands them to the Phaser scenes, which never run the rules.
import type { StageKey } from '../../scenes/index';
import type { DeskView, EndingView, HallView, MapView, PolitburoView, SceneData } from '../../scenes/views';
import { calendar, eventsThisTurn, closedTurn, voteDefinition } from '../flow/selectors';
import type { GameState, Side, VoteRecord } from '../rules/state';
import type { Scenario } from '../scenario/playable';
import { postName, seatName, shortName, statusWord } from './labels';

/** One picture for the stage: which scene, and what it draws. */
export type StageShot =
  | { key: 'Desk'; view: DeskView }
  | { key: 'HallVote'; view: HallView }
  | { key: 'PolitburoVote'; view: PolitburoView }
  | { key: 'ApparatusMap'; view: MapView }
  | { key: 'Ending'; view: EndingView };

/** What a scene is started with: the view and whether to skip the animations. */
export function sceneData(shot: StageShot, reducedMotion: boolean): { key: StageKey; data: SceneData<StageShot['view']> } {
  return { key: shot.key, data: { view: shot.view, reducedMotion } };
}

/** The desk: the calendar, the half-year's documents and the main leaders' portraits. */
export function deskShot(sc: Scenario, state: GameState): StageShot {
  const cal = calendar(sc, state.turn);
  const view: DeskView = {
    half: cal.half.replace('–', ' – '),
    year: String(cal.year),
    documents: eventsThisTurn(sc, state).map((e) => ({ kind: e.kind, title: e.title })),
    leaders: sc.desk.filter((id) => state.leaders[id]).map((id) => {
      const l = state.leaders[id];
      const post = Object.entries(state.posts).find(([, h]) => h === id)?.[0];
      return {
        id,
        name: shortName(sc, id),
        post: post ? postName(sc, post) : seatName(l.politburo),
        out: l.status !== 'active',
        status: statusWord(l.status),
        prestige: l.prestige,
        heir: l.heir,
        stigma: l.stigma,
      };
    }),
  };
  return { key: 'Desk', view };
}

/** A vote: the hall's dots for a plenum, conference or congress; the members' hands for the Politburo. */
export function voteShot(sc: Scenario, v: VoteRecord): StageShot {
  const title = voteDefinition(sc, v).title;
  if (v.body !== 'politburo') {
    return { key: 'HallVote', view: { title, blocs: v.blocs.map((b) => ({ name: b.name, for: b.for, against: b.against, abstain: b.abstain })), passed: v.passed } };
  }
  return {
    key: 'PolitburoVote',
    view: { title, members: v.members.map((m) => ({ id: m.leader, name: shortName(sc, m.leader), vote: m.vote })), passed: v.passed },
  };
}

/** The apparatus map after a half-year: each region's secretary now and before the appointments. */
export function mapShot(sc: Scenario, state: GameState, before: Side[]): StageShot {
  return {
    key: 'ApparatusMap',
    view: {
      title: `The apparatus after ${calendar(sc, closedTurn(state)).name}`,
      regions: sc.campaign.regions.map((r, i) => ({ name: r.name, x: r.x, y: r.y, side: state.secretaries[i], before: before[i] ?? state.secretaries[i] })),
    },
  };
}

/** The ending: its title, its year and the winner's portrait (Lenin's for a collective leadership). */
export function endingShot(sc: Scenario, state: GameState, title: string): StageShot {
  const winner = state.ending?.winner === 'collective' ? 'lenin' : (sc.campLeader[state.ending?.winner ?? ''] ?? 'stalin');
  return { key: 'Ending', view: { title, year: String(calendar(sc, state.turn).year), winner } };
}
