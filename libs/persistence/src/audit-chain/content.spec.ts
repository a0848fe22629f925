import { describe, expect, it } from '@jest/globals';
import { AUDIT_GENESIS_HASH, canonicalPlainJson } from '@preuve/domain';
import { AuditChainRowVerifier } from './row-verifier.js';
import { BASE, copyOut, genericContent, jsonbText, type StoredRow } from './test-rows.js';

/*
 * The binary COPY path against the generic one: for any row, the content AuditChainRowVerifier
 * hashes must be auditEventContent of the row as the driver would give it (text decoded as
 * UTF-8, jsonb through JSON.parse, occurred_at as the to_char text), byte for byte.
 */

async function fastContent(row: StoredRow): Promise<string> {
  let content = '';
  const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH);
  await copyOut([row], (bytes, starts, lengths) => {
    content = verifier.content(bytes, starts, lengths).toString('utf8');
  });
  return content;
}

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
    await copyOut(rows, (bytes, starts, lengths) => {
      contents.push(verifier.content(bytes, starts, lengths).toString());
    });
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
