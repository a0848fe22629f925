import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Lru } from '../common/lru.js';
import { InvalidationBus } from '../database/invalidation-bus.js';
import type { Principal } from '../common/access/principal.js';

/** The invalidation topic of revoked API tokens; the key is the token's hash. */
export const API_TOKEN_TOPIC = 'api_token';
const TTL_MS = 60_000;

/**
 * API-token principals, kept in memory so an integration's request costs no token lookup.
 * Revocation stays immediate across instances: a revocation publishes `api_token:<hash>` on the
 * instance's InvalidationBus (one LISTEN connection per instance, shared with the other caches),
 * and every instance forgets the token when the notice arrives. While the bus is not listening
 * the cache is emptied and bypassed, so a missed notice can never leave a revoked token working.
 */
@Injectable()
export class ApiTokenCache {
  /** Emits `evicted` (token hash) after a revocation notice was applied. */
  readonly events = new EventEmitter();
  private readonly entries = new Lru<string, { principal: Principal; until: number }>(10_000);
  /** When each recently revoked token was evicted, to refuse stale lookups that finish after. */
  private readonly evictedAt = new Map<string, number>();
  private clearedAt = 0;

  constructor(private readonly bus: InvalidationBus) {
    bus.subscribe(API_TOKEN_TOPIC, (tokenHash) => (tokenHash === null ? this.clear() : this.evict(tokenHash)));
  }

  get(tokenHash: string): Principal | undefined {
    if (!this.bus.listening) return undefined;
    const entry = this.entries.get(tokenHash);
    return entry && entry.until > Date.now() ? entry.principal : undefined;
  }

  /**
   * Remembers a principal read from the database at `readAt`, unless the token was revoked (or
   * the listener lost) since: a lookup racing a revocation must not bring the token back.
   */
  set(tokenHash: string, principal: Principal, readAt: number): void {
    if (!this.bus.listening || readAt <= this.clearedAt || (this.evictedAt.get(tokenHash) ?? 0) >= readAt) return;
    this.entries.set(tokenHash, { principal, until: Date.now() + TTL_MS });
  }

  /** Tells every instance, when `manager`'s transaction commits, that this token is revoked. */
  async publishRevoked(manager: EntityManager, tokenHash: string): Promise<void> {
    await this.bus.publish(manager, API_TOKEN_TOPIC, tokenHash);
  }

  evict(tokenHash: string): void {
    const now = Date.now();
    this.entries.delete(tokenHash);
    this.evictedAt.set(tokenHash, now);
    for (const [hash, at] of this.evictedAt) if (at < now - TTL_MS) this.evictedAt.delete(hash);
    this.events.emit('evicted', tokenHash);
  }

  private clear(): void {
    this.entries.clear();
    this.clearedAt = Date.now();
  }
}
