import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { Lru } from '../common/lru.js';

export const INVALIDATION_CHANNEL = 'preuve_cache_invalidated';
const RECONNECT_MS = 1_000;

/** What a cache is told: forget this key, or (`null`) everything, when notices may have been missed. */
type Forget = (key: string | null) => void;

/**
 * Cache invalidation across app instances. A write that makes a cached value stale publishes
 * `topic:key` on `preuve_cache_invalidated` inside its transaction (Postgres delivers it at
 * commit, to every instance including this one). Each instance LISTENs on one connection; while
 * that connection is down, `listening` is false and the caches built on it are emptied and
 * bypassed, so a missed notice can never leave a stale value served.
 */
@Injectable()
export class InvalidationBus implements OnModuleInit, OnModuleDestroy {
  /** Emits `delivered` (`topic:key`) once a notice was applied here (tests wait on it). */
  readonly events = new EventEmitter();
  private readonly topics = new Map<string, Forget[]>();
  private listener: pg.Client | null = null;
  private closed = false;
  private reconnect: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('InvalidationBus');
  listening = false;

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

  /** `forget` runs for every notice of `topic` (with its key), and with `null` when the listener is lost. */
  subscribe(topic: string, forget: Forget): void {
    if (topic.includes(':')) throw new Error(`an invalidation topic has no colon: ${topic}`);
    this.topics.set(topic, [...(this.topics.get(topic) ?? []), forget]);
  }

  /** Tells every instance, when `manager`'s transaction commits, that `topic:key` changed. */
  async publish(manager: EntityManager, topic: string, key: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [INVALIDATION_CHANNEL, `${topic}:${key}`]);
  }

  private deliver(payload: string): void {
    const colon = payload.indexOf(':');
    if (colon < 0) return;
    const key = payload.slice(colon + 1);
    for (const forget of this.topics.get(payload.slice(0, colon)) ?? []) forget(key);
    this.events.emit('delivered', payload);
  }

  private forgetAll(): void {
    for (const subscribers of this.topics.values()) for (const forget of subscribers) forget(null);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.closed) return;
    const client = new pg.Client({ connectionString: url, application_name: 'preuve-invalidation' });
    const lost = (): void => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.forgetAll();
      if (!this.closed) this.reconnect = setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      if (message.channel === INVALIDATION_CHANNEL && message.payload) this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      // Values cached before this connection listened may have missed notices.
      this.forgetAll();
      this.listener = client;
      this.listening = true;
    } catch (error) {
      this.logger.warn(`cannot listen for cache invalidations (${String(error)}): shared caches are bypassed`);
      await client.end().catch(() => undefined);
      if (!this.closed) this.reconnect = setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
    }
  }
}

/**
 * A per-instance cache of values read from the database that writes on any instance invalidate
 * through the bus. A read that was under way when its key was invalidated is returned but not
 * kept (it may predate the write); without a live listener nothing is kept or served.
 */
export class SharedCache<V> {
  private readonly entries: Lru<string, { value: V; until: number }>;
  /** Moves on every invalidation, to refuse reads that straddle one (invalidations are rare). */
  private generation = 0;

  constructor(
    private readonly bus: InvalidationBus,
    readonly topic: string,
    capacity: number,
    /** A safety net only: notices keep entries fresh. */
    private readonly ttlMs = 5 * 60_000,
  ) {
    this.entries = new Lru(capacity);
    bus.subscribe(topic, (key) => this.forget(key));
  }

  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.bus.listening) {
      const hit = this.entries.get(key);
      if (hit && hit.until > Date.now()) return hit.value;
    }
    const before = this.generation;
    const value = await load();
    if (this.bus.listening && this.generation === before)
      this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    return value;
  }

  /** Forgets here at once (the notice published with the write reaches the other instances). */
  forget(key: string | null): void {
    this.generation += 1;
    if (key === null) this.entries.clear();
    else this.entries.delete(key);
  }
}
