import type { DataSource, QueryRunner } from 'typeorm';
import { AUDIT_GENESIS_HASH, type AuditChainEvent } from '@preuve/domain';
import { auditEventHash } from './event-hash.js';

/*
 * Links the pending audit events into the hash chain. Writers do not touch the chain: they insert
 * their event into audit_pending, in their own transaction, and take no lock (AuditEventRepository).
 * Once a writer's transaction has committed, a chain pass (this) takes the chain lock, moves every
 * committed pending event, in writing order, into audit_event with the next seq, the hash of the
 * event before it as prev_hash, and its own hash, and commits. One pass links whatever the
 * transactions that committed meanwhile wrote, so the lock is held once per batch, not once per
 * write until its commit.
 */

/**
 * The advisory lock that serialises chain passes (and anything else that appends to audit_event
 * directly) until their transaction ends (a fixed key: the bytes of "audit").
 */
export const AUDIT_CHAIN_LOCK = '418581342580';

/** Pending events linked per transaction. */
export const AUDIT_CHAIN_BATCH = 1_000;

/** A pending event as PENDING_SQL reads it: the columns the hash covers, its id, a drawn seq and the chain's head. */
interface PendingRow extends Omit<AuditChainEvent, 'prevHash' | 'occurredAt'> {
  id: string;
  head: string | null;
  occurredAt: string;
}

/**
 * The pending events in writing order, read as the verification reads audit_event: occurred_at
 * as its ISO text (milliseconds, or microseconds when it has some), data as the driver parses
 * jsonb; with a seq drawn for each (in no particular order: they are handed out sorted) and the
 * head of the chain.
 */
const PENDING_SQL = `SELECT pending.*, nextval(pg_get_serial_sequence('audit_event', 'seq'))::text AS seq,
    (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS head
  FROM (SELECT id::text AS id,
      to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
        THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END) AS "occurredAt",
      action, actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", organization_id AS "organizationId",
      target_type AS "targetType", target_id AS "targetId", data, ip, user_agent AS "userAgent"
    FROM audit_pending ORDER BY id LIMIT $1) AS pending`;

/** Moves the pending rows named into audit_event, each with its seq, prev_hash and hash: one statement. */
const MOVE_SQL = `WITH links AS (
    SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::char(64)[], $4::char(64)[]) AS link(id, seq, prev_hash, hash)
  ), moved AS (
    DELETE FROM audit_pending pending USING links WHERE pending.id = links.id RETURNING pending.*
  )
  INSERT INTO audit_event (seq, occurred_at, action, actor_user_id, actor_token_id, organization_id, target_type,
    target_id, data, ip, user_agent, prev_hash, hash)
  SELECT links.seq, moved.occurred_at, moved.action, moved.actor_user_id, moved.actor_token_id, moved.organization_id,
    moved.target_type, moved.target_id, moved.data, moved.ip, moved.user_agent, links.prev_hash, links.hash
  FROM moved JOIN links ON links.id = moved.id
  RETURNING seq`;

export interface ChainPassOptions {
  /** Told when the first batch has been read: every event committed before then is linked by this pass. */
  onRead?: () => void;
  /**
   * Whether the pass's commit waits for its WAL flush (the default). The passes that follow
   * writes do not: their writers' commits are durable, and should the database crash before the
   * pass's commit is flushed, the move is undone as a whole and the events are pending again, for
   * the next pass. The passes of the verification and of a start are durable, so that a head
   * they report (or the chain they check) survives a crash.
   */
  durable?: boolean;
}

/**
 * Links every committed pending event into the chain, in transactions of its own (at most
 * AUDIT_CHAIN_BATCH events each) on `on`: a data source (one of its connections) or a query
 * runner outside a transaction. Resolves with the number of events linked.
 */
export async function chainPendingAuditEvents(
  on: DataSource | QueryRunner,
  options: ChainPassOptions = {},
): Promise<number> {
  const runner = 'createQueryRunner' in on ? on.createQueryRunner() : on;
  let onRead = options.onRead;
  try {
    let linked = 0;
    for (;;) {
      const batch = await chainBatch(runner, options.durable ?? true, onRead);
      onRead = undefined;
      linked += batch;
      if (batch < AUDIT_CHAIN_BATCH) return linked;
    }
  } finally {
    if (runner !== on) await runner.release();
  }
}

/** One transaction: the lock, the pending events (a statement after it, so it sees every commit before), their links. */
async function chainBatch(runner: QueryRunner, durable: boolean, onRead?: () => void): Promise<number> {
  await runner.startTransaction();
  try {
    await runner.query(
      // The chain is one across tenants: the pass reads its head and every pending event whatever
      // the row scope of the connection it runs on (a vendor's request commits, then links).
      durable
        ? `SELECT pg_advisory_xact_lock($1), set_config('preuve.tenant', 'all', true)`
        : `SELECT pg_advisory_xact_lock($1), set_config('synchronous_commit', 'off', true), set_config('preuve.tenant', 'all', true)`,
      [AUDIT_CHAIN_LOCK],
    );
    onRead?.();
    const pending = (await runner.query(PENDING_SQL, [AUDIT_CHAIN_BATCH])) as PendingRow[];
    if (pending.length > 0) await link(runner, pending);
    await runner.commitTransaction();
    return pending.length;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}

async function link(runner: QueryRunner, pending: PendingRow[]): Promise<void> {
  const seqs = pending.map((row) => BigInt(row.seq)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let prevHash = pending[0].head ?? AUDIT_GENESIS_HASH;
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  for (const [index, { id: _id, seq: _drawn, head: _head, ...event }] of pending.entries()) {
    const hash = auditEventHash({ ...event, seq: String(seqs[index]) }, prevHash);
    prevHashes.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  const ids = pending.map((row) => row.id);
  const moved = (await runner.query(MOVE_SQL, [ids, seqs.map(String), prevHashes, hashes])) as unknown[];
  // Under the lock nothing else moves pending events: each one read is moved.
  if (moved.length !== pending.length)
    throw new Error(`audit chain: ${pending.length} pending events read, ${moved.length} moved`);
}
