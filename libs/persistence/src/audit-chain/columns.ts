/*
 * What the verification reads: the columns of audit_event, in the order the row decoder expects
 * them, and the statement that reads one batch of them as a binary COPY.
 */

/**
 * The columns read. The last one is occurred_at as text, only when the binary value is outside
 * the range the timestamp writer renders itself (1800–2199: exact in a double, four-digit years):
 * as the generic reading renders it, `to_char` with milliseconds, or microseconds when there are
 * some (and 'null' where to_char gives NULL).
 */
export const AUDIT_CHAIN_COLUMNS = `seq, occurred_at, action, actor_user_id, actor_token_id, organization_id, target_type,
  target_id, data, ip, user_agent, prev_hash, hash,
  CASE WHEN occurred_at >= '1800-01-01T00:00:00Z' AND occurred_at < '2200-01-01T00:00:00Z' THEN NULL
    ELSE coalesce(to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
      THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END), 'null') END`;

/** The index of each column of AUDIT_CHAIN_COLUMNS in a row. */
export const Field = {
  SEQ: 0,
  OCCURRED_AT: 1,
  ACTION: 2,
  ACTOR_USER_ID: 3,
  ACTOR_TOKEN_ID: 4,
  ORGANIZATION_ID: 5,
  TARGET_TYPE: 6,
  TARGET_ID: 7,
  DATA: 8,
  IP: 9,
  USER_AGENT: 10,
  PREV_HASH: 11,
  HASH: 12,
  OCCURRED_AT_TEXT: 13,
} as const;

/** The number of columns in AUDIT_CHAIN_COLUMNS. */
export const AUDIT_CHAIN_FIELD_COUNT = 14;

/** Below every bigint: no event, not even one slipped in with a negative seq, escapes the walk. */
export const BEFORE_FIRST_SEQ = '-9223372036854775808';

/** One batch of rows after `after` (a seq), at most `limit`, as a binary COPY. */
export function auditChainCopySql(after: string, limit: number): string {
  if (!/^-?\d{1,19}$/.test(after) || !Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`audit chain batch: bad bounds ${after}, ${limit}`);
  return `COPY (SELECT ${AUDIT_CHAIN_COLUMNS} FROM audit_event WHERE seq > ${after} ORDER BY seq LIMIT ${limit}) TO STDOUT (FORMAT binary)`;
}
