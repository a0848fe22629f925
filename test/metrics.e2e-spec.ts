import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { png } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123';

describe('metrics and health probes', () => {
  let app: TestApp;
  let vendor: Vendor;
  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN });
    vendor = await createVendor(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  }, 60_000);

  it('refuses /metrics without the bearer token, with a coded body', async () => {
    const anonymous = await app.http().get('/metrics').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'AUTHENTICATION_REQUIRED' });
    await app.http().get('/metrics').set(bearer('metrics-token-for-the-test-WRONG')).expect(401);
    await app.http().get('/metrics').set(bearer(vendor.member.token)).expect(401);
  });

  it('serves request histograms, upload bytes, the outbox, the audit log and the pool', async () => {
    await app.http().get('/api/v1/health').expect(200);
    const { dossierId } = await createDossier(app, vendor.member.token);
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({
        answers: {
          profiles: ['general', 'professional_access'],
          insApplicable: true,
          directorySource: 'fhir_api',
          storesReferringDoctor: true,
        },
      })
      .expect(200);
    const file = png({ commentBytes: 50_000 });
    await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'ANN 4.1.1')
      .attach('file', file, { filename: 'ecran.png', contentType: 'image/png' })
      .expect(201);

    const response = await app.http().get('/metrics').set(bearer(METRICS_TOKEN)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.text;
    expect(text).toMatch(
      /preuve_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health",status="200"\} [1-9]/,
    );
    expect(text).toMatch(
      /preuve_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/api\/v1\/dossiers\/:id\/evidence",status="201"\} 1/,
    );
    const uploaded = /preuve_upload_bytes_total\{route="\/api\/v1\/dossiers\/:id\/evidence"\} (\d+)/.exec(text);
    expect(Number(uploaded?.[1])).toBeGreaterThan(file.length);
    expect(text).toMatch(/preuve_webhook_deliveries\{status="pending"\} \d+/);
    expect(text).toMatch(/preuve_webhook_deliveries\{status="failed"\} \d+/);
    expect(text).toMatch(/preuve_webhook_oldest_pending_seconds \d/);
    expect(Number(/preuve_audit_events (\d+)/.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/preuve_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/preuve_process_cpu_seconds_total/);
    // Ids never become labels: the route pattern does.
    expect(text).not.toContain(dossierId);
  });

  it('answers liveness without the database and readiness with it and the blob store space', async () => {
    expect((await app.http().get('/api/v1/health/live').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await app.http().get('/api/v1/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      database: 'ok',
      blobStore: 'ok',
      blobStoreFreeBytes: expect.any(Number),
    });
    expect(ready.body.blobStoreFreeBytes).toBeGreaterThan(0);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  }, 60_000);

  it('does not serve /metrics at all', async () => {
    const response = await app.http().get('/metrics').set(bearer('anything-at-all-0123456789'));
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('preuve_http_request_duration_seconds');
  });
});
