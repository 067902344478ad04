// Verifies report codes by replaying them, for schools that script their marking. Each argument is a code or a
// file of codes (a downloaded code file, or any text with one code per line or word). Prints, for each code,
// whether it is valid and, if so, the name, scenario, role, lens, ending and decisions; `--json` prints a list
// of objects instead. Exits 0 when every code is valid, 1 otherwise, 2 on bad arguments (one line for each).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError, type FlagSpec } from './args';
import { loadCatalogFromDisk, readScenarioFile, SCENARIO_DIR } from '../scenario/disk';
import { buildCatalog, CatalogError, type Catalog } from '../scenario/catalog';
import { decodeAssignment, type Assignment } from '../kit/assignment';
import { codesInText, CODE_PREFIX } from '../kit/code';
import { verifyCode, type Verification } from '../kit/verify';
import { POLICY_WORDS } from '../scenario/words';

const USAGE = 'npm run -s verify -- CODE|FILE... [--scenario FILE] [--assignment LINK] [--json]';
const HELP = `usage: ${USAGE}
  CODE|FILE        a report code (starting with "${CODE_PREFIX}") or a file holding codes (one per line; lines starting with # are ignored)
  --scenario FILE  a teacher's scenario YAML the codes were played on (loaded beside the built-in scenarios)
  --assignment L   the assignment link or string: codes from another assignment are then rejected
  --json           print a list of objects: valid, reason, name, scenario, role, lens, ending, decisions, answers
Exit status: 0 when every code is valid, 1 when any is not, 2 on bad arguments.`;

/** A class's file of codes is a few kilobytes; anything past this is not one. */
const MAX_CODE_FILE_BYTES = 1_000_000;

const SPEC: FlagSpec = { scenario: 'string', assignment: 'string', json: 'boolean', help: 'boolean' };

interface Parsed {
  flags: Record<string, string | number | boolean>;
  inputs: string[];
  errors: string[];
}

/** Splits flags (checked one by one by the shared parser, so every bad one is reported) from codes and files. */
function parse(argv: string[]): Parsed {
  const flags: Parsed['flags'] = {};
  const inputs: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      inputs.push(arg);
      continue;
    }
    const group = [arg];
    if (SPEC[arg.slice(2)] === 'string' && !arg.includes('=') && i + 1 < argv.length && !argv[i + 1].startsWith('--')) group.push(argv[++i]);
    try {
      Object.assign(flags, parseArgs(group, SPEC));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      errors.push(err.message);
    }
  }
  return { flags, inputs, errors };
}

/** The codes in a file argument, or the one line saying why it cannot be read. */
function readCodeFile(path: string): string[] | string {
  const stat = statSync(path);
  if (!stat.isFile()) return `"${path}" is a folder, not a file of codes`;
  if (stat.size > MAX_CODE_FILE_BYTES) return `the file "${path}" is larger than 1 MB: no file of codes is that big`;
  const codes = codesInText(readFileSync(path, 'utf8'));
  return codes.length ? codes : `the file "${path}" holds no code`;
}

/** Each input as codes with where they came from; a file that cannot be read is a bad argument. */
function codesOf(inputs: string[], errors: string[]): { from: string; code: string }[] {
  const out: { from: string; code: string }[] = [];
  for (const [n, input] of inputs.entries()) {
    if (/^R\d+\./.test(input) || !(existsSync(input) || /[./\\]/.test(input))) {
      out.push({ from: `argument ${n + 1}`, code: input });
      continue;
    }
    if (!existsSync(input)) {
      errors.push(`no such file: "${input}"`);
      continue;
    }
    const codes = readCodeFile(input);
    if (typeof codes === 'string') errors.push(codes);
    else codes.forEach((code, i) => out.push({ from: codes.length > 1 ? `${input} #${i + 1}` : input, code }));
  }
  return out;
}

/**
 * The project's catalogue with a teacher's scenario file loaded beside it (a lesson on the project's campaign
 * is built on it); the file's scenario replaces a built-in one with the same id. Throws CatalogError.
 */
