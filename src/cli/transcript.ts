// The transcript of one game: every screen the student sees, in order and dated, for a teacher previewing a
// lesson and for tests. `npm run -s transcript -- --help` shows the options.
import { isEntry, parseArgs, parsePolicy, parseSeed, runTool, UsageError } from './args';
import { catalogFor, jsonSeed } from './sim';
import { contextFor, type Catalog } from '../scenario/catalog';
import type { Scenario } from '../scenario/playable';
import { clip } from '../scenario/problems';
import { turnIndex, turnLabel } from '../scenario/turns';
import { gameSeed } from '../lab/simulate';
import type { Role } from '../scenario/schema';
import { playTranscriptLog, transcriptText } from '../flow/transcript';
import { voteScreenText } from '../debrief/voteWords';
import type { FlowEvent } from '../flow/machine';
import type { GameConfig } from '../rules/state';
import { assignmentOfGame } from '../kit/assignment';
import { makeCode } from '../kit/code';

const USAGE =
  'npm run -s transcript -- [--scenario ID|FILE] [--role stalin|trotsky] [--stalin POLICY] [--trotsky POLICY] [--lens ID] [--seed S] [--choose DECISION=OPTION,...] [--until TURN] [--code NAME] [--json]';

const HELP = `usage: ${USAGE}

Plays one game as a student plays it and prints every screen in order, each with its day: the news on the
desk, each decision and its outcome, each vote held, the ending.

  --scenario ID|FILE   campaign (the default), funeral-and-testament, united-opposition, or a .yaml file
  --role stalin|trotsky  the side the student plays (left out: no one, both sides follow their policies)
  --stalin POLICY      historical (the default), shrewd or random; for the student's side, how he chooses
  --trotsky POLICY     historical (the default), shrewd or random
  --lens ID            a historian's lens from scenarios/lenses.yaml (the default lens if left out)
  --seed S             any word or number (default 1); the same seed and choices give the same game
  --choose D=O,...     fixes the option O of decision D, for either side
  --until TURN         stops after that half-year, such as 1925H1
  --code NAME          prints only the report code of the game for the student NAME (answers empty), as the
                       game gives one at the end of an assignment with the same settings; needs --role, and
                       --choose may then fix only the student's own decisions
  --json               print one JSON object instead of text
  --help               print this help

Exit codes: 0 done, 1 a scenario file is invalid, 2 a bad argument, 3 the output could not be written.`;

function parseRole(value: unknown): Role | null {
  if (value === undefined) return null;
  if (value === 'stalin' || value === 'trotsky') return value;
  throw new UsageError(`--role must be stalin or trotsky, not "${clip(String(value))}"`);
}

/** `--choose a=b,c=d`: each decision and option must be the scenario's own. */
function parseChoices(value: unknown, sc: Scenario): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined) return out;
  for (const pair of String(value).split(',')) {
    const [decision, option, extra] = pair.split('=');
    if (!decision || !option || extra !== undefined) throw new UsageError(`--choose takes DECISION=OPTION pairs separated by commas, not "${clip(pair)}"`);
    const d = Object.hasOwn(sc.decisionById, decision) ? sc.decisionById[decision] : undefined;
    if (!d) throw new UsageError(`--choose: unknown decision "${clip(decision)}" in ${sc.id}`);
    if (!d.options.some((o) => o.id === option)) {
      throw new UsageError(`--choose: decision "${decision}" has no option "${clip(option)}" (known: ${d.options.map((o) => o.id).join(', ')})`);
    }
    if (Object.hasOwn(out, decision)) throw new UsageError(`--choose names decision "${decision}" twice`);
    out[decision] = option;
  }
  return out;
}

/** `--until 1925H1`: a half-year of the scenario. */
function parseUntil(value: unknown, sc: Scenario): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const ok = /^\d{4}H[12]$/.test(text) && turnIndex(sc.calendar, text) >= sc.start && turnIndex(sc.calendar, text) <= sc.end;
  if (!ok) throw new UsageError(`--until must be a half-year of the scenario such as ${turnLabel(sc.calendar, sc.start)}, not "${clip(text)}"`);
  return text;
}

/** `--code NAME`: the checks that must pass before the game is played (a code needs a whole game, by a student). */
function checkCodeArgs(name: unknown, role: Role | null, choose: Record<string, string>, until: string | undefined, sc: Scenario): string | null {
  if (name === undefined) return null;
  const text = String(name).trim();
  if (!text) throw new UsageError('--code needs the student\'s name');
  if (role === null) throw new UsageError('--code needs --role: a report code is made by the student playing one side');
  if (until !== undefined) throw new UsageError('--code cannot be used with --until: a report code is made at the end of the game');
  const rivals = Object.keys(choose).filter((d) => sc.decisionById[d].role !== role);
  if (rivals.length) throw new UsageError(`--code: --choose may fix only the student's decisions, not the rival's ("${clip(rivals[0])}"): a code replays the rival by his play`);
  return text;
}

/** The report code of a finished game, made with the kit's own functions; a bad name is a bad argument. */
function reportCode(catalog: Catalog, sc: Scenario, config: GameConfig, name: string, log: readonly FlowEvent[]): string {
  const a = assignmentOfGame(catalog, config);
  if (!a.ok) throw new UsageError(`--code: ${a.reason}`);
  const made = makeCode({ assignment: a.value, scenario: sc, seed: config.seed, name, answers: [], log });
  if (!made.ok) throw new UsageError(`--code: ${made.reason}`);
  return made.value;
}

function scenarioIn(catalog: Catalog, id: string): Scenario {
  const sc = catalog.scenarios.find((s) => s.id === id);
  if (!sc) throw new UsageError(`unknown scenario "${clip(id)}" (known: ${catalog.scenarios.map((s) => s.id).join(', ')})`);
  return sc;
}

export function main(argv: string[]): number {
  const args = parseArgs(argv, {
    scenario: 'string',
    role: 'string',
    stalin: 'string',
    trotsky: 'string',
    lens: 'string',
    seed: 'string',
    choose: 'string',
    until: 'string',
    code: 'string',
    json: 'boolean',
    help: 'boolean',
  });
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const role = parseRole(args.role);
  const policies = { stalin: parsePolicy(args.stalin, 'stalin'), trotsky: parsePolicy(args.trotsky, 'trotsky') };
  const seed = parseSeed(args.seed);
  const { catalog, id } = catalogFor(args.scenario as string | undefined);
  const sc = scenarioIn(catalog, id);
  const lensId = args.lens as string | undefined;
  if (lensId !== undefined && !catalog.lenses.some((l) => l.id === lensId)) {
    throw new UsageError(`unknown lens "${clip(lensId)}" (known: ${catalog.lenses.map((l) => l.id).join(', ')})`);
  }
  const choose = parseChoices(args.choose, sc);
  const until = parseUntil(args.until, sc);
  const name = checkCodeArgs(args.code, role, choose, until, sc);
  const lens = contextFor(catalog, id, lensId).lensId;
  const config: GameConfig = { scenario: id, role, lens, seed: gameSeed(seed, 0), policies };
  const { transcript: t, log } = playTranscriptLog(catalog, config, voteScreenText, { choose, until });
  if (name !== null) console.log(reportCode(catalog, sc, config, name, log));
  else if (args.json) console.log(JSON.stringify({ ...t, seed: jsonSeed(seed) }));
  else console.log(`${sc.title}\n\n${transcriptText(t)}`);
  return 0;
}

if (isEntry(import.meta.url)) runTool('transcript', main);
