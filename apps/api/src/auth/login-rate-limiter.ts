import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LoginRateRepository } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { AuthSettings } from './auth-settings.js';

const WINDOW_MS = 60_000;
/** Ended windows are swept by the instance that counts this many attempts since its last sweep. */
const SWEEP_EVERY = 200;

/**
 * A fixed one-minute window of sign-in attempts per client address, counted in the database so
 * that every app instance behind a load balancer counts the same attempts (one upsert per
 * attempt; a sign-in already costs a password hash).
 */
@Injectable()
export class LoginRateLimiter {
  private sinceSweep = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LoginRateRepository,
    private readonly settings: AuthSettings,
  ) {}

  /** Counts an attempt; throws 429 RATE_LIMITED past the limit. */
  async hit(client: string): Promise<void> {
    const manager = this.dataSource.manager;
    if (++this.sinceSweep >= SWEEP_EVERY) {
      this.sinceSweep = 0;
      await this.repository.sweep(manager, WINDOW_MS);
    }
    const { attempts, windowStart } = await this.repository.hit(manager, client, WINDOW_MS);
    if (attempts <= this.settings.loginRateLimitPerMinute) return;
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - Date.now()) / 1000));
    throw new AppError(
      ErrorCode.RateLimited,
      `Too many sign-in attempts from this address: try again in ${retryAfter} s.`,
      { retryAfterSeconds: retryAfter },
    );
  }
}
