import {
  completenessCounts,
  erratumConcerns,
  type Erratum,
  missingItems,
  questionnaireState,
  scenarioCompleteness,
  type MissingItem,
  type ScenarioAssessment,
  type ScenarioCompleteness,
} from '@preuve/domain';
import type {
  DeclarationEntity,
  DossierEntity,
  EvidenceEntity,
  ScenarioAssessmentEntity,
  ScenarioVerdictEntity,
} from '@preuve/persistence';
import { latestAssessments, preparationScenarios, workingStatusView } from './preparation-state.js';
import type { CachedReferential } from '../referentials/referentials.service.js';
import type {
  DossierDto,
  DossierScenarioDto,
  DossierSummaryDto,
  EvidenceSummaryDto,
  ScenarioErratumDto,
} from './dto/dossier.dto.js';

/** What the view needs of a published référentiel (and the errata in force for the dossier, if any). */
export type PublishedReferential = Pick<CachedReferential, 'referential' | 'scenarios' | 'assess'> & {
  errata?: Erratum[];
};

/**
 * What amends or clarifies a scenario, as the vendor and the reviewer read it: the errata in
 * force that concern it, and the clarifications the référentiel itself carries (the DMN FAQ's),
 * each with its source.
 */
export function scenarioErrata(referential: PublishedReferential, scenario: ScenarioAssessment): ScenarioErratumDto[] {
  const builtIn = (referential.scenarios.get(scenario.code)?.scenario.clarifications ?? []).map(
    (clarification): ScenarioErratumDto => ({
      id: null,
      kind: 'clarification',
      target: scenario.code,
      effectiveFrom: referential.referential.publishedOn ?? null,
      source: clarification.source,
      text: clarification.text,
      builtIn: true,
    }),
  );
  const dated = (referential.errata ?? [])
    .filter((erratum) => erratumConcerns(erratum, scenario))
    .map((erratum): ScenarioErratumDto => ({
      id: erratum.id,
      kind: erratum.kind,
      target: erratum.target,
      effectiveFrom: erratum.effectiveFrom.toISOString(),
      source: erratum.source,
      text: erratum.text,
      builtIn: false,
      ...(erratum.replaced !== undefined ? { replaced: erratum.replaced } : {}),
      ...(erratum.replacement !== undefined ? { replacement: erratum.replacement } : {}),
    }));
  return [...builtIn, ...dated];
}

/** Everything added to a dossier: evidence versions, declarations and verdicts (oldest first). */
export interface DossierContent {
  evidence: EvidenceEntity[];
  declarations: DeclarationEntity[];
  verdicts: ScenarioVerdictEntity[];
  /** The vendor's working statuses (preparation), oldest first. */
  assessments?: ScenarioAssessmentEntity[];
}

/** The family of each requirement code of the référentiel. */
export function familyOfRequirement(referential: Pick<PublishedReferential, 'referential'>): (code: string) => string {
  const families = new Map(
    referential.referential.requirements.map((requirement) => [requirement.code, requirement.family]),
  );
  return (code) => families.get(code) ?? code.split(/[ .]/)[0];
}

