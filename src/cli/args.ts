// A small, strict command-line parser shared by the project's tools: known flags only, each value checked,
// and every mistake reported as one line for the usage message (never a stack trace).
export class UsageError extends Error {}

export interface FlagSpec {
  [name: string]: 'string' | 'int' | 'boolean';
}

export function parseArgs(argv: string[], spec: FlagSpec): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option "--${name}"`);
    if (kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (kind === 'int') {
      if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${value}"`);
      out[name] = Number(value);
    } else out[name] = value;
  }
  return out;
}

/** Runs a tool's main function, turning usage errors into exit code 2 and other known errors into 1. */
export function runTool(usage: string, main: () => number): void {
  try {
    process.exitCode = main();
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`error: ${err.message}\nusage: ${usage}`);
      process.exitCode = 2;
    } else {
      console.error(`error: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  }
}
