// A playable scenario: the campaign's data indexed by turn and id, the window of turns that are played, and
// the endings that apply. A lesson is the campaign seen through a shorter window with endings of its own.
import { CAMPS, type Campaign, type Decision, type Ending, type GameEvent, type Lens, type LensParams, type Lesson, type Model, type Vote } from './schema';
import { calendarFrom, turnIndex, type Calendar } from './turns';
import { buildAgenda, type Moment } from './agenda';

export interface Scenario {
  id: string;
  kind: 'campaign' | 'lesson';
  title: string;
  summary: string;
  campaign: Campaign;
  lesson: Lesson | null;
  /** Turn 0 is the campaign's start (a lesson's turns are numbered as its campaign's). */
  calendar: Calendar;
  /** First and last turn played (inclusive). A lesson's earlier turns are played historically, unseen. */
  start: number;
  end: number;
  endings: Ending[];
  /** The endings that can end a game before its last turn. */
  earlyEndings: Ending[];
  briefing: { stalin: string; trotsky: string };
  /** What each playable role is, in one line (the setup screen). */
  roles: { stalin: string; trotsky: string };
  /** The leaders always shown on the turn desk, in order. */
  desk: string[];
  decisionsByTurn: Decision[][];
  eventsByTurn: GameEvent[][];
  votesByTurn: Vote[][];
  /** Each turn's events, decisions and votes in the order of their days. */
  agendaByTurn: Moment[][];
  decisionById: Record<string, Decision>;
  eventById: Record<string, GameEvent>;
  voteById: Record<string, Vote>;
  endingById: Record<string, Ending>;
  campLeader: Record<string, string>;
  /** The camps' chiefs in the order of CAMPS (the rules' hot paths read them by index). */
  chiefs: string[];
  blocIndex: Record<string, number>;
  /** Regions whose secretaries the General Secretary appoints (all but the machines' cities). */
  apparatusRegions: number[];
  /** Display names of the voting groups that the support model derives (secretaries and CC members by camp). */
  names: Record<string, string>;
  groupIds: { secretaries: Record<string, string>; cc: Record<string, string> };
  leaderNames: Record<string, string>;
  /** Each camp's reserves for Politburo seats, in the order they are called up. */
  reserves: Record<string, Campaign['leaders']>;
  voteMilestones: Record<string, { passed: string; failed: string }>;
}

/** The rules' view of one game: the scenario, the lens parameters it is played under and the campaign's model. */
export interface Ctx {
  sc: Scenario;
  lens: LensParams;
  lensId: string;
  /** The campaign's model numbers (a lesson plays by its campaign's). */
  model: Model;
}

/** Items listed under every turn of their window (from "turn" to "until", or just "turn"). */
function byTurn<T extends { turn: string; until?: string }>(cal: Calendar, items: T[], turns: number): T[][] {
  const out: T[][] = Array.from({ length: turns }, () => []);
  for (const item of items) {
    const last = turnIndex(cal, item.until ?? item.turn);
    for (let t = turnIndex(cal, item.turn); t <= last && t < turns; t++) out[t].push(item);
  }
  return out;
}

function byId<T extends { id: string }>(items: T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const item of items) out[item.id] = item;
  return out;
}

export function buildScenario(campaign: Campaign, lesson: Lesson | null = null): Scenario {
  const calendar = calendarFrom(campaign.start);
  const turns = turnIndex(calendar, campaign.end) + 1;
  const endings = lesson ? lesson.endings : campaign.endings;
  return {
    id: lesson ? lesson.id : campaign.id,
    kind: lesson ? 'lesson' : 'campaign',
    title: lesson ? lesson.title : campaign.title,
    summary: lesson ? lesson.summary : campaign.summary,
    campaign,
    lesson,
    calendar,
    start: turnIndex(calendar, lesson ? lesson.start : campaign.start),
    end: turnIndex(calendar, lesson ? lesson.end : campaign.end),
    endings,
    earlyEndings: endings.filter((e) => e.early),
    briefing: lesson ? lesson.briefing : campaign.briefing,
    roles: campaign.roles,
    desk: campaign.desk,
    decisionsByTurn: byTurn(calendar, campaign.decisions, turns),
    eventsByTurn: byTurn(calendar, campaign.events, turns),
    votesByTurn: byTurn(calendar, campaign.votes, turns),
    agendaByTurn: buildAgenda(calendar, campaign, turns),
    decisionById: byId(campaign.decisions),
    eventById: byId(campaign.events),
    voteById: byId(campaign.votes),
    endingById: byId(endings),
    campLeader: Object.fromEntries(campaign.camps.map((c) => [c.id, c.leader])),
    chiefs: CAMPS.map((id) => campaign.camps.find((c) => c.id === id)?.leader ?? ''),
    blocIndex: Object.fromEntries(campaign.blocs.map((b, i) => [b.id, i])),
    apparatusRegions: appointedRegions(campaign),
    names: groupNames(campaign),
    leaderNames: Object.fromEntries(campaign.leaders.map((l) => [l.id, l.name])),
    reserves: Object.fromEntries(
      campaign.camps.map((c) => [
        c.id,
        campaign.leaders.filter((l) => l.camp === c.id && l.reserve !== undefined).sort((x, y) => x.reserve! - y.reserve!),
      ]),
    ),
    voteMilestones: Object.fromEntries(campaign.votes.map((v) => [v.id, { passed: `${v.id}-passed`, failed: `${v.id}-failed` }])),
    groupIds: {
      secretaries: Object.fromEntries(['line', ...campaign.camps.map((c) => c.id)].map((k) => [k, `secretaries-${k}`])),
      cc: Object.fromEntries(['line', ...campaign.camps.map((c) => c.id)].map((k) => [k, `cc-${k}`])),
    },
  };
}

/** The regions whose secretaries the General Secretary appoints: all but the machines' cities, in order. */
export function appointedRegions(campaign: Campaign): number[] {
  return campaign.regions.map((_, i) => i).filter((i) => !campaign.machines.some((m) => m.region === campaign.regions[i].id));
}

function groupNames(campaign: Campaign): Record<string, string> {
  const names: Record<string, string> = {
    'secretaries-line': 'Secretaries who follow the line',
    'cc-line': 'Members who follow the line',
  };
  for (const c of campaign.camps) {
    names[`secretaries-${c.id}`] = `Secretaries loyal to ${c.name}`;
    names[`cc-${c.id}`] = `Members from ${c.name}`;
  }
  return names;
}

export function makeCtx(sc: Scenario, lens: Lens): Ctx {
  return { sc, lens: lens.params, lensId: lens.id, model: sc.campaign.model };
}
