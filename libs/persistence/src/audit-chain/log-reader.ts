import type { ClientBase } from 'pg';
import { AUDIT_CHAIN_FIELD_COUNT, auditChainCopySql, BEFORE_FIRST_SEQ, Field } from './columns.js';
import { runBinaryCopy } from './copy-stream.js';
import type { TupleHandler } from './copy-tuples.js';

/** Rows per COPY statement: few statements, and little read in vain after a broken link. */
export const AUDIT_VERIFY_BATCH = 100_000;

/**
 * Reads the whole audit log in seq order as binary COPY batches (keyset on seq), each row handed
 * to `onRow` (fields as AUDIT_CHAIN_COLUMNS) as it arrives, Postgres producing the next rows
 * meanwhile. Stops after the batch in which `onRow` returned false. Resolves with the rows read.
 */
export async function readAuditLog(
  client: ClientBase,
  onRow: TupleHandler,
  batchSize: number = AUDIT_VERIFY_BATCH,
): Promise<number> {
  let after = BEFORE_FIRST_SEQ;
  let total = 0;
  let high = 0;
  let low = 0;
  let stopped = false;
  const handle: TupleHandler = (row, starts, lengths) => {
    const at = starts[Field.SEQ];
    if (lengths[Field.SEQ] !== 8) throw new Error('audit chain: seq is not a bigint');
    high = row.readInt32BE(at);
    low = row.readUInt32BE(at + 4);
    if (onRow(row, starts, lengths) !== false) return true;
    stopped = true;
    return false;
  };
  for (;;) {
    const rows = await runBinaryCopy(client, auditChainCopySql(after, batchSize), AUDIT_CHAIN_FIELD_COUNT, handle);
    total += rows;
    if (stopped || rows < batchSize) return total;
    after = String((BigInt(high) << 32n) + BigInt(low));
  }
}
