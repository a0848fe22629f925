import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { ApiTokenCache } from '../apps/api/src/auth/api-token-cache.js';
import { InvalidationBus } from '../apps/api/src/database/invalidation-bus.js';
import { openDatabase } from '../apps/api/src/server.js';
import { MIGRATIONS } from '@preuve/migrations';
import {
  bearer,
  createApiToken,
  createDossier,
  createMember,
  createOrganization,
  createUser,
  createVendor,
  PASSWORD,
  type Member,
  type Vendor,
} from './support/actors.js';
import { pdf, sha256Hex } from './support/fixtures.js';
import { segurReferentialId } from './support/segur-kit.js';
import { binary, type TestApp } from './support/test-app.js';
import { createEmptyDatabase } from './support/test-database.js';
import { startTwinApps } from './support/twin-apps.js';
import { Receiver } from './support/webhook-receiver.js';

/** One scenario, ApCV 1.1, whose only proof is a document. */
const APCV_ANSWERS = { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' };
const RATE_LIMIT = 25;

/** The Set-Cookie value of one cookie. */
function cookie(response: Response, name: string): string {
  const raw = response.headers['set-cookie'] as string[] | string | undefined;
  const line = (Array.isArray(raw) ? raw : [raw ?? '']).find((entry) => entry.startsWith(`${name}=`));
  expect(line).toBeDefined();
  return decodeURIComponent(line!.slice(name.length + 1).split(';')[0]);
}

/**
 * Two app instances on one database and one blob store, as behind a load balancer: whatever one
 * instance does, the other sees at once (or, for the caches told by LISTEN/NOTIFY, as soon as the
 * notice is heard, which the test waits for as a load balancer's next request would not need to).
 */
describe('two app instances on one database and one blob store', () => {
  let twins: Awaited<ReturnType<typeof startTwinApps>> | undefined;
  let a: TestApp;
  let b: TestApp;
  let vendor: Vendor;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    // TRUST_PROXY: the load balancer's X-Forwarded-For names the client, as in production.
    twins = await startTwinApps({ LOGIN_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), TRUST_PROXY: '1' });
    [a, b] = twins.instances;
    vendor = await createVendor(a);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await twins?.close();
  }, 60_000);

  const login = (instance: TestApp, email: string, password: string, client: string) =>
    instance.http().post('/api/v1/auth/login').set('X-Forwarded-For', client).send({ email, password });

  it('serves a session opened on one instance on the other: access token, refresh and logout', async () => {
    const user = await createUser(a, vendor.organization.id, 'vendor_member', 'session');
    const signedIn = await login(a, user.email, PASSWORD, '198.51.100.10').expect(200);
    const access = signedIn.body.accessToken as string;
    await b.http().get('/api/v1/me').set(bearer(access)).expect(200);

    const refreshed = await b
      .http()
      .post('/api/v1/auth/refresh')
      .set('Cookie', `preuve_refresh=${encodeURIComponent(cookie(signedIn, 'preuve_refresh'))}`)
      .set('X-CSRF-Token', signedIn.body.csrfToken as string)
      .expect(200);
    const renewed = refreshed.body.accessToken as string;
    await a.http().get('/api/v1/me').set(bearer(renewed)).expect(200);

    // Logging out on A ends the session's access tokens on B at once (B reads the session fresh).
    await a
      .http()
      .post('/api/v1/auth/logout')
      .set('Cookie', `preuve_refresh=${encodeURIComponent(cookie(refreshed, 'preuve_refresh'))}`)
      .set('X-CSRF-Token', refreshed.body.csrfToken as string)
      .expect(204);
    for (const token of [access, renewed]) await b.http().get('/api/v1/me').set(bearer(token)).expect(401);
  });

  it('refuses on one instance an API token revoked on the other, even one it had in memory', async () => {
    const { id, token } = await createApiToken(a, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
    await b.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
    await b.http().get('/api/v1/dossiers').set(bearer(token)).expect(200); // from B's memory
    const heard = once(b.app.get(ApiTokenCache).events, 'evicted');
    await a
      .http()
      .delete(`/api/v1/organizations/${vendor.organization.id}/api-tokens/${id}`)
      .set(bearer(vendor.admin.token))
      .expect(204);
    await heard;
    const refused = await b.http().get('/api/v1/dossiers').set(bearer(token)).expect(401);
    expect(refused.body).toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('locks an account after five failures counted on both instances', async () => {
    const user = await createUser(a, vendor.organization.id, 'vendor_member', 'lockout');
    const client = '198.51.100.20';
    for (const [index, instance] of [a, b, a, b, a].entries()) {
      const failed = await login(instance, user.email, `mauvais-${index}`, client).expect(401);
      expect(failed.body.code).toBe('INVALID_CREDENTIALS');
    }
    // The right password no longer opens the account, on either instance.
    for (const instance of [b, a]) await login(instance, user.email, PASSWORD, client).expect(401);
    const [row] = await a.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [user.id]);
    expect(row.locked_until).not.toBeNull();
  });

  it('limits the sign-in attempts of one address over both instances together', async () => {
    const client = '203.0.113.30';
    const email = `personne-${randomUUID()}@example.test`;
    for (let attempt = 0; attempt < RATE_LIMIT; attempt += 1)
      await login(attempt % 2 === 0 ? a : b, email, 'nimporte-quoi', client).expect(401);
    for (const instance of [a, b]) {
      const limited = await login(instance, email, 'nimporte-quoi', client).expect(429);
      expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    }
    // Another address is not held back by this one.
    await login(b, email, 'nimporte-quoi', '203.0.113.31').expect(401);
  });

  it('downloads through one instance the evidence uploaded through the other', async () => {
    const { dossierId } = await createDossier(a, vendor.member.token);
    await b
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: APCV_ANSWERS })
      .expect(200);
    const file = pdf(`preuve ${randomUUID()}`);
    const uploaded = await a
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'ApCV 1.1.1')
      .attach('file', file, 'procedure.pdf')
      .expect(201);
    const downloaded = await b
      .http()
      .get(`/api/v1/evidence/${uploaded.body.id}/content`)
      .set(bearer(vendor.member.token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256Hex(downloaded.body as Buffer)).toBe(sha256Hex(file));
    const ranged = await b
      .http()
      .get(`/api/v1/evidence/${uploaded.body.id}/content`)
      .set(bearer(vendor.member.token))
      .set('Range', 'bytes=0-7')
      .buffer(true)
      .parse(binary)
      .expect(206);
    expect((ranged.body as Buffer).equals(file.subarray(0, 8))).toBe(true);
  });

  it('shows on one instance, at once, a dossier written through the other (view and list caches)', async () => {
    const { dossierId } = await createDossier(a, vendor.member.token);
    const read = async (instance: TestApp) =>
      (await instance.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(vendor.member.token)).expect(200)).body;
    const listed = async (instance: TestApp) =>
      (
        (await instance.http().get('/api/v1/dossiers?limit=100').set(bearer(vendor.member.token)).expect(200)).body
          .items as { id: string; completeness: unknown }[]
      ).find((item) => item.id === dossierId)!;
    // B has the dossier in memory, twice read.
    const before = await read(b);
    expect(await read(b)).toEqual(before);
    const listedBefore = await listed(b);

    await a
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: APCV_ANSWERS })
      .expect(200);
    const after = await read(b);
    expect(after.answers).toEqual(APCV_ANSWERS);
    expect(after.completeness).not.toEqual(before.completeness);
    expect((await listed(b)).completeness).toEqual(after.completeness);
    expect((await listed(b)).completeness).not.toEqual(listedBefore.completeness);
  });

  it('shows on one instance the Ségur milestones set through the other once its notice is heard', async () => {
    const authority = await createOrganization(a, `ANS ${randomUUID().slice(0, 6)}`, 'authority');
    const lead: Member = await createMember(a, authority.id, 'review_lead');
    const lgcId = await segurReferentialId(a, vendor.member.token);
    const milestonesOn = async (instance: TestApp) =>
      (
        await instance
          .http()
          .get(`/api/v1/referentials/${lgcId}/milestones`)
          .set(bearer(vendor.member.token))
          .expect(200)
      ).body as { key: string; dueAt?: string }[];
    const published = await milestonesOn(b);
    expect(await milestonesOn(b)).toEqual(published); // now in B's memory
    const moved = published.map((milestone) =>
      milestone.key === 'proofs_due' ? { ...milestone, dueAt: '2028-01-31T22:59:00.000Z' } : milestone,
    );
    const heard = once(b.app.get(InvalidationBus).events, 'delivered');
    const set = await a
      .http()
      .put(`/api/v1/referentials/${lgcId}/milestones`)
      .set(bearer(lead.token))
      .send(moved)
      .expect(200);
    expect(await heard).toEqual([`milestones:${lgcId}`]);
    const seen = await milestonesOn(b);
    expect(seen).toEqual(set.body);
    expect(seen.find((milestone) => milestone.key === 'proofs_due')!.dueAt).toBe('2028-01-31T22:59:00.000Z');
  });

  it('delivers every webhook event exactly once per endpoint, whichever instance wrote it', async () => {
    const [first, second] = [await Receiver.start(), await Receiver.start()];
    receivers.push(first, second);
    for (const receiver of [first, second])
      await a
        .http()
        .post(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .send({ url: receiver.url, events: ['evidence.uploaded'] })
        .expect(201);
    const dossiers: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const { dossierId } = await createDossier(a, vendor.member.token);
      await a
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers: APCV_ANSWERS })
        .expect(200);
      dossiers.push(dossierId);
    }
    // Twelve uploads through both instances: the dossiers at once, each dossier's in turn.
    const uploads = dossiers.map(async (dossierId) => {
      for (const instance of [a, b, a, b])
        await instance
          .http()
          .post(`/api/v1/dossiers/${dossierId}/evidence`)
          .set(bearer(vendor.member.token))
          .field('proof', 'ApCV 1.1.1')
          .attach('file', pdf(randomUUID()), 'procedure.pdf')
          .expect(201);
    });
    await Promise.all(uploads);
    const events = 3 * 4;
    await Promise.all([first, second].map((receiver) => receiver.until(() => receiver.received.length >= events)));

    // The receivers answered; each delivery's outcome is recorded right after (a bounded number of reads).
    let rows: { status: string; attempts: number }[] = [];
    for (let read = 0; read < 2_000; read += 1) {
      rows = await a.dataSource.query(
        `SELECT status, attempts FROM webhook_delivery WHERE dossier_id = ANY($1::uuid[])`,
        [dossiers],
      );
      if (rows.every((row) => row.status === 'delivered')) break;
      await new Promise((resume) => setImmediate(resume));
    }
    expect(rows).toHaveLength(2 * events);
    expect(rows.every((row) => row.status === 'delivered' && row.attempts === 1)).toBe(true);
    for (const receiver of [first, second]) {
      const ids = receiver.received.map((entry) => entry.event.id);
      expect(new Set(ids).size).toBe(events);
      expect(ids).toHaveLength(events);
      // In each dossier's order, as written.
      for (const dossierId of dossiers) {
        const sequence = receiver.of(dossierId).map((entry) => entry.event.type);
        expect(sequence).toEqual(Array(4).fill('evidence.uploaded'));
      }
    }
  });
});

describe('two app instances starting at once on an empty database', () => {
  it('migrates it once: one instance migrates while the other waits, then finds nothing pending', async () => {
    const database = await createEmptyDatabase();
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    const opened = await Promise.allSettled([openDatabase(database.url, quiet), openDatabase(database.url, quiet)]);
    try {
      expect(opened.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
      const [first] = opened as PromiseFulfilledResult<Awaited<ReturnType<typeof openDatabase>>>[];
      const [row] = await first.value.dataSource.query(
        'SELECT count(*)::int AS runs, count(DISTINCT name)::int AS names FROM typeorm_migrations',
      );
      expect(row.runs).toBe(MIGRATIONS.length);
      expect(row.names).toBe(MIGRATIONS.length);
    } finally {
      for (const outcome of opened) if (outcome.status === 'fulfilled') await outcome.value.close();
      await database.drop();
    }
  }, 120_000);
});
