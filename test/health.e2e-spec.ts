import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/v1/health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('answers ok once migrations ran and the database answers', async () => {
    const response = await app.http().get('/api/v1/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a well-formed correlation id so a client can trace its call', async () => {
    const response = await app.http().get('/api/v1/health').set('x-correlation-id', 'ci-run-12345678').expect(200);
    expect(response.headers['x-correlation-id']).toBe('ci-run-12345678');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND in the common error body', async () => {
    const response = await app.http().get('/api/v1/nowhere').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    expect(response.body.message).toContain('/api/v1/nowhere');
    expect(response.body.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('answers errors in French when Accept-Language asks for it, in English otherwise', async () => {
    const french = await app
      .http()
      .get('/api/v1/nowhere')
      .set('Accept-Language', 'fr-FR,fr;q=0.9,en;q=0.8')
      .expect(404);
    expect(french.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: expect.stringContaining("n'existe pas") });
    expect(french.headers['content-language']).toBe('fr');
    expect(french.headers.vary).toContain('Accept-Language');
    const english = await app.http().get('/api/v1/nowhere').set('Accept-Language', 'en-GB,fr;q=0.5').expect(404);
    expect(english.body.message).toContain('There is no route');
    expect(english.headers['content-language']).toBe('en');
    const invalid = await app
      .http()
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'fr')
      .send({ email: 12, password: 'x' })
      .expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.message).toMatch(/^La requête n'est pas valide.*Champs en cause : email/);
  });
});
