import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { WebhookSettings } from './webhook-policy.js';
import { WebhookWorker } from './webhook-worker.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

type WebhookConfig = Pick<AppConfig, 'webhookRetryBaseMs' | 'port' | 'webhookAllowPrivateTargets' | 'webhookTimeoutMs'>;

/** Webhook endpoints and the worker that delivers the outbox (the outbox is written by DomainEvents). */
@Module({})
export class WebhooksModule {
  static forConfig(config: WebhookConfig): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [OrganizationsModule],
      controllers: [WebhooksController],
      providers: [
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
      ],
    };
  }
}
