import { hash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClientBase } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AUDIT_GENESIS_HASH, auditEventContent, type AuditChainEvent } from '@preuve/domain';
import {
  AuditEventRepository,
  createDataSource,
  verifyAuditChain,
  type AuditChainBreak,
  type AuditChainVerification,
  type AuditVerifyOptions,
} from '@preuve/persistence';
import { runBinaryCopy } from '../libs/persistence/src/audit-chain/copy-stream.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/*
 * verifyAuditChain reads a binary COPY and renders each event itself (and hashes on a worker
 * thread for large logs). Here, on a real Postgres, its verdict is compared with the generic
 * reading it replaced: rows through the driver, auditEventContent, SHA-256, one by one.
 */

type DriverRow = Omit<AuditChainEvent, 'occurredAt' | 'prevHash'> & {
  occurredAt: string;
  prevHash: string | null;
  hash: string | null;
};

const GENERIC_SQL = `SELECT seq, to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
    THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END) AS "occurredAt",
  action, actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId", organization_id AS "organizationId",
  target_type AS "targetType", target_id AS "targetId", data, ip, user_agent AS "userAgent",
  prev_hash AS "prevHash", hash
  FROM audit_event ORDER BY seq`;

/** The generic verification: every row through the driver, hashed as auditEventContent. */
async function genericVerification(manager: EntityManager): Promise<AuditChainVerification> {
  const rows: DriverRow[] = await manager.query(GENERIC_SQL);
  let previous = AUDIT_GENESIS_HASH;
  const broken = (index: number, link: AuditChainBreak) => ({ ok: false, checked: index + 1, firstBroken: link });
  for (const [index, row] of rows.entries()) {
    const { seq, prevHash, hash: stored } = row;
    if (prevHash === null) return broken(index, { seq, reason: 'missing_hash', expected: previous, found: null });
    if (prevHash !== previous)
      return broken(index, { seq, reason: 'prev_hash_mismatch', expected: previous, found: prevHash });
    const computed = hash('sha256', auditEventContent(row as AuditChainEvent), 'hex');
    if (stored === null) return broken(index, { seq, reason: 'missing_hash', expected: computed, found: null });
    if (computed !== stored) return broken(index, { seq, reason: 'hash_mismatch', expected: computed, found: stored });
    previous = stored;
  }
  return rows.length === 0 ? { ok: true, checked: 0 } : { ok: true, checked: rows.length, lastHash: previous };
}

const MODES: AuditVerifyOptions[] = [
  {},
  { worker: false },
  { worker: true },
  { worker: false, batchSize: 3 },
  { worker: true, batchSize: 7 },
];

/** Texts the API could be given (names, user agents, answers), escapes and non-ASCII included. */
const AWKWARD = [
  'Produit parallèle « test » — 😀',
  'with "quotes", \\ backslashes / and a tab\there',
  'control \u0001\u001f\u007f and line\nbreaks\r\n',
  'U+2028 \u2028 U+2029 \u2029 ﬁ e\u0301',
];

/** Tamperings (SQL, `$1` the event's seq) of a chain's links, tried in its middle and at both its ends. */
const BROKEN_LINKS: [string, string][] = [
  ['a prev_hash changed', "UPDATE audit_event SET prev_hash = repeat('0', 64) WHERE seq = $1"],
  ['a prev_hash removed', 'UPDATE audit_event SET prev_hash = NULL WHERE seq = $1'],
  ['a hash removed', 'UPDATE audit_event SET hash = NULL WHERE seq = $1'],
  ['an event removed', 'DELETE FROM audit_event WHERE seq = $1'],
];

