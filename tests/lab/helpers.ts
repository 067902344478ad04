// Shared fixtures for the lab suites: the project's catalogue with the lab's factors, and small requests.
import { join } from 'node:path';
import { readScenarioFile, SCENARIO_DIR } from '../../src/scenario/disk';
import { labInputs } from '../../src/lab/factorFile';
import type { LabOptions, LabRequest } from '../../src/lab/run';
import { catalog } from '../helpers';

export const inputs = labInputs(catalog, readScenarioFile(join(SCENARIO_DIR, 'factors.yaml')));

/** A small attribution: four factors (two mistakes, two switches), few games; as posted to a worker. */
export function smallLabRequest(over: Partial<LabRequest> = {}): LabRequest {
  return {
    scenario: 'campaign',
    factors: ['funeral', 'court-zinoviev', 'no-lenin-enrolment', 'lenin-lives-1925'],
    runs: 12,
    seed: 'test',
    ...over,
  };
}

/** The same with the catalogue and factors, as runLab takes it. */
export function smallRequest(over: Partial<LabOptions> = {}): LabOptions {
  return { ...inputs, ...smallLabRequest(), ...over };
}
