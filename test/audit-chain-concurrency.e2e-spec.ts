import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuditEventRepository } from '@preuve/persistence';
import { createApplication, openDatabase, type OpenDatabase } from '../apps/api/src/server.js';
import { loadSecrets } from '../apps/api/src/security/secrets.js';
import { adminToken, bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * Audited writes take no chain lock: each writes a pending event, and the chain pass after its
 * commit links what has committed. Two app instances on one database, several organisations
 * writing at once: one chain, every event in it once, none left pending once the writes answered.
 */

describe('the audit chain under concurrent writes', () => {
  let app: TestApp;
  let second: { app: INestApplication; database: OpenDatabase; http(): ReturnType<typeof request> };
  let vendors: Vendor[];

  beforeAll(async () => {
    app = await startTestApp();
    // A second instance on the same database, as behind a load balancer (its own pool and chain passes).
    const database = await openDatabase((app.dataSource.options as { url: string }).url, {
      log: () => undefined,
      warn: () => undefined,
      error: console.error,
    });
    const secondApp = await createApplication(
      {
        dataSource: database.dataSource,
        config: app.config,
        secrets: loadSecrets(app.config.secretKey, app.config.dataDir),
      },
      ['error'],
    );
    second = { app: secondApp, database, http: () => request(secondApp.getHttpServer()) };
    vendors = [await createVendor(app), await createVendor(app), await createVendor(app)];
  }, 120_000);

  afterAll(async () => {
    await second?.app.close();
    await second?.database.close();
    await app?.close();
  }, 60_000);

  async function count(sql: string, parameters: unknown[] = []): Promise<number> {
    const [{ count: found }] = await app.dataSource.query(sql, parameters);
    return found as number;
  }

  async function verify(): Promise<{ ok: boolean; checked: number }> {
    const response = await app
      .http()
      .get('/api/v1/audit/verify')
      .set(bearer(await adminToken(app)))
      .expect(200);
    return response.body as { ok: boolean; checked: number };
  }

  it('links the writes of three organisations through two instances into one chain, each event once, none pending', async () => {
    const created = await Promise.all(
      Array.from({ length: 36 }, (_, index) =>
        (index % 2 === 0 ? app : second)
          .http()
          .post('/api/v1/products')
          .set(bearer(vendors[index % 3].member.token))
          .send({ name: `Produit simultané ${index}`, version: '1.0.0' }),
      ),
    );
    expect(created.map((response) => response.status)).toEqual(Array(36).fill(201));
    // Every write answered once its event was linked: nothing waits.
    expect(await count('SELECT count(*)::int AS count FROM audit_pending')).toBe(0);
    const ids = created.map((response) => response.body.id as string);
    const events: { target_id: string; organization_id: string }[] = await app.dataSource.query(
      `SELECT target_id, organization_id FROM audit_event WHERE action = 'product.created' AND target_id = ANY($1) ORDER BY seq`,
      [ids],
    );
    expect(events.map((event) => event.target_id).sort()).toEqual([...ids].sort());
    expect(new Set(events.map((event) => event.organization_id))).toEqual(
      new Set(vendors.map((vendor) => vendor.organization.id)),
    );
    expect(await verify()).toEqual({
      ok: true,
      checked: await count('SELECT count(*)::int AS count FROM audit_event'),
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  }, 60_000);

  it("lists a dossier's events at once, oldest first, whichever instance wrote them", async () => {
    const { dossierId } = await createDossier(app, vendors[0].member.token);
    const answers = [
      { profiles: ['general'] },
      { profiles: ['general'], insApplicable: true },
      { profiles: ['general'], insApplicable: false },
    ];
    for (const [index, given] of answers.entries())
      await (index === 1 ? second : app)
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(vendors[0].member.token))
        .send({ answers: given })
        .expect(200);
    const trail = await second
      .http()
      .get(`/api/v1/dossiers/${dossierId}/audit`)
      .set(bearer(vendors[0].member.token))
      .expect(200);
    const events = trail.body as { seq: string; action: string; data: { after?: unknown } }[];
    expect(events.map((event) => event.action)).toEqual([
      'dossier.created',
      'dossier.answers_changed',
      'dossier.answers_changed',
      'dossier.answers_changed',
    ]);
    const seqs = events.map((event) => BigInt(event.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    expect(events.slice(1).map((event) => event.data.after)).toEqual(answers);
  }, 60_000);

  /** An event whose writer committed but whose chain pass never ran (the process stopped in between). */
  async function leftPending(action: string): Promise<void> {
    await app.dataSource.query(
      `INSERT INTO audit_pending (occurred_at, action, organization_id, data) VALUES (now(), $1, $2, '{"left": true}')`,
      [action, vendors[1].organization.id],
    );
  }

  it('links an event left pending by an interrupted pass with the next write, before that write', async () => {
    await leftPending('test.left_pending');
    const product = await second
      .http()
      .post('/api/v1/products')
      .set(bearer(vendors[1].member.token))
      .send({ name: 'Après la coupure', version: '1.0.0' })
      .expect(201);
    expect(await count('SELECT count(*)::int AS count FROM audit_pending')).toBe(0);
    const [left, written] = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE action = 'test.left_pending' OR target_id = $1 ORDER BY seq`,
      [product.body.id],
    );
    expect([left.action, written.action]).toEqual(['test.left_pending', 'product.created']);
    expect(await verify()).toMatchObject({ ok: true });
  }, 60_000);

  it('links what is pending before it verifies (GET /audit/verify)', async () => {
    await leftPending('test.verified_pending');
    const result = await verify();
    expect(await count('SELECT count(*)::int AS count FROM audit_pending')).toBe(0);
    expect(result).toEqual({
      ok: true,
      checked: await count('SELECT count(*)::int AS count FROM audit_event'),
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await count(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'test.verified_pending'`)).toBe(
      1,
    );
  }, 60_000);

  it('keeps nothing of a rolled-back write, pending or linked', async () => {
    const before = await count('SELECT count(*)::int AS count FROM audit_event');
    const repository = new AuditEventRepository();
    await expect(
      app.dataSource.transaction(async (manager) => {
        await repository.append(manager, {
          action: 'test.rolled_back',
          actorUserId: null,
          actorTokenId: null,
          organizationId: null,
          targetType: null,
          targetId: null,
          data: {},
          ip: null,
          userAgent: null,
        });
        throw new Error('the change fails after its audit event');
      }),
    ).rejects.toThrow('the change fails');
    expect(await count('SELECT count(*)::int AS count FROM audit_pending')).toBe(0);
    expect(await count('SELECT count(*)::int AS count FROM audit_event')).toBe(before);
  }, 60_000);

  it('commits a write while the chain is held, and links it once the chain is free', async () => {
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    let writing: Promise<number> | undefined;
    try {
      await holder.query('SELECT pg_advisory_xact_lock($1)', ['418581342580']);
      // Sent now (then), answered once its chain pass could run.
      writing = second
        .http()
        .post('/api/v1/products')
        .set(bearer(vendors[2].member.token))
        .send({ name: 'Pendant le verrou', version: '1.0.0' })
        .then((response) => response.status);
      // The write commits without the chain lock; only its chain pass waits for it.
      await waitFor(async () => (await count('SELECT count(*)::int AS count FROM audit_pending')) === 1);
      expect(await count(`SELECT count(*)::int AS count FROM product WHERE name = 'Pendant le verrou'`)).toBe(1);
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    expect(await writing).toBe(201);
    expect(await count('SELECT count(*)::int AS count FROM audit_pending')).toBe(0);
    expect(await verify()).toMatchObject({ ok: true });
  }, 60_000);

  it('refuses to update a pending event', async () => {
    await leftPending('test.not_updated');
    await expect(app.dataSource.query(`UPDATE audit_pending SET action = 'test.changed'`)).rejects.toThrow(
      'audit_pending is insert and delete only',
    );
    await verify();
  }, 60_000);
});

/** Resolves once `condition` holds, checking again as soon as the event loop is free. */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}
