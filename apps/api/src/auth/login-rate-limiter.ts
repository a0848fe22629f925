import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';

/** A fixed one-minute window of login attempts per client address, kept in memory. */
export class LoginRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  /** Counts an attempt; throws 429 RATE_LIMITED past the limit. */
  hit(client: string, now = Date.now()): void {
    if (this.windows.size > 10_000) {
      for (const [key, window] of this.windows) if (now - window.start >= 60_000) this.windows.delete(key);
    }
    const window = this.windows.get(client);
    if (!window || now - window.start >= 60_000) {
      this.windows.set(client, { start: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > this.perMinute) {
      const retryAfter = Math.ceil((window.start + 60_000 - now) / 1000);
      throw new AppError(
        ErrorCode.RateLimited,
        `Too many sign-in attempts from this address: try again in ${retryAfter} s.`,
        { retryAfterSeconds: retryAfter },
      );
    }
  }
}
