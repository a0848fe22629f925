import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ORGANIZATION_ADMINS } from '../organizations/organization-access.js';
import { PageQueryDto } from '../common/http/pagination.dto.js';
import { CreatedWebhookDto, CreateWebhookDto, WebhookDeliveryPageDto, WebhookDto } from './dto/webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';
import { CreateRoute, PageRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('webhooks')
@Controller('organizations')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @CreateRoute(':orgId/webhooks', { roles: ORGANIZATION_ADMINS }, CreatedWebhookDto, {
    operationId: 'createWebhook',
    summary: "Registers a webhook endpoint for the organisation's events; the signing secret is shown once",
    description:
      "A vendor's endpoints receive the events of its dossiers; the authority's, those of every submitted dossier. " +
      'Each event is POSTed as JSON `{ id, type, occurredAt, dossierId, organizationId, data }` with the headers ' +
      '`Preuve-Event`, `Preuve-Delivery` and `Preuve-Signature`; a 2xx within 10 s delivers it, anything else is ' +
      "retried with exponential backoff (up to 12 attempts). A dossier's events arrive in order, at least once.",
    errors: { 400: 'INVALID_WEBHOOK_URL or VALIDATION_FAILED', 404: 'ORGANIZATION_NOT_FOUND' },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('orgId') orgId: string,
    @Body() body: CreateWebhookDto,
  ): Promise<CreatedWebhookDto> {
    return this.webhooks.create(actor, orgId, body);
  }

  @ReadRoute(':orgId/webhooks', { roles: ORGANIZATION_ADMINS }, [WebhookDto], {
    operationId: 'listWebhooks',
    summary: "An organisation's webhook endpoints, deleted ones included, without their secrets",
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  list(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<WebhookDto[]> {
    return this.webhooks.list(principal, orgId);
  }

  @WriteRoute('DELETE', ':orgId/webhooks/:id', { roles: ORGANIZATION_ADMINS }, null, {
    operationId: 'disableWebhook',
    summary: 'Deletes a webhook endpoint: nothing more is sent to it (pending deliveries are cancelled); its log stays',
    errors: { 404: 'ORGANIZATION_NOT_FOUND or WEBHOOK_NOT_FOUND' },
  })
  disable(@CurrentActor() actor: Actor, @Param('orgId') orgId: string, @Param('id') id: string): Promise<void> {
    return this.webhooks.disable(actor, orgId, id);
  }

  @PageRoute(':orgId/webhooks/:id/deliveries', { roles: ORGANIZATION_ADMINS }, WebhookDeliveryPageDto, {
    operationId: 'listWebhookDeliveries',
    summary: "A webhook endpoint's delivery log, newest first: attempts, outcome, next attempt",
    errors: { 404: 'ORGANIZATION_NOT_FOUND or WEBHOOK_NOT_FOUND' },
  })
  deliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('orgId') orgId: string,
    @Param('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveriesOf(principal, orgId, id, query);
  }
}
