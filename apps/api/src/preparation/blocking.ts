import type { MissingItem, PreparationMissingItem, PreparationScenario } from '@preuve/domain';
import type { BlockingItemDto } from './dto/preparation.dto.js';

type AnyMissing = MissingItem | PreparationMissingItem;

function describe(item: AnyMissing): Omit<BlockingItemDto, 'scenario'> {
  if ('proof' in item && item.proof !== undefined)
    return { kind: 'proof', proof: item.proof, message: `Déposez une preuve pour ${item.proof}.` };
  if ('declaration' in item && item.declaration)
    return { kind: 'declaration', message: 'Signez la déclaration sur l’honneur justifiée.' };
  if ('conformityText' in item)
    return {
      kind: 'conformityText',
      message: 'Rédigez le texte de conformité : comment le produit répond au scénario.',
    };
  if ('justification' in item)
    return {
      kind: 'justification',
      message: 'Justifiez par écrit pourquoi ce scénario ne s’applique pas au produit.',
    };
  return { kind: 'remediation', message: 'Ajoutez une action au plan de remédiation pour ce scénario.' };
}

/** What blocks submission, in référentiel order (scenario by scenario), with a French instruction each. */
export function blockingItems(missing: AnyMissing[], scenarios: PreparationScenario[]): BlockingItemDto[] {
  const order = new Map(scenarios.map((scenario, index) => [scenario.code, index]));
  return missing
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (order.get(a.item.scenario) ?? 0) - (order.get(b.item.scenario) ?? 0) || a.index - b.index)
    .map(({ item }) => ({ scenario: item.scenario, ...describe(item) }));
}
