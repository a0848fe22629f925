import { Column, Entity, Index } from 'typeorm';
import type { Decision, Verdict } from '@preuve/domain';
import { DossierRow } from './dossier-row.js';

/**
 * What a reviewer records on a round of a dossier (a verdict, a decision): the round, an optional
 * comment, who recorded it (a user, or an API token acting for the authority) and when.
 */
function ReviewRecord(foreignKey: string) {
  abstract class ReviewRecord extends DossierRow(foreignKey) {
    @Column({ type: 'integer' })
    round: number;

    @Column({ type: 'text', nullable: true })
    comment: string | null;

    @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
    reviewerId: string | null;

    @Column({ name: 'reviewer_token', type: 'uuid', nullable: true })
    reviewerToken: string | null;

    @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
    createdAt: Date;
  }
  return ReviewRecord;
}

/**
 * A reviewer's verdict on a scenario (or on its declaration) in a round. Append-only: the
 * current verdict is the latest of the round; the history stays.
 */
@Entity({ name: 'scenario_verdict' })
@Index('IX_scenario_verdict_dossier', ['dossierId', 'round', 'scenarioCode', 'createdAt'])
export class ScenarioVerdictEntity extends ReviewRecord('FK_scenario_verdict_dossier') {
  @Column({ name: 'scenario_code', type: 'varchar', length: 40 })
  scenarioCode: string;

  @Column({ type: 'varchar', length: 32 })
  verdict: Verdict;

  /** What the verdict was on: the scenario's proofs, or its sworn declaration. */
  @Column({ type: 'varchar', length: 16 })
  subject: 'proofs' | 'declaration';
}

/** A message in a scenario's thread. Append-only: an edit is a new revision of the same message. */
@Entity({ name: 'scenario_comment' })
@Index('IX_scenario_comment_dossier', ['dossierId', 'scenarioCode', 'createdAt'])
export class ScenarioCommentEntity extends DossierRow('FK_scenario_comment_dossier') {
  @Column({ name: 'scenario_code', type: 'varchar', length: 40 })
  scenarioCode: string;

  /** The first revision's id for every later revision; null on the first. */
  @Column({ name: 'revision_of', type: 'uuid', nullable: true })
  revisionOf: string | null;

  @Column({ type: 'integer' })
  round: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'author_token', type: 'uuid', nullable: true })
  authorToken: string | null;

  /** Which side wrote it. */
  @Column({ name: 'author_side', type: 'varchar', length: 16 })
  authorSide: 'vendor' | 'authority';

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A decision on a round: changes requested, approved or rejected. Append-only. */
@Entity({ name: 'review_decision' })
@Index('IX_review_decision_dossier', ['dossierId', 'round'])
export class ReviewDecisionEntity extends ReviewRecord('FK_review_decision_dossier') {
  @Column({ type: 'varchar', length: 32 })
  decision: Decision;

  /** The SHA-256 of the manifest of the round decided on. */
  @Column({ name: 'manifest_sha256', type: 'char', length: 64 })
  manifestSha256: string;
}
