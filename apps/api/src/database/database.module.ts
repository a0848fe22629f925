import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ApiTokenRepository,
  AuditEventRepository,
  DeclarationRepository,
  DossierRepository,
  DossierContentRepository,
  EvidenceRepository,
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
} from '@preuve/persistence';

const REPOSITORIES = [
  ApiTokenRepository,
  AuditEventRepository,
  DeclarationRepository,
  DossierRepository,
  DossierContentRepository,
  EvidenceRepository,
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

/** Provides the already initialised DataSource (migrated before Nest starts) and the repositories. */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, ...REPOSITORIES],
      exports: [DataSource, ...REPOSITORIES],
    };
  }
}
