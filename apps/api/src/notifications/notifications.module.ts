import { type DynamicModule, Module } from '@nestjs/common';
import { NotificationRepository } from '@preuve/persistence';
import type { AppConfig } from '../config.js';
import { SegurModule } from '../segur/segur.module.js';
import { NotificationMailer } from './mailer.js';
import { NotificationOutbox } from './notification-outbox.js';
import { NotificationScheduler } from './notification-scheduler.js';
import { NotificationSettings } from './notification-settings.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { SegurDeadlineSource } from './segur-deadlines.js';

/** Notifications: the outbox written with each change, e-mails over SMTP, the in-app list, the reviewers' digest. */
@Module({})
export class NotificationsModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [SegurModule],
      controllers: [NotificationsController],
      providers: [
        NotificationRepository,
        NotificationOutbox,
        NotificationMailer,
        NotificationScheduler,
        NotificationsService,
        SegurDeadlineSource,
        {
          provide: NotificationSettings,
          useValue: new NotificationSettings(
            config.smtpUrl,
            config.mailFrom,
            config.publicUrl,
            config.digestHourUtc,
            config.reviewOverdueDays,
          ),
        },
      ],
      exports: [NotificationScheduler],
    };
  }
}
