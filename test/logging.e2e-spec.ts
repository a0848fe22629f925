import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DestinationStream } from 'pino';
import { createRootLogger } from '../apps/api/src/logging/logging.js';
import { bearer, createApiToken, createDossier, createVendor, PASSWORD, type Vendor } from './support/actors.js';
import { png } from './support/fixtures.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

interface LogLine {
  level: number;
  msg: string;
  correlationId?: string;
  user?: string;
  apiToken?: string;
  organization?: string;
  route?: string;
  durationMs?: number;
  req?: { method: string; path: string };
  res?: { statusCode: number };
}

describe('request logs', () => {
  const written: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void written.push(line) };
  let app: TestApp;
  let vendor: Vendor;
  const secretKey = 'a-secret-key-for-the-logging-test-0123456789';

  beforeAll(async () => {
    app = await startTestApp(
      { SECRET_KEY: secretKey },
      { logger: createRootLogger({ level: 'trace', format: 'json', destination }) },
    );
    vendor = await createVendor(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  }, 60_000);

  function lines(): LogLine[] {
    return written
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LogLine);
  }

  it('writes one JSON line per request: correlation id, user, organisation, route, status, duration', async () => {
    const before = written.length;
    const { dossierId } = await createDossier(app, vendor.member.token);
    await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(bearer(vendor.member.token))
      .set('x-correlation-id', 'logging-test-0001')
      .expect(200);
    const line = lines().find((entry) => entry.correlationId === 'logging-test-0001');
    expect(written.length).toBeGreaterThan(before);
    expect(line).toMatchObject({
      level: 30,
      msg: 'GET /api/v1/dossiers/:id 200',
      user: vendor.member.id,
      organization: vendor.organization.id,
      route: '/api/v1/dossiers/:id',
      req: { method: 'GET', path: `/api/v1/dossiers/${dossierId}` },
      res: { statusCode: 200 },
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(lines().filter((entry) => entry.correlationId === 'logging-test-0001')).toHaveLength(1);
  });

  it('logs refusals as warnings with their route, and unknown paths as unmatched', async () => {
    await app.http().get('/api/v1/dossiers').set('x-correlation-id', 'logging-test-0002').expect(401);
    await app.http().get('/api/v1/nowhere').set('x-correlation-id', 'logging-test-0003').expect(404);
    const refused = lines().find((entry) => entry.correlationId === 'logging-test-0002');
    expect(refused).toMatchObject({ level: 40, route: '/api/v1/dossiers', res: { statusCode: 401 } });
    expect(lines().find((entry) => entry.correlationId === 'logging-test-0003')).toMatchObject({
      route: '(unmatched)',
    });
  });

  it('never logs a password, a token, a cookie, a signed link or the secret key', async () => {
    // Sign in (password in the body; access token, refresh cookie and CSRF token in the answer).
    const signIn = await app.http().post('/api/v1/auth/login').send({ email: vendor.member.email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    const cookies = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []);
    const refreshToken = /preuve_refresh=([^;]+)/.exec(cookies.join(';'))![1];
    const csrf = signIn.body.csrfToken as string;
    const refreshed = await app
      .http()
      .post('/api/v1/auth/refresh')
      .set('Cookie', `preuve_refresh=${refreshToken}`)
      .set('X-CSRF-Token', csrf)
      .expect(200);
    // A wrong password, an API token created and used, a bad bearer token.
    await app.http().post('/api/v1/auth/login').send({ email: vendor.member.email, password: 'wrong-Password-42!' });
    const apiToken = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
    await app.http().get('/api/v1/dossiers').set(bearer(apiToken.token)).expect(200);
    await app.http().get('/api/v1/dossiers').set(bearer('not-a-real-token-but-secret-looking')).expect(401);
    // A signed link to a file, used with ?access=.
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
    const uploaded = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'ANN 4.1.1')
      .attach('file', png(), { filename: 'ecran.png', contentType: 'image/png' })
      .expect(201);
    const link = await app
      .http()
      .post(`/api/v1/evidence/${uploaded.body.id}/link`)
      .set(bearer(vendor.member.token))
      .send({})
      .expect(201);
    await app.http().get(link.body.url).expect(200);
    const signedToken = decodeURIComponent(new URL(link.body.url, 'http://x').searchParams.get('access')!);

    const everything = written.join('');
    const secrets = {
      password: PASSWORD,
      adminPassword: ADMIN_PASSWORD,
      wrongPassword: 'wrong-Password-42!',
      accessToken: signIn.body.accessToken as string,
      refreshedAccessToken: refreshed.body.accessToken as string,
      refreshToken,
      csrf,
      apiToken: apiToken.token,
      badBearer: 'not-a-real-token-but-secret-looking',
      signedToken,
      secretKey,
    };
    for (const [name, value] of Object.entries(secrets)) {
      expect({ name, logged: everything.includes(value) }).toEqual({ name, logged: false });
    }
    // And the requests were logged all the same.
    expect(lines().some((entry) => entry.route === '/api/v1/auth/login' && entry.res?.statusCode === 200)).toBe(true);
    expect(lines().some((entry) => entry.apiToken === apiToken.id)).toBe(true);
  });
});
