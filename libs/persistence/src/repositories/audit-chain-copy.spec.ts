import { hash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import type { Connection } from 'pg';
import { AUDIT_GENESIS_HASH, auditEventContent, canonicalPlainJson, type AuditChainEvent } from '@preuve/domain';
import { AUDIT_CHAIN_FIELD_COUNT, AuditChainRowVerifier, BinaryCopyOut } from './audit-chain-copy.js';
import { HashWorker } from './audit-chain-hasher.js';

/*
 * The binary COPY path against the generic one: for any row, the content AuditChainRowVerifier
 * hashes must be auditEventContent of the row as the driver would give it (text decoded as
 * UTF-8, jsonb through JSON.parse, occurred_at as the to_char text), byte for byte; and the
 * verdicts with and without the hash worker must be the same.
 */

const POSTGRES_EPOCH_MICROS = 946_684_800_000_000n;

/** A row as Postgres stores it; text given as bytes where the test needs invalid UTF-8. */
interface StoredRow {
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
function encode(row: StoredRow): Buffer {
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

const HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);

/** Feeds the rows to a BinaryCopyOut as the backend sends them: header with the first, then a trailer. */
async function copyOut(rows: StoredRow[], onRow: (row: Buffer, copy: BinaryCopyOut) => void): Promise<number> {
  const copy = new BinaryCopyOut('COPY', AUDIT_CHAIN_FIELD_COUNT, onRow);
  const trailer = Buffer.from([0xff, 0xff]);
  rows.forEach((row, index) =>
    copy.handleCopyData({ chunk: index === 0 ? Buffer.concat([HEADER, encode(row)]) : encode(row) }),
  );
  copy.handleCopyData({ chunk: rows.length === 0 ? Buffer.concat([HEADER, trailer]) : trailer });
  copy.handleReadyForQuery();
  return copy.done;
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
function genericContent(row: StoredRow): string {
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

async function fastContent(row: StoredRow): Promise<string> {
  let content = '';
  const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH);
  await copyOut([row], (bytes, copy) => {
    content = verifier.content(bytes, copy.starts, copy.lengths).toString('utf8');
  });
  return content;
}

const BASE: StoredRow = {
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

/** A small deterministic generator (mulberry32), for the random documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  '',
  'plain',
  'with "quotes" and \\ backslash /',
  'control \u0001\b\f\n\r\t\u001f\u007f end',
  'é « » — 😀 \u2028\u2029 ﬁ',
  '\uffff',
  '😀',
  'Z',
  'a',
  'aa',
  'ab',
  'b',
  'é',
  'e\u0301',
  '"',
  '\\',
  'null',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  42,
  1048577,
  0.1,
  0.5,
  -2.5,
  1e21,
  1e-7,
  1.5e-7,
  123456789012345,
  1234567890123456,
  // Integers past 2^53, whose jsonb text has more digits than the double keeps.
  Number('9007199254740993'),
  Number('12345678901234567890'),
  5e-324,
  1.7976931348623157e308,
  0.30000000000000004,
  100,
  1e20,
];

function randomValue(next: () => number, depth: number): unknown {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const kind = Math.floor(next() * (depth > 4 ? 4 : 7));
  switch (kind) {
    case 0:
      return pick(STRINGS);
    case 1:
      return pick(NUMBERS);
    case 2:
      return pick([true, false, null]);
    case 3:
      return pick(STRINGS) + pick(STRINGS);
    case 4:
    case 5: {
      const object: Record<string, unknown> = {};
      const size = Math.floor(next() * 7);
      for (let index = 0; index < size; index += 1)
        object[pick(STRINGS) + pick(['', 'x', 'key', '1'])] = randomValue(next, depth + 1);
      return object;
    }
    default:
      return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
  }
}

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
function jsonbText(value: unknown): string {
  if (typeof value === 'number') return plainDecimal(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  const keys = Object.keys(value).sort(
    (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  return `{${keys.map((key) => `${JSON.stringify(key)}: ${jsonbText((value as Record<string, unknown>)[key])}`).join(', ')}}`;
}

describe('the binary COPY rendering of an audit event', () => {
  it.each<[string, Partial<StoredRow>]>([
    ['a usual event', {}],
    [
      'nulls everywhere they are allowed',
      { actorUserId: null, organizationId: null, targetType: null, targetId: null, ip: null, userAgent: null },
    ],
    ['an empty data object', { data: '{}' }],
    [
      'JSON escapes in every text',
      {
        action: 'a"b\\c',
        targetType: '\u0000\u0001\b\t\n\f\r\u001f',
        targetId: 'x","ip":"203.0.113.7',
        ip: '\u007f',
        userAgent: 'é « Preuve » 😀 \u2028',
      },
    ],
    [
      'text that is not valid UTF-8 (decoded as the driver does)',
      {
        userAgent: Buffer.from([0x61, 0xff, 0xfe, 0x22, 0xc3]),
        targetId: Buffer.from([0xed, 0xa0, 0x80]),
      },
    ],
    [
      'long texts, all lengths around a word',
      {
        userAgent: 'u'.repeat(4097),
        action: 'abc',
        targetType: 'abcde',
        targetId: 'abcdefg"',
        ip: '1',
      },
    ],
    ['a prev_hash that is not a hash', { prevHash: 'not "a" hash' }],
    ['microseconds', { micros: 1_772_600_767_089_123n }],
    ['a microsecond past a millisecond', { micros: 1_772_600_767_000_001n }],
    ['the first microsecond of a minute', { micros: 1_772_600_760_000_000n }],
    ['before 2000', { micros: -1_000_000_000_001n }],
    ['before 1970', { micros: -1_000_000_000_000_000n }],
    ['a date out of the binary range, as text', { micros: 0n, occurredAtText: '1750-01-01T00:00:00.000Z' }],
    ['infinity (to_char gives NULL)', { micros: 0n, occurredAtText: 'null' }],
    ['a negative seq', { seq: -5n }],
    ['a seq past 2^53', { seq: 9_007_199_254_740_993n }],
    ['the largest seq', { seq: 9_223_372_036_854_775_807n }],
    ['an action that is NULL', { action: null }],
  ])('is auditEventContent of the driver row: %s', async (_label, change) => {
    const row = { ...BASE, ...change };
    expect(await fastContent(row)).toBe(genericContent(row));
  });

  it('renders consecutive dates across minutes, days and years, forwards and back', async () => {
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH);
    const rows = [
      1_772_600_759_999_999n,
      1_772_600_760_000_000n,
      1_772_600_819_999_000n,
      1_772_600_820_000_000n,
      1_772_600_760_500_000n,
      1_767_225_599_999_000n, // 2025-12-31T23:59:59.999Z
      1_767_225_600_000_000n,
      951_782_400_000_000n, // 2000-02-29
      -6_000_000n,
      -5_000_001n,
    ].map((micros, index) => ({ ...BASE, seq: BigInt(index), micros }));
    const contents: string[] = [];
    await copyOut(rows, (bytes, copy) => contents.push(verifier.content(bytes, copy.starts, copy.lengths).toString()));
    expect(contents).toEqual(rows.map(genericContent));
  });

  describe('of data', () => {
    it.each([
      ['keys jsonb orders by length', { email: 'x', reason: 'wrong_password', failedAttempts: 1 }],
      ['nested objects to sort at every level', { zz: { b: 1, a: { d: [{ y: 1, x: 2 }], c: null } }, a: [] }],
      ['keys around UTF-16 order', { '😀': 1, '\uffff': 2, é: 3, Z: 4, a: 5, '': 6, '"': 7, 'a\\b': 8, ab: 9 }],
      ['numbers jsonb prints its own way', { n: NUMBERS }],
      ['strings with every escape', { s: STRINGS }],
      ['a top-level array', [1, 'two', { three: 3 }]],
      ['a top-level string', 'just text'],
      ['a top-level number', 1e21],
      ['null', null],
      ['deep nesting', JSON.parse('['.repeat(80) + '{"b": 1, "a": 2}' + ']'.repeat(80)) as unknown],
    ])('is canonicalPlainJson of the parsed jsonb: %s', async (_label, value) => {
      for (const text of [jsonbText(value), JSON.stringify(value), JSON.stringify(value, null, 2)]) {
        const row = { ...BASE, data: text };
        expect(await fastContent(row)).toBe(genericContent(row));
      }
    });

    it.each([
      ['repeated keys (JSON.parse keeps the last)', '{"a": 1, "b": 2, "a": 3}'],
      ['repeated keys, not side by side', '{"b": 1, "a": 2, "b": 3}'],
      ['repeated keys met while sorting', '{"d": 1, "c": 2, "a": 3, "e": 4, "c": 5, "b": 6}'],
      ['repeated keys in a nested object', '{"z": {"y": 1, "x": 2, "y": 3}, "a": [{"k": 1, "k": 2}]}'],
      ['escapes jsonb does not print', '{"k": "\\u0041\\/\\u00e9\\u000A\\u001F"}'],
      ['the short escape spelled long', '{"k": "\\u000a"}'],
      ['an escaped key', '{"b\\u0041": 1, "bA": 2, "a": 3}'],
      ['invalid UTF-8 inside a string', Buffer.from([0x7b, 0x22, 0x6b, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])],
      ['numbers with exponents and leading zeros in the fraction', '[1E2, 1e+2, -0.0, 0.000, 10.50, 1e-0]'],
      ['white space of every kind', ' \t\n{ "b" :\r\n[ 1 ,2 ] , "a":{ } } \n'],
    ])('is canonicalPlainJson of the parsed text: %s', async (_label, text) => {
      const row = { ...BASE, data: text };
      expect(await fastContent(row)).toBe(genericContent(row));
    });

    it('refuses numbers JSON cannot carry, as canonicalPlainJson does', async () => {
      await expect(fastContent({ ...BASE, data: '{"n": 1e400}' })).rejects.toThrow(TypeError);
      expect(() => genericContent({ ...BASE, data: '{"n": 1e400}' })).toThrow(TypeError);
    });

    it('is canonicalPlainJson of 1,000 random documents, however they are printed', async () => {
      const next = random(20_260_304);
      for (let index = 0; index < 1_000; index += 1) {
        const value = randomValue(next, 0);
        for (const text of [jsonbText(value), JSON.stringify(value)]) {
          const row = { ...BASE, data: text };
          const generic = canonicalPlainJson(JSON.parse(text));
          const content = await fastContent(row);
          expect({ text, content }).toEqual({ text, content: genericContent(row) });
          expect(content).toContain(`,"data":${generic},"ip":`);
        }
      }
    }, 60_000);
  });
});

/** A protocol message: code, length, payload. */
function message(code: string, payload: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(payload.length + 4);
  return Buffer.concat([Buffer.from(code, 'latin1'), length, payload]);
}

describe('reading the socket during the COPY', () => {
  const rows = [BASE, { ...BASE, seq: 43n, userAgent: 'u'.repeat(300) }, { ...BASE, seq: 44n, data: '{}' }];
  const copyFrames = Buffer.concat([
    message('H', Buffer.from([1, 0, 14, ...Array<number>(28).fill(0)])),
    message('d', Buffer.concat([HEADER, encode(rows[0])])),
    message('d', encode(rows[1])),
    message('d', encode(rows[2])),
    message('d', Buffer.from([0xff, 0xff])),
    message('c', Buffer.alloc(0)),
  ]);
  const afterCopy = Buffer.concat([message('C', Buffer.from('COPY 3\0', 'latin1')), message('Z', Buffer.from('I'))]);
  const stream = Buffer.concat([copyFrames, afterCopy]);

  it.each([1, 2, 3, 4, 5, 6, 7, 13, 64, 333, stream.length])(
    'cuts the rows out of chunks of %i bytes, and hands pg its socket back from the end of the COPY on',
    async (size) => {
      const socket = new EventEmitter();
      const toPg: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => toPg.push(Buffer.from(chunk)));
      const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH);
      const contents: string[] = [];
      const copy = new BinaryCopyOut('COPY', AUDIT_CHAIN_FIELD_COUNT, (bytes, out) =>
        contents.push(verifier.content(bytes, out.starts, out.lengths).toString()),
      );
      const sent: string[] = [];
      copy.submit({ stream: socket, query: (text: string) => sent.push(text) } as unknown as Connection);
      for (let at = 0; at < stream.length; at += size) socket.emit('data', stream.subarray(at, at + size));
      copy.handleReadyForQuery();
      expect(await copy.done).toBe(3);
      expect(sent).toEqual(['COPY']);
      expect(contents).toEqual(rows.map(genericContent));
      expect(Buffer.concat(toPg)).toEqual(afterCopy);
      expect(socket.listenerCount('data')).toBe(1);
    },
  );

  it('hands the socket back at an error, and rejects with it', async () => {
    const socket = new EventEmitter();
    const toPg: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => toPg.push(Buffer.from(chunk)));
    const copy = new BinaryCopyOut('COPY', AUDIT_CHAIN_FIELD_COUNT, () => undefined);
    copy.submit({ stream: socket, query: () => undefined } as unknown as Connection);
    const error = message('E', Buffer.from('SERROR\0Mboom\0\0', 'latin1'));
    socket.emit('data', Buffer.concat([copyFrames.subarray(0, 40)]));
    socket.emit('data', Buffer.concat([copyFrames.subarray(40, copyFrames.length - 5), error]));
    expect(Buffer.concat(toPg)).toEqual(error);
    copy.handleError(new Error('boom'));
    await expect(copy.done).rejects.toThrow('boom');
  });
});

/** A valid chain of `count` events, as the repository writes them (data printed as jsonb would). */
function chain(count: number): StoredRow[] {
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

async function verify(rows: StoredRow[], worker: boolean) {
  const hasher = worker ? new HashWorker() : null;
  try {
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH, hasher);
    let stopped = 0;
    await copyOut(rows, (bytes, copy) => {
      if (stopped === 0 && !verifier.verify(bytes, copy.starts, copy.lengths)) stopped = verifier.read;
    });
    return verifier.finish();
  } finally {
    await hasher?.stop();
  }
}

describe('the verdict on a chain', () => {
  const rows = chain(40);
  const at = (index: number, change: Partial<StoredRow>): StoredRow[] =>
    rows.map((row, position) => (position === index ? { ...row, ...change } : row));

  it('holds for an intact chain, the head being the last hash, with or without the worker', async () => {
    const expected = { ok: true, checked: 40, lastHash: rows[39].hash };
    expect(await verify(rows, false)).toEqual(expected);
    expect(await verify(rows, true)).toEqual(expected);
    expect(await verify([], true)).toEqual({ ok: true, checked: 0 });
  });

  it.each<[string, StoredRow[], object]>([
    [
      'changed data',
      at(17, { data: '{"forged": true}' }),
      { checked: 18, firstBroken: { seq: '134', reason: 'hash_mismatch', found: rows[17].hash } },
    ],
    [
      'a moved date',
      at(3, { micros: rows[3].micros + 1n }),
      { checked: 4, firstBroken: { seq: '106', reason: 'hash_mismatch', found: rows[3].hash } },
    ],
    [
      'a removed event',
      rows.filter((_, index) => index !== 20),
      {
        checked: 21,
        firstBroken: { seq: '142', reason: 'prev_hash_mismatch', expected: rows[19].hash, found: rows[20].hash },
      },
    ],
    [
      'an event without a hash',
      at(0, { hash: null }),
      { checked: 1, firstBroken: { seq: '100', reason: 'missing_hash', found: null } },
    ],
    [
      'an event without a prev_hash',
      at(39, { prevHash: null }),
      { checked: 40, firstBroken: { seq: '178', reason: 'missing_hash', expected: rows[38].hash, found: null } },
    ],
    [
      'a hash in capitals',
      at(9, { hash: (rows[9].hash as string).toUpperCase() }),
      { checked: 10, firstBroken: { seq: '118', reason: 'hash_mismatch', expected: rows[9].hash } },
    ],
    [
      'a hash one digit short',
      at(9, { hash: (rows[9].hash as string).slice(1) }),
      { checked: 10, firstBroken: { seq: '118', reason: 'hash_mismatch', expected: rows[9].hash } },
    ],
    [
      'two changes: the first one is named',
      at(30, { data: '{}' }).map((row, index) => (index === 12 ? { ...row, ip: '198.51.100.1' } : row)),
      { checked: 13, firstBroken: { seq: '124', reason: 'hash_mismatch', found: rows[12].hash } },
    ],
    [
      'a changed hash then a link to it: the hash is named, not the link',
      at(25, { hash: 'f'.repeat(64) }),
      {
        checked: 26,
        firstBroken: { seq: '150', reason: 'hash_mismatch', expected: rows[25].hash, found: 'f'.repeat(64) },
      },
    ],
  ])('names the first broken link the same way with or without the worker: %s', async (_label, tampered, expected) => {
    const here = await verify(tampered, false);
    expect(here).toMatchObject({ ok: false, ...expected });
    expect(await verify(tampered, true)).toEqual(here);
  });

  it('hashes here a row too large for a worker slot, in its turn', async () => {
    const large = chain(6);
    const big = { ...large[4], data: jsonbText({ blob: 'x'.repeat(600_000) }) };
    big.hash = hash('sha256', genericContent(big), 'hex');
    large[4] = big;
    large[5] = { ...large[5], prevHash: big.hash };
    large[5].hash = hash('sha256', genericContent(large[5]), 'hex');
    expect(await verify(large, true)).toEqual({ ok: true, checked: 6, lastHash: large[5].hash });
    // Broken before and at the large row: the earlier break (hashed on the worker) is named.
    const tampered = large.map((row, index) => (index === 2 || index === 4 ? { ...row, ip: '0.0.0.0' } : row));
    const here = await verify(tampered, false);
    expect(here).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: '104', reason: 'hash_mismatch' } });
    expect(await verify(tampered, true)).toEqual(here);
  });

  it('goes on over more contents than its slots hold at once (slots reused)', async () => {
    const long = chain(15_000);
    expect(await verify(long, true)).toEqual({ ok: true, checked: 15_000, lastHash: long[14_999].hash });
    const tampered = long.map((row, index) => (index === 14_500 ? { ...row, targetId: 'other' } : row));
    expect(await verify(tampered, true)).toEqual(await verify(tampered, false));
    expect(await verify(tampered, true)).toMatchObject({ checked: 14_501, firstBroken: { reason: 'hash_mismatch' } });
  }, 60_000);
});