describe('verifyAuditChain on Postgres, against the generic reading', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let manager: EntityManager;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 3 });
    await dataSource.initialize();
    manager = dataSource.manager;
  }, 120_000);

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  }, 60_000);

  /** The same verdict as the generic reading, in every mode (worker or not, batches of any size). */
  async function expectGenericVerdict(): Promise<AuditChainVerification> {
    const generic = await genericVerification(manager);
    for (const mode of MODES)
      expect({ mode, result: await verifyAuditChain(manager, undefined, mode) }).toEqual({ mode, result: generic });
    return generic;
  }

  /** Runs SQL the application could never run: the append-only trigger is off for that transaction only. */
  async function aroundTheTrigger(sql: string, parameters: unknown[] = []): Promise<void> {
    await dataSource.transaction(async (inTransaction) => {
      await inTransaction.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
      await inTransaction.query(sql, parameters);
      await inTransaction.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
    });
  }

  /** Appends an event written by hand at `occurredAt` (SQL), hashed as the generic reading reads it. */
  async function appendAt(occurredAt: string): Promise<void> {
    const [{ head }] = await manager.query<{ head: string | null }[]>(
      'SELECT (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS head',
    );
    const [{ seq }] = await manager.query<{ seq: string }[]>(
      `INSERT INTO audit_event (occurred_at, action, data, prev_hash) VALUES ($1, 'clock.tested', '{"n": 1.50}', $2) RETURNING seq`,
      [occurredAt, head ?? AUDIT_GENESIS_HASH],
    );
    const rows: DriverRow[] = await manager.query(GENERIC_SQL);
    const row = rows.find((candidate) => candidate.seq === seq)!;
    await aroundTheTrigger('UPDATE audit_event SET hash = $2 WHERE seq = $1', [
      seq,
      hash('sha256', auditEventContent(row as AuditChainEvent), 'hex'),
    ]);
  }

  /**
   * Applies `tamper` (SQL, `$1` the seq) to event `seq`, runs `check`, then puts the event back as
   * it was, after which the chain holds again.
   */
  async function whileTampered(seq: string, tamper: string, check: () => Promise<void>): Promise<void> {
    const [{ saved }] = await manager.query('SELECT to_jsonb(a) AS saved FROM audit_event a WHERE seq = $1', [seq]);
    await aroundTheTrigger(tamper, [seq]);
    try {
      await check();
    } finally {
      await aroundTheTrigger('DELETE FROM audit_event WHERE seq = $1', [seq]);
      await manager.query('INSERT INTO audit_event SELECT * FROM jsonb_populate_record(NULL::audit_event, $1)', [
        saved,
      ]);
    }
    expect(await expectGenericVerdict()).toMatchObject({ ok: true });
  }

  async function middle(): Promise<{ seq: string; index: number }> {
    const rows = await manager.query<{ seq: string }[]>('SELECT seq FROM audit_event ORDER BY seq');
    const index = Math.floor(rows.length / 2);
    return { seq: rows[index].seq, index };
  }

  it('finds an empty log intact', async () => {
    expect(await expectGenericVerdict()).toEqual({ ok: true, checked: 0 });
  });

  it('renders what the application writes as the generic reading does: the chain holds', async () => {
    const repository = new AuditEventRepository();
    const data: Record<string, unknown>[] = [
      {},
      { email: 'utilisateur@editeur.example', reason: 'wrong_password', failedAttempts: 3 },
      { before: { profiles: ['general'], insApplicable: false }, after: { profiles: [], directorySource: null } },
      { names: AWKWARD, [AWKWARD[0]]: AWKWARD[1], 'key "quoted"': { '😀': 1, '\uffff': 2, é: 3, Z: 4, a: 5, '': 6 } },
      { numbers: [0, -0, 0.1, 1e21, 1e-7, -2.5e-10, Number('9007199254740993'), 123456789.125, 1e300, 5e-324] },
      { deep: JSON.parse('['.repeat(70) + '{"b": 1, "a": 2}' + ']'.repeat(70)) as unknown },
      { at: new Date('2026-03-04T05:06:07.089Z'), missing: undefined, list: [undefined, 1] },
      { long: 'x'.repeat(100_000) },
    ];
    for (const [index, item] of data.entries()) {
      await repository.append(manager, {
        action: index === 3 ? 'evidence.uploaded' : 'auth.login_failed',
        actorUserId: index % 2 === 0 ? '6f1c2a9e-8d4b-4c1e-9a3f-0b2d4e6f8a1c' : null,
        actorTokenId: index % 3 === 0 ? 'ffffffff-0000-4000-8000-00000000000a' : null,
        organizationId: index % 2 === 1 ? '0d3e5f7a-1b2c-4d6e-8f0a-2b4c6d8e0f1a' : null,
        targetType: index % 4 === 0 ? null : 'dossier',
        targetId: AWKWARD[index % AWKWARD.length],
        data: item,
        ip: index % 2 === 0 ? '203.0.113.7' : null,
        userAgent: AWKWARD[(index + 1) % AWKWARD.length],
      });
    }
    for (const occurredAt of [
      '2026-03-04T05:06:07.089123Z',
      '2026-03-04T05:06:07.000001Z',
      '1999-12-31T23:59:59.999999Z',
      '1750-06-01T12:00:00Z',
      '2300-01-01T00:00:00.5Z',
      '0044-03-15T12:00:00Z',
    ])
      await appendAt(occurredAt);
    const result = await expectGenericVerdict();
    expect(result).toMatchObject({ ok: true, checked: data.length + 6 });
  }, 60_000);

  it.each<[string, string]>([
    ['changed data', `UPDATE audit_event SET data = '{"forged": true}' WHERE seq = $1`],
    [
      'data with keys in another order',
      `UPDATE audit_event SET data = '{"z": 1, "a": {"y": [], "b": null}}' WHERE seq = $1`,
    ],
    [
      'a date moved by a microsecond',
      "UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = $1",
    ],
    ['a date moved out of the usual range', "UPDATE audit_event SET occurred_at = '1700-01-01' WHERE seq = $1"],
    ['an action with quotes and accents', `UPDATE audit_event SET action = 'auth."connexion" é\\' WHERE seq = $1`],
    ['a user agent with a control character', "UPDATE audit_event SET user_agent = E'curl\\x01' WHERE seq = $1"],
    [
      'an actor put in',
      "UPDATE audit_event SET actor_token_id = 'ffffffff-0000-4000-8000-0000000000ff' WHERE seq = $1",
    ],
    ['a hash in capitals', 'UPDATE audit_event SET hash = upper(hash) WHERE seq = $1'],
    ['a hash made shorter', 'UPDATE audit_event SET hash = left(hash, 63) WHERE seq = $1'],
    ...BROKEN_LINKS,
  ])(
    'names the first broken link as the generic reading does: %s',
    async (_label, tamper) => {
      const { seq, index } = await middle();
      await whileTampered(seq, tamper, async () => {
        const result = await expectGenericVerdict();
        expect(result).toMatchObject({ ok: false });
        expect(result.checked).toBe(index + 1);
      });
    },
    30_000,
  );

  describe.each(['first', 'last'] as const)('at the %s event', (position) => {
    it.each<[string, string]>([
      ['changed data', `UPDATE audit_event SET data = '{"forged": true}' WHERE seq = $1`],
      ...BROKEN_LINKS,
    ])(
      'names the first broken link as the generic reading does: %s',
      async (_label, tamper) => {
        const [{ seq }] = await manager.query<{ seq: string }[]>(
          `SELECT seq FROM audit_event ORDER BY seq ${position === 'first' ? 'ASC' : 'DESC'} LIMIT 1`,
        );
        await whileTampered(seq, tamper, async () => {
          await expectGenericVerdict();
        });
      },
      30_000,
    );
  });

  it('names an event dated infinity (which the generic reading cannot render) as changed, in every mode', async () => {
    const [{ head }] = await manager.query<{ head: string }[]>(
      'SELECT hash AS head FROM audit_event ORDER BY seq DESC LIMIT 1',
    );
    const [{ seq }] = await manager.query<{ seq: string }[]>(
      `INSERT INTO audit_event (occurred_at, action, data, prev_hash, hash) VALUES ('infinity', 'clock.tested', '{}', $1, $2) RETURNING seq`,
      [head, 'e'.repeat(64)],
    );
    try {
      const verdicts = await Promise.all(MODES.map((mode) => verifyAuditChain(manager, undefined, mode)));
      expect(verdicts[0]).toMatchObject({
        ok: false,
        firstBroken: { seq, reason: 'hash_mismatch', found: 'e'.repeat(64) },
      });
      for (const verdict of verdicts) expect(verdict).toEqual(verdicts[0]);
    } finally {
      await aroundTheTrigger('DELETE FROM audit_event WHERE seq = $1', [seq]);
    }
  });

  it('tells its progress, up to the events checked', async () => {
    const told: number[] = [];
    const result = await verifyAuditChain(manager, (checked) => told.push(checked), { batchSize: 4 });
    expect(told.at(-1)).toBe(result.checked);
  });

  it('rejects with the error of a COPY that fails halfway, and the connection goes on', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as ClientBase;
      let rows = 0;
      const failing = runBinaryCopy(
        client,
        'COPY (SELECT n, 1 / (5000 - n) FROM generate_series(1, 10000) AS n) TO STDOUT (FORMAT binary)',
        2,
        () => {
          rows += 1;
        },
      );
      await expect(failing).rejects.toThrow('division by zero');
      expect(rows).toBeLessThan(5000);
      const after = await runBinaryCopy(client, 'COPY (SELECT 1, 2) TO STDOUT (FORMAT binary)', 2, () => undefined);
      expect(after).toBe(1);
      expect((await client.query('SELECT 42 AS answer')).rows).toEqual([{ answer: 42 }]);
    } finally {
      await runner.release();
    }
  });
});
