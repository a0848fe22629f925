import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString } from 'class-validator';
import { WEBHOOK_DELIVERY_STATUSES } from '@preuve/persistence';
import { Trim } from '../../common/http/trim.js';
import { TrimmedText } from '../../common/http/trimmed-text.js';
import { EVENT_TYPES, type EventType } from '../../events/domain-events.js';

export class CreateWebhookDto {
  @ApiProperty({
    description:
      'Where events are POSTed: an absolute http(s) URL without credentials, at most 2,000 characters, not this server.',
    example: 'https://integration.editeur.example/preuve/webhooks',
    maxLength: 2000,
  })
  @Trim()
  @IsString()
  url: string;

  @ApiProperty({ enum: EVENT_TYPES, isArray: true, example: ['dossier.submitted', 'dossier.approved'] })
  @IsArray()
  @ArrayNotEmpty({ message: 'events must name at least one event type' })
  @ArrayUnique({ message: 'events must not repeat an event type' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: `each of events must be one of: ${EVENT_TYPES.join(', ')}` })
  events: EventType[];

  @TrimmedText({ example: 'Synchronisation avec notre outil qualité', max: 500, optional: true })
  description?: string;
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true }) events: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'Set once the endpoint is deleted: it receives nothing more; its log stays.',
  })
  disabledAt: Date | null;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({
    description:
      'The signing secret, shown this once. Each delivery carries `Preuve-Signature: t=<unix seconds>,v1=<hex>`, ' +
      'where v1 is HMAC-SHA256 keyed with this secret (its UTF-8 bytes) over `<t>.<raw body>`.',
  })
  secret: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Sent as the `Preuve-Delivery` header.' }) id: string;
  @ApiProperty({ format: 'uuid', description: "The event's id (`id` in the body), the same for every endpoint." })
  eventId: string;
  @ApiProperty({ enum: EVENT_TYPES }) eventType: string;
  @ApiProperty({ format: 'uuid' }) dossierId: string;
  @ApiProperty({ description: "The event's position among the dossier's events: they are delivered in this order." })
  sequence: number;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES }) status: string;
  @ApiProperty({ description: 'Attempts made so far.' }) attempts: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'HTTP status of the last attempt.' })
  lastStatusCode: number | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why the last attempt failed.' })
  lastError: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) lastAttemptAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) deliveredAt: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'While pending: when the next attempt is due.' })
  nextAttemptAt: Date | null;
  @ApiProperty() occurredAt: Date;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items: WebhookDeliveryDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}
