import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { Logger as PinoLogger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditController } from './audit/audit.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { RowScopeInterceptor } from './common/access/row-scope.interceptor.js';
import { AccessGuard } from './auth/access.guard.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { type AppConfig, configModule } from './config.js';
import { CoreModule } from './core.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DeclarationsController } from './declarations/declarations.controller.js';
import { DeclarationsService } from './declarations/declarations.service.js';
import { blobStoreProvider, UploadSettings } from './evidence/blob-store.provider.js';
import { EvidenceController } from './evidence/evidence.controller.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { DossiersController } from './dossiers/dossiers.controller.js';
import { DossiersService } from './dossiers/dossiers.service.js';
import { SubmissionsService } from './dossiers/submissions.service.js';
import { createRootLogger, loggingModule } from './logging/logging.js';
import { Metrics } from './metrics/metrics.js';
import { HealthController } from './health/health.controller.js';
import { IdentifiersController } from './identifiers/identifiers.controller.js';
import { InteropModule } from './interop/interop.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OidcModule } from './oidc/oidc.module.js';
import { OrganizationsController } from './organizations/organizations.controller.js';
import { OrganizationAccess } from './organizations/organization-access.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { ProductsController } from './products/products.controller.js';
import { ProductsService } from './products/products.service.js';
import { ReferentialsModule } from './referentials/referentials.module.js';
import { ReferentialVersionsModule } from './referential-versions/referential-versions.module.js';
import { ReviewReadsService } from './review/review-reads.service.js';
import { ReviewSettings } from './review/review-settings.js';
import { ReviewController } from './review/review.controller.js';
import { ReviewService } from './review/review.service.js';
import type { Secrets } from './security/secrets.js';
import { SegurModule } from './segur/segur.module.js';
import { PreparationModule } from './preparation/preparation.module.js';
import { HostingModule } from './hosting/hosting.module.js';
import { WebhookSettings } from './webhooks/webhook-policy.js';
import { WebhookWorker } from './webhooks/webhook-worker.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

export interface AppDependencies {
  dataSource: DataSource;
  config: AppConfig;
  secrets: Secrets;
  /** The process's pino logger; unset: one made from the configuration (LOG_LEVEL, LOG_FORMAT). */
  logger?: PinoLogger;
}

@Module({})
export class AppModule {
  static forRoot({ dataSource, config, secrets, logger }: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        configModule(config),
        loggingModule(logger ?? createRootLogger({ level: config.logLevel, format: config.logFormat })),
        DatabaseModule.forDataSource(dataSource),
        CoreModule.forConfig(config, secrets),
        ReferentialsModule,
        ReferentialVersionsModule,
        SegurModule,
        HostingModule,
        InteropModule.forBlobStore(config),
        OidcModule.forPublicUrl(config.publicUrl),
        NotificationsModule.forConfig(config),
        PreparationModule,
      ],
      controllers: [
        HealthController,
        AuthController,
        OrganizationsController,
        ProductsController,
        DossiersController,
        DeclarationsController,
        EvidenceController,
        ReviewController,
        IdentifiersController,
        WebhooksController,
        AuditController,
      ],
      providers: [
        AuthService,
        OrganizationsService,
        OrganizationAccess,
        ProductsService,
        DossiersService,
        SubmissionsService,
        DeclarationsService,
        EvidenceService,
        ReviewService,
        ReviewReadsService,
        { provide: ReviewSettings, useValue: new ReviewSettings(config.reviewFourEyes) },
        WebhooksService,
        WebhookWorker,
        {
          provide: WebhookSettings,
          useValue: new WebhookSettings(
            config.webhookRetryBaseMs,
            config.port,
            config.webhookAllowPrivateTargets,
            config.webhookTimeoutMs,
          ),
        },
        blobStoreProvider(config),
        { provide: UploadSettings, useValue: new UploadSettings(config.maxUploadBytes) },
        { provide: Metrics, useFactory: (source: DataSource) => new Metrics(source), inject: [DataSource] },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: RowScopeInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
