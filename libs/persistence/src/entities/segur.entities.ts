import { Column, Entity, Index } from 'typeorm';
import { ReferentialEntity } from './referential.entity.js';
import { DossierRow } from './dossier-row.js';
import { Authored, ChildRow, Created } from './row-columns.js';
import { Col } from './columns.js';

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
  @Col.Varchar(32)
  section: SegurRecordSection;

  /** Within a section, what the row is about: a homologation kind, a milestone key. */
  @Col.Varchar(64, { nullable: true })
  subject: string | null;

  @Col.Jsonb()
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
  @Col.Uuid('referential_id')
  referentialId: string;

  /** e.g. `SEGUR-LGC-2-000001`. */
  @Col.Varchar(40)
  number: string;

  @Col.Instant('granted_at')
  grantedAt: Date;

  @Col.NullableUuid('granted_by')
  grantedBy: string | null;

  @Col.Varchar(16)
  couloir: string;

  @Col.Varchar(16)
  dispositif: string;

  @Col.Varchar(4)
  vague: string;

  @Col.Varchar(16, 'referential_version')
  referentialVersion: string;

  @Col.Text('legal_name')
  legalName: string;

  @Col.Varchar(9)
  siren: string;

  @Col.Text('solution_name')
  solutionName: string;

  @Col.Text('solution_version')
  solutionVersion: string;

  /** The PDF attestation, and its SHA-256 (hex), which the attestation also prints. */
  @Column({ type: 'bytea' })
  attestation: Buffer;

  @Col.Sha256('attestation_sha256')
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
  @Col.Jsonb()
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
  @Col.Varchar(32)
  kind: string;

  /** The code it amends, canonical as the référentiel writes it. */
  @Col.Varchar(64)
  target: string;

  @Col.Instant('effective_from')
  effectiveFrom: Date;

  @Col.Text()
  source: string;

  @Col.Text()
  text: string;

  /** Kind-specific: the replacement reference, the alternative proof. */
  @Col.Jsonb()
  data: Record<string, unknown>;
}
