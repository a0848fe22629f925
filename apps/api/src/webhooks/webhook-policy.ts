/** The channel a committed outbox row NOTIFYs, so that every instance's worker wakes at once. */
export const WEBHOOK_CHANNEL = 'preuve_webhooks';

/** A receiver must answer with a 2xx within this time. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** After this many failed attempts a delivery is given up (status `failed`, kept in the log). */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** The longest wait between two attempts. */
export const WEBHOOK_MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * How long a claimed delivery stays out of other claims: longer than an attempt can take, so it
 * is sent again only when its attempt was lost (the process died before recording it).
 */
export const WEBHOOK_LEASE_MS = WEBHOOK_TIMEOUT_MS + 20_000;

/** What the webhook feature takes from the configuration (a class: Nest injects it by type). */
export class WebhookSettings {
  constructor(
    /** After the n-th failed attempt, the next is due min(retryBaseMs × 2^n, 1 hour) later. */
    readonly retryBaseMs: number,
    /** The port this server listens on (PORT): a webhook may not point back at it. */
    readonly serverPort: number,
  ) {}
}
