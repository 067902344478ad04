// The Counterfactual Lab's many-game runs. For each chosen factor set it plays every coalition of factors
// (2^n of them) on the same game seeds (common random numbers), counts the endings, and attributes the change
// in Stalin's chance of victory to the factors with exact Shapley values. Also plays the `shrewd` Trotsky
// variant on the same seeds. A run can be split into shards by game index (for several workers) and the
// shards' tallies merged: the counts, and so every number, are the same however the games are split. Pure:
// no clock, no global randomness; the caller may cancel between seeds and may pause on progress reports.
import type { Catalog } from '../scenario/catalog';
import { contextFor } from '../scenario/catalog';
import type { Camp, Role } from '../scenario/schema';
import { newGame, playOut } from '../rules/game';
import type { Ctx } from '../scenario/playable';
import type { GameConfig, PolicyId } from '../rules/state';
import { playBranching } from './branching';
import { checkFactorChoice, coalitionChanges, type LabInputs } from './factors';
import { gameSeed } from './simulate';
import { fullMask, shapleyFromTable } from './shapley';

export const WINNERS = ['stalin', 'trotsky', 'zinoviev', 'bukharin', 'collective'] as const;
export type Winner = Camp | 'collective';

/** What to run: serialisable, so it can be posted to a worker as it is. */
export interface LabRequest {
  scenario: string;
  /** Lens id; the catalogue's default lens when left out. */
  lens?: string;
  /** Factor ids, in the order the bits of a coalition mask count them. */
  factors: string[];
  /** Games per coalition. */
  runs: number;
  seed: string | number;
  /** Both sides' policies in every game (a factor still fixes its own decisions). Default: both historical. */
  policies?: Partial<Record<Role, PolicyId>>;
  /** Play only the games whose index i satisfies i % count === index (for running in several workers). */
  shard?: { index: number; count: number };
}

export type LabOptions = LabRequest & LabInputs;

/** Ending counts: per coalition mask, and for the shrewd variant, each a count per winner (WINNERS order). */
export interface LabTally {
  scenario: string;
  lens: string;
  factors: string[];
  /** Games per coalition counted in this tally (a shard counts fewer than the request's runs). */
  games: number;
  coalitions: number[][];
  shrewd: number[];
}

export interface LabResult {
  scenario: string;
  lens: string;
  runs: number;
  seed: string;
  policies: Record<Role, PolicyId>;
  /** Factor id → Shapley value (in probability units: +0.05 means five points more likely that Stalin wins). */
  factors: Record<string, number>;
  /** Stalin's win probability with no factor switched, and with all. */
  baseline: number;
  all: number;
  /** Variant → Stalin's win probability: historical, only:<factor> for each factor, all, shrewd. */
  variants: Record<string, number>;
  /** Variant → the share of games won by each camp (or collective leadership). */
  endings: Record<string, Record<Winner, number>>;
  /** Stalin's win probability for every coalition, indexed by bitmask. */
  coalitions: number[];
}

export interface LabProgress {
  /** Games played so far and in all (all coalitions, the shrewd variant and, for lens comparisons, all lenses). */
  done: number;
  total: number;
}

/** May return a promise: the run waits for it, which lets a worker read a cancel message between seeds. */
export type ProgressListener = (p: LabProgress) => void | Promise<void>;

export class LabCancelled extends Error {
  constructor() {
    super('the lab run was cancelled');
    this.name = 'LabCancelled';
  }
}

export class LabRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabRequestError';
  }
}

const WINNER_INDEX: Record<Winner, number> = Object.fromEntries(WINNERS.map((w, i) => [w, i])) as Record<Winner, number>;

export function policiesOf(request: Pick<LabRequest, 'policies'>): Record<Role, PolicyId> {
  return { stalin: request.policies?.stalin ?? 'historical', trotsky: request.policies?.trotsky ?? 'historical' };
}

