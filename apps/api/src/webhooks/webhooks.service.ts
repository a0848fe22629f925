import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Server } from 'node:http';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource, type EntityManager } from 'typeorm';
import {
  WebhookDeliveryRepository,
  WebhookEndpointRepository,
  type WebhookDeliveryEntity,
  type WebhookEndpointEntity,
} from '@preuve/persistence';
import { aboutRecordOf, AuditService } from '../audit/audit.service.js';
import { OrganizationAccess } from '../organizations/organization-access.js';
import { type Principal, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { PageQueryDto } from '../common/http/pagination.dto.js';
import { seal } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';
import type {
  CreatedWebhookDto,
  CreateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookDto,
} from './dto/webhook.dto.js';
import { WebhookSettings } from './webhook-policy.js';
import { forbiddenAddress, forbiddenHost } from './webhook-target.js';
import { checkWebhookUrl, needsResolution, ownServer, type WebhookUrlCheck } from './webhook-url.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** A host name that takes longer than this to resolve is judged on its name alone. */
const RESOLVE_TIMEOUT_MS = 2_000;

function webhookDto(endpoint: WebhookEndpointEntity): WebhookDto {
  return pick(endpoint, ['id', 'url', 'events', 'description', 'createdAt', 'disabledAt']);
}

/** What a delivery shows as it is stored; `nextAttemptAt` and `occurredAt` are derived. */
const DELIVERY_FIELDS = [
  'id',
  'eventId',
  'eventType',
  'dossierId',
  'sequence',
  'status',
  'attempts',
  'lastStatusCode',
  'lastError',
  'lastAttemptAt',
  'deliveredAt',
] as const;

function deliveryDto(delivery: WebhookDeliveryEntity): WebhookDeliveryDto {
  return {
    ...pick(delivery, DELIVERY_FIELDS),
    nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt : null,
    occurredAt: delivery.createdAt,
  };
}

/** The addresses a host name resolves to; none when it does not resolve (quickly enough). */
async function resolveHost(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((settle) => {
    timer = setTimeout(() => settle([]), RESOLVE_TIMEOUT_MS);
  });
  const resolved = lookup(host, { all: true, verbatim: true }).then(
    (entries) => entries.map((entry) => entry.address),
    () => [],
  );
  try {
    return await Promise.race([resolved, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Refuses a target that is, or resolves to, a loopback, private, link-local or multicast
 * address. A name that does not resolve (quickly) is accepted here: every delivery checks the
 * addresses it connects to again, so this is the early, friendly refusal, not the guard.
 */
async function publicTarget(url: URL): Promise<WebhookUrlCheck> {
  const refusal = (reason: string): WebhookUrlCheck => ({
    ok: false,
    problem: `url points at ${reason} (${url.host}): webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE_TARGETS is off).`,
  });
  const direct = forbiddenHost(url.hostname);
  if (direct) return refusal(direct);
  if (isIP(url.hostname.replace(/^\[(.*)\]$/, '$1')) !== 0) return { ok: true, url };
  for (const address of await resolveHost(url.hostname)) {
    const reason = forbiddenAddress(address);
    if (reason) return refusal(`${reason} ${address}`);
  }
  return { ok: true, url };
}

/** Webhook endpoints of an organisation: registered, listed and disabled by its administrators. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly audit: AuditService,
    private readonly secrets: Secrets,
    private readonly settings: WebhookSettings,
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: OrganizationAccess,
  ) {}

  private async endpointOf(manager: EntityManager, organizationId: string, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await this.endpoints.findInOrganization(manager, organizationId, id);
    if (!endpoint) throw new AppError(ErrorCode.WebhookNotFound, `No webhook « ${id} » in this organisation.`);
    return endpoint;
  }

  /** The ports this server answers on: PORT, and the one it really listens on (PORT=0 picks one). */
  private ownPorts(): number[] {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    const address = server?.address();
    return [this.settings.serverPort, ...(address && typeof address === 'object' ? [address.port] : [])];
  }

  /** The URL as it will be called, or 400 INVALID_WEBHOOK_URL saying what is wrong with it. */
  private async acceptableUrl(raw: string): Promise<string> {
    const own = ownServer(this.ownPorts());
    let check: WebhookUrlCheck = checkWebhookUrl(raw, own);
    if (check.ok && needsResolution(check.url, own)) {
      check = checkWebhookUrl(raw, own, await resolveHost(check.url.hostname));
    }
    if (check.ok && !this.settings.allowPrivateTargets) check = await publicTarget(check.url);
    if (!check.ok) throw new AppError(ErrorCode.InvalidWebhookUrl, check.problem, { url: raw.slice(0, 200) });
    return check.url.href;
  }

  async create(actor: Actor, organizationId: string, input: CreateWebhookDto): Promise<CreatedWebhookDto> {
    const { principal } = actor;
    // Who may act is settled before anything about the URL is said (or resolved).
    const organization = await this.access.administered(this.dataSource.manager, principal, organizationId);
    if (organization.kind === 'platform') {
      throw new AppError(
        ErrorCode.Forbidden,
        'The platform organisation sees no dossier, so it would receive no event: register the webhook on a vendor or the authority.',
      );
    }
    const url = await this.acceptableUrl(input.url);
    return this.access.administer(actor, organizationId, async (manager) => {
      const secret = randomBytes(32).toString('base64url');
      const endpoint = await this.endpoints.insert(manager, {
        organizationId,
        url,
        events: input.events,
        description: input.description ?? null,
        secretSealed: seal(this.secrets.webhookSecretKey, secret),
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'webhook.created',
        ...aboutRecordOf(organizationId, 'webhook', endpoint.id),
        data: { url: endpoint.url, events: endpoint.events },
      });
      return { ...webhookDto(endpoint), secret };
    });
  }

  async list(principal: Principal, organizationId: string): Promise<WebhookDto[]> {
    return this.access.readAdministered(principal, organizationId, async (manager) =>
      (await this.endpoints.listByOrganization(manager, organizationId)).map(webhookDto),
    );
  }

  async disable(actor: Actor, organizationId: string, id: string): Promise<void> {
    await this.access.administer(actor, organizationId, async (manager) => {
      const endpoint = await this.endpointOf(manager, organizationId, id);
      if (endpoint.disabledAt) return;
      await this.endpoints.disable(manager, endpoint.id);
      await this.audit.record(manager, actor, {
        action: 'webhook.disabled',
        ...aboutRecordOf(organizationId, 'webhook', endpoint.id),
        data: { url: endpoint.url },
      });
    });
  }

  async deliveriesOf(
    principal: Principal,
    organizationId: string,
    id: string,
    query: PageQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.access.readAdministered(principal, organizationId, async (manager) => {
      const endpoint = await this.endpointOf(manager, organizationId, id);
      const page = await this.deliveries.listForEndpoint(
        manager,
        endpoint.id,
        decodeCursor(query.cursor),
        query.limit ?? 20,
      );
      return { items: page.items.map(deliveryDto), nextCursor: encodeCursor(page.next) };
    });
  }
}
