/* What a verification of the audit chain answers, and how it may be run. */

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

export interface AuditVerifyOptions {
  /** Rows per COPY statement. */
  batchSize?: number;
  /**
   * Hash on a worker thread while this one reads and renders the events: `auto` (the default)
   * when the log holds at least AUDIT_VERIFY_WORKER_FROM events (by its seq range).
   */
  worker?: boolean | 'auto';
}
