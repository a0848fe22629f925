import { hash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AUDIT_GENESIS_HASH, auditEventContent, type AuditChainEvent } from '@preuve/domain';

/** SHA-256 (hex) of the event's canonical content, `prevHash` included. */
export function auditEventHash(event: Omit<AuditChainEvent, 'prevHash'>, prevHash: string): string {
  return hash('sha256', auditEventContent({ ...event, prevHash }), 'hex');
}

export type AuditChainBreakReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_hash';

/** The first event where the chain does not hold. */
export interface AuditChainBreak {
  seq: string;
  /**
   * `hash_mismatch`: the event's content no longer hashes to its stored hash (it was changed);
   * `prev_hash_mismatch`: its prev_hash is not the hash of the event before it (an event was
   * removed or inserted before it); `missing_hash`: it has no hash (written around the chain).
   */
  reason: AuditChainBreakReason;
  /** The hash (or prev_hash) the chain calls for. */
  expected: string;
  /** The one stored (null when missing). */
  found: string | null;
}

export interface AuditChainVerification {
  ok: boolean;
  /** Events checked: all of them when ok, up to and including the broken one otherwise. */
  checked: number;
  firstBroken?: AuditChainBreak;
  /**
   * When ok (and the log is not empty): the hash of the last event, the head of the chain. Noted
   * elsewhere, it also reveals a log rewritten from some event to the end.
   */
  lastHash?: string;
}

/** Rows per query: large enough to amortise the round trip, small enough to keep memory flat. */
export const AUDIT_VERIFY_BATCH = 20_000;

type ChainRow = Omit<AuditChainEvent, 'occurredAt' | 'prevHash'> & {
  occurredAt: string;
  prevHash: string | null;
  hash: string | null;
};

/** Below every bigint: no event, not even one slipped in with a negative seq, escapes the walk. */
const BEFORE_FIRST_SEQ = '-9223372036854775808';

/**
 * One keyset batch ($1: the last seq seen, $2: the batch size), with exactly the hashed columns
 * named as AuditChainEvent names them, so each row is hashed as it comes. occurred_at is rendered
 * as the ISO text toISOString() gives (it is stored with millisecond precision), with all six
 * digits when it is not: a sub-millisecond change does not hash as the original either.
 */
export const AUDIT_CHAIN_BATCH_SQL = `SELECT seq, to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
    THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END) AS "occurredAt",
  action, actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", organization_id AS "organizationId",
  target_type AS "targetType", target_id AS "targetId", data, ip, user_agent AS "userAgent",
  prev_hash AS "prevHash", hash
  FROM audit_event WHERE seq > $1 ORDER BY seq LIMIT $2`;

/**
 * Walks the whole audit log in seq order (keyset batches), recomputes every hash and checks each
 * link; stops at the first broken one. Gaps in seq (rolled-back transactions) are no break: the
 * chain links each event to the one stored before it. The next batch is fetched while the current
 * one is hashed.
 */
export async function verifyAuditChain(
  manager: EntityManager,
  onProgress?: (checked: number) => void,
  batchSize = AUDIT_VERIFY_BATCH,
): Promise<AuditChainVerification> {
  const fetch = (after: string): Promise<ChainRow[]> => manager.query(AUDIT_CHAIN_BATCH_SQL, [after, batchSize]);
  let expectedPrev = AUDIT_GENESIS_HASH;
  let checked = 0;
  let pending: Promise<ChainRow[]> | null = fetch(BEFORE_FIRST_SEQ);
  while (pending) {
    const rows: ChainRow[] = await pending;
    pending = rows.length === batchSize ? fetch(rows[rows.length - 1].seq) : null;
    const broken = firstBrokenLink(rows, expectedPrev);
    if (broken) {
      await pending?.catch(() => undefined); // not needed any more; never left unhandled
      return { ok: false, checked: checked + broken.index + 1, firstBroken: broken.link };
    }
    checked += rows.length;
    if (rows.length > 0) expectedPrev = rows[rows.length - 1].hash!;
    onProgress?.(checked);
  }
  return checked === 0 ? { ok: true, checked } : { ok: true, checked, lastHash: expectedPrev };
}

/** The first row of the batch whose link does not hold (`previous`: the hash before the batch). */
function firstBrokenLink(rows: ChainRow[], previous: string): { index: number; link: AuditChainBreak } | null {
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    const { seq, prevHash, hash: stored } = row;
    if (prevHash === null) return { index, link: { seq, reason: 'missing_hash', expected: previous, found: null } };
    if (prevHash !== previous) {
      return { index, link: { seq, reason: 'prev_hash_mismatch', expected: previous, found: prevHash } };
    }
    const computed = hash('sha256', auditEventContent(row as AuditChainEvent), 'hex');
    if (stored === null) return { index, link: { seq, reason: 'missing_hash', expected: computed, found: null } };
    if (computed !== stored)
      return { index, link: { seq, reason: 'hash_mismatch', expected: computed, found: stored } };
    previous = stored;
  }
  return null;
}