export function dossierSummary(dossier: DossierEntity): DossierSummaryDto {
  return {
    id: dossier.id,
    status: dossier.status,
    programme: dossier.programme,
    phase: dossier.phase,
    productVersion: dossier.productVersion,
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

export function evidenceSummary(evidence: EvidenceEntity): EvidenceSummaryDto {
  return {
    id: evidence.id,
    version: evidence.version,
    sha256: evidence.sha256,
    size: Number(evidence.size),
    mediaType: evidence.mediaType,
    fileName: evidence.fileName,
    description: evidence.description,
    uploadedAt: evidence.uploadedAt,
    findings: evidence.findings,
  };
}

export function declarationSummary(declaration: DeclarationEntity): Record<string, unknown> {
  return {
    id: declaration.id,
    scenarioCode: declaration.scenarioCode,
    declarantName: declaration.declarantName,
    declarantRole: declaration.declarantRole,
    justification: declaration.justification,
    statementVersion: declaration.statementVersion,
    signedAt: declaration.signedAt,
    sha256: declaration.sha256,
  };
}

interface ScenarioRow {
  code: string;
  applicable: boolean;
  scenario: ScenarioAssessment;
  completeness: ScenarioCompleteness;
  evidence: Map<string, EvidenceEntity[]>;
  declaration: DeclarationEntity | undefined;
  declarations: number;
  /** The latest verdict on the scenario, whatever the round (accepted scenarios stay accepted). */
  verdict: ScenarioVerdictEntity | undefined;
  verdicts: number;
  /** Moves whenever the scenario's content or verdict does (optimistic locking of verdicts). */
  version: number;
}

/** Applicability, then what each scenario has and lacks. */
export function scenarioRows(
  dossier: DossierEntity,
  referential: PublishedReferential,
  content: DossierContent,
): ScenarioRow[] {
  const evidenceByProof = new Map<string, EvidenceEntity[]>();
  for (const evidence of content.evidence) {
    evidenceByProof.set(evidence.proofCode, [...(evidenceByProof.get(evidence.proofCode) ?? []), evidence]);
  }
  const declarationsByScenario = new Map<string, DeclarationEntity[]>();
  for (const declaration of content.declarations) {
    declarationsByScenario.set(declaration.scenarioCode, [
      ...(declarationsByScenario.get(declaration.scenarioCode) ?? []),
      declaration,
    ]);
  }
  const verdictsByScenario = new Map<string, ScenarioVerdictEntity[]>();
  for (const verdict of content.verdicts) {
    verdictsByScenario.set(verdict.scenarioCode, [...(verdictsByScenario.get(verdict.scenarioCode) ?? []), verdict]);
  }
  const evidenced = new Set(evidenceByProof.keys());
  return referential.assess(dossier.answers).scenarios.map((scenario) => {
    const declarations = declarationsByScenario.get(scenario.code) ?? [];
    // A declaration is in force only while the answers make the scenario call for one.
    const declaration = scenario.declarationRequired ? declarations.at(-1) : undefined;
    const evidence = new Map(scenario.proofs.map((proof) => [proof.code, evidenceByProof.get(proof.code) ?? []]));
    const verdicts = verdictsByScenario.get(scenario.code) ?? [];
    const uploads = [...evidence.values()].reduce((sum, versions) => sum + versions.length, 0);
    return {
      code: scenario.code,
      applicable: scenario.applicable,
      scenario,
      completeness: scenarioCompleteness(scenario, evidenced, declaration !== undefined),
      evidence,
      declaration,
      declarations: declarations.length,
      verdict: verdicts.at(-1),
      verdicts: verdicts.length,
      version: 1 + uploads + declarations.length + verdicts.length,
    };
  });
}

export function dossierMissing(rows: ScenarioRow[]): MissingItem[] {
  return missingItems(rows);
}

/** The dossier as the API shows it: the scenario tree with applicability, reasons, evidence and what is missing. */
export function dossierView(
  dossier: DossierEntity,
  referential: PublishedReferential,
  content: DossierContent,
): DossierDto {
  const rows = scenarioRows(dossier, referential, content);
  const assessments = content.assessments ?? [];
  const preparation = preparationScenarios(rows, assessments, familyOfRequirement(referential));
  const latest = latestAssessments(assessments);
  return {
    ...dossierSummary(dossier),
    answers: dossier.answers,
    questions: questionnaireState(referential.referential, dossier.answers),
    completeness: completenessCounts(rows),
    scenarios: rows.map(
      ({ scenario, completeness, evidence, declaration, verdict, version }, index): DossierScenarioDto => {
        return {
          code: scenario.code,
          requirementCode: scenario.requirementCode,
          title: referential.scenarios.get(scenario.code)?.scenario.title ?? scenario.code,
          applicable: scenario.applicable,
          reasons: scenario.reasons,
          pendingQuestions: scenario.pendingQuestions,
          declarationRequired: scenario.declarationRequired,
          waivedByAnswer: scenario.waivedByAnswer,
          justificationRequired: scenario.waivedByAnswer && !scenario.declarationRequired,
          declaration: declaration ? declarationSummary(declaration) : null,
          proofs: scenario.proofs.map((proof) => ({
            ...proof,
            evidence: (evidence.get(proof.code) ?? []).map(evidenceSummary),
          })),
          satisfied: completeness.satisfied,
          missingProofs: completeness.missingProofs,
          missingDeclaration: completeness.missingDeclaration,
          errata: scenarioErrata(referential, scenario),
          verdict: verdict?.verdict ?? null,
          verdictComment: verdict?.comment ?? null,
          verdictRound: verdict?.round ?? null,
          version,
          assessment: workingStatusView(preparation[index], latest.get(scenario.code)),
        };
      },
    ),
  };
}
