import { ApiTokenEntity } from './api-token.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditPendingEntity } from './audit-pending.entity.js';
import { DeclarationEntity } from './declaration.entity.js';
import { DossierEntity } from './dossier.entity.js';
import { EvidenceEntity } from './evidence.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { ProductEntity } from './product.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { ReferentialEntity } from './referential.entity.js';
import { ReviewDecisionEntity, ScenarioCommentEntity, ScenarioVerdictEntity } from './review.entities.js';
import { SessionEntity } from './session.entity.js';
import { SubmissionEntity } from './submission.entity.js';
import { UserEntity } from './user.entity.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entities.js';

export * from './api-token.entity.js';
export * from './audit-event.entity.js';
export * from './audit-pending.entity.js';
export * from './declaration.entity.js';
export * from './dossier.entity.js';
export * from './evidence.entity.js';
export * from './organization.entity.js';
export * from './product.entity.js';
export * from './recovery-code.entity.js';
export * from './referential.entity.js';
export * from './review.entities.js';
export * from './session.entity.js';
export * from './submission.entity.js';
export * from './user.entity.js';
export * from './webhook.entities.js';

/** Every entity of the schema; the DataSource and the schema-drift check use this list. */
export const ENTITIES = [
  ReferentialEntity,
  OrganizationEntity,
  UserEntity,
  RecoveryCodeEntity,
  ApiTokenEntity,
  SessionEntity,
  ProductEntity,
  DossierEntity,
  AuditEventEntity,
  AuditPendingEntity,
  EvidenceEntity,
  DeclarationEntity,
  SubmissionEntity,
  ScenarioVerdictEntity,
  ScenarioCommentEntity,
  ReviewDecisionEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
];
