// Checks scenario files. Prints one line per problem, "FILE: path.to.field: message", and exits 0 when every
// file is valid, 1 when any is not, 2 on a usage mistake. Lesson files are checked against the project's campaigns.
import { existsSync, readFileSync } from 'node:fs';
import { runTool, UsageError } from './args';
import { formatProblem, kindOf, loadCampaign, loadLenses, loadLesson, type Problem } from '../scenario/loader';
import { loadCatalogFromDisk } from '../scenario/disk';
import type { Campaign } from '../scenario/schema';
import { loadFactors } from '../lab/factors';
import { loadDocuments } from '../scenario/documents';
import { loadGlossary } from '../scenario/glossary';
import { checkDocumentReferences } from '../scenario/references';

const USAGE = 'npm run -s validate -- FILE...';

function projectCampaigns(): Campaign[] {
  try {
    return loadCatalogFromDisk().campaigns;
  } catch {
    return [];
  }
}

function check(file: string, campaigns: Campaign[]): Problem[] {
  const text = readFileSync(file, 'utf8');
  switch (kindOf(text)) {
    case 'campaign': {
      const r = loadCampaign(file, text);
      return r.ok ? [] : r.problems;
    }
    case 'lesson': {
      const r = loadLesson(file, text, campaigns);
      return r.ok ? [] : r.problems;
    }
    case 'lenses': {
      const r = loadLenses(file, text);
      return r.ok ? [] : r.problems;
    }
    case 'factors': {
      const r = loadFactors(file, text, campaigns);
      return r.ok ? [] : r.problems;
    }
    case 'documents': {
      const r = loadDocuments(file, text);
      return r.ok ? checkDocumentReferences(r.value, campaigns).map((p) => ({ file, ...p })) : r.problems;
    }
    case 'glossary': {
      const r = loadGlossary(file, text);
      return r.ok ? [] : r.problems;
    }
    default:
      return [{ file, path: 'kind', message: 'is missing: a scenario file needs "kind: campaign" or "kind: lesson" (or a top-level "lenses:", "factors:", "documents:" or "terms:" list)' }];
  }
}

function main(): number {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new UsageError('give at least one scenario file');
  for (const f of files) if (f.startsWith('--')) throw new UsageError(`unknown option "${f}"`);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new UsageError(`no such file: ${missing.join(', ')}`);
  const campaigns = projectCampaigns();
  let bad = 0;
  for (const file of files) {
    const problems = check(file, campaigns);
    for (const p of problems) console.log(formatProblem(p));
    if (problems.length) bad++;
  }
  if (bad === 0) console.log(`${files.length} file(s) valid`);
  return bad === 0 ? 0 : 1;
}

runTool(USAGE, main);
