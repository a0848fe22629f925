import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SubmissionManifest } from '@preuve/domain';
import { DossierEntity } from './dossier.entity.js';

/** Round N of a dossier, frozen as a manifest with its own SHA-256. Append-only. */
@Entity({ name: 'submission' })
@Index('UQ_submission_dossier_round', ['dossierId', 'round'], { unique: true })
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dossier_id', type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'FK_submission_dossier' })
  dossier?: DossierEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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
