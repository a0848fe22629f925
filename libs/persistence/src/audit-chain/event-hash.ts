import { hash } from 'node:crypto';
import { auditEventContent, type AuditChainEvent } from '@preuve/domain';

/** SHA-256 (hex) of the event's canonical content, `prevHash` included: what the writer stores as `hash`. */
export function auditEventHash(event: Omit<AuditChainEvent, 'prevHash'>, prevHash: string): string {
  return hash('sha256', auditEventContent({ ...event, prevHash }), 'hex');
}
