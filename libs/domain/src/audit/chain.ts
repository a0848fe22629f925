/** The `prevHash` of the first event of the log: there is no event before it. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * What the hash of an audit event covers: every stored column but the hash itself. Each event
 * carries the hash of the one before it (`prevHash`), so changing, removing or inserting an
 * event breaks the chain from there on.
 */
export interface AuditChainEvent {
  /** The bigint sequence number, as decimal text (as the database driver returns it). */
  seq: string;
  /** A Date, or its ISO 8601 text (`toISOString()`, millisecond precision). */
  occurredAt: Date | string;
  action: string;
  actorUserId: string | null;
  actorTokenId: string | null;
  organizationId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** Plain JSON (as stored in jsonb and read back). */
  data: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  /** The hash of the previous event, or {@link AUDIT_GENESIS_HASH} for the first. */
  prevHash: string;
}

/** Characters JSON.stringify would escape (or might: any surrogate goes the slow, exact way). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without its cost for the common string that needs no escaping. */
function quote(value: string): string {
  return NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`;
}

const text = (value: string | null): string => (value === null ? 'null' : quote(value));

/**
 * canonicalJson for plain JSON values (what JSON.parse and jsonb give back), with fewer
 * intermediate arrays and strings: it runs on every event when the whole log is verified.
 */
export function canonicalPlainJson(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite numbers have no JSON form');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      out += (index === 0 ? '' : ',') + (item === undefined ? 'null' : canonicalPlainJson(item));
    }
    return `${out}]`;
  }
  if (value instanceof Date) return quote(value.toISOString());
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort(); // UTF-16 code unit order, as canonicalJson's comparison
  let out = '';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${out === '' ? '{' : ','}${quote(key)}:${canonicalPlainJson(member)}`;
  }
  return out === '' ? '{}' : `${out}}`;
}

/**
 * The canonical text that is hashed (SHA-256, hex) into an event's `hash`:
 * `canonicalJson({ seq, occurredAt, action, actorUserId, actorTokenId, organizationId, targetType,
 * targetId, data, ip, userAgent, prevHash })` with `occurredAt` as its ISO string.
 *
 * Written out with the keys already in canonical order (it runs once per event when the whole
 * log is verified); the spec checks that it equals canonicalJson of that object.
 */
export function auditEventContent(event: AuditChainEvent): string {
  const occurredAt = typeof event.occurredAt === 'string' ? event.occurredAt : event.occurredAt.toISOString();
  return (
    '{"action":' +
    quote(event.action) +
    ',"actorTokenId":' +
    text(event.actorTokenId) +
    ',"actorUserId":' +
    text(event.actorUserId) +
    ',"data":' +
    canonicalPlainJson(event.data) +
    ',"ip":' +
    text(event.ip) +
    ',"occurredAt":' +
    quote(occurredAt) +
    ',"organizationId":' +
    text(event.organizationId) +
    ',"prevHash":' +
    quote(event.prevHash) +
    ',"seq":' +
    quote(event.seq) +
    ',"targetId":' +
    text(event.targetId) +
    ',"targetType":' +
    text(event.targetType) +
    ',"userAgent":' +
    text(event.userAgent) +
    '}'
  );
}
