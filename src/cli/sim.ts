// The simulator: plays many headless games and prints who won, which endings came and when the milestones
// fell. `npm run -s sim -- --help` shows the options.
import { join, resolve } from 'node:path';
import { GAME_FLAGS, gameOptions, isEntry, MAX_SIM_RUNS, parseArgs, runTool, UsageError } from './args';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../scenario/disk';
import { CatalogError, contextFor, type Catalog } from '../scenario/catalog';
import { buildCatalog } from '../scenario/catalogFiles';
import { classifyScenarioFile } from '../scenario/yamlfile';
import { clip } from '../scenario/problems';
import { simulate } from '../lab/simulate';
import { percent } from '../scenario/words';

const USAGE =
  'npm run -s sim -- [--scenario ID|FILE] [--stalin POLICY] [--trotsky POLICY] [--lens ID] [--runs N] [--seed S] [--json]';

const HELP = `usage: ${USAGE}

Plays many games with no one at the controls and prints who won, the endings, when the milestones fell and
how the votes went.

  --scenario ID|FILE   campaign (the default), funeral-and-testament, united-opposition, or a .yaml file
  --stalin POLICY      historical (the default), shrewd or random
  --trotsky POLICY     historical (the default), shrewd or random
  --lens ID            a historian's lens from scenarios/lenses.yaml (the default lens if left out)
  --runs N             games to play, 1 to ${MAX_SIM_RUNS.toLocaleString('en-GB')} (default 1)
  --seed S             any word or number (default 1); the same seed gives the same games
  --json               print one JSON object instead of tables
  --help               print this help

Exit codes: 0 done, 1 a scenario file is invalid, 2 a bad argument, 3 the output could not be written.`;

/** A scenario given as a file is loaded beside the project's campaigns, so a lesson file can refer to them. */
export function catalogFor(arg: string | undefined): { catalog: Catalog; id: string } {
  const project = loadCatalogFromDisk();
  if (!arg || !/\.ya?ml$/.test(arg)) return { catalog: project, id: arg ?? 'campaign' };
  const file = readScenarioFile(resolve(arg), arg);
  const kind = classifyScenarioFile(file.name, file.text);
  if (kind.kind === 'unknown') throw new CatalogError([kind.problem]);
  if (kind.kind !== 'campaign' && kind.kind !== 'lesson') {
    throw new CatalogError([{ file: file.name, path: '', message: `is a ${kind.kind} file, not a campaign or lesson the simulator can play` }]);
  }
  const isLesson = kind.kind === 'lesson';
  const files = isLesson ? [readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml')), file] : [file];
  const catalog = buildCatalog(files, readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')), readScenarioFile(join(SCENARIO_DIR, 'sources.yaml')));
  const id = isLesson ? catalog.lessons[0].id : catalog.campaigns[0].id;
  return { catalog, id };
}

/** The seed as JSON: a number when the text is one that JSON keeps exactly (as before), otherwise the text. */
export function jsonSeed(seed: string): string | number {
  const n = Number(seed);
  return /^(0|[1-9]\d*)$/.test(seed) && Number.isSafeInteger(n) ? n : seed;
}

function pct(n: number, runs: number): string {
  return percent(n / runs).padStart(7);
}

export function main(argv: string[]): number {
  const args = parseArgs(argv, { ...GAME_FLAGS, scenario: 'string', lens: 'string', runs: { int: { max: MAX_SIM_RUNS } } });
  const game = gameOptions(args, HELP);
  if (!game) return 0;
  const { policies, seed } = game;
  const { catalog, id } = catalogFor(args.scenario as string | undefined);
  if (!catalog.scenarios.some((s) => s.id === id)) {
    throw new UsageError(`unknown scenario "${clip(id)}" (known: ${catalog.scenarios.map((s) => s.id).join(', ')})`);
  }
  const lensId = args.lens as string | undefined;
  if (lensId !== undefined && !catalog.lenses.some((l) => l.id === lensId)) {
    throw new UsageError(`unknown lens "${clip(lensId)}" (known: ${catalog.lenses.map((l) => l.id).join(', ')})`);
  }
  const ctx = contextFor(catalog, id, lensId);
  const summary = simulate(ctx, { runs: (args.runs as number | undefined) ?? 1, seed, policies });
  if (args.json) {
    console.log(JSON.stringify({ ...summary, seed: jsonSeed(seed) }));
    return 0;
  }
  const titles = new Map(ctx.sc.endings.map((e) => [e.id, e.title]));
  console.log(`${ctx.sc.title}`);
  console.log(`lens ${summary.lens} · Stalin ${summary.policies.stalin} · Trotsky ${summary.policies.trotsky} · ${summary.runs} game(s) · seed ${summary.seed}\n`);
  console.log('Endings');
  for (const [k, n] of Object.entries(summary.outcomes).sort((a, b) => b[1] - a[1])) console.log(`  ${pct(n, summary.runs)}  ${titles.get(k) ?? k}`);
  console.log('\nWho dominates at the end');
  for (const [k, n] of Object.entries(summary.leaders).sort((a, b) => b[1] - a[1])) console.log(`  ${pct(n, summary.runs)}  ${k}`);
  console.log('\nMilestones (median half-year; history in brackets)');
  const history = new Map(ctx.sc.campaign.milestones.map((m) => [m.id, m.historical]));
  for (const [k, v] of Object.entries(summary.milestones)) console.log(`  ${(v ?? 'never').padEnd(7)} [${history.get(k) ?? '—'}]  ${k}`);
  console.log('\nVotes (held / passed, mean share for)');
  for (const [k, v] of Object.entries(summary.votes)) {
    const share = v.meanForShare === null ? '   —  ' : `${(v.meanForShare * 100).toFixed(1)}%`.padStart(6);
    console.log(`  ${String(v.held).padStart(5)} / ${String(v.passed).padEnd(5)} ${share}  ${k}`);
  }
  return 0;
}

if (isEntry(import.meta.url)) runTool('sim', main);
