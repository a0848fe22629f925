import { Column, Entity, Index } from 'typeorm';
import type { SubmissionManifest } from '@preuve/domain';
import { DossierRow } from './dossier-row.js';

/** Round N of a dossier, frozen as a manifest with its own SHA-256. Append-only. */
@Entity({ name: 'submission' })
@Index('UQ_submission_dossier_round', ['dossierId', 'round'], { unique: true })
export class SubmissionEntity extends DossierRow('FK_submission_dossier') {
  @Column({ type: 'integer' })
  round: number;

  /** Written once by `buildManifest`. */
  @Column({ type: 'jsonb' })
  manifest: SubmissionManifest;

  /** SHA-256 of the manifest's canonical JSON. */
  @Column({ name: 'manifest_sha256', type: 'char', length: 64 })
  manifestSha256: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @Column({ name: 'submitted_by_token', type: 'uuid', nullable: true })
  submittedByToken: string | null;
}
