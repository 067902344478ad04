// The lab's factors as bundled into the page, with the game's catalogue: read once, for the Lab screen and
// the debrief (the workers read their own copy).
import factorsText from '../../scenarios/factors.yaml?raw';
import type { Catalog } from '../scenario/catalog';
import { labInputs, type LabInputs } from '../lab/factors';

let cached: { catalog: Catalog; inputs: LabInputs } | null = null;

export function bundledLabInputs(catalog: Catalog): LabInputs {
  if (cached?.catalog !== catalog) cached = { catalog, inputs: labInputs(catalog, { name: 'scenarios/factors.yaml', text: factorsText }) };
  return cached.inputs;
}
