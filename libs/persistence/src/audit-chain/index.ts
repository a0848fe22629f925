/*
 * The audit chain: how an event's hash is computed (event-hash.ts), how pending events are linked
 * into the chain after their writer's commit (chain-writer.ts, after-commit.ts), and how the whole
 * log is verified (verify.ts). The verification reads the log as binary COPY batches (columns.ts,
 * copy-stream.ts, copy-tuples.ts, log-reader.ts), writes each event's canonical content from the
 * row's bytes (content-writer.ts and the writers it uses: json-string.ts, binary-values.ts,
 * timestamp.ts, jsonb-canonical.ts, key-order.ts) and hashes it, on a worker thread for large
 * logs (hash-worker.ts, hash-thread.js), checking each link (row-verifier.ts). This file is the
 * folder's only entry point.
 */
export { AuditChainSubscriber, notePendingAuditEvent } from './after-commit.js';
export { AUDIT_CHAIN_BATCH, AUDIT_CHAIN_LOCK, chainPendingAuditEvents, type ChainPassOptions } from './chain-writer.js';
export { auditEventHash } from './event-hash.js';
export { AUDIT_VERIFY_BATCH, readAuditLog } from './log-reader.js';
export { AUDIT_VERIFY_WORKER_FROM, verifyAuditChain } from './verify.js';
export type {
  AuditChainBreak,
  AuditChainBreakReason,
  AuditChainVerification,
  AuditVerifyOptions,
} from './verification.js';
