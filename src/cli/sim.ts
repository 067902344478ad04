// The simulator: plays many headless games and prints who won, which endings came and when the milestones
// fell. `npm run -s sim -- --help` shows the options.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, runTool, UsageError } from './args';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../scenario/disk';
import { buildCatalog, CatalogError, contextFor, type Catalog } from '../scenario/catalog';
import { POLICIES, type PolicyId } from '../rules/state';
import { simulate } from '../lab/simulate';
import { join } from 'node:path';
import { percent } from '../scenario/words';

const USAGE =
  'npm run -s sim -- [--scenario ID|FILE] [--stalin historical|shrewd|random] [--trotsky historical|shrewd|random] [--lens ID] [--runs N] [--seed S] [--json]';

function policy(value: unknown, side: string): PolicyId {
  if (value === undefined) return 'historical';
  if (!POLICIES.includes(value as PolicyId)) throw new UsageError(`--${side} must be one of ${POLICIES.join(', ')}, not "${String(value)}"`);
  return value as PolicyId;
}

/** A scenario given as a file is loaded beside the project's campaigns, so a lesson file can refer to them. */
function catalogFor(arg: string | undefined): { catalog: Catalog; id: string } {
  const project = loadCatalogFromDisk();
  if (!arg || !/\.ya?ml$/.test(arg)) return { catalog: project, id: arg ?? 'campaign' };
  const path = resolve(arg);
  if (!existsSync(path)) throw new UsageError(`no scenario file at "${arg}"`);
  const file = readScenarioFile(path);
  const isLesson = /^kind:\s*lesson\s*$/m.test(file.text);
  const files = isLesson ? [readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml')), file] : [file];
  const catalog = buildCatalog(files, readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')));
  const id = isLesson ? catalog.lessons[0].id : catalog.campaigns[0].id;
  return { catalog, id };
}

function pct(n: number, runs: number): string {
  return percent(n / runs).padStart(7);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2), {
    scenario: 'string',
    stalin: 'string',
    trotsky: 'string',
    lens: 'string',
    runs: 'int',
    seed: 'string',
    json: 'boolean',
    help: 'boolean',
  });
  if (args.help) {
    console.log(`usage: ${USAGE}`);
    return 0;
  }
  let loaded: { catalog: Catalog; id: string };
  try {
    loaded = catalogFor(args.scenario as string | undefined);
  } catch (err) {
    if (err instanceof CatalogError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const { catalog, id } = loaded;
  if (!catalog.scenarios.some((s) => s.id === id)) {
    throw new UsageError(`unknown scenario "${id}" (known: ${catalog.scenarios.map((s) => s.id).join(', ')})`);
  }
  const lensId = args.lens as string | undefined;
  if (lensId !== undefined && !catalog.lenses.some((l) => l.id === lensId)) {
    throw new UsageError(`unknown lens "${lensId}" (known: ${catalog.lenses.map((l) => l.id).join(', ')})`);
  }
  const ctx = contextFor(catalog, id, lensId);
  const seedArg = (args.seed as string | undefined) ?? '1';
  const seed = /^\d+$/.test(seedArg) ? Number(seedArg) : seedArg;
  const summary = simulate(ctx, {
    runs: (args.runs as number | undefined) ?? 1,
    seed,
    policies: { stalin: policy(args.stalin, 'stalin'), trotsky: policy(args.trotsky, 'trotsky') },
  });
  if (args.json) {
    console.log(JSON.stringify(summary));
    return 0;
  }
  const titles = Object.fromEntries(ctx.sc.endings.map((e) => [e.id, e.title]));
  console.log(`${ctx.sc.title}`);
  console.log(`lens ${summary.lens} · Stalin ${summary.policies.stalin} · Trotsky ${summary.policies.trotsky} · ${summary.runs} game(s) · seed ${summary.seed}\n`);
  console.log('Endings');
  for (const [k, n] of Object.entries(summary.outcomes).sort((a, b) => b[1] - a[1])) console.log(`  ${pct(n, summary.runs)}  ${titles[k] ?? k}`);
  console.log('\nWho dominates at the end');
  for (const [k, n] of Object.entries(summary.leaders).sort((a, b) => b[1] - a[1])) console.log(`  ${pct(n, summary.runs)}  ${k}`);
  console.log('\nMilestones (median half-year; history in brackets)');
  const history = Object.fromEntries(ctx.sc.campaign.milestones.map((m) => [m.id, m.historical]));
  for (const [k, v] of Object.entries(summary.milestones)) console.log(`  ${(v ?? 'never').padEnd(7)} [${history[k] ?? '—'}]  ${k}`);
  console.log('\nVotes (held / passed, mean share for)');
  for (const [k, v] of Object.entries(summary.votes)) {
    const share = v.meanForShare === null ? '   —  ' : `${(v.meanForShare * 100).toFixed(1)}%`.padStart(6);
    console.log(`  ${String(v.held).padStart(5)} / ${String(v.passed).padEnd(5)} ${share}  ${k}`);
  }
  return 0;
}

runTool(USAGE, main);
