import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Programme, Referential } from '@preuve/domain';
import { Col } from './columns.js';

export const REFERENTIAL_STATUSES = ['draft', 'published'] as const;
export type ReferentialStatus = (typeof REFERENTIAL_STATUSES)[number];

/**
 * A référentiel version. Built-in files are published as they load; an imported grid starts as a
 * draft (its overlay may still change) until an authority admin publishes it. Published rows are
 * immutable (a trigger refuses UPDATE and DELETE), so a dossier that pins a version always sees
 * the same tree.
 */
@Entity({ name: 'referential' })
@Index('UQ_referential_code_version', ['code', 'version'], { unique: true })
export class ReferentialEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Col.Varchar(16)
  programme: Programme;

  @Col.Varchar(32)
  code: string;

  @Col.Varchar(16)
  version: string;

  @Col.Text()
  title: string;

  /** Ségur: couloir, dispositif and vague (copied from the content, so lists filter on columns). */
  @Col.Varchar(16, { nullable: true })
  couloir: string | null;

  @Col.Varchar(16, { nullable: true })
  dispositif: string | null;

  @Col.Varchar(4, { nullable: true })
  vague: string | null;

  /** `published` (immutable, dossiers may pin it) or `draft`. */
  @Col.Varchar(16, { default: 'published' })
  status: 'draft' | 'published';

  /** SHA-256 (hex) of the canonical JSON of `content`. */
  @Col.Sha256('content_hash')
  contentHash: string;

  /** The whole tree as loaded and validated. */
  @Col.Jsonb()
  content: Referential;

  @Col.CreatedAt('loaded_at', 'database default')
  loadedAt: Date;

  /** Imported drafts: the tree as the grid gives it, before any overlay (what a new overlay applies to). */
  @Col.NullableJsonb('base_content')
  baseContent: Referential | null;

  /** The YAML overlay attached (applicability rules, questionnaire), as sent. */
  @Col.NullableText()
  overlay: string | null;

  /** Imported versions: counts and warnings of the import. */
  @Col.NullableJsonb('import_report')
  importReport: Record<string, unknown> | null;

  @Col.NullableUuid('created_by')
  createdBy: string | null;

  @Col.NullableTimestamp('published_at')
  publishedAt: Date | null;

  @Col.NullableUuid('published_by')
  publishedBy: string | null;
}
