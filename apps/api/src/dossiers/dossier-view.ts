import { completenessCounts, questionnaireState, scenarioCompleteness } from '@preuve/domain';
import type { DossierEntity } from '@preuve/persistence';
import type { CachedReferential } from '../referentials/referentials.service.js';
import type { DossierDto, DossierScenarioDto, DossierSummaryDto } from './dto/dossier.dto.js';

export function dossierSummary(dossier: DossierEntity): DossierSummaryDto {
  return {
    id: dossier.id,
    status: dossier.status,
    round: dossier.round,
    organizationId: dossier.organizationId,
    productId: dossier.productId,
    referentialId: dossier.referentialId,
    createdAt: dossier.createdAt,
    updatedAt: dossier.updatedAt,
    firstSubmittedAt: dossier.firstSubmittedAt,
    version: dossier.version,
  };
}

/** What the view needs of a published référentiel. */
export type PublishedReferential = Pick<CachedReferential, 'referential' | 'scenarios' | 'assess'>;

/** The dossier as the API shows it: the scenario tree with applicability, reasons and what is missing. */
export function dossierView(dossier: DossierEntity, referential: PublishedReferential): DossierDto {
  const evidenced = new Set<string>(); // evidence arrives with the uploads
  const rows = referential.assess(dossier.answers).scenarios.map((scenario) => ({
    applicable: scenario.applicable,
    scenario,
    completeness: scenarioCompleteness(scenario, evidenced, false),
  }));
  return {
    ...dossierSummary(dossier),
    answers: dossier.answers,
    questions: questionnaireState(referential.referential, dossier.answers),
    completeness: completenessCounts(rows),
    scenarios: rows.map(({ scenario, completeness }): DossierScenarioDto => ({
      code: scenario.code,
      requirementCode: scenario.requirementCode,
      title: referential.scenarios.get(scenario.code)?.scenario.title ?? scenario.code,
      applicable: scenario.applicable,
      reasons: scenario.reasons,
      pendingQuestions: scenario.pendingQuestions,
      declarationRequired: scenario.declarationRequired,
      declaration: null,
      proofs: scenario.proofs.map((proof) => ({ ...proof, evidence: [] })),
      satisfied: completeness.satisfied,
      missingProofs: completeness.missingProofs,
      verdict: null,
      version: 1,
    })),
  };
}
