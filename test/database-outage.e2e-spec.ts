import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { adminToken, bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { fillPath, operationsOf } from './support/operations.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { databaseUrl } from './support/test-database.js';

/**
 * The database goes away under a running app (every connection reset, every new one refused, as
 * when its server dies or the network drops) and comes back: meanwhile every request that needs
 * it answers 503 DATABASE_UNAVAILABLE with Retry-After, never a 500; afterwards the same app
 * serves again, with every write it acknowledged before.
 */
describe('database outage', () => {
  let app: TestApp;
  let proxy: TcpProxy;
  let vendor: Vendor;
  let admin: string;
  let dossierId: string;
  const acknowledged: string[] = [];

  beforeAll(async () => {
    const server = new URL(databaseUrl('postgres'));
    proxy = await TcpProxy.start(server.hostname, Number(server.port));
    app = await startTestApp({}, { connectVia: (url) => TcpProxy.rewrite(url, proxy.port) });
    vendor = await createVendor(app);
    admin = await adminToken(app);
    ({ dossierId } = await createDossier(app, vendor.member.token));
    for (let index = 0; index < 5; index += 1) {
      const created = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(vendor.member.token))
        .send({ name: `Avant panne ${index}`, version: '1.0' })
        .expect(201);
      acknowledged.push(created.body.id as string);
    }
  }, 60_000);
  afterAll(async () => {
    proxy.restore();
    await app.close();
    await proxy.close();
  }, 30_000);

  function expectUnavailable(response: Response, what: string): void {
    expect({ what, status: response.status, code: response.body?.code }).toEqual({
      what,
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
    });
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.body.correlationId).toEqual(expect.any(String));
  }

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, never 500, on every operation while the database is away', async () => {
    proxy.cut();
    const statuses = new Map<string, number>();
    for (const operation of operationsOf()) {
      const token =
        operation.path.startsWith('/api/v1/review') || operation.path.includes('audit') ? admin : vendor.member.token;
      const path = fillPath(operation, {
        id: operation.path.startsWith('/api/v1/dossiers/') ? dossierId : acknowledged[0],
        orgId: vendor.organization.id,
      });
      let call = app.http()[operation.method](path).set(bearer(token));
      if (operation.bodyType === 'application/json') call = call.send({});
      const response = await call;
      statuses.set(`${operation.method.toUpperCase()} ${operation.path}`, response.status);
      if (response.status >= 500) expectUnavailable(response, `${operation.method.toUpperCase()} ${operation.path}`);
    }
    expect([...statuses.entries()].filter(([, status]) => status === 500)).toEqual([]);
    // The ones that cannot do anything without the database, whoever asks:
    expectUnavailable(await app.http().get('/api/v1/health'), 'health');
    expectUnavailable(
      await app.http().post('/api/v1/auth/login').send({ email: 'a@preuve.test', password: 'une-phrase-de-passe' }),
      'login',
    );
    expectUnavailable(await app.http().get('/api/v1/products').set(bearer(vendor.member.token)), 'products');
    expectUnavailable(
      await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(vendor.member.token)),
      'evidence',
    );
    expectUnavailable(
      await app
        .http()
        .post('/api/v1/products')
        .set(bearer(vendor.member.token))
        .send({ name: 'Pendant', version: '1' }),
      'a write',
    );
    const unavailable = [...statuses.values()].filter((status) => status === 503).length;
    expect(unavailable).toBeGreaterThan(statuses.size / 2);
  });

  it('serves again once the database is back, without a restart, with every acknowledged write', async () => {
    proxy.restore();
    // The pool replaces its dead connections on demand: the very next request may already work.
    let health = await app.http().get('/api/v1/health');
    for (let tries = 0; tries < 50 && health.status !== 200; tries += 1)
      health = await app.http().get('/api/v1/health');
    expect(health.status).toBe(200);
    const listed = await app.http().get('/api/v1/products?limit=100').set(bearer(vendor.member.token)).expect(200);
    const ids = (listed.body.items as { id: string }[]).map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(acknowledged));
    await app
      .http()
      .post('/api/v1/products')
      .set(bearer(vendor.member.token))
      .send({ name: 'Après panne', version: '1.0' })
      .expect(201);
  });
});
