import { hash } from 'node:crypto';
import { AUDIT_GENESIS_HASH, auditEventContent, type AuditChainEvent } from '@preuve/domain';
import { AUDIT_CHAIN_FIELD_COUNT } from './columns.js';
import { BinaryCopyTuples, type TupleHandler } from './copy-tuples.js';

/*
 * For the specs of this folder: audit_event rows as Postgres stores them, encoded as a binary
 * COPY sends them, and what the generic path (the driver's row, auditEventContent) makes of them.
 */

export const POSTGRES_EPOCH_MICROS = 946_684_800_000_000n;

/** A row as Postgres stores it; text given as bytes where the test needs invalid UTF-8. */
export interface StoredRow {
  seq: bigint;
  /** µs since the Unix epoch. */
  micros: bigint;
  /** What AUDIT_CHAIN_COLUMNS gives as text for dates out of 1800–2199 (null otherwise). */
  occurredAtText?: string | null;
  action: string | Buffer | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  organizationId: string | null;
  targetType: string | Buffer | null;
  targetId: string | Buffer | null;
  /** The jsonb text (as Postgres prints it, or any JSON text). */
  data: string | Buffer | null;
  ip: string | Buffer | null;
  userAgent: string | Buffer | null;
  prevHash: string | Buffer | null;
  hash: string | Buffer | null;
}

const bytesOf = (value: string | Buffer): Buffer => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
const textOf = (value: string | Buffer): string => bytesOf(value).toString('utf8');
const nullableText = (value: string | Buffer | null): string | null => (value === null ? null : textOf(value));

function int64(value: bigint): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigInt64BE(value);
  return bytes;
}

const uuid = (value: string | null): Buffer | null =>
  value === null ? null : Buffer.from(value.replace(/-/g, ''), 'hex');

/** One tuple of a binary COPY of AUDIT_CHAIN_COLUMNS. */
export function encode(row: StoredRow): Buffer {
  const fields: (Buffer | null)[] = [
    int64(row.seq),
    int64(row.micros - POSTGRES_EPOCH_MICROS),
    row.action === null ? null : bytesOf(row.action),
    uuid(row.actorUserId),
    uuid(row.actorTokenId),
    uuid(row.organizationId),
    row.targetType === null ? null : bytesOf(row.targetType),
    row.targetId === null ? null : bytesOf(row.targetId),
    row.data === null ? null : Buffer.concat([Buffer.from([1]), bytesOf(row.data)]),
    row.ip === null ? null : bytesOf(row.ip),
    row.userAgent === null ? null : bytesOf(row.userAgent),
    row.prevHash === null ? null : bytesOf(row.prevHash),
    row.hash === null ? null : bytesOf(row.hash),
    row.occurredAtText == null ? null : bytesOf(row.occurredAtText),
  ];
  const parts: Buffer[] = [Buffer.from([0, AUDIT_CHAIN_FIELD_COUNT])];
  for (const field of fields) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(field === null ? -1 : field.length);
    parts.push(length, ...(field === null ? [] : [field]));
  }
  return Buffer.concat(parts);
}

export const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);

/** The COPY stream of `rows`: header, tuples, trailer. */
export function copyStream(rows: StoredRow[]): Buffer {
  return Buffer.concat([HEADER, ...rows.map(encode), Buffer.from([0xff, 0xff])]);
}

/** Feeds the rows to a BinaryCopyTuples in one chunk; resolves with the number of tuples read. */
export async function copyOut(rows: StoredRow[], onRow: TupleHandler): Promise<number> {
  const tuples = new BinaryCopyTuples(AUDIT_CHAIN_FIELD_COUNT, onRow);
  tuples.push(copyStream(rows));
  return Promise.resolve(tuples.rows);
}

/** occurred_at as the generic path reads it: to_char with milliseconds, or microseconds when it has some. */
function occurredAtText(row: StoredRow): string {
  if (row.occurredAtText != null) return row.occurredAtText;
  const millis = row.micros / 1000n - (row.micros % 1000n < 0n ? 1n : 0n);
  const micros = row.micros - millis * 1000n;
  const iso = new Date(Number(millis)).toISOString();
  return micros === 0n ? iso : `${iso.slice(0, -1)}${String(micros).padStart(3, '0')}Z`;
}

/** The row as the driver gives it, and auditEventContent of that. */
export function genericContent(row: StoredRow): string {
  const event: AuditChainEvent = {
    seq: String(row.seq),
    occurredAt: occurredAtText(row),
    action: nullableText(row.action) as string,
    actorUserId: row.actorUserId,
    actorTokenId: row.actorTokenId,
    organizationId: row.organizationId,
    targetType: nullableText(row.targetType),
    targetId: nullableText(row.targetId),
    data: row.data === null ? (null as never) : (JSON.parse(textOf(row.data)) as Record<string, unknown>),
    ip: nullableText(row.ip),
    userAgent: nullableText(row.userAgent),
    prevHash: nullableText(row.prevHash) as string,
  };
  return auditEventContent(event);
}

export const BASE: StoredRow = {
  seq: 42n,
  micros: 1_772_600_767_089_000n, // 2026-03-04T05:06:07.089Z
  action: 'dossier.answers_changed',
  actorUserId: '6f1c2a9e-8d4b-4c1e-9a3f-0b2d4e6f8a1c',
  actorTokenId: null,
  organizationId: '0d3e5f7a-1b2c-4d6e-8f0a-2b4c6d8e0f1a',
  targetType: 'dossier',
  targetId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  data: '{"after": {"profiles": ["general"], "insApplicable": true}, "before": {"profiles": []}, "ignored": []}',
  ip: '203.0.113.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  prevHash: 'ab'.repeat(32),
  hash: 'cd'.repeat(32),
};

/** A number as numeric_out prints it: plain decimal, never an exponent. */
function plainDecimal(value: number): string {
  const text = JSON.stringify(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = first + rest;
  const exponent = Number(exponentText);
  if (exponent >= 0) return sign + digits.padEnd(exponent + 1, '0');
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** JSON text as jsonb prints it: keys by length then bytes, ", " and ": ", plain decimals. */
export function jsonbText(value: unknown): string {
  if (typeof value === 'number') return plainDecimal(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  const keys = Object.keys(value).sort(
    (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  return `{${keys.map((key) => `${JSON.stringify(key)}: ${jsonbText((value as Record<string, unknown>)[key])}`).join(', ')}}`;
}

/** A valid chain of `count` events, as the repository writes them (data printed as jsonb would). */
export function chain(count: number): StoredRow[] {
  const rows: StoredRow[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  for (let index = 0; index < count; index += 1) {
    const data = index % 3 === 0 ? {} : { reason: `r${index}`, email: `u${index}@example.test`, failedAttempts: index };
    const row: StoredRow = {
      ...BASE,
      seq: BigInt(100 + index * 2),
      micros: 1_772_600_767_089_000n + BigInt(index) * 1_000n,
      data: jsonbText(data),
      userAgent: index % 2 === 0 ? 'curl/8.0' : 'navigateur « test »',
      prevHash,
      hash: null,
    };
    row.hash = hash('sha256', genericContent(row), 'hex');
    prevHash = row.hash;
    rows.push(row);
  }
  return rows;
}
