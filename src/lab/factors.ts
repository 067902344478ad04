// The Counterfactual Lab's factors (scenarios/factors.yaml): each is a corrected mistake (a decision's option
// fixed in advance) or a structural switch (a flag set at the start); their shape, and the checks of a choice of
// factors. The file is read and checked by src/lab/factorFile.ts. Pure.
import { z } from 'zod';
import { idSchema, type Campaign, type Condition, type Effect } from '../scenario/schema';
import { clip } from '../scenario/problems';
import type { Catalog } from '../scenario/catalog';
import type { GameConfig } from '../rules/state';
import { MAX_EXACT_FACTORS } from './shapley';

export const factorSchema = z
  .object({
    id: idSchema,
    label: z.string().min(3).max(80),
    kind: z.enum(['mistake', 'structure']),
    description: z.string().min(20),
    default: z.boolean().default(false),
    forced: z.record(idSchema, idSchema).optional(),
    switches: z.array(idSchema).min(1).optional(),
  })
  .strict()
  .refine((f) => Object.keys(f.forced ?? {}).length > 0 || (f.switches ?? []).length > 0, {
    message: 'a factor must force at least one decision ("forced") or set at least one flag ("switches")',
  });

export const factorFileSchema = z.object({ factors: z.array(factorSchema).min(1) }).strict();

export type Factor = z.infer<typeof factorSchema>;

export interface FactorSet {
  factors: Factor[];
  byId: Record<string, Factor>;
  /** The default attribution's factors, in file order. */
  defaults: string[];
}

/** Everything a lab run reads: the scenarios and lenses, and the factors. */
export interface LabInputs {
  catalog: Catalog;
  factorSet: FactorSet;
}

/**
 * Checks a choice of factors for one attribution: known ids, no repeats, at most MAX_EXACT_FACTORS, and no two
 * factors fixing the same decision differently. Returns the error message, or null when the choice is sound.
 */
export function checkFactorChoice(set: FactorSet, ids: readonly string[]): string | null {
  const unknown = ids.filter((id) => !Object.hasOwn(set.byId, id));
  if (unknown.length) {
    return `unknown factor${unknown.length > 1 ? 's' : ''} ${clip(unknown.map((u) => `"${clip(u)}"`).join(', '))} (known: ${set.factors.map((f) => f.id).join(', ')})`;
  }
  if (ids.length === 0) return 'choose at least one factor';
  if (new Set(ids).size !== ids.length) return 'each factor may be chosen only once';
  if (ids.length > MAX_EXACT_FACTORS) return `at most ${MAX_EXACT_FACTORS} factors can be attributed exactly (got ${ids.length})`;
  const fixedBy = new Map<string, { factor: string; option: string }>();
  for (const id of ids) {
    for (const [decision, option] of Object.entries(set.byId[id].forced ?? {})) {
      const prior = fixedBy.get(decision);
      if (prior && prior.option !== option) {
        return `factors "${prior.factor}" and "${id}" fix decision "${decision}" differently; choose one of them`;
      }
      fixedBy.set(decision, { factor: id, option });
    }
  }
  return null;
}

/** The forced options and switches of a coalition: the factors whose bits are set in `mask`. */
export function coalitionChanges(factors: readonly Factor[], mask: number): Pick<GameConfig, 'forced' | 'switches'> {
  const forced: Record<string, string> = {};
  const switches: string[] = [];
  factors.forEach((f, i) => {
    if (!(mask & (1 << i))) return;
    Object.assign(forced, f.forced);
    for (const flag of f.switches ?? []) if (!switches.includes(flag)) switches.push(flag);
  });
  return { forced, switches };
}

function conditionFlags(cond: Condition | undefined, out: Set<string>): void {
  if (!cond) return;
  for (const f of [cond.flag ?? [], cond.notFlag ?? []].flat()) out.add(f);
  cond.any?.forEach((c) => conditionFlags(c, out));
}

function effectFlags(effects: readonly Effect[], out: Set<string>): void {
  for (const e of effects) {
    if ('chance' in e) {
      effectFlags(e.chance.then, out);
      effectFlags(e.chance.else, out);
    } else if ('if' in e) {
      conditionFlags(e.if.when, out);
      effectFlags(e.if.then, out);
      effectFlags(e.if.else ?? [], out);
    }
  }
}

/** Every flag that some condition of the campaign reads: a switch outside this set changes nothing. */
export function flagsRead(campaign: Campaign): Set<string> {
  const out = new Set<string>();
  for (const d of campaign.decisions) {
    conditionFlags(d.requires, out);
    for (const o of d.options) effectFlags(o.effects, out);
  }
  for (const e of campaign.events) {
    conditionFlags(e.requires, out);
    effectFlags(e.effects, out);
  }
  for (const v of campaign.votes) {
    conditionFlags(v.requires, out);
    effectFlags(v.onPass, out);
    effectFlags(v.onFail, out);
  }
  for (const e of campaign.endings) conditionFlags(e.when, out);
  return out;
}

/** Switches of the given factors that no condition of the campaign reads, as "factor: flag" warnings. */
export function inertSwitches(set: FactorSet, ids: readonly string[], campaign: Campaign): string[] {
  const read = flagsRead(campaign);
  return ids.flatMap((id) =>
    (set.byId[id]?.switches ?? [])
      .filter((flag) => !read.has(flag))
      .map((flag) => `factor "${id}": no event, decision, vote or ending of "${campaign.id}" reads the flag "${flag}", so switching it changes nothing`),
  );
}
