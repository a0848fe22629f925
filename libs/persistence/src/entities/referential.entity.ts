import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Programme, Referential } from '@preuve/domain';

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

  @Column({ type: 'varchar', length: 16 })
  programme: Programme;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  version: string;

  @Column({ type: 'text' })
  title: string;

  /** Ségur: couloir, dispositif and vague (copied from the content, so lists filter on columns). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  couloir: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  dispositif: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  vague: string | null;

  /** `published` (immutable, dossiers may pin it) or `draft`. */
  @Column({ type: 'varchar', length: 16, default: 'published' })
  status: 'draft' | 'published';

  /** SHA-256 (hex) of the canonical JSON of `content`. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  /** The whole tree as loaded and validated. */
  @Column({ type: 'jsonb' })
  content: Referential;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;

  /** Imported drafts: the tree as the grid gives it, before any overlay (what a new overlay applies to). */
  @Column({ name: 'base_content', type: 'jsonb', nullable: true })
  baseContent: Referential | null;

  /** The YAML overlay attached (applicability rules, questionnaire), as sent. */
  @Column({ type: 'text', nullable: true })
  overlay: string | null;

  /** Imported versions: counts and warnings of the import. */
  @Column({ name: 'import_report', type: 'jsonb', nullable: true })
  importReport: Record<string, unknown> | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}
