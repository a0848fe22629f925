import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Lru } from '../common/lru.js';
import type { Principal } from './principal.js';

export const API_TOKEN_REVOKED_CHANNEL = 'preuve_api_token_revoked';
const TTL_MS = 60_000;
const RECONNECT_MS = 1_000;

/**
 * API-token principals, kept in memory so an integration's request costs no token lookup.
 * Revocation stays immediate across instances: a revocation commits a NOTIFY on
 * `preuve_api_token_revoked`, and every instance LISTENs and forgets the token at once. While
 * the listening connection is down the cache is emptied and bypassed, so a missed notification
 * can never leave a revoked token working.
 */
@Injectable()
export class ApiTokenCache implements OnModuleInit, OnModuleDestroy {
  /** Emits `evicted` (token hash) after a revocation notice was applied. */
  readonly events = new EventEmitter();
  private readonly entries = new Lru<string, { principal: Principal; until: number }>(10_000);
  /** When each recently revoked token was evicted, to refuse stale lookups that finish after. */
  private readonly evictedAt = new Map<string, number>();
  private clearedAt = 0;
  private listener: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private reconnect: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('ApiTokenCache');

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.closed) return;
    const client = new pg.Client({ connectionString: url, application_name: 'preuve-listener' });
    const lost = (): void => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.clear();
      if (!this.closed) this.reconnect = setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === API_TOKEN_REVOKED_CHANNEL && message.payload) this.evict(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${API_TOKEN_REVOKED_CHANNEL}`);
      this.listener = client;
      this.listening = true;
    } catch (error) {
      this.logger.warn(
        `cannot listen for token revocations (${String(error)}): API tokens are looked up on every request`,
      );
      await client.end().catch(() => undefined);
      if (!this.closed) this.reconnect = setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    }
  }

  get(tokenHash: string): Principal | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(tokenHash);
    return entry && entry.until > Date.now() ? entry.principal : undefined;
  }

  /**
   * Remembers a principal read from the database at `readAt`, unless the token was revoked (or
   * the listener lost) since: a lookup racing a revocation must not bring the token back.
   */
  set(tokenHash: string, principal: Principal, readAt: number): void {
    if (!this.listening || readAt <= this.clearedAt || (this.evictedAt.get(tokenHash) ?? 0) >= readAt) return;
    this.entries.set(tokenHash, { principal, until: Date.now() + TTL_MS });
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
