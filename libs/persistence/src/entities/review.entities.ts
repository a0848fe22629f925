import { Entity, Index } from 'typeorm';
import type { Decision, Verdict } from '@preuve/domain';
import { DossierRow } from './dossier-row.js';
import { Col } from './columns.js';

/**
 * What a reviewer records on a round of a dossier (a verdict, a decision): the round, an optional
 * comment, who recorded it (a user, or an API token acting for the authority) and when.
 */
function ReviewRecord(foreignKey: string) {
  abstract class ReviewRecord extends DossierRow(foreignKey) {
    @Col.Integer()
    round: number;

    @Col.NullableText()
    comment: string | null;

    @Col.NullableUuid('reviewer_id')
    reviewerId: string | null;

    @Col.NullableUuid('reviewer_token')
    reviewerToken: string | null;

    @Col.Instant('created_at')
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
  @Col.Varchar(40, 'scenario_code')
  scenarioCode: string;

  @Col.Varchar(32)
  verdict: Verdict;

  /** What the verdict was on: the scenario's proofs, or its sworn declaration. */
  @Col.Varchar(16)
  subject: 'proofs' | 'declaration';
}

/** A message in a scenario's thread. Append-only: an edit is a new revision of the same message. */
@Entity({ name: 'scenario_comment' })
@Index('IX_scenario_comment_dossier', ['dossierId', 'scenarioCode', 'createdAt'])
export class ScenarioCommentEntity extends DossierRow('FK_scenario_comment_dossier') {
  @Col.Varchar(40, 'scenario_code')
  scenarioCode: string;

  /** The first revision's id for every later revision; null on the first. */
  @Col.NullableUuid('revision_of')
  revisionOf: string | null;

  @Col.Integer()
  round: number;

  @Col.NullableUuid('author_id')
  authorId: string | null;

  @Col.NullableUuid('author_token')
  authorToken: string | null;

  /** Which side wrote it. */
  @Col.Varchar(16, 'author_side')
  authorSide: 'vendor' | 'authority';

  @Col.Text()
  body: string;

  @Col.Instant('created_at')
  createdAt: Date;
}

/** A decision on a round: changes requested, approved or rejected. Append-only. */
@Entity({ name: 'review_decision' })
@Index('IX_review_decision_dossier', ['dossierId', 'round'])
export class ReviewDecisionEntity extends ReviewRecord('FK_review_decision_dossier') {
  @Col.Varchar(32)
  decision: Decision;

  /** The SHA-256 of the manifest of the round decided on. */
  @Col.Sha256('manifest_sha256')
  manifestSha256: string;
}
