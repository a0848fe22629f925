import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Programme, Referential } from '@preuve/domain';

/**
 * A published référentiel version. Immutable once loaded: the same code and version with other
 * content is refused, so a dossier that pins a version always sees the same tree.
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

  /** SHA-256 (hex) of the canonical JSON of `content`. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  /** The whole tree as loaded and validated. */
  @Column({ type: 'jsonb' })
  content: Referential;

  @CreateDateColumn({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}
