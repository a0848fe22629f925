import type { ClientBase } from 'pg';
import type { EntityManager } from 'typeorm';
import { AUDIT_GENESIS_HASH } from '@preuve/domain';
import { HashWorker } from './hash-worker.js';
import { AUDIT_VERIFY_BATCH, readAuditLog } from './log-reader.js';
import { AuditChainRowVerifier } from './row-verifier.js';
import type { AuditChainVerification, AuditVerifyOptions } from './verification.js';

/** How often (in events) onProgress is told. */
const PROGRESS_EVERY = 20_000;

/** From about this many events, hashing moves to a worker thread (starting one takes some 50 ms). */
export const AUDIT_VERIFY_WORKER_FROM = 100_000;

/**
 * Walks the whole audit log in seq order, recomputes every hash and checks each link; stops at
 * the first broken one. Gaps in seq (rolled-back transactions) are no break: the chain links each
 * event to the one stored before it.
 *
 * The rows are read as binary COPY batches (readAuditLog) on one connection of the manager's
 * pool (the manager's own, in a transaction) and checked as they arrive (AuditChainRowVerifier);
 * on a large log, a worker thread hashes them (HashWorker).
 */
export async function verifyAuditChain(
  manager: EntityManager,
  onProgress?: (checked: number) => void,
  options: AuditVerifyOptions = {},
): Promise<AuditChainVerification> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  let hasher: HashWorker | null = null;
  try {
    const client = (await runner.connect()) as ClientBase;
    if (options.worker === true || ((options.worker ?? 'auto') === 'auto' && (await isLarge(client))))
      hasher = new HashWorker();
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH, hasher);
    let told = 0;
    await readAuditLog(
      client,
      (row, starts, lengths) => {
        if (!verifier.verify(row, starts, lengths)) return false;
        if (onProgress && verifier.read - told >= PROGRESS_EVERY) onProgress((told = verifier.read));
        return true;
      },
      options.batchSize ?? AUDIT_VERIFY_BATCH,
    );
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
