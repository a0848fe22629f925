import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/v1/health', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

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
});
