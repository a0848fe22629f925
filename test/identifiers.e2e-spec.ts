import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createVendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GET /api/v1/identifiers/validate', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = (await createVendor(app)).member.token;
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it.each([
    ['rpps', '10000668540', true],
    ['idnps', '810000668540', true],
    ['am', '751404682', true],
    ['finess', '921234563', true],
    ['finess', '921234567', false],
    ['nir', '253072A07300443', true],
    ['nir', '295109912611194', false],
  ])('checks %s %s → valid: %s', async (type, value, valid) => {
    const response = await app
      .http()
      .get('/api/v1/identifiers/validate')
      .set(bearer(token))
      .query({ type, value })
      .expect(200);
    expect(response.body).toMatchObject({ type, value, valid });
    if (valid) expect(response.body.normalized).toBeDefined();
    else expect(response.body.reason).toEqual(expect.any(String));
  });

  it('accepts the type in any case', async () => {
    const response = await app
      .http()
      .get('/api/v1/identifiers/validate')
      .set(bearer(token))
      .query({ type: 'RPPS', value: '10000668540' })
      .expect(200);
    expect(response.body).toMatchObject({ type: 'rpps', valid: true });
  });

  it('answers 400 UNKNOWN_IDENTIFIER_TYPE listing the known types', async () => {
    const response = await app
      .http()
      .get('/api/v1/identifiers/validate')
      .set(bearer(token))
      .query({ type: 'adeli', value: '123456789' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'UNKNOWN_IDENTIFIER_TYPE',
      details: { allowed: ['rpps', 'idnps', 'finess', 'am', 'nir'] },
    });
  });

  it.each([
    ['no value', { type: 'rpps' }],
    ['no type', { value: '10000668540' }],
    ['an unknown parameter', { type: 'rpps', value: '10000668540', debug: '1' }],
    ['a value of 65 characters', { type: 'rpps', value: '1'.repeat(65) }],
  ])('answers 400 VALIDATION_FAILED for %s', async (_label, query) => {
    const response = await app.http().get('/api/v1/identifiers/validate').set(bearer(token)).query(query).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('answers a repeated parameter with a 400, not a 500', async () => {
    const response = await app
      .http()
      .get('/api/v1/identifiers/validate?type=rpps&type=am&value=10000668540')
      .set(bearer(token))
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
  });
});
