import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectivePreferences, type NotificationKind } from '@preuve/domain';
import { NotificationRepository } from '@preuve/persistence';
import type { Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import type {
  NotificationListDto,
  NotificationPreferenceDto,
  NotificationPreferencesDto,
} from './dto/notification.dto.js';

function userIdOf(principal: Principal): string {
  if (principal.kind !== 'user')
    throw new AppError(ErrorCode.Forbidden, 'Notifications belong to users, not API tokens.');
  return principal.userId;
}

/** A user's own notifications and preferences. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async list(principal: Principal, limit: number, unreadOnly: boolean): Promise<NotificationListDto> {
    const userId = userIdOf(principal);
    const manager = this.dataSource.manager;
    const [rows, unreadCount] = await Promise.all([
      this.notifications.list(manager, userId, { limit, unreadOnly }),
      this.notifications.unreadCount(manager, userId),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        dossierId: row.dossierId,
        title: row.title,
        body: row.body,
        createdAt: row.createdAt,
        readAt: row.readAt,
        emailStatus: row.emailStatus,
      })),
      unreadCount,
    };
  }

  async unreadCount(principal: Principal): Promise<number> {
    return this.notifications.unreadCount(this.dataSource.manager, userIdOf(principal));
  }

  async markRead(principal: Principal, ids: string[] | undefined): Promise<void> {
    await this.notifications.markRead(this.dataSource.manager, userIdOf(principal), ids ?? null);
  }

  async preferences(principal: Principal): Promise<NotificationPreferenceDto[]> {
    const userId = userIdOf(principal);
    const chosen = await this.notifications.preferences(this.dataSource.manager, [userId]);
    return effectivePreferences(
      chosen.map((entry) => ({ kind: entry.kind as NotificationKind, email: entry.email, inApp: entry.inApp })),
    );
  }

  async savePreferences(principal: Principal, input: NotificationPreferencesDto): Promise<NotificationPreferenceDto[]> {
    const kinds = input.preferences.map((preference) => preference.kind);
    if (new Set(kinds).size !== kinds.length) {
      throw new AppError(ErrorCode.ValidationFailed, 'Each kind of notification appears once.', { kinds });
    }
    await this.notifications.savePreferences(this.dataSource.manager, userIdOf(principal), input.preferences);
    return this.preferences(principal);
  }
}
