import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'seq' | 'occurredAt' | 'prevHash' | 'hash'>;

/** The audit log: append and read, nothing else (the table refuses UPDATE and DELETE). */
export class AuditEventRepository {
  async append(manager: EntityManager, event: NewAuditEvent): Promise<void> {
    const repository = manager.getRepository(AuditEventEntity);
    await repository.save(repository.create({ ...event, prevHash: null, hash: null }));
  }

  async listForTarget(manager: EntityManager, targetType: string, targetId: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { targetType, targetId }, order: { seq: 'ASC' } });
  }

  async listByAction(manager: EntityManager, action: string): Promise<AuditEventEntity[]> {
    return manager.getRepository(AuditEventEntity).find({ where: { action }, order: { seq: 'ASC' } });
  }
}
