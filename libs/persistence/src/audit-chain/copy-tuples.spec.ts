import { describe, expect, it } from '@jest/globals';
import { AUDIT_GENESIS_HASH } from '@preuve/domain';
import { AUDIT_CHAIN_FIELD_COUNT } from './columns.js';
import { BinaryCopyTuples } from './copy-tuples.js';
import { AuditChainRowVerifier } from './row-verifier.js';
import { BASE, copyStream, encode, genericContent, HEADER } from './test-rows.js';

/* The COPY stream arrives in chunks of any size: the tuples cut out of them are the rows sent. */

describe('cutting a binary COPY stream into tuples', () => {
  const rows = [
    BASE,
    { ...BASE, seq: 43n, userAgent: 'u'.repeat(300) },
    { ...BASE, seq: 44n, data: '{}' },
    { ...BASE, seq: 45n, targetId: 't'.repeat(20_000) },
    { ...BASE, seq: 46n, ip: null },
  ];
  const stream = copyStream(rows);

  /** The contents of the tuples read from `stream` fed in chunks of `size` bytes. */
  function readInChunks(size: number): { contents: string[]; tuples: BinaryCopyTuples } {
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH);
    const contents: string[] = [];
    const tuples = new BinaryCopyTuples(AUDIT_CHAIN_FIELD_COUNT, (bytes, starts, lengths) => {
      contents.push(verifier.content(bytes, starts, lengths).toString());
    });
    for (let at = 0; at < stream.length; at += size) tuples.push(stream.subarray(at, at + size));
    return { contents, tuples };
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 13, 19, 64, 333, 4096, 5000, 65_536, stream.length])(
    'reads every row whole from chunks of %i bytes, up to the trailer',
    (size) => {
      const { contents, tuples } = readInChunks(size);
      expect(contents).toEqual(rows.map(genericContent));
      expect(tuples.rows).toBe(rows.length);
      expect(tuples.finished).toBe(true);
    },
  );

  it('reads an empty COPY (a header and the trailer)', () => {
    const tuples = new BinaryCopyTuples(AUDIT_CHAIN_FIELD_COUNT, () => {
      throw new Error('no row expected');
    });
    tuples.push(Buffer.concat([HEADER, Buffer.from([0xff, 0xff])]));
    expect(tuples).toMatchObject({ rows: 0, finished: true });
  });

  it('skips the rest once the handler returns false', () => {
    const seen: number[] = [];
    const tuples = new BinaryCopyTuples(AUDIT_CHAIN_FIELD_COUNT, (bytes, starts) => {
      seen.push(Number(bytes.readBigInt64BE(starts[0])));
      return seen.length < 2;
    });
    for (let at = 0; at < stream.length; at += 100) tuples.push(stream.subarray(at, at + 100));
    expect(seen).toEqual([42, 43]);
    expect(tuples.stopped).toBe(true);
  });

  it.each<[string, Buffer, string]>([
    ['a text COPY', Buffer.from('42\t2026-03-04\tauth.login_succeeded\n'.repeat(2)), 'not a binary COPY stream'],
    [
      'rows of another width',
      Buffer.concat([HEADER, Buffer.from([0, 2, 0, 0, 0, 1, 7, 255, 255, 255, 255])]),
      '2 fields in a row, 14 expected',
    ],
    ['data after the trailer', Buffer.concat([copyStream([]), encode(BASE)]), 'data after the trailer'],
  ])('refuses %s', (_label, bytes, message) => {
    const tuples = new BinaryCopyTuples(AUDIT_CHAIN_FIELD_COUNT, () => undefined);
    expect(() => tuples.push(bytes)).toThrow(message);
  });
});
