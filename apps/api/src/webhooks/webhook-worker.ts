import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { WebhookDeliveryRepository, type ClaimedDelivery, type RetryPolicy } from '@preuve/persistence';
import { open } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';
import { WEBHOOK_CHANNEL } from '../events/domain-events.js';
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_MAX_RETRY_DELAY_MS, webhookLeaseMs, WebhookSettings } from './webhook-policy.js';
import { guardedPost } from './guarded-post.js';
import { signatureHeader } from './webhook-signature.js';

/** Without a notification, the outbox is looked at at least this often. */
const POLL_MS = 1_000;
/** The shortest pause between two looks, when a delivery is due but another instance holds it. */
const MIN_PAUSE_MS = 10;
/** Attempts in flight at once; a slow receiver holds one slot, not the others. */
const MAX_IN_FLIGHT = 16;
const RECONNECT_MS = 1_000;
const MAX_ERROR_LENGTH = 500;

type Outcome = { delivered: true; statusCode: number } | { delivered: false; statusCode: number | null; error: string };

/** Why a request got no answer, in a line. */
function failureOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail = typeof cause?.message === 'string' ? cause.message : typeof cause?.code === 'string' ? cause.code : '';
  const message = error instanceof Error ? error.message : String(error);
  return (detail ? `${message}: ${detail}` : message).slice(0, MAX_ERROR_LENGTH);
}

/**
 * Sends the webhook outbox. Every app instance runs one: it wakes when a committed change NOTIFYs
 * `preuve_webhooks`, when the next retry falls due, and at least every second. It claims due
 * deliveries with `FOR UPDATE SKIP LOCKED`, only the oldest pending one per dossier and endpoint
 * (so a dossier's events arrive in order, retries included), POSTs them signed (never to a private
 * address unless allowed, checked for the very connection made), and records the
 * outcome: delivered on a 2xx within the timeout (10 s), otherwise retried with exponential backoff, given up
 * after 12 attempts. A claim is a lease, so an attempt lost in a crash is made again:
 * at-least-once. On shutdown it stops claiming and lets the attempts in flight finish.
 */
@Injectable()
export class WebhookWorker implements OnModuleInit, OnModuleDestroy {
  private closed = false;
  /** The claiming under way, if any. */
  private claiming: Promise<void> | null = null;
  private wakeAgain = false;
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private readonly policy: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly allowPrivateTargets: boolean;
  private readonly logger = new Logger('WebhookWorker');

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly secrets: Secrets,
    settings: WebhookSettings,
  ) {
    this.policy = {
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: settings.retryBaseMs,
      maxDelayMs: WEBHOOK_MAX_RETRY_DELAY_MS,
    };
    this.timeoutMs = settings.timeoutMs;
    this.allowPrivateTargets = settings.allowPrivateTargets;
  }

  onModuleInit(): void {
    // An app built without a database (the OpenAPI export) has nothing to send.
    if (!this.dataSource.isInitialized) {
      this.closed = true;
      return;
    }
    void this.listen();
    this.wake();
  }

  /** Graceful shutdown: no new claim; the attempts in flight finish and their outcomes are recorded. */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.claiming;
    await Promise.all(this.inFlight);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.closed) return;
    const client = new pg.Client({ connectionString: url, application_name: 'preuve-webhooks' });
    const retry = (): void => {
      if (this.closed) return;
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_MS);
      this.reconnect.unref();
    };
    const lost = (): void => {
      if (this.listener !== client) return;
      this.listener = null;
      retry();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === WEBHOOK_CHANNEL) this.wake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${WEBHOOK_CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.listener = client;
      this.wake(); // what was committed while nobody listened
    } catch (error) {
      this.logger.warn(`cannot listen for webhook events (${String(error)}): the outbox is polled every second`);
      await client.end().catch(() => undefined);
      retry();
    }
  }

  /** Claims what is due now, or right after the claiming under way. */
  private wake(): void {
    if (this.closed) return;
    if (this.claiming) {
      this.wakeAgain = true;
      return;
    }
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.claiming = this.claim()
      .catch((error: unknown) => {
        this.logger.warn(`webhook deliveries: ${String(error)}`);
        return POLL_MS;
      })
      .then((pause) => {
        this.claiming = null;
        if (this.closed) return;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
          return;
        }
        this.timer = setTimeout(() => {
          this.timer = null;
          this.wake();
        }, pause);
        this.timer.unref();
      });
  }

  /**
   * Starts an attempt for each due delivery, as free slots allow; each finished attempt wakes the
   * worker again (its dossier's next event may be due). Returns how long to wait before looking
   * again without being woken.
   */
  private async claim(): Promise<number> {
    while (!this.closed && this.inFlight.size < MAX_IN_FLIGHT) {
      const free = MAX_IN_FLIGHT - this.inFlight.size;
      const claimed = await this.deliveries.claimDue(this.dataSource.manager, free, webhookLeaseMs(this.timeoutMs));
      for (const delivery of claimed) {
        const attempt: Promise<void> = this.attempt(delivery).finally(() => {
          this.inFlight.delete(attempt);
          this.wake();
        });
        this.inFlight.add(attempt);
      }
      if (claimed.length < free) break;
    }
    if (this.closed || this.inFlight.size >= MAX_IN_FLIGHT) return POLL_MS; // a finished attempt wakes it
    const due = await this.deliveries.msUntilNextDue(this.dataSource.manager);
    return due === null ? POLL_MS : Math.min(POLL_MS, Math.max(MIN_PAUSE_MS, Math.ceil(due)));
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const outcome = await this.post(delivery);
    try {
      if (outcome.delivered) {
        await this.deliveries.recordDelivered(this.dataSource.manager, delivery.id, outcome.statusCode);
      } else {
        await this.deliveries.recordFailed(this.dataSource.manager, delivery.id, outcome, this.policy);
      }
    } catch (error) {
      // Unrecorded, the attempt is made again once its lease lapses.
      this.logger.warn(`webhook delivery ${delivery.id}: outcome not recorded (${String(error)})`);
    }
  }

  private async post(delivery: ClaimedDelivery): Promise<Outcome> {
    let secret: string;
    try {
      secret = open(this.secrets.webhookSecretKey, delivery.secretSealed);
    } catch {
      return { delivered: false, statusCode: null, error: 'the signing secret cannot be opened (SECRET_KEY changed?)' };
    }
    try {
      const response = await guardedPost(new URL(delivery.url), {
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Preuve-Webhooks/1',
          'Preuve-Event': delivery.eventType,
          'Preuve-Delivery': delivery.id,
          'Preuve-Signature': signatureHeader(secret, delivery.body),
        },
        body: delivery.body,
        timeoutMs: this.timeoutMs,
        allowPrivateTargets: this.allowPrivateTargets,
      });
      if (response.statusCode >= 200 && response.statusCode < 300)
        return { delivered: true, statusCode: response.statusCode };
      return {
        delivered: false,
        statusCode: response.statusCode,
        error: `HTTP ${response.statusCode}${response.statusText ? ` ${response.statusText}` : ''}`.slice(
          0,
          MAX_ERROR_LENGTH,
        ),
      };
    } catch (error) {
      return { delivered: false, statusCode: null, error: failureOf(error, this.timeoutMs) };
    }
  }
}
