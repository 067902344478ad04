// Reads the scenario files from disk for Node tools and tests. A file is read only if it is a regular file no
// larger than MAX_FILE_BYTES, and at most that many bytes are ever read; anything else is one problem naming it.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CatalogError, type Catalog, type ScenarioFile } from './catalog';
import { catalogFromFiles } from './catalogFiles';
import { MAX_FILE_BYTES, MAX_FILE_SIZE_TEXT } from './yamlfile';

export const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios');
const ROOT = join(SCENARIO_DIR, '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  ENOTDIR: 'no such file (a part of the path is not a folder)',
  ENAMETOOLONG: 'no such file (the path is too long)',
  ELOOP: 'cannot be read (too many symbolic links)',
};

function fsMessage(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && Object.hasOwn(FS_ERRORS, code)) return FS_ERRORS[code];
  return `cannot be read (${typeof code === 'string' ? code : 'unknown error'})`;
}

/** At most MAX_FILE_BYTES + 1 bytes of an open file: one more than allowed is enough to know it is too big. */
function readLimited(fd: number): Buffer {
  const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
  let used = 0;
  for (let n = 1; n > 0 && used < buf.length; used += n) n = readSync(fd, buf, used, buf.length - used, null);
  return buf.subarray(0, used);
}

function readChecked(path: string): string {
  // Non-blocking, so that opening a named pipe cannot hang; only regular files are read.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new Error('is a folder, not a scenario file');
    if (!stat.isFile()) throw new Error('is not a regular file (it is a device, pipe or socket): give the path of a .yaml file');
    const bytes = readLimited(fd);
    if (stat.size > MAX_FILE_BYTES || bytes.length > MAX_FILE_BYTES) throw new Error(`is larger than ${MAX_FILE_SIZE_TEXT}, the limit for a scenario file`);
    return bytes.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A scenario file's text, named by its path within the project (or `name`, such as the path a user typed);
 * throws CatalogError with one problem if it cannot be read.
 */
export function readScenarioFile(path: string, name = relative(ROOT, path) || path): ScenarioFile {
  try {
    return { name, text: readChecked(path) };
  } catch (err) {
    const message = (err as { code?: unknown }).code === undefined && err instanceof Error ? err.message : fsMessage(err);
    throw new CatalogError([{ file: name, path: '', message }]);
  }
}

let cached: Catalog | null = null;

/** The project's own scenarios and lenses (loaded once per process), each file sorted by its declared kind. */
export function loadCatalogFromDisk(): Catalog {
  if (cached) return cached;
  cached = catalogFromFiles(yamlFiles(SCENARIO_DIR).sort().map((path) => readScenarioFile(path)));
  return cached;
}
