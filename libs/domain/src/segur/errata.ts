import type { Assessment, ProofAssessment, ScenarioAssessment } from '../applicability/assess.js';
import type { ProofKind } from '../referential/model.js';

/**
 * Errata: the authority's FAQ answers that amend a published référentiel, dated and never edited.
 * From its date, an erratum applies to every dossier not yet decided:
 * - `requirement_withdrawn`: the requirement (or one scenario) needs nothing any more, and says so;
 * - `alternative_proof`: the scenario may be proven another way (a new proof, offered beside the
 *   référentiel's: either set completes it);
 * - `reference_replaced` and `clarification`: shown on the scenarios they concern.
 */

export const ERRATUM_KINDS = [
  'reference_replaced',
  'requirement_withdrawn',
  'alternative_proof',
  'clarification',
] as const;
export type ErratumKind = (typeof ERRATUM_KINDS)[number];

export interface Erratum {
  id: string;
  kind: ErratumKind;
  /** The code it amends, as the référentiel writes it. */
  target: string;
  effectiveFrom: Date;
  source: string;
  /** French text of the erratum. */
  text: string;
  /** reference_replaced: the old and the new reference. */
  replaced?: string;
  replacement?: string;
  /** alternative_proof: the proof now also accepted. */
  proof?: { title: string; kinds: ProofKind[] };
}

/** In force for a dossier: dated today or earlier, and not after the dossier was decided. */
export function erratumInForce(erratum: Pick<Erratum, 'effectiveFrom'>, now: Date, decidedAt: Date | null): boolean {
  const from = erratum.effectiveFrom.getTime();
  return from <= now.getTime() && (decidedAt === null || from <= decidedAt.getTime());
}

function frenchDate(date: Date): string {
  return date.toISOString().slice(0, 10).split('-').reverse().join('/');
}

/** The phrase naming an erratum in reasons: « erratum du 12/03/2025 (FAQ ANS n° 42) ». */
export function erratumLabel(erratum: Pick<Erratum, 'effectiveFrom' | 'source'>): string {
  return `erratum du ${frenchDate(erratum.effectiveFrom)} (${erratum.source})`;
}

/** Whether the erratum concerns this scenario (its own code, its requirement's, or one of its proofs'). */
/** What errata look at of a scenario (an assessed one or the référentiel's own). */
export interface ScenarioCodes {
  code: string;
  requirementCode: string;
  proofs: readonly { code: string }[];
}

export function erratumConcerns(erratum: Pick<Erratum, 'target'>, scenario: ScenarioCodes): boolean {
  return (
    erratum.target === scenario.code ||
    erratum.target === scenario.requirementCode ||
    scenario.proofs.some((proof) => proof.code === erratum.target)
  );
}

/** The codes of the proofs errata add: the scenario's first proof code, suffixed `-ALT1`, `-ALT2`… */
export function alternativeProofCode(scenario: Omit<ScenarioCodes, 'requirementCode'>, index: number): string {
  return `${scenario.proofs[0]?.code ?? `${scenario.code}.1`}-ALT${index + 1}`;
}

function withdraw(scenario: ScenarioAssessment, erratum: Erratum): ScenarioAssessment {
  return {
    ...scenario,
    applicable: false,
    declarationRequired: false,
    waivedByAnswer: false,
    pendingQuestions: [],
    reasons: [`Exigence retirée par l'${erratumLabel(erratum)} : ${erratum.text}`],
    proofs: scenario.proofs.map((proof) => ({ ...proof, required: false, reason: 'exigence retirée par erratum' })),
    cases: [],
  };
}

function offerAlternative(scenario: ScenarioAssessment, erratum: Erratum, index: number): ScenarioAssessment {
  const code = alternativeProofCode(scenario, index);
  const caseKey = `erratum-${index + 1}`;
  let { cases, proofs } = scenario;
  if (cases.length === 0) {
    // The référentiel's required proofs become one way; the alternative, another.
    const required = proofs.filter((proof) => proof.required).map((proof) => proof.code);
    cases = [{ key: 'referentiel', title: 'Preuves prévues par le référentiel', proofCodes: required }];
    proofs = proofs.map((proof): ProofAssessment =>
      proof.required ? { ...proof, required: false, cases: ['referentiel'] } : proof,
    );
  }
  const alternative: ProofAssessment = {
    code,
    title: erratum.proof?.title ?? 'Preuve alternative',
    kinds: erratum.proof?.kinds ?? ['document'],
    required: false,
    reason: `preuve alternative admise par l'${erratumLabel(erratum)}`,
    cases: [caseKey],
  };
  return {
    ...scenario,
    reasons: [...scenario.reasons, `Preuve alternative admise par l'${erratumLabel(erratum)} : ${erratum.text}`],
    proofs: [...proofs, alternative],
    cases: [...cases, { key: caseKey, title: `Preuve alternative (${erratumLabel(erratum)})`, proofCodes: [code] }],
  };
}

/**
 * The assessment with the errata in force applied (oldest first). Errata that concern no scenario
 * of it change nothing; those that only inform (reference replaced, clarification) change nothing
 * here either: the view lists them on their scenarios.
 */
export function applyErrata(assessment: Assessment, errata: readonly Erratum[]): Assessment {
  if (errata.length === 0) return assessment;
  const scenarios = assessment.scenarios.map((scenario) => {
    let result = scenario;
    let alternatives = 0;
    for (const erratum of errata) {
      if (!erratumConcerns(erratum, scenario)) continue;
      if (erratum.kind === 'requirement_withdrawn') return withdraw(scenario, erratum);
      if (erratum.kind === 'alternative_proof' && result.applicable) {
        result = offerAlternative(result, erratum, alternatives);
        alternatives += 1;
      }
    }
    return result;
  });
  const applicable = scenarios.filter((scenario) => scenario.applicable).length;
  return {
    scenarios,
    counts: {
      ...assessment.counts,
      applicable,
      notApplicable: scenarios.length - applicable,
      declarationsRequired: scenarios.filter((scenario) => scenario.declarationRequired).length,
    },
  };
}
