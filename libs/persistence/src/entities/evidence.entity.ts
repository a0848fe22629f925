import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';

/**
 * One version of the evidence for a proof. Append-only (a trigger refuses UPDATE and DELETE): a
 * new upload to the same proof is version n+1. The bytes live in the blob store under `sha256`.
 */
@Entity({ name: 'evidence' })
@Index('UQ_evidence_dossier_proof_version', ['dossierId', 'proofCode', 'version'], { unique: true })
@Index('IX_evidence_sha256', ['sha256'])
export class EvidenceEntity extends DossierRow('FK_evidence_dossier') {
  @Column({ name: 'scenario_code', type: 'varchar', length: 40 })
  scenarioCode: string;

  @Column({ name: 'proof_code', type: 'varchar', length: 40 })
  proofCode: string;

  @Column({ type: 'integer' })
  version: number;

  /** The dossier round during which it was uploaded. */
  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bigint' })
  size: string;

  /** Sniffed from the bytes, not taken from the client. */
  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: string;

  /** The client's file name, cleaned; for display only. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'uploaded_by_token', type: 'uuid', nullable: true })
  uploadedByToken: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz', precision: 3 })
  uploadedAt: Date;

  /** Automated pre-check findings (FHIR log analysis), for the reviewer; never blocking. */
  @Column({ type: 'jsonb', nullable: true })
  findings: Record<string, unknown> | null;
}
