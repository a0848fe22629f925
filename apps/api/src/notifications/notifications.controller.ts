import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import {
  MarkReadDto,
  NotificationListDto,
  NotificationPreferenceDto,
  NotificationPreferencesDto,
  NotificationQueryDto,
  ScheduledRunDto,
  UnreadCountDto,
} from './dto/notification.dto.js';
import { NotificationScheduler } from './notification-scheduler.js';
import { NotificationsService } from './notifications.service.js';
import { ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly scheduler: NotificationScheduler,
  ) {}

  @ReadRoute('me/notifications', { roles: ANY_ROLE }, NotificationListDto, {
    operationId: 'listNotifications',
    summary: 'The signed-in user’s notifications, newest first, with the unread count',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationQueryDto): Promise<NotificationListDto> {
    return this.notifications.list(principal, query.limit ?? 50, query.unread === 'true');
  }

  @ReadRoute('me/notifications/unread-count', { roles: ANY_ROLE }, UnreadCountDto, {
    operationId: 'countUnreadNotifications',
    summary: 'How many notifications the signed-in user has not read',
  })
  async unread(@CurrentPrincipal() principal: Principal): Promise<UnreadCountDto> {
    return { unreadCount: await this.notifications.unreadCount(principal) };
  }

  @WriteRoute('POST', 'me/notifications/read', { roles: ANY_ROLE }, null, {
    operationId: 'markNotificationsRead',
    summary: 'Marks notifications read (those named, or all); others’ ids change nothing',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  markRead(@CurrentPrincipal() principal: Principal, @Body() body: MarkReadDto): Promise<void> {
    return this.notifications.markRead(principal, body.ids);
  }

  @ReadRoute('me/notification-preferences', { roles: ANY_ROLE }, [NotificationPreferenceDto], {
    operationId: 'getNotificationPreferences',
    summary: 'What the signed-in user receives, per kind: by e-mail, in the app',
  })
  preferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferenceDto[]> {
    return this.notifications.preferences(principal);
  }

  @WriteRoute('PUT', 'me/notification-preferences', { roles: ANY_ROLE }, [NotificationPreferenceDto], {
    operationId: 'saveNotificationPreferences',
    summary: 'Changes what the signed-in user receives (the kinds sent; the others stay)',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  savePreferences(
    @CurrentPrincipal() principal: Principal,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferenceDto[]> {
    return this.notifications.savePreferences(principal, body);
  }

  @WriteRoute('POST', 'notifications/run', { roles: ['platform_admin'] }, ScheduledRunDto, {
    operationId: 'runNotifications',
    summary:
      'Runs the scheduled notifications now: today’s reviewer digest and the deadline reminders due (platform admin; they also run by themselves every 10 minutes). Nothing is written twice.',
  })
  async run(): Promise<ScheduledRunDto> {
    const now = new Date();
    return { digests: await this.scheduler.runDigest(now), reminders: await this.scheduler.remindDeadlines(now) };
  }
}
