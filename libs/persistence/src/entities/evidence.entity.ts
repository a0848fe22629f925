import { Column, Entity, Index } from 'typeorm';
import { DossierRow } from './dossier-row.js';
import { Col } from './columns.js';

/**
 * One version of the evidence for a proof. Append-only (a trigger refuses UPDATE and DELETE): a
 * new upload to the same proof is version n+1. The bytes live in the blob store under `sha256`.
 */
@Entity({ name: 'evidence' })
@Index('UQ_evidence_dossier_proof_version', ['dossierId', 'proofCode', 'version'], { unique: true })
@Index('IX_evidence_sha256', ['sha256'])
export class EvidenceEntity extends DossierRow('FK_evidence_dossier') {
  @Col.Varchar(40, 'scenario_code')
  scenarioCode: string;

  @Col.Varchar(40, 'proof_code')
  proofCode: string;

  @Col.Integer()
  version: number;

  /** The dossier round during which it was uploaded. */
  @Col.Integer()
  round: number;

  @Col.Sha256()
  sha256: string;

  @Column({ type: 'bigint' })
  size: string;

  /** Sniffed from the bytes, not taken from the client. */
  @Col.Varchar(100, 'media_type')
  mediaType: string;

  /** The client's file name, cleaned; for display only. */
  @Col.Text('file_name')
  fileName: string;

  @Col.NullableText()
  description: string | null;

  @Col.NullableUuid('uploaded_by')
  uploadedBy: string | null;

  @Col.NullableUuid('uploaded_by_token')
  uploadedByToken: string | null;

  @Col.CreatedAt('uploaded_at')
  uploadedAt: Date;

  /** Automated pre-check findings (FHIR log analysis), for the reviewer; never blocking. */
  @Col.NullableJsonb()
  findings: Record<string, unknown> | null;
}
