// Checks scenario files. Prints one line per problem, "FILE: path.to.field: message" (at most 50 per file),
// and exits 0 when every file is valid, 1 when any is not, 2 on a usage mistake, 3 if the output cannot be
// written. Lesson and factor files are checked against the project's campaigns.
import { EXIT_INVALID, EXIT_OK, isEntry, runTool, UsageError } from './args';
import { formatProblems, type Problem } from '../scenario/loader';
import { loadCatalogFromDisk, readScenarioFile } from '../scenario/disk';
import { CatalogError } from '../scenario/catalog';
import { clip } from '../scenario/problems';
import { MAX_FILE_SIZE_TEXT } from '../scenario/yamlfile';
import { checkScenarioText } from '../scenario/check';
import type { Campaign } from '../scenario/schema';
import { loadFactors } from '../lab/factorFile';
import type { Bibliography } from '../scenario/sources';
import type { SourceDocument } from '../scenario/documents';

const HELP = `usage: npm run -s validate -- FILE...

Checks scenario files (campaigns, lessons, lenses.yaml, factors.yaml, sources.yaml, debrief.yaml,
documents.yaml, glossary.yaml) and prints one line per problem, "FILE: where: what is wrong", at most 50 per
file. Lessons, factors and documents are checked against the project's campaigns, and every cited source against
its bibliography. A file may be at most ${MAX_FILE_SIZE_TEXT}.

Exit codes: 0 every file is valid, 1 a file is invalid or cannot be read, 2 a bad argument,
3 the output could not be written.`;

/** The project's campaigns, bibliography and primary sources, which lessons, factors and every cited source key are checked against. */
function project(): { campaigns: Campaign[]; bib?: Bibliography; scenarios?: string[]; documents?: SourceDocument[] } {
  try {
    const catalog = loadCatalogFromDisk();
    return { campaigns: catalog.campaigns, bib: catalog.sources, scenarios: catalog.scenarios.map((s) => s.id), documents: catalog.documents };
  } catch {
    return { campaigns: [] };
  }
}

function check(path: string, ctx: ReturnType<typeof project>): Problem[] {
  let file;
  try {
    file = readScenarioFile(path, path);
  } catch (err) {
    if (err instanceof CatalogError) return err.problems;
    throw err;
  }
  const factors = (name: string, text: string, campaigns: Campaign[]) => {
    const r = loadFactors(name, text, campaigns);
    return r.ok ? [] : r.problems;
  };
  return checkScenarioText(file.name, file.text, { ...ctx, factors }).problems;
}

export function main(argv: string[]): number {
  if (argv.includes('--help')) {
    console.log(HELP);
    return EXIT_OK;
  }
  if (argv.length === 0) throw new UsageError('give at least one scenario file');
  const option = argv.find((f) => f.startsWith('--'));
  if (option !== undefined) throw new UsageError(`unknown option "${clip(option)}"`);
  const known = project();
  let bad = 0;
  for (const path of argv) {
    const problems = check(path, known);
    for (const line of formatProblems(problems)) console.log(line);
    if (problems.length) bad++;
  }
  if (bad === 0) console.log(`${argv.length} file(s) valid`);
  return bad === 0 ? EXIT_OK : EXIT_INVALID;
}

if (isEntry(import.meta.url)) runTool('validate', main);
