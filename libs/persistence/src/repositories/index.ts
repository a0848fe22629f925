import { AuditEventRepository } from './audit-event.repository.js';
import { DossierContentRepository } from './dossier-content.repository.js';
import { DossierRepository } from './dossier.repository.js';
import { DeclarationRepository, EvidenceRepository, SubmissionRepository } from './evidence.repositories.js';
import {
  ApiTokenRepository,
  OrganizationRepository,
  RecoveryCodeRepository,
  SessionRepository,
  UserRepository,
} from './identity.repositories.js';
import { ListStampRepository } from './list-stamp.repository.js';
import { LoginRateRepository } from './login-rate.repository.js';
import { PreparationRepository } from './preparation.repositories.js';
import { ProductHostingRepository } from './product-hosting.repository.js';
import { ProductRepository } from './product.repository.js';
import { ReferentialRepository } from './referential.repository.js';
import {
  CommentRepository,
  DecisionRepository,
  ReviewQueueRepository,
  VerdictRepository,
} from './review.repositories.js';
import {
  ReferencementRepository,
  ReferentialAmendmentRepository,
  SegurRecordRepository,
} from './segur.repositories.js';
import { WebhookDeliveryRepository, WebhookEndpointRepository } from './webhook.repositories.js';

/**
 * The repositories every feature may inject (the API's DatabaseModule provides and exports this
 * list). The OIDC and notification repositories are provided by their own feature modules.
 */
export const SHARED_REPOSITORIES = [
  ApiTokenRepository,
  AuditEventRepository,
  DeclarationRepository,
  DossierRepository,
  DossierContentRepository,
  EvidenceRepository,
  ListStampRepository,
  LoginRateRepository,
  OrganizationRepository,
  ProductRepository,
  ProductHostingRepository,
  RecoveryCodeRepository,
  ReferentialRepository,
  SessionRepository,
  SubmissionRepository,
  UserRepository,
  WebhookDeliveryRepository,
  WebhookEndpointRepository,
  VerdictRepository,
  CommentRepository,
  DecisionRepository,
  ReviewQueueRepository,
  SegurRecordRepository,
  PreparationRepository,
  ReferencementRepository,
  ReferentialAmendmentRepository,
];
