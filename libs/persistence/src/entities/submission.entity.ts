import { Entity, Index } from 'typeorm';
import type { SubmissionManifest } from '@preuve/domain';
import { DossierRow } from './dossier-row.js';
import { Col } from './columns.js';

/** Round N of a dossier, frozen as a manifest with its own SHA-256. Append-only. */
@Entity({ name: 'submission' })
@Index('UQ_submission_dossier_round', ['dossierId', 'round'], { unique: true })
export class SubmissionEntity extends DossierRow('FK_submission_dossier') {
  @Col.Integer()
  round: number;

  /** Written once by `buildManifest`. */
  @Col.Jsonb()
  manifest: SubmissionManifest;

  /** SHA-256 of the manifest's canonical JSON. */
  @Col.Sha256('manifest_sha256')
  manifestSha256: string;

  @Col.Instant('submitted_at')
  submittedAt: Date;

  @Col.NullableUuid('submitted_by')
  submittedBy: string | null;

  @Col.NullableUuid('submitted_by_token')
  submittedByToken: string | null;
}
