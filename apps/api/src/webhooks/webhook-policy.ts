/** A receiver must answer with a 2xx within this time (WEBHOOK_TIMEOUT_MS, this by default). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** After this many failed attempts a delivery is given up (status `failed`, kept in the log). */
export const WEBHOOK_MAX_ATTEMPTS = 12;

/** The longest wait between two attempts. */
export const WEBHOOK_MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * How long a claimed delivery stays out of other claims: longer than an attempt can take, so it
 * is sent again only when its attempt was lost (the process died before recording it).
 */
export function webhookLeaseMs(timeoutMs: number): number {
  return timeoutMs + 20_000;
}

/** What the webhook feature takes from the configuration (a class: Nest injects it by type). */
export class WebhookSettings {
  constructor(
    /** After the n-th failed attempt, the next is due min(retryBaseMs × 2^n, 1 hour) later. */
    readonly retryBaseMs: number,
    /** The port this server listens on (PORT): a webhook may not point back at it. */
    readonly serverPort: number,
    /** WEBHOOK_ALLOW_PRIVATE_TARGETS: allow loopback, private and link-local targets (development, tests). */
    readonly allowPrivateTargets = false,
    /** A receiver must answer within this time (WEBHOOK_TIMEOUT_MS). */
    readonly timeoutMs = WEBHOOK_TIMEOUT_MS,
  ) {}
}
