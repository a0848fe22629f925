import { Column, JoinColumn, ManyToOne, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** A vendor's product (the DMN or software under assessment), in one version. */
@Entity({ name: 'product' })
@Index('IX_product_organization_created', ['organizationId', 'createdAt', 'id'])
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_product_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