function catalogWithFile(path: string): Catalog {
  const project = loadCatalogFromDisk();
  const file = readScenarioFile(path);
  const isLesson = /^kind:\s*lesson\s*$/m.test(file.text);
  const files = isLesson ? [readScenarioFile(join(SCENARIO_DIR, 'campaign.yaml')), file] : [file];
  const own = buildCatalog(files, readScenarioFile(join(SCENARIO_DIR, 'lenses.yaml')));
  const id = isLesson ? own.lessons[0].id : own.campaigns[0].id;
  return { ...project, scenarios: [...own.scenarios.filter((s) => s.id === id), ...project.scenarios.filter((s) => s.id !== id)] };
}

function loadCatalog(file: string | undefined, errors: string[]): Catalog | null {
  if (file === undefined) return loadCatalogFromDisk();
  if (!existsSync(file) || !statSync(file).isFile()) {
    errors.push(`no scenario file at "${file}"`);
    return null;
  }
  return catalogWithFile(resolve(file));
}

function printText(from: string, v: Verification): void {
  if (!v.valid) {
    console.log(`INVALID  ${from}${v.name ? ` (${v.name})` : ''}: ${v.reason}`);
    return;
  }
  console.log(`valid    ${v.name} — ${v.scenario.title}, as ${v.roleName}; ${POLICY_WORDS[v.rival].label.toLowerCase()}; lens ${v.lens.name}; seed ${v.seed}`);
  console.log(`  ending: ${v.ending.title}`);
  for (const d of v.decisions) {
    console.log(`  ${d.date}  ${d.title}: ${d.optionLabel}${d.historical ? ' (as in history)' : ` (in history: ${d.historicalLabel})`}`);
  }
  v.answers.forEach((a, i) => console.log(`  ${v.questions?.[i] ?? `answer ${i + 1}`}: ${a || '(blank)'}`));
}

function asJson(from: string, v: Verification) {
  if (!v.valid) return { from, valid: false, reason: v.reason, name: v.name ?? null, scenario: null, role: null, lens: null, ending: null, decisions: [], answers: [] };
  return {
    from,
    valid: true,
    reason: null,
    name: v.name,
    scenario: v.scenario.id,
    role: v.role,
    lens: v.lens.id,
    ending: { id: v.ending.id, title: v.ending.title },
    decisions: v.decisions.map((d) => ({ id: d.id, option: d.option, date: d.date, historical: d.historical })),
    answers: v.answers,
  };
}

/** The command: prints its report and returns the exit status. Throws CatalogError for a bad scenario file. */
export function main(argv: string[]): number {
  const { flags, inputs, errors } = parse(argv);
  if (flags.help) {
    console.log(HELP);
    return 0;
  }
  let assignment: Assignment | undefined;
  if (typeof flags.assignment === 'string') {
    const a = decodeAssignment(flags.assignment);
    if (a.ok) assignment = a.value;
    else errors.push(`--assignment: ${a.reason}`);
  }
  if (inputs.length === 0) errors.push('give at least one report code or file of codes');
  const codes = codesOf(inputs, errors);
  const catalog = errors.length ? null : loadCatalog(flags.scenario as string | undefined, errors);
  if (errors.length || !catalog) {
    for (const e of errors) console.error(`error: ${e}`);
    console.error(`usage: ${USAGE}`);
    return 2;
  }
  const results = codes.map(({ from, code }) => ({ from, v: verifyCode(catalog, code, assignment) }));
  if (flags.json) console.log(JSON.stringify(results.map(({ from, v }) => asJson(from, v)), null, 2));
  else results.forEach(({ from, v }) => printText(from, v));
  return results.every(({ v }) => v.valid) ? 0 : 1;
}

/** Runs as the process's command: one line for any failure, never a stack trace (3 if the output cannot be written). */
function run(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    process.stderr.write(`error: could not write the output (${err.code === 'EPIPE' ? 'the reader closed the pipe' : (err.code ?? 'unknown error')})\n`);
    process.exit(3);
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    if (err instanceof CatalogError) console.error(err.message);
    else console.error(`error: ${(err as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}

/** True when this file is the script Node was started with (not imported by a test). */
function isEntry(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) run();
