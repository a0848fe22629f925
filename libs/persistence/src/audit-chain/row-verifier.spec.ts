import { describe, expect, it } from '@jest/globals';
import { hash } from 'node:crypto';
import { AUDIT_GENESIS_HASH } from '@preuve/domain';
import { HashWorker } from './hash-worker.js';
import { AuditChainRowVerifier } from './row-verifier.js';
import { chain, copyOut, genericContent, jsonbText, type StoredRow } from './test-rows.js';

/* The verdicts on a chain, with and without the hash worker: the same first broken link. */

async function verify(rows: StoredRow[], worker: boolean) {
  const hasher = worker ? new HashWorker() : null;
  try {
    const verifier = new AuditChainRowVerifier(AUDIT_GENESIS_HASH, hasher);
    let stopped = 0;
    await copyOut(rows, (bytes, starts, lengths) => {
      if (stopped === 0 && !verifier.verify(bytes, starts, lengths)) stopped = verifier.read;
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
