// The Counterfactual Lab on the command line: how far was Stalin's victory due to the chosen factors? Plays
// every coalition of the factors on the same seeds and prints each factor's Shapley value, Stalin's chance of
// victory in each variant, as a table or (--json) as one JSON object. `npm run -s lab -- --help` for options.
// Big runs are shared among worker threads (this same file, started as a worker), as the browser shares them
// among Web Workers; the numbers do not depend on the number of workers.
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { GAME_FLAGS, gameOptions, isEntry, MAX_LAB_RUNS, MAX_WORKERS, parseArgs, runTool, UsageError } from './args';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../scenario/disk';
import { checkFactorChoice, inertSwitches, type FactorSet, type LabInputs } from '../lab/factors';
import { labInputs } from '../lab/factorFile';
import { checkRequest, LabRequestError, summariseLab, type LabRequest, type LabResult } from '../lab/run';
import { createLabSession, runSharded, type FromWorker, type LabJob, type LabWorkerPort, type ToWorker } from '../lab/protocol';
import { percent, probabilityPoints } from '../scenario/words';

const USAGE =
  'npm run -s lab -- [--scenario ID] [--lens ID] [--factors ID,ID,...] [--runs N] [--seed S] [--stalin POLICY] [--trotsky POLICY] [--compare-lenses] [--workers N] [--json]';

/** Below this many games a run stays in this thread: starting workers would cost more than it saves. */
const GAMES_WORTH_A_WORKER = 10000;

const HELP = `usage: ${USAGE}

How far was Stalin's victory due to the chosen factors? Plays every coalition of the factors on the same
seeds and prints each factor's Shapley value and Stalin's chance of victory in each variant.

  --scenario ID        campaign (the default), funeral-and-testament or united-opposition
  --lens ID            a historian's lens from scenarios/lenses.yaml (the default lens if left out)
  --factors ID,ID,...  factors from scenarios/factors.yaml (default: those marked "default: true")
  --runs N             games per coalition, 1 to ${MAX_LAB_RUNS.toLocaleString('en-GB')} (default 200)
  --seed S             any word or number (default 1); the same seed gives the same numbers
  --stalin POLICY      historical (the default), shrewd or random
  --trotsky POLICY     historical (the default), shrewd or random
  --compare-lenses     repeat the attribution under every lens
  --workers N          worker threads, 1 to ${MAX_WORKERS} (default: up to 4 for big runs); the numbers do not change
  --json               print one JSON object instead of tables
  --help               print this help

Exit codes: 0 done, 1 a scenario or factor file is invalid, 2 a bad argument, 3 the output could not be written.`;

function chosenFactors(arg: unknown, set: FactorSet): string[] {
  if (arg === undefined) return set.defaults;
  const ids = String(arg)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = checkFactorChoice(set, ids);
  if (bad) throw new UsageError(bad);
  return ids;
}

const pct = percent;
const points = probabilityPoints;

function table(inputs: LabInputs, r: LabResult): string {
  const ids = Object.keys(r.factors);
  const labels = ids.map((id) => inputs.factorSet.byId[id].label);
  const width = Math.max(30, ...labels.map((l) => l.length));
  const lines = [
    `Counterfactual Lab · scenario ${r.scenario} · lens ${r.lens} · Stalin ${r.policies.stalin} · Trotsky ${r.policies.trotsky}`,
    `${r.runs} games for each of ${r.coalitions.length} coalitions of ${ids.length} factors · seed ${r.seed}`,
    '',
    "Stalin's chance of victory",
    `  ${'historical (no factor switched)'.padEnd(width)}  ${pct(r.baseline).padStart(6)}`,
    `  ${'all factors switched'.padEnd(width)}  ${pct(r.all).padStart(6)}   ${points(r.all - r.baseline)} points`,
    `  ${'shrewd Trotsky (no factor switched)'.padEnd(width)}  ${pct(r.variants.shrewd).padStart(6)}   ${points(r.variants.shrewd - r.baseline)} points`,
    '',
    `  ${'Factor'.padEnd(width)}  ${'kind'.padEnd(9)}  ${'alone'.padStart(6)}  ${'Shapley'.padStart(8)}`,
    ...ids.map(
      (id, i) =>
        `  ${labels[i].padEnd(width)}  ${inputs.factorSet.byId[id].kind.padEnd(9)}  ${pct(r.variants[`only:${id}`]).padStart(6)}  ${points(r.factors[id]).padStart(8)}`,
    ),
    `  ${'Sum of the Shapley values (= all − historical)'.padEnd(width + 19)}  ${points(ids.reduce((s, id) => s + r.factors[id], 0)).padStart(8)}`,
    '',
    'Shapley values are in percentage points of Stalin\'s chance of victory: each factor\'s share of the change',
    'from no factor to all factors, averaged over every order in which the factors could be switched on.',
  ];
  return lines.join('\n');
}

