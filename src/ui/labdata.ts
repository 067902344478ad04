// The lab's factors as compiled into the page with the game's catalogue (src/scenario/files.browser.ts), for
// the Lab screen and the debrief (the workers read their own copy).
import type { Catalog } from '../scenario/catalog';
import { loadFactorsBundled } from '../lab/bundled';
import type { LabInputs } from '../lab/factors';

export function bundledLabInputs(catalog: Catalog): LabInputs {
  return { catalog, factorSet: loadFactorsBundled() };
}
