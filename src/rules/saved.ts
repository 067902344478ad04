// The rules asked about a saved game (GameState) rather than the working state they play on: each function
// makes the board, asks, and (where the question changes the game) writes the board back. For the debrief,
// the transcript and the tests, which hold saved states; the rules themselves never pass through here.
import type { Camp, Decision, Effect, Vote } from '../scenario/schema';
import type { Ctx } from '../scenario/playable';
import type { GameState, PolicyId, Side, VoteRecord } from './state';
import { maskOf } from './state';
import { campIndex, dominantName, type Board } from './board';
import { boardOf, release, writeBack } from './convert';
import * as support from './support';
import * as effects from './effects';
import * as apparatus from './apparatus';
import * as votes from './votes';
import * as policies from './policies';
import { dominantCamp as dominantOn } from './dominance';

function read<T>(ctx: Ctx, s: GameState, ask: (b: Board) => T): T {
  const b = boardOf(ctx, s);
  const answer = ask(b);
  release(b);
  return answer;
}

function change<T>(ctx: Ctx, s: GameState, act: (b: Board) => T): T {
  const b = boardOf(ctx, s);
  const answer = act(b);
  writeBack(b, s);
  release(b);
  return answer;
}

export const apparatusShare = (ctx: Ctx, s: GameState): number => read(ctx, s, (b) => support.apparatusShare(ctx, b));
export const congressComposition = (ctx: Ctx, s: GameState): Record<Side, number> => read(ctx, s, (b) => support.congressComposition(ctx, b));
export const congressGroups = (ctx: Ctx, s: GameState): support.Group[] => read(ctx, s, (b) => support.congressGroups(ctx, b));
export const memberLean = (ctx: Ctx, s: GameState, bloc: number): Record<Side, number> => read(ctx, s, (b) => support.memberLean(ctx, b, bloc));
export const sideStigma = (ctx: Ctx, s: GameState, camp: Camp): number => read(ctx, s, (b) => support.sideStigma(ctx, b, campIndex(camp)));
export const lineFollows = (ctx: Ctx, s: GameState, sponsor: readonly Camp[], target: readonly Camp[]): VoteRecord['lineWith'] =>
  read(ctx, s, (b) => support.lineFollows(b, maskOf(sponsor), maskOf(target)));
export const sideShareOfCc = (ctx: Ctx, s: GameState, camp: Camp): number => read(ctx, s, (b) => support.sideShareOfCc(b, campIndex(camp)));
export const whyNotHeld = (ctx: Ctx, s: GameState, vote: Vote): string | null => read(ctx, s, (b) => votes.whyNotHeld(ctx, b, vote));
export const positionScore = (ctx: Ctx, s: GameState, camp: Camp): number => read(ctx, s, (b) => policies.positionScore(ctx, b, campIndex(camp)));

export const dominantCamp = (ctx: Ctx, s: GameState): Camp | 'collective' => dominantName(read(ctx, s, (b) => dominantOn(ctx, b)));

export const applyEffects = (ctx: Ctx, s: GameState, list: readonly Effect[], source: string): void => change(ctx, s, (b) => effects.applyEffects(ctx, b, list, source));
export const appointSecretaries = (ctx: Ctx, s: GameState): number => change(ctx, s, (b) => apparatus.appointSecretaries(ctx, b));
export const resolveVote = (ctx: Ctx, s: GameState, vote: Vote, detail: boolean): VoteRecord => change(ctx, s, (b) => votes.resolveVote(ctx, b, vote, detail));
export const chooseOption = (ctx: Ctx, s: GameState, d: Decision, policy: PolicyId) => change(ctx, s, (b) => policies.chooseOption(ctx, b, d, policy));
