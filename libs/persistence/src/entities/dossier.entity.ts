import { Entity, Index, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ReferentialEntity } from './referential.entity.js';
import { ProductEntity } from './product.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import type { Answers, DossierPhase, DossierStatus, Programme } from '@preuve/domain';
import { ChildRow, Created, ParentRelation } from './row-columns.js';
import { Col } from './columns.js';

export { DOSSIER_STATUSES } from '@preuve/domain';
export type { DossierStatus };

/** A conformity dossier: one product against one pinned référentiel version. */
@Entity({ name: 'dossier' })
@Index('IX_dossier_queue', ['lastSubmittedAt', 'id'], { where: '"first_submitted_at" IS NOT NULL' })
// The queue's usual filters (a vendor, a vendor's dossiers in one status, a status, a reviewer's
// own dossiers), each in waiting order: a page is a walk of one index, never a sort.
@Index('IX_dossier_queue_vendor', ['organizationId', 'lastSubmittedAt', 'id'], {
  where: '"first_submitted_at" IS NOT NULL',
})
@Index('IX_dossier_queue_vendor_status', ['organizationId', 'status', 'lastSubmittedAt', 'id'], {
  where: '"first_submitted_at" IS NOT NULL',
})
@Index('IX_dossier_queue_status', ['status', 'lastSubmittedAt', 'id'], { where: '"first_submitted_at" IS NOT NULL' })
@Index('IX_dossier_queue_assignee', ['assignedTo', 'lastSubmittedAt', 'id'], {
  where: '"first_submitted_at" IS NOT NULL',
})
@Index('IX_dossier_organization_created', ['organizationId', 'createdAt', 'id'])
@Index('IX_dossier_submitted_created', ['createdAt', 'id'], { where: '"first_submitted_at" IS NOT NULL' })
export class DossierEntity extends Created(
  ChildRow('organization', () => OrganizationEntity, 'FK_dossier_organization'),
) {
  productId: string;

  @ParentRelation(() => ProductEntity, 'FK_dossier_product')
  product?: ProductEntity;

  referentialId: string;

  @ParentRelation(() => ReferentialEntity, 'FK_dossier_referential')
  referential?: ReferentialEntity;

  @Col.Varchar(32)
  status: DossierStatus;

  /** The référentiel's programme, copied at creation: `DMN` or `SEGUR`. */
  @Col.Varchar(16, { default: 'DMN' })
  programme: Programme;

  /**
   * Where the procedure stands: Ségur dossiers start in `administrative` (phase 1), move to
   * `proofs` when the administrative dossier is accepted, then `referenced`; DMN ones are `proofs`.
   */
  @Col.Varchar(16, { default: 'proofs' })
  phase: DossierPhase;

  /** The product version the dossier is for (defaults to the product's version at creation). */
  @Col.NullableText('product_version')
  productVersion: string | null;

  @Col.Integer({ default: 1 })
  round: number;

  @Col.Jsonb()
  answers: Answers;

  /** Set at each submission: the reviewer queue is sorted by how long dossiers have waited. */
  @Col.NullableInstant('last_submitted_at')
  lastSubmittedAt: Date | null;

  /** The reviewer in charge, if assigned. */
  @Col.NullableUuid('assigned_to')
  assignedTo: string | null;

  /** Set at the first submission: from then on reviewers see the dossier. */
  @Col.NullableTimestamp('first_submitted_at')
  firstSubmittedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Optimistic locking: bumped on every change. */
  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
