import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListStampRepository } from '@preuve/persistence';
import { AuditService } from './audit/audit.service.js';
import { DomainEvents } from './events/domain-events.js';
import { AccessTokens } from './auth/access-tokens.js';
import { ApiTokenCache } from './auth/api-token-cache.js';
import { AuthSettings } from './auth/auth-settings.js';
import { LoginRateLimiter } from './auth/login-rate-limiter.js';
import { PrincipalResolver } from './auth/principal-resolver.js';
import type { AppConfig } from './config.js';
import { InvalidationBus } from './database/invalidation-bus.js';
import { blobStoreProvider } from './evidence/blob-store.provider.js';
import { ListStamps } from './common/list-pages.js';
import { Secrets } from './security/secrets.js';
import { SignedLinks } from './security/signed-links.js';

/**
 * What every feature needs: keys, token handling, the principal resolver, the audit log, the domain
 * events, the list stamps (dossier lists and the review queue) and the blob store (evidence writes
 * it, health checks it).
 */
@Global()
@Module({})
export class CoreModule {
  static forConfig(config: AppConfig, secrets: Secrets): DynamicModule {
    const providers = [
      { provide: Secrets, useValue: secrets },
      {
        provide: AuthSettings,
        useValue: new AuthSettings(config.refreshTokenTtlSeconds, config.loginRateLimitPerMinute, config.cookieSecure),
      },
      { provide: AccessTokens, useValue: new AccessTokens(secrets.accessTokenKey, config.accessTokenTtlSeconds) },
      { provide: SignedLinks, useValue: new SignedLinks(secrets, config.signedLinkTtlSeconds) },
      InvalidationBus,
      ApiTokenCache,
      LoginRateLimiter,
      PrincipalResolver,
      AuditService,
      DomainEvents,
      {
        provide: ListStamps,
        useFactory: (dataSource: DataSource, stamps: ListStampRepository) =>
          new ListStamps(dataSource, stamps, config.listPagesKept),
        inject: [DataSource, ListStampRepository],
      },
      blobStoreProvider(config),
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}
