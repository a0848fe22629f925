import { api, unwrap, type Schemas } from '../api/client';

export type Referential = Schemas['ReferentialDto'];
export type ReferentialScenario = Schemas['ScenarioDto'];
export type ReferentialRequirement = Schemas['RequirementDto'];

/** A published référentiel never changes (its id pins a content hash): one request per id per page load. */
const trees = new Map<string, Promise<Referential>>();

export function loadReferential(id: string): Promise<Referential> {
  let tree = trees.get(id);
  if (!tree) {
    tree = api.GET('/api/v1/referentials/{id}', { params: { path: { id } } }).then(unwrap);
    // A failed load is not kept: the next page asks again.
    tree.catch(() => trees.delete(id));
    trees.set(id, tree);
  }
  return tree;
}

export interface ScenarioIndexEntry {
  scenario: ReferentialScenario;
  requirement: ReferentialRequirement;
}

const indexes = new WeakMap<Referential, Map<string, ScenarioIndexEntry>>();

/** Scenario code → its référentiel entry and requirement, built once per tree. */
export function scenarioIndex(referential: Referential): Map<string, ScenarioIndexEntry> {
  let index = indexes.get(referential);
  if (!index) {
    index = new Map();
    for (const requirement of referential.requirements) {
      for (const scenario of requirement.scenarios) index.set(scenario.code, { scenario, requirement });
    }
    indexes.set(referential, index);
  }
  return index;
}
