import { hash } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { EntityManager } from 'typeorm';
import { AUDIT_GENESIS_HASH, auditEventContent, type AuditChainEvent } from '@preuve/domain';
import {
  AUDIT_CHAIN_FIELD_COUNT,
  AuditChainRowVerifier,
  auditChainCopySql,
  BinaryCopyOut,
} from './audit-chain-copy.js';
import { HashWorker } from './audit-chain-hasher.js';

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

/** Rows per COPY statement: few statements, and little read in vain after a broken link. */
export const AUDIT_VERIFY_BATCH = 100_000;

/** How often (in events) onProgress is told. */
const PROGRESS_EVERY = 20_000;

/** From about this many events, hashing moves to a worker thread (starting one takes some 50 ms). */
export const AUDIT_VERIFY_WORKER_FROM = 100_000;

/** Below every bigint: no event, not even one slipped in with a negative seq, escapes the walk. */
const BEFORE_FIRST_SEQ = '-9223372036854775808';

export interface AuditVerifyOptions {
  /** Rows per COPY statement. */
  batchSize?: number;
  /**
   * Hash on a worker thread while this one reads and renders the events: `auto` (the default)
   * when the log holds at least AUDIT_VERIFY_WORKER_FROM events (by its seq range).
   */
  worker?: boolean | 'auto';
}

/**
 * Walks the whole audit log in seq order, recomputes every hash and checks each link; stops at
 * the first broken one. Gaps in seq (rolled-back transactions) are no break: the chain links each
 * event to the one stored before it.
 *
 * The rows are read as binary COPY batches (keyset on seq) on one connection of the manager's
 * pool (the manager's own, in a transaction) and checked as they arrive, Postgres producing the
 * next rows meanwhile; on a large log, a worker thread hashes them (AuditChainRowVerifier, HashWorker).
 */
export async function verifyAuditChain(
  manager: EntityManager,
  onProgress?: (checked: number) => void,
  options: AuditVerifyOptions = {},
): Promise<AuditChainVerification> {
  const batchSize = options.batchSize ?? AUDIT_VERIFY_BATCH;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  let hasher: HashWorker | null = null;
  try {
    const client = (await runner.connect()) as ClientBase;
    if (options.worker === true || ((options.worker ?? 'auto') === 'auto' && (await isLarge(client))))
      hasher = new HashWorker();
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH, hasher);
    let told = 0;
    const onRow = (row: Buffer, copy: BinaryCopyOut): void => {
      if (!verifier.verify(row, copy.starts, copy.lengths)) copy.stop();
      else if (onProgress && verifier.read - told >= PROGRESS_EVERY) onProgress((told = verifier.read));
    };
    let after = BEFORE_FIRST_SEQ;
    for (;;) {
      const copy = new BinaryCopyOut(auditChainCopySql(after, batchSize), AUDIT_CHAIN_FIELD_COUNT, onRow);
      const rows = await client.query(copy).done;
      if (copy.stopped || rows < batchSize) break;
      after = verifier.lastSeq!;
    }
    const result = verifier.finish();
    if (onProgress && result.checked !== told) onProgress(result.checked);
    return result;
  } finally {
    await hasher?.stop();
    if (!manager.queryRunner) await runner.release();
  }
}

/** Whether the log's seq range spans AUDIT_VERIFY_WORKER_FROM events or more (two index lookups). */
async function isLarge(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ span: string | null }>(
    'SELECT (max(seq) - min(seq))::text AS span FROM audit_event',
  );
  return rows[0].span !== null && BigInt(rows[0].span) + 1n >= BigInt(AUDIT_VERIFY_WORKER_FROM);
}