/** Checks a request against the catalogue and factors; throws LabRequestError with a message a user can act on. */
export function checkRequest(inputs: LabInputs, request: LabRequest): Ctx {
  const bad = checkFactorChoice(inputs.factorSet, request.factors);
  if (bad) throw new LabRequestError(bad);
  if (!Number.isInteger(request.runs) || request.runs < 1) throw new LabRequestError(`runs must be a whole number of at least 1 (got ${request.runs})`);
  let ctx: Ctx;
  try {
    ctx = contextFor(inputs.catalog, request.scenario, request.lens);
  } catch (err) {
    throw new LabRequestError(err instanceof Error ? err.message : String(err));
  }
  for (const id of request.factors) {
    for (const decision of Object.keys(inputs.factorSet.byId[id].forced ?? {})) {
      if (!Object.hasOwn(ctx.sc.decisionById, decision)) {
        throw new LabRequestError(`factor "${id}" fixes decision "${decision}", which scenario "${ctx.sc.id}" does not have`);
      }
    }
  }
  const shard = request.shard;
  if (shard && !(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 0 && shard.index < shard.count)) {
    throw new LabRequestError(`bad shard ${shard.index} of ${shard.count}`);
  }
  return ctx;
}

function gameIndices(request: LabRequest): number[] {
  const { index, count } = request.shard ?? { index: 0, count: 1 };
  const out: number[] = [];
  for (let i = index; i < request.runs; i += count) out.push(i);
  return out;
}

function emptyCounts(): number[] {
  return WINNERS.map(() => 0);
}

async function tallyWithCtx(
  ctx: Ctx,
  inputs: LabInputs,
  request: LabRequest,
  report: (games: number) => Promise<void>,
  shouldCancel: () => boolean,
): Promise<LabTally> {
  const factors = request.factors.map((id) => inputs.factorSet.byId[id]);
  const policies = policiesOf(request);
  const coalitions = 1 << factors.length;
  const changes = Array.from({ length: coalitions }, (_, mask) => coalitionChanges(factors, mask));
  const counts = Array.from({ length: coalitions }, emptyCounts);
  const shrewd = emptyCounts();
  const indices = gameIndices(request);
  const base = { scenario: ctx.sc.id, role: null, lens: ctx.lensId, policies };
  for (const i of indices) {
    if (shouldCancel()) throw new LabCancelled();
    const seed = gameSeed(request.seed, i);
    const configs: GameConfig[] = changes.map((c) => ({ ...base, seed, forced: c.forced, switches: c.switches }));
    const endings = playBranching(ctx, configs);
    for (let mask = 0; mask < coalitions; mask++) counts[mask][WINNER_INDEX[endings[mask].winner]]++;
    const s = playOut(ctx, newGame(ctx, { ...base, seed, policies: { ...policies, trotsky: 'shrewd' } }));
    shrewd[WINNER_INDEX[s.ending!.winner]]++;
    await report(coalitions + 1);
  }
  return { scenario: ctx.sc.id, lens: ctx.lensId, factors: [...request.factors], games: indices.length, coalitions: counts, shrewd };
}

function progressReporter(total: number, onProgress?: ProgressListener): (games: number) => Promise<void> {
  let done = 0;
  return async (games: number) => {
    done += games;
    const waited = onProgress?.({ done, total });
    if (waited) await waited;
  };
}

function gamesIn(request: LabRequest): number {
  return gameIndices(request).length * ((1 << request.factors.length) + 1);
}

/** Counts the endings of the request's games (its shard only, if it has one). */
export async function tallyLab(options: LabOptions, onProgress?: ProgressListener, shouldCancel: () => boolean = () => false): Promise<LabTally> {
  const ctx = checkRequest(options, options);
  return tallyWithCtx(ctx, options, options, progressReporter(gamesIn(options), onProgress), shouldCancel);
}

