// Reading the Lab's factor file (scenarios/factors.yaml) from its YAML text and checking it against the campaigns,
// apart from src/lab/factors.ts so that the Lab in the page, which receives the factors compiled, carries no
// YAML parser.
import { clip, validateWith, type Loaded, type Problem } from '../scenario/problems';
import { readYaml } from '../scenario/yamlfile';
import { CatalogError, type Catalog, type ScenarioFile } from '../scenario/catalog';
import type { Campaign } from '../scenario/schema';
import { MAX_EXACT_FACTORS } from './shapley';
import { factorFileSchema, type Factor, type FactorSet, type LabInputs } from './factors';

function problem(file: string, path: string, message: string): Problem {
  return { file, path, message };
}

/** Parses and validates the factor file against the campaigns whose decisions it names. */
export function loadFactors(file: string, text: string, campaigns: readonly Campaign[]): Loaded<FactorSet> {
  const raw = readYaml(file, text);
  if (!raw.ok) return raw;
  const checked = validateWith(file, raw.value, factorFileSchema);
  if (!checked.ok) return checked;
  const factors = checked.value.factors;
  const problems: Problem[] = [];
  // No inherited entries: a factor id given by a user, such as "constructor", must not find one.
  const byId: Record<string, Factor> = Object.create(null) as Record<string, Factor>;
  const decisions = new Map(campaigns.flatMap((c) => c.decisions.map((d) => [d.id, d] as const)));
  factors.forEach((f, i) => {
    const at = `factors[${i}:${f.id}]`;
    if (byId[f.id]) problems.push(problem(file, `${at}.id`, `duplicate factor id "${clip(f.id)}"`));
    byId[f.id] = f;
    for (const [decisionId, optionId] of Object.entries(f.forced ?? {})) {
      const d = decisions.get(decisionId);
      if (!d) {
        problems.push(problem(file, `${at}.forced.${decisionId}`, `unknown decision "${clip(decisionId)}"`));
      } else if (!d.options.some((o) => o.id === optionId)) {
        const known = d.options.map((o) => o.id).join(', ');
        problems.push(problem(file, `${at}.forced.${decisionId}`, `decision "${clip(decisionId)}" has no option "${clip(optionId)}" (it has: ${known})`));
      }
    }
  });
  const defaults = factors.filter((f) => f.default).map((f) => f.id);
  if (defaults.length === 0 || defaults.length > MAX_EXACT_FACTORS) {
    problems.push(problem(file, 'factors', `between 1 and ${MAX_EXACT_FACTORS} factors must be "default: true" (found ${defaults.length})`));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { factors, byId, defaults } };
}

/** The lab's inputs from a loaded catalogue and the factor file's text; throws CatalogError listing every problem. */
export function labInputs(catalog: Catalog, factorsFile: ScenarioFile): LabInputs {
  const loaded = loadFactors(factorsFile.name, factorsFile.text, catalog.campaigns);
  if (!loaded.ok) throw new CatalogError(loaded.problems);
  return { catalog, factorSet: loaded.value };
}
