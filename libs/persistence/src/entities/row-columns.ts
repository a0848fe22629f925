import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DossierEntity } from './dossier.entity.js';

/*
 * Columns several tables share, declared once. The bases below are not entities: each entity
 * that extends one gets their columns as its own (TypeORM's concrete-table inheritance), so the
 * tables, constraints and migrations stay what they were.
 */

// TypeScript's mixin pattern wants a constructor taking `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractClass = abstract new (...args: any[]) => object;

/** A row keyed by a generated uuid. */
export abstract class UuidRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/**
 * A row that hangs off a dossier (evidence, declarations, verdicts, journal rows…): its dossier,
 * and the organisation owning it, copied so that tenant walls need no join. `foreignKey` is the
 * name the table's migration gave its constraint on `dossier_id`.
 */
export function DossierRow(foreignKey: string) {
  abstract class DossierRow extends UuidRow {
    @Column({ name: 'dossier_id', type: 'uuid' })
    dossierId: string;

    @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
    @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: foreignKey })
    dossier?: DossierEntity;

    /** The vendor organisation owning the dossier (tenant walls). */
    @Column({ name: 'organization_id', type: 'uuid' })
    organizationId: string;
  }
  return DossierRow;
}

/**
 * Who wrote a row that is never changed, and when: a user, or an API token acting for its
 * organisation (then `createdBy` is null).
 */
export function Authored<Base extends AbstractClass>(base: Base) {
  abstract class Authored extends base {
    @Column({ name: 'created_by', type: 'uuid', nullable: true })
    createdBy: string | null;

    @Column({ name: 'created_by_token', type: 'uuid', nullable: true })
    createdByToken: string | null;

    @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
    createdAt: Date;
  }
  return Authored;
}