function lensTable(inputs: LabInputs, results: Record<string, LabResult>): string {
  const lenses = Object.keys(results);
  const ids = Object.keys(results[lenses[0]].factors);
  const width = Math.max(30, ...ids.map((id) => inputs.factorSet.byId[id].label.length));
  const col = Math.max(11, ...lenses.map((l) => l.length));
  const row = (label: string, cells: string[]) => `  ${label.padEnd(width)}${cells.map((c) => c.padStart(col + 2)).join('')}`;
  const first = results[lenses[0]];
  return [
    `Counterfactual Lab by lens · scenario ${first.scenario} · ${first.runs} games per coalition · seed ${first.seed}`,
    '',
    row('', lenses),
    row("Stalin's chance, historical", lenses.map((l) => pct(results[l].baseline))),
    row("Stalin's chance, all factors", lenses.map((l) => pct(results[l].all))),
    row("Stalin's chance, shrewd Trotsky", lenses.map((l) => pct(results[l].variants.shrewd))),
    '',
    'Shapley values (percentage points of Stalin\'s chance of victory)',
    ...ids.map((id) => row(inputs.factorSet.byId[id].label, lenses.map((l) => points(results[l].factors[id])))),
  ].join('\n');
}

function loadInputs(): LabInputs {
  return labInputs(loadCatalogFromDisk(), readScenarioFile(join(SCENARIO_DIR, 'factors.yaml')));
}

function openThread(): LabWorkerPort {
  // Node 20 does not pass tsx's loader on to worker threads: the worker registers it before importing this file.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(entry, { eval: true, workerData: { afterLeninLab: true } });
  return {
    post: (m) => worker.postMessage(m),
    listen(onMessage, onError) {
      worker.on('message', onMessage);
      worker.on('error', onError);
    },
    terminate: () => void worker.terminate(),
  };
}

/** This thread as a port: the same session a worker runs, without the thread. */
function openInProcess(): LabWorkerPort {
  let listener: (m: FromWorker) => void = () => {};
  const handle = createLabSession({ inputs: loadInputs, post: (m) => listener(m), pause: () => undefined });
  return {
    post: (m) => void handle(m),
    listen: (onMessage) => (listener = onMessage),
    terminate: () => {},
  };
}

/** Lens id → result, from as many worker threads as asked (1: this thread). */
async function run(job: LabJob, workers: number): Promise<Record<string, LabResult>> {
  const tallies = await runSharded(job, workers, workers > 1 ? openThread : openInProcess).result;
  return Object.fromEntries(Object.entries(tallies).map(([lens, t]) => [lens, summariseLab({ ...job.request, lens }, t)]));
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, {
    ...GAME_FLAGS,
    scenario: 'string',
    lens: 'string',
    factors: 'string',
    runs: { int: { max: MAX_LAB_RUNS } },
    'compare-lenses': 'boolean',
    workers: { int: { max: MAX_WORKERS } },
  });
  const game = gameOptions(args, HELP);
  if (!game) return 0;
  const { policies, seed } = game;
  const inputs = loadInputs();
  const factors = chosenFactors(args.factors, inputs.factorSet);
  const request: LabRequest = {
    scenario: (args.scenario as string | undefined) ?? 'campaign',
    lens: args.lens as string | undefined,
    factors,
    runs: (args.runs as number | undefined) ?? 200,
    seed,
    policies,
  };
  const ctx = checkRequest(inputs, request);
  for (const warning of inertSwitches(inputs.factorSet, factors, ctx.sc.campaign)) console.error(`warning: ${warning}`);
  const lensCount = args['compare-lenses'] ? inputs.catalog.lenses.length : 1;
  const games = lensCount * request.runs * ((1 << factors.length) + 1);
  const workers = (args.workers as number | undefined) ?? (games < GAMES_WORTH_A_WORKER ? 1 : Math.min(availableParallelism(), 4));
  const started = performance.now();
  if (args['compare-lenses']) {
    const results = await run({ kind: 'lenses', request }, workers);
    if (args.json) {
      const lenses = Object.fromEntries(Object.entries(results).map(([lens, r]) => [lens, jsonOf(r)]));
      console.log(JSON.stringify({ scenario: ctx.sc.id, runs: request.runs, seed: String(request.seed), lenses }));
    } else {
      console.log(lensTable(inputs, results));
      console.log(`\n${elapsed(started, games, workers)}`);
    }
    return 0;
  }
  const result = Object.values(await run({ kind: 'lab', request }, workers))[0];
  if (args.json) console.log(JSON.stringify(jsonOf(result)));
  else console.log(`${table(inputs, result)}\n\n${elapsed(started, games, workers)}`);
  return 0;
}

function jsonOf(r: LabResult) {
  return {
    scenario: r.scenario,
    lens: r.lens,
    runs: r.runs,
    seed: r.seed,
    policies: r.policies,
    factors: r.factors,
    baseline: r.baseline,
    all: r.all,
    variants: r.variants,
    endings: r.endings,
  };
}

function elapsed(started: number, games: number, workers: number): string {
  const threads = workers > 1 ? `${workers} worker threads` : 'one thread';
  return `${games.toLocaleString('en-GB')} games in ${((performance.now() - started) / 1000).toFixed(1)} s (${threads})`;
}

function serveAsWorker(): void {
  const port = parentPort!;
  const handle = createLabSession({ inputs: loadInputs, post: (m) => port.postMessage(m), pause: () => undefined });
  port.on('message', (m: ToWorker) => void handle(m));
}

/** A request the lab refuses (unknown scenario or lens, factors that clash) is a bad argument. */
export const asUsage = (err: unknown) => (err instanceof LabRequestError ? new UsageError(err.message) : err);

if (!isMainThread && (workerData as { afterLeninLab?: boolean } | null)?.afterLeninLab) serveAsWorker();
else if (isMainThread && isEntry(import.meta.url)) runTool('lab', main, asUsage);
