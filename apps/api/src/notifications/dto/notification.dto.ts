import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NOTIFICATION_KINDS } from '@preuve/domain';
import { OneOf } from '../../common/http/one-of.decorator.js';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) dossierId: string | null;
  @ApiProperty({ description: 'French, one line.' }) title: string;
  @ApiProperty({ description: 'French plain text.' }) body: string;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) readAt: Date | null;
  @ApiProperty({ enum: ['pending', 'sent', 'skipped', 'failed', 'refused'] }) emailStatus: string;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ description: 'Unread notifications in all.' }) unreadCount: number;
}

export class UnreadCountDto {
  @ApiProperty() unreadCount: number;
}

export class NotificationQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'true: only the unread ones.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class MarkReadDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The notifications to mark read; absent: all of them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export class NotificationPreferenceDto {
  @OneOf(NOTIFICATION_KINDS) kind: (typeof NOTIFICATION_KINDS)[number];

  @ApiProperty({ description: 'Receive it by e-mail.' })
  @IsBoolean()
  email: boolean;

  @ApiProperty({ description: 'Show it in the app.' })
  @IsBoolean()
  inApp: boolean;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences: NotificationPreferenceDto[];
}

export class ScheduledRunDto {
  @ApiProperty({ description: 'Digests written (one per reviewer and day at most).' }) digests: number;
  @ApiProperty({ description: 'Deadline reminders written (one per user, deadline and reminder at most).' })
  reminders: number;
}
