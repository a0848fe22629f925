import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ApiTokenCache } from '../apps/api/src/auth/api-token-cache.js';
import { loadSecrets } from '../apps/api/src/security/secrets.js';
import { createApplication } from '../apps/api/src/server.js';
import { bearer, createApiToken, createVendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Two instances of the app on one database, as in a deployment with several replicas. */
describe('API token revocation across instances', () => {
  let first: TestApp;
  let second: INestApplication;

  beforeAll(async () => {
    first = await startTestApp();
    second = await createApplication(
      {
        dataSource: first.dataSource,
        config: first.config,
        secrets: loadSecrets(first.config.secretKey, first.config.dataDir),
      },
      ['error'],
    );
  }, 120_000);
  afterAll(async () => {
    await second.close();
    await first.close();
  }, 60_000);

  it('stops a token at once on every instance, even one that had it in memory', async () => {
    const vendor = await createVendor(first);
    const { id, token } = await createApiToken(first, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
    // The second instance reads the token twice: the second answer comes from its memory.
    await request(second.getHttpServer()).get('/api/v1/dossiers').set(bearer(token)).expect(200);
    await request(second.getHttpServer()).get('/api/v1/dossiers').set(bearer(token)).expect(200);

    const heard = once(second.get(ApiTokenCache).events, 'evicted');
    await first
      .http()
      .delete(`/api/v1/organizations/${vendor.organization.id}/api-tokens/${id}`)
      .set(bearer(vendor.admin.token))
      .expect(204);
    await heard;

    const refused = await request(second.getHttpServer()).get('/api/v1/dossiers').set(bearer(token)).expect(401);
    expect(refused.body).toMatchObject({ code: 'INVALID_TOKEN' });
    await first.http().get('/api/v1/dossiers').set(bearer(token)).expect(401);
  });

  it('hears revocations on the invalidation bus: one cache-invalidation listener per instance', async () => {
    const rows: { name: string; open: number }[] = await first.dataSource.query(
      `SELECT application_name AS name, count(*)::int AS open FROM pg_stat_activity
        WHERE datname = current_database() AND application_name IN ('preuve-invalidation', 'preuve-listener')
        GROUP BY application_name`,
    );
    expect(rows).toEqual([{ name: 'preuve-invalidation', open: 2 }]);
  });
});
