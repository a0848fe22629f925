import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Logger as PinoLogger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { type AppConfig, configModule } from './config.js';
import { CoreModule } from './core.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DeclarationsModule } from './declarations/declarations.module.js';
import { DossiersModule } from './dossiers/dossiers.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { HealthModule } from './health/health.module.js';
import { HostingModule } from './hosting/hosting.module.js';
import { IdentifiersModule } from './identifiers/identifiers.module.js';
import { InteropModule } from './interop/interop.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OidcModule } from './oidc/oidc.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PreparationModule } from './preparation/preparation.module.js';
import { ProductsModule } from './products/products.module.js';
import { ReferentialsModule } from './referentials/referentials.module.js';
import { ReferentialVersionsModule } from './referential-versions/referential-versions.module.js';
import { ReviewModule } from './review/review.module.js';
import type { Secrets } from './security/secrets.js';
import { SegurModule } from './segur/segur.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

export interface AppDependencies {
  dataSource: DataSource;
  config: AppConfig;
  secrets: Secrets;
  /**
   * The process's pino logger (Nest's logger and the request log, set up by createApplication);
   * unset: one made from the configuration (LOG_LEVEL, LOG_FORMAT).
   */
  logger?: PinoLogger;
}

/**
 * Imports the feature modules and sets the global guard and filter; nothing else.
 *
 * The order of `imports` is the order of the paths in openapi.json (Nest registers modules depth
 * first, Swagger walks them in that order). A feature module imports only modules listed before
 * it here; what an earlier module reads from a later one comes from a global module
 * (ReferentialsModule, SegurModule, HostingModule). See docs/architecture.md, "Modules".
 */
@Module({})
export class AppModule {
  static forRoot({ dataSource, config, secrets }: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        configModule(config),
        DatabaseModule.forDataSource(dataSource),
        CoreModule.forConfig(config, secrets),
        HealthModule,
        AuthModule,
        OrganizationsModule,
        ProductsModule,
        DossiersModule,
        DeclarationsModule,
        EvidenceModule.forConfig(config),
        ReviewModule.forConfig(config),
        IdentifiersModule,
        WebhooksModule.forConfig(config),
        AuditModule,
        ReferentialsModule,
        ReferentialVersionsModule,
        SegurModule,
        HostingModule,
        InteropModule.forBlobStore(config),
        OidcModule.forPublicUrl(config.publicUrl),
        NotificationsModule.forConfig(config),
        PreparationModule,
        MetricsModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
