import { ApiTokenEntity } from './api-token.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditPendingEntity } from './audit-pending.entity.js';
import { DeclarationEntity } from './declaration.entity.js';
import { DossierEntity } from './dossier.entity.js';
import { EvidenceEntity } from './evidence.entity.js';
import { OIDC_ENTITIES } from './oidc.entities.js';
import { LoginRateWindowEntity } from './login-rate-window.entity.js';
import { NotificationEntity, NotificationPreferenceEntity } from './notification.entities.js';
import { OrganizationEntity } from './organization.entity.js';
import {
  RemediationActionEntity,
  RemediationStateChangeEntity,
  ScenarioAssessmentEntity,
} from './preparation.entities.js';
import { ProductEntity } from './product.entity.js';
import { ProductHostingEntity } from './product-hosting.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { ReferentialEntity } from './referential.entity.js';
import { ReviewDecisionEntity, ScenarioCommentEntity, ScenarioVerdictEntity } from './review.entities.js';
import {
  ReferencementEntity,
  ReferentialErratumEntity,
  ReferentialMilestonesEntity,
  SegurRecordEntity,
} from './segur.entities.js';
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
export * from './login-rate-window.entity.js';
export * from './notification.entities.js';
export * from './oidc.entities.js';
export * from './organization.entity.js';
export * from './preparation.entities.js';
export * from './product.entity.js';
export * from './product-hosting.entity.js';
export * from './recovery-code.entity.js';
export * from './referential.entity.js';
export * from './review.entities.js';
export * from './segur.entities.js';
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
  SegurRecordEntity,
  ReferencementEntity,
  ReferentialMilestonesEntity,
  ReferentialErratumEntity,
  ...OIDC_ENTITIES,
  NotificationEntity,
  NotificationPreferenceEntity,
  ScenarioAssessmentEntity,
  RemediationActionEntity,
  RemediationStateChangeEntity,
  ProductHostingEntity,
  LoginRateWindowEntity,
];
