import { Column, Entity, Index } from 'typeorm';
import { ReferentialEntity } from './referential.entity.js';
import { DossierRow } from './dossier-row.js';
import { Authored, ChildRow, Created } from './row-columns.js';

/** What a Ségur dossier record is about. */
export const SEGUR_RECORD_SECTIONS = [
  'candidature',
  'charter',
  'eligibility',
  'obsolete_versions',
  'administrative_submission',
  'administrative_decision',
  'homologation',
  'extension',
] as const;
export type SegurRecordSection = (typeof SEGUR_RECORD_SECTIONS)[number];

/**
 * The journal of a Ségur dossier's procedure: each administrative form saved, each charter
 * acceptance, submission and decision of the administrative dossier, each homologation recorded
 * and each deadline extension granted is one row. Never updated or deleted (a trigger refuses
 * both): the current state of a section is its latest row, and the whole history stays.
 */
@Entity({ name: 'segur_record' })
@Index('IX_segur_record_dossier', ['dossierId', 'createdAt'])
export class SegurRecordEntity extends Authored(DossierRow('FK_segur_record_dossier')) {
  @Column({ type: 'varchar', length: 32 })
  section: SegurRecordSection;

  /** Within a section, what the row is about: a homologation kind, a milestone key. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  subject: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}

/**
 * A référencement granted (phase 3): the review lead's approval of a Ségur dossier. One per
 * dossier, never changed; it feeds the public list of referenced solutions.
 */
@Entity({ name: 'referencement' })
@Index('UQ_referencement_dossier', ['dossierId'], { unique: true })
@Index('UQ_referencement_number', ['number'], { unique: true })
@Index('IX_referencement_dispositif', ['dispositif', 'grantedAt'])
export class ReferencementEntity extends DossierRow('FK_referencement_dossier') {
  @Column({ name: 'referential_id', type: 'uuid' })
  referentialId: string;

  /** e.g. `SEGUR-LGC-2-000001`. */
  @Column({ type: 'varchar', length: 40 })
  number: string;

  @Column({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt: Date;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Column({ type: 'varchar', length: 16 })
  couloir: string;

  @Column({ type: 'varchar', length: 16 })
  dispositif: string;

  @Column({ type: 'varchar', length: 4 })
  vague: string;

  @Column({ name: 'referential_version', type: 'varchar', length: 16 })
  referentialVersion: string;

  @Column({ name: 'legal_name', type: 'text' })
  legalName: string;

  @Column({ type: 'varchar', length: 9 })
  siren: string;

  @Column({ name: 'solution_name', type: 'text' })
  solutionName: string;

  @Column({ name: 'solution_version', type: 'text' })
  solutionVersion: string;

  /** The PDF attestation, and its SHA-256 (hex), which the attestation also prints. */
  @Column({ type: 'bytea' })
  attestation: Buffer;

  @Column({ name: 'attestation_sha256', type: 'char', length: 64 })
  attestationSha256: string;
}

/**
 * The campaign dates of a référentiel, as an authority set them. Each change is a new row; the
 * latest is in force (the published référentiel's own dates apply until the first one).
 */
@Entity({ name: 'referential_milestones' })
@Index('IX_referential_milestones_referential', ['referentialId', 'createdAt'])
export class ReferentialMilestonesEntity extends Created(
  ChildRow('referential', () => ReferentialEntity, 'FK_referential_milestones_referential'),
) {
  @Column({ type: 'jsonb' })
  milestones: { key: string; label: string; dueAt?: string; dueAfterDays?: number }[];
}

/**
 * An erratum to a published référentiel (an FAQ answer amending it), dated and never edited:
 * a reference replaced, a requirement withdrawn, an alternative proof, a clarification.
 */
@Entity({ name: 'referential_erratum' })
@Index('IX_referential_erratum_referential', ['referentialId', 'effectiveFrom'])
export class ReferentialErratumEntity extends Created(
  ChildRow('referential', () => ReferentialEntity, 'FK_referential_erratum_referential'),
) {
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** The code it amends, canonical as the référentiel writes it. */
  @Column({ type: 'varchar', length: 64 })
  target: string;

  @Column({ name: 'effective_from', type: 'timestamptz', precision: 3 })
  effectiveFrom: Date;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'text' })
  text: string;

  /** Kind-specific: the replacement reference, the alternative proof. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}
