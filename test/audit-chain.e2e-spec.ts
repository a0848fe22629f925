import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUDIT_GENESIS_HASH, auditEventContent } from '@preuve/domain';
import { auditEventHash } from '@preuve/persistence';
import {
  adminToken,
  bearer,
  createApiToken,
  createDossier,
  createVendor,
  uniqueEmail,
  type Vendor,
} from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const VERIFY = '/api/v1/audit/verify';

interface Verification {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: string; reason: string; expected: string; found: string | null };
  lastHash?: string;
}

interface ChainRow {
  seq: string;
  action: string;
  prev_hash: string | null;
  hash: string | null;
}

describe('the tamper-evident audit log', () => {
  let app: TestApp;
  let vendor: Vendor;

  beforeAll(async () => {
    app = await startTestApp();
    // Real activity: logins (the admin's with TOTP), a failed login, an organisation and its users,
    // an API token, a product, a dossier and its answers.
    vendor = await createVendor(app);
    await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
    await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: vendor.member.email, password: 'pas-le-bon-mot-de-passe' })
      .expect(401);
    await app
      .http()
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail('inconnu'), password: 'pas-le-bon-mot-de-passe' })
      .expect(401);
    const { dossierId } = await createDossier(app, vendor.member.token);
    for (const answers of [{ profiles: ['general'] }, { profiles: ['general'], insApplicable: true }]) {
      await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers })
        .expect(200);
    }
  }, 120_000);

  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function verify(): Promise<Verification> {
    const response = await app
      .http()
      .get(VERIFY)
      .set(bearer(await adminToken(app)))
      .expect(200);
    return response.body as Verification;
  }

  async function chain(): Promise<ChainRow[]> {
    return app.dataSource.query('SELECT seq, action, prev_hash, hash FROM audit_event ORDER BY seq');
  }

  async function eventCount(): Promise<number> {
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    return count as number;
  }

  /** Runs SQL the application could never run: the append-only trigger is off for that transaction only. */
  async function asSuperuserAroundTheTrigger(sql: string, parameters: unknown[]): Promise<void> {
    await app.dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
      await manager.query(sql, parameters);
      await manager.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
    });
  }

  /** A seq from the middle of the log, with the events just before and after it. */
  async function middle(): Promise<{ before: ChainRow; target: ChainRow; after: ChainRow; index: number }> {
    const rows = await chain();
    const index = Math.floor(rows.length / 2);
    return { before: rows[index - 1], target: rows[index], after: rows[index + 1], index };
  }

  it('finds the chain intact after real API activity, every event checked', async () => {
    const rows = await chain();
    expect(rows.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'auth.login_succeeded',
        'auth.login_failed',
        'organization.created',
        'user.created',
        'api_token.created',
        'product.created',
        'dossier.created',
        'dossier.answers_changed',
      ]),
    );
    const result = await verify();
    expect(result).toEqual({ ok: true, checked: await eventCount(), lastHash: (await chain()).at(-1)!.hash });
  });

  it('links every event to the one before it, from 64 zeros, and stores exactly what it hashed', async () => {
    const rows = await chain();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0].prev_hash).toBe(AUDIT_GENESIS_HASH);
    for (let index = 1; index < rows.length; index += 1) expect(rows[index].prev_hash).toBe(rows[index - 1].hash);
    expect(new Set(rows.map((row) => row.hash)).size).toBe(rows.length);

    // Anyone holding the rows can recompute the hashes: SHA-256 of the canonical content.
    const stored: Record<string, unknown>[] = await app.dataSource.query(
      `SELECT seq, occurred_at AS "occurredAt", action, actor_user_id AS "actorUserId", actor_token_id AS "actorTokenId",
        organization_id AS "organizationId", target_type AS "targetType", target_id AS "targetId", data, ip,
        user_agent AS "userAgent", prev_hash AS "prevHash", hash FROM audit_event ORDER BY seq`,
    );
    for (const row of stored) {
      const { hash, ...event } = row;
      expect(
        createHash('sha256')
          .update(auditEventContent(event as never))
          .digest('hex'),
      ).toBe(hash);
    }
  });

  it('is for the platform admin only (403 for vendor users and API tokens)', async () => {
    const token = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:write']);
    for (const caller of [vendor.admin.token, vendor.member.token, token.token]) {
      const response = await app.http().get(VERIFY).set(bearer(caller)).expect(403);
      expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
    }
    await app.http().get(VERIFY).expect(401);
  });

  it('stays one valid chain when 20 products are created at once', async () => {
    const before = await eventCount();
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        app
          .http()
          .post('/api/v1/products')
          .set(bearer(vendor.member.token))
          .send({ name: `Produit parallèle ${index}`, version: '1.0.0' }),
      ),
    );
    expect(created.map((response) => response.status)).toEqual(Array(20).fill(201));
    const rows = await chain();
    expect(rows).toHaveLength(before + 20);
    for (let index = 1; index < rows.length; index += 1) expect(rows[index].prev_hash).toBe(rows[index - 1].hash);
    expect(await verify()).toEqual({ ok: true, checked: before + 20, lastHash: rows.at(-1)!.hash });
  });

  it('names an event changed through SQL (hash_mismatch), and holds again once it is restored', async () => {
    const { target, index } = await middle();
    const [{ original }] = await app.dataSource.query('SELECT data::text AS original FROM audit_event WHERE seq = $1', [
      target.seq,
    ]);
    await asSuperuserAroundTheTrigger(`UPDATE audit_event SET data = '{"forged":true}' WHERE seq = $1`, [target.seq]);

    const broken = await verify();
    expect(broken).toMatchObject({
      ok: false,
      checked: index + 1,
      firstBroken: { seq: target.seq, reason: 'hash_mismatch', found: target.hash },
    });
    expect(broken.firstBroken!.expected).toMatch(/^[0-9a-f]{64}$/);
    expect(broken.firstBroken!.expected).not.toBe(target.hash);

    await asSuperuserAroundTheTrigger('UPDATE audit_event SET data = $2::jsonb WHERE seq = $1', [target.seq, original]);
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });

  it('names an event whose time was moved by a single microsecond (hash_mismatch)', async () => {
    const { target } = await middle();
    await asSuperuserAroundTheTrigger(
      "UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond' WHERE seq = $1",
      [target.seq],
    );
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { seq: target.seq, reason: 'hash_mismatch' } });

    await asSuperuserAroundTheTrigger(
      "UPDATE audit_event SET occurred_at = occurred_at - interval '1 microsecond' WHERE seq = $1",
      [target.seq],
    );
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });

  it('names the event after a deleted one (prev_hash_mismatch), and holds again once it is put back', async () => {
    const { before, target, after, index } = await middle();
    const [{ saved }] = await app.dataSource.query('SELECT to_jsonb(a) AS saved FROM audit_event a WHERE seq = $1', [
      target.seq,
    ]);
    await asSuperuserAroundTheTrigger('DELETE FROM audit_event WHERE seq = $1', [target.seq]);

    expect(await verify()).toEqual({
      ok: false,
      checked: index + 1, // the events before the deleted one, and the one after it
      firstBroken: { seq: after.seq, reason: 'prev_hash_mismatch', expected: before.hash, found: target.hash },
    });

    await app.dataSource.query('INSERT INTO audit_event SELECT * FROM jsonb_populate_record(NULL::audit_event, $1)', [
      saved,
    ]);
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });

  it('names an event written around the chain (missing_hash)', async () => {
    const [{ seq }] = await app.dataSource.query(
      `INSERT INTO audit_event (action, data) VALUES ('auth.login_succeeded', '{}') RETURNING seq`,
    );
    expect(await verify()).toMatchObject({
      ok: false,
      checked: await eventCount(),
      firstBroken: { seq, reason: 'missing_hash', found: null },
    });
    await asSuperuserAroundTheTrigger('DELETE FROM audit_event WHERE seq = $1', [seq]);
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });

  it('names the first of two events swapped in place (reordering: prev_hash_mismatch), and holds again once they are back', async () => {
    const { before, target, after, index } = await middle();
    // Through a free seq: the primary key is checked row by row.
    const swap = async (): Promise<void> => {
      await asSuperuserAroundTheTrigger('UPDATE audit_event SET seq = -1 WHERE seq = $1', [target.seq]);
      await asSuperuserAroundTheTrigger('UPDATE audit_event SET seq = $1 WHERE seq = $2', [target.seq, after.seq]);
      await asSuperuserAroundTheTrigger('UPDATE audit_event SET seq = $1 WHERE seq = -1', [after.seq]);
    };
    await swap();
    expect(await verify()).toEqual({
      ok: false,
      checked: index + 1,
      firstBroken: { seq: target.seq, reason: 'prev_hash_mismatch', expected: before.hash, found: target.hash },
    });
    await swap();
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });

  it('names the event after one forged into a gap of the log, its hash well computed (insertion: prev_hash_mismatch)', async () => {
    // A gap in seq (as rolled-back chain passes leave), then a real event after it.
    await app.dataSource.query(
      `SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), nextval(pg_get_serial_sequence('audit_event', 'seq')) + 10)`,
    );
    await app
      .http()
      .post('/api/v1/products')
      .set(bearer(vendor.member.token))
      .send({ name: 'Après le trou', version: '1.0.0' })
      .expect(201);
    const rows = await chain();
    const [previous, real] = rows.slice(-2);
    const forged = {
      seq: String(BigInt(real.seq) - 5n),
      occurredAt: new Date(),
      action: 'dossier.approved',
      actorUserId: null,
      actorTokenId: null,
      organizationId: vendor.organization.id,
      targetType: 'dossier',
      targetId: 'forged',
      data: {},
      ip: null,
      userAgent: null,
    };
    const forgedHash = auditEventHash(forged, previous.hash!);
    await app.dataSource.query(
      `INSERT INTO audit_event (seq, occurred_at, action, organization_id, target_type, target_id, data, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8)`,
      [
        forged.seq,
        forged.occurredAt,
        forged.action,
        forged.organizationId,
        forged.targetType,
        forged.targetId,
        previous.hash,
        forgedHash,
      ],
    );
    expect(await verify()).toEqual({
      ok: false,
      checked: rows.length + 1,
      firstBroken: { seq: real.seq, reason: 'prev_hash_mismatch', expected: forgedHash, found: previous.hash },
    });
    await asSuperuserAroundTheTrigger('DELETE FROM audit_event WHERE seq = $1', [forged.seq]);
    expect(await verify()).toMatchObject({ ok: true, checked: await eventCount() });
  });
});
