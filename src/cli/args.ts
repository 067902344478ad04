// A small, strict command-line parser shared by the project's tools: known flags only, each value checked
// against its limits, and every mistake reported as one line (never a stack trace). Exit codes: 0 done,
// 1 invalid input (a scenario or factor file), 2 a bad argument, 3 the output could not be written.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clip } from '../scenario/problems';
import { CatalogError } from '../scenario/catalog';
import { POLICIES, type PolicyId } from '../rules/state';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_OUTPUT = 3;

/** Games in one simulator run: about 20 seconds and 200 MB on one core of a school laptop. */
export const MAX_SIM_RUNS = 100_000;
/** Games per coalition in one lab run: with the default eight factors, 2.6 million games (minutes, not hours). */
export const MAX_LAB_RUNS = 10_000;
/** Worker threads for the lab: each takes about 70 MB, so eight stay under 600 MB. */
export const MAX_WORKERS = 8;

export class UsageError extends Error {}

/** An error whose message is already the complete, user-facing report (one line per problem). */
export class ReportedError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export type FlagKind = 'string' | 'boolean' | { int: { max: number } };

export interface FlagSpec {
  [name: string]: FlagKind;
}

const count = (n: number) => n.toLocaleString('en-GB');

function intValue(name: string, value: string, max: number): number {
  const n = /^\d{1,16}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max)) throw new UsageError(`--${name} must be a whole number from 1 to ${count(max)}, not "${clip(value)}"`);
  return n;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${clip(arg)}"`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (!Object.hasOwn(spec, name)) throw new UsageError(`unknown option "--${clip(name)}"`);
    if (Object.hasOwn(out, name)) throw new UsageError(`--${name} is given twice`);
    const kind = spec[name];
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    out[name] = kind === 'string' ? value : intValue(name, value, kind.int.max);
  }
  return out;
}

/** A side's policy from its option (historical when left out). The one reading of a policy name for every tool. */
export function parsePolicy(value: unknown, side: string): PolicyId {
  if (value === undefined) return 'historical';
  const known = POLICIES as readonly string[];
  if (typeof value !== 'string' || !known.includes(value)) throw new UsageError(`--${side} must be one of ${POLICIES.join(', ')}, not "${clip(String(value))}"`);
  return value as PolicyId;
}

/** A seed as text, checked: any word or number, used as it is written ("007" and "7" are different seeds). */
export function parseSeed(value: unknown): string {
  if (value === undefined) return '1';
  const text = String(value);
  if (!text.trim() || text.length > 200) throw new UsageError(`--seed must be a word or number of 1 to 200 characters, not "${clip(text)}"`);
  return text;
}

/** Reports a failed write to standard output (a full disk, a closed pipe) in one line, with exit code 3. */
function guardOutput(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    const why = err.code === 'EPIPE' ? 'the reader closed the pipe' : err.code === 'ENOSPC' ? 'no space left on the device' : (err.code ?? 'unknown error');
    process.stderr.write(`error: could not write the output (${why})\n`);
    process.exit(EXIT_OUTPUT);
  });
}

/** The exit code for an error, after printing it as one line (or one line per problem for a ReportedError). */
export function reportError(err: unknown, tool: string): number {
  if (err instanceof UsageError) {
    console.error(`error: ${err.message} (npm run -s ${tool} -- --help lists the options)`);
    return EXIT_USAGE;
  }
  if (err instanceof ReportedError) {
    console.error(err.message);
    return err.code;
  }
  if (err instanceof CatalogError) {
    console.error(err.message);
    return EXIT_INVALID;
  }
  console.error(`error: ${clip(err instanceof Error ? err.message : String(err), 200).split('\n')[0]}`);
  return EXIT_INVALID;
}

/** Runs a tool's main function on its arguments and returns the exit code, every error reported in one line. */
export async function runMain(
  tool: string,
  main: (argv: string[]) => number | Promise<number>,
  argv: string[],
  convert: (err: unknown) => unknown = (e) => e,
): Promise<number> {
  try {
    return await main(argv);
  } catch (err) {
    return reportError(convert(err), tool);
  }
}

/** True when the module at `moduleUrl` is the script Node was started with (not imported by a test). */
export function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(resolve(script)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Runs a tool as the process's command: its arguments from the command line, its code as the exit code. */
export function runTool(tool: string, main: (argv: string[]) => number | Promise<number>, convert?: (err: unknown) => unknown): void {
  guardOutput();
  void runMain(tool, main, process.argv.slice(2), convert).then((code) => (process.exitCode = code));
}
