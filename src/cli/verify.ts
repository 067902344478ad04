// Verifies report codes by replaying them, for schools that script their marking. Each argument is a code or a
// file of codes (a downloaded code file, or any text with one code per line or word). Prints, for each code,
// whether it is valid and, if so, the name, scenario, role, lens, ending and decisions; `--json` prints a list
// of objects instead. Exits 0 when every code is valid, 1 otherwise, 2 on bad arguments (one line for each).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, isEntry, parseArgs, runTool, UsageError, type FlagSpec } from './args';
import { resolve } from 'node:path';
import { loadCatalogFromDisk, readScenarioFile } from '../scenario/disk';
import { CatalogError, type Catalog } from '../scenario/catalog';
import { withScenarioFile } from '../scenario/catalogFiles';
import { clip } from '../scenario/problems';
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
Exit codes: 0 every code is valid, 1 any is not (or the scenario file is invalid), 2 a bad argument,
3 the output could not be written.`;

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
  const name = clip(path);
  if (!stat.isFile()) return `"${name}" is a folder, not a file of codes`;
  if (stat.size > MAX_CODE_FILE_BYTES) return `the file "${name}" is larger than 1 MB: no file of codes is that big`;
  const codes = codesInText(readFileSync(path, 'utf8'));
  return codes.length ? codes : `the file "${name}" holds no code`;
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
      errors.push(`no such file: "${clip(input)}"`);
      continue;
    }
    const codes = readCodeFile(input);
    if (typeof codes === 'string') errors.push(codes);
    else codes.forEach((code, i) => out.push({ from: codes.length > 1 ? `${input} #${i + 1}` : input, code }));
  }
  return out;
}

/**
 * The project's catalogue with a teacher's scenario file loaded beside it, as the teachers' screen loads one;
 * the file's scenario replaces a built-in one with the same id. Throws CatalogError with the file's problems.
 */
function loadCatalog(file: string | undefined, errors: string[]): Catalog | null {
  const project = loadCatalogFromDisk();
  if (file === undefined) return project;
  if (!/\.ya?ml$/.test(file)) {
    errors.push(`--scenario must be a scenario file ending in .yaml, not "${clip(file)}"`);
    return null;
  }
  const added = withScenarioFile(project, readScenarioFile(resolve(file), file));
  if (!added.ok) throw new CatalogError(added.problems);
  return added.value.catalog;
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
    return EXIT_OK;
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
    return EXIT_USAGE;
  }
  const results = codes.map(({ from, code }) => ({ from, v: verifyCode(catalog, code, assignment) }));
  if (flags.json) console.log(JSON.stringify(results.map(({ from, v }) => asJson(from, v)), null, 2));
  else results.forEach(({ from, v }) => printText(from, v));
  return results.every(({ v }) => v.valid) ? EXIT_OK : EXIT_INVALID;
}

if (isEntry(import.meta.url)) runTool('verify', main);
