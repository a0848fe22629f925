import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SubmissionManifest } from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type { RoundDiffDto } from './dto/review.dto.js';
import { ReviewDossiers } from './review-dossiers.js';

/** What changed from one frozen manifest to the next (`before` is null for a first round). */
export function roundDiff(
  round: number,
  previousRound: number | null,
  now: SubmissionManifest,
  before: SubmissionManifest | null,
): RoundDiffDto {
  const keys = [...new Set([...Object.keys(now.answers), ...Object.keys(before?.answers ?? {})])].sort();
  const answers = keys
    .filter((key) => JSON.stringify(now.answers[key]) !== JSON.stringify(before?.answers[key]))
    .map((key) => ({ key, before: before?.answers[key] ?? null, after: now.answers[key] ?? null }));
  const wasApplicable = new Map(before?.scenarios.map((scenario) => [scenario.code, scenario.applicable]));
  const applicability = now.scenarios
    // A first round has nothing before it: only what applies is news.
    .filter(
      (scenario) =>
        wasApplicable.get(scenario.code) !== scenario.applicable && (before !== null || scenario.applicable),
    )
    .map((scenario) => ({
      scenario: scenario.code,
      before: wasApplicable.get(scenario.code) ?? null,
      after: scenario.applicable,
    }));
  const oldEvidence = new Set(before?.evidence.map((evidence) => evidence.id));
  const newEvidence = now.evidence.filter((evidence) => !oldEvidence.has(evidence.id));
  const oldDeclarations = new Set(before?.declarations.map((declaration) => declaration.id));
  const newDeclarations = now.declarations.filter((declaration) => !oldDeclarations.has(declaration.id));
  const changedScenarios = [
    ...new Set([
      ...newEvidence.map((evidence) => evidence.scenarioCode),
      ...newDeclarations.map((declaration) => declaration.scenarioCode),
      ...applicability.map((entry) => entry.scenario),
    ]),
  ].sort();
  return { round, previousRound, answers, applicability, newEvidence, newDeclarations, changedScenarios };
}

/** The round diff: what changed in round n since round n−1 (answers, applicability, new evidence and declarations). */
@Injectable()
export class RoundDiffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviewDossiers: ReviewDossiers,
  ) {}

  async diff(principal: Principal, id: string, round: number): Promise<RoundDiffDto> {
    const manager = this.dataSource.manager;
    const dossier = await this.reviewDossiers.find(manager, principal, id);
    const rounds = await this.reviewDossiers.rounds(manager, dossier);
    const current = rounds.find((entry) => entry.round === round);
    if (!current)
      throw new AppError(
        ErrorCode.RoundNotFound,
        `Round ${round} of this dossier was not submitted (submitted: ${rounds.map((entry) => entry.round).join(', ') || 'none'}).`,
      );
    const previous = rounds.find((entry) => entry.round === round - 1);
    return roundDiff(round, previous?.round ?? null, current.manifest, previous?.manifest ?? null);
  }
}
