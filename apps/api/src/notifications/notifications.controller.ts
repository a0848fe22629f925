import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { ANY_ROLE, Authenticated } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
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

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly scheduler: NotificationScheduler,
  ) {}

  @Get('me/notifications')
  @Authenticated({ roles: ANY_ROLE })
  @ApiOperation({
    operationId: 'listNotifications',
    summary: 'The signed-in user’s notifications, newest first, with the unread count',
  })
  @ApiOkResponse({ type: NotificationListDto })
  @ApiErrors({ 400: 'VALIDATION_FAILED' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationQueryDto): Promise<NotificationListDto> {
    return this.notifications.list(principal, query.limit ?? 50, query.unread === 'true');
  }

  @Get('me/notifications/unread-count')
  @Authenticated({ roles: ANY_ROLE })
  @ApiOperation({
    operationId: 'countUnreadNotifications',
    summary: 'How many notifications the signed-in user has not read',
  })
  @ApiOkResponse({ type: UnreadCountDto })
  async unread(@CurrentPrincipal() principal: Principal): Promise<UnreadCountDto> {
    return { unreadCount: await this.notifications.unreadCount(principal) };
  }

  @Post('me/notifications/read')
  @HttpCode(204)
  @Authenticated({ roles: ANY_ROLE })
  @ApiOperation({
    operationId: 'markNotificationsRead',
    summary: 'Marks notifications read (those named, or all); others’ ids change nothing',
  })
  @ApiNoContentResponse()
  @ApiErrors({ 400: 'VALIDATION_FAILED' })
  markRead(@CurrentPrincipal() principal: Principal, @Body() body: MarkReadDto): Promise<void> {
    return this.notifications.markRead(principal, body.ids);
  }

  @Get('me/notification-preferences')
  @Authenticated({ roles: ANY_ROLE })
  @ApiOperation({
    operationId: 'getNotificationPreferences',
    summary: 'What the signed-in user receives, per kind: by e-mail, in the app',
  })
  @ApiOkResponse({ type: [NotificationPreferenceDto] })
  preferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferenceDto[]> {
    return this.notifications.preferences(principal);
  }

  @Put('me/notification-preferences')
  @Authenticated({ roles: ANY_ROLE })
  @ApiOperation({
    operationId: 'saveNotificationPreferences',
    summary: 'Changes what the signed-in user receives (the kinds sent; the others stay)',
  })
  @ApiOkResponse({ type: [NotificationPreferenceDto] })
  @ApiErrors({ 400: 'VALIDATION_FAILED' })
  savePreferences(
    @CurrentPrincipal() principal: Principal,
    @Body() body: NotificationPreferencesDto,
  ): Promise<NotificationPreferenceDto[]> {
    return this.notifications.savePreferences(principal, body);
  }

  @Post('notifications/run')
  @HttpCode(200)
  @Authenticated({ roles: ['platform_admin'] })
  @ApiOperation({
    operationId: 'runNotifications',
    summary:
      'Runs the scheduled notifications now: today’s reviewer digest and the deadline reminders due (platform admin; they also run by themselves every 10 minutes). Nothing is written twice.',
  })
  @ApiOkResponse({ type: ScheduledRunDto })
  async run(): Promise<ScheduledRunDto> {
    const now = new Date();
    return { digests: await this.scheduler.runDigest(now), reminders: await this.scheduler.remindDeadlines(now) };
  }
}