/** Adds up the tallies of the shards of one request. */
export function mergeTallies(tallies: readonly LabTally[]): LabTally {
  if (tallies.length === 0) throw new LabRequestError('no tallies to merge');
  const [first] = tallies;
  return {
    ...first,
    games: tallies.reduce((n, t) => n + t.games, 0),
    coalitions: first.coalitions.map((row, mask) => row.map((_, w) => tallies.reduce((n, t) => n + t.coalitions[mask][w], 0))),
    shrewd: first.shrewd.map((_, w) => tallies.reduce((n, t) => n + t.shrewd[w], 0)),
  };
}

function shares(counts: readonly number[], games: number): Record<Winner, number> {
  return Object.fromEntries(WINNERS.map((w, i) => [w, counts[i] / games])) as Record<Winner, number>;
}

/** Win probabilities, variants and Shapley values from a complete tally. */
export function summariseLab(request: LabRequest, tally: LabTally): LabResult {
  const n = tally.factors.length;
  const games = tally.games;
  const stalin = WINNER_INDEX.stalin;
  const coalitions = tally.coalitions.map((c) => c[stalin] / games);
  const phi = shapleyFromTable(coalitions);
  const all = fullMask(n);
  const variants: Record<string, number> = { historical: coalitions[0] };
  const endings: Record<string, Record<Winner, number>> = { historical: shares(tally.coalitions[0], games) };
  tally.factors.forEach((id, i) => {
    variants[`only:${id}`] = coalitions[1 << i];
    endings[`only:${id}`] = shares(tally.coalitions[1 << i], games);
  });
  variants.all = coalitions[all];
  endings.all = shares(tally.coalitions[all], games);
  variants.shrewd = tally.shrewd[stalin] / games;
  endings.shrewd = shares(tally.shrewd, games);
  return {
    scenario: tally.scenario,
    lens: tally.lens,
    runs: games,
    seed: String(request.seed),
    policies: policiesOf(request),
    factors: Object.fromEntries(tally.factors.map((id, i) => [id, phi[i]])),
    baseline: coalitions[0],
    all: coalitions[all],
    variants,
    endings,
    coalitions,
  };
}

/** The whole attribution for one scenario and lens. Rejects with LabCancelled if `shouldCancel` says so. */
export async function runLab(options: LabOptions, onProgress?: ProgressListener, shouldCancel?: () => boolean): Promise<LabResult> {
  const request: LabOptions = { ...options, shard: undefined };
  return summariseLab(request, await tallyLab(request, onProgress, shouldCancel));
}

/** The lens ids a comparison covers: the request's list, or every lens in the catalogue. */
export function comparisonLenses(catalog: Catalog, lenses?: readonly string[]): string[] {
  return lenses && lenses.length ? [...lenses] : catalog.lenses.map((l) => l.id);
}

/** Tallies the same request under each lens (the request's own lens is ignored), on the same game seeds. */
export async function tallyLensComparison(
  options: LabOptions & { lenses?: string[] },
  onProgress?: ProgressListener,
  shouldCancel: () => boolean = () => false,
): Promise<Record<string, LabTally>> {
  const lenses = comparisonLenses(options.catalog, options.lenses);
  const ctxs = lenses.map((lens) => checkRequest(options, { ...options, lens }));
  const report = progressReporter(gamesIn(options) * lenses.length, onProgress);
  const out: Record<string, LabTally> = {};
  for (let k = 0; k < lenses.length; k++) {
    out[lenses[k]] = await tallyWithCtx(ctxs[k], options, { ...options, lens: lenses[k] }, report, shouldCancel);
  }
  return out;
}

/** The same attribution under each lens, side by side (lens id → result). */
export async function runLensComparison(
  options: LabOptions & { lenses?: string[] },
  onProgress?: ProgressListener,
  shouldCancel?: () => boolean,
): Promise<Record<string, LabResult>> {
  const request = { ...options, shard: undefined };
  const tallies = await tallyLensComparison(request, onProgress, shouldCancel);
  return Object.fromEntries(Object.entries(tallies).map(([lens, t]) => [lens, summariseLab({ ...request, lens }, t)]));
}
