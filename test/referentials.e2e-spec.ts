import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createVendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('référentiels over REST', () => {
  let app: TestApp;
  let token: string;
  let dmnId: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = (await createVendor(app)).member.token;
    const list = await app.http().get('/api/v1/referentials').set(bearer(token)).expect(200);
    dmnId = list.body.find(
      (entry: { code: string; version: string }) => entry.code === 'DMN' && entry.version === '1.2.2',
    ).id;
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  describe('GET /referentials', () => {
    it('lists the built-in DMN 1.2.2 référentiel (and the two Ségur working copies)', async () => {
      const response = await app.http().get('/api/v1/referentials').set(bearer(token)).expect(200);
      expect(response.body).toHaveLength(3);
      expect(response.body).toEqual([
        expect.objectContaining({
          id: dmnId,
          programme: 'DMN',
          code: 'DMN',
          version: '1.2.2',
          contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          status: 'published',
        }),
        expect.objectContaining({ programme: 'SEGUR', code: 'SEGUR-MDV-LGC' }),
        expect.objectContaining({ programme: 'SEGUR', code: 'SEGUR-RAD-DRIMBOX' }),
      ]);
    });
  });

  describe('GET /referentials/{id}', () => {
    it('returns the whole tree: questionnaire, requirements, scenarios and proofs', async () => {
      const response = await app
        .http()
        .get(`/api/v1/referentials/${dmnId}`)
        .set(bearer(token))
        .expect(200)
        .expect('content-type', /application\/json/);
      const tree = response.body;
      expect(tree.questions.map((question: { key: string }) => question.key)).toEqual(
        expect.arrayContaining([
          'profiles',
          'identityRole',
          'insApplicable',
          'directorySource',
          'patientAccess',
          'storesReferringDoctor',
        ]),
      );
      expect(new Set(tree.requirements.map((requirement: { family: string }) => requirement.family))).toEqual(
        new Set(['ANN', 'IEU', 'IEPS', 'INS', 'PSC', 'PORT', 'ApCV', 'ADM', 'RGPD']),
      );
      const ann2 = tree.requirements.find((requirement: { code: string }) => requirement.code === 'ANN 2');
      expect(ann2).toMatchObject({ family: 'ANN', nature: expect.stringMatching(/^(DOIT|DEVRAIT)$/) });
      expect(ann2.scenarios[0].proofs.map((proof: { code: string }) => proof.code)).toEqual(
        expect.arrayContaining(['ANN 2.1.2', 'ANN 2.1.2-LOGS']),
      );
      expect(tree.notice).toMatch(/copie de travail|grille officielle/i);
    });

    it('carries the content hash as ETag and answers 304 when the client already has it', async () => {
      const first = await app.http().get(`/api/v1/referentials/${dmnId}`).set(bearer(token)).expect(200);
      expect(first.headers.etag).toBe(`"${first.body.contentHash}"`);
      await app
        .http()
        .get(`/api/v1/referentials/${dmnId}`)
        .set(bearer(token))
        .set('If-None-Match', first.headers.etag)
        .expect(304);
    });

    it.each([
      ['an unknown UUID', '00000000-0000-4000-8000-000000000000'],
      ['something that is not a UUID', 'not-a-uuid'],
      ['an SQL fragment', "1' OR '1'='1"],
    ])('answers 404 REFERENTIAL_NOT_FOUND for %s', async (_label, id) => {
      const response = await app
        .http()
        .get(`/api/v1/referentials/${encodeURIComponent(id)}`)
        .set(bearer(token))
        .expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'REFERENTIAL_NOT_FOUND' });
    });
  });

  describe('GET /referentials/{id}/scenarios/{code}', () => {
    it.each(['IEU 9.1', 'IEU.9.1', 'ieu 9.1', 'IEU%209.1'])('finds the same scenario from %s', async (code) => {
      const path = code.includes('%') ? code : encodeURIComponent(code);
      const response = await app
        .http()
        .get(`/api/v1/referentials/${dmnId}/scenarios/${path}`)
        .set(bearer(token))
        .expect(200);
      expect(response.body).toMatchObject({ code: 'IEU 9.1', requirementCode: 'IEU 9', referentialId: dmnId });
      expect(response.body.clarifications.length).toBeGreaterThan(0);
    });

    it('refuses garbage with 400 INVALID_CODE and names what a code looks like', async () => {
      const response = await app
        .http()
        .get(`/api/v1/referentials/${dmnId}/scenarios/${encodeURIComponent('<script>')}`)
        .set(bearer(token))
        .expect(400);
      expect(response.body).toMatchObject({ code: 'INVALID_CODE' });
      expect(response.body.message).toContain('ANN 2.1');
    });

    it('answers 404 SCENARIO_NOT_FOUND for a well-formed code the référentiel lacks', async () => {
      const response = await app
        .http()
        .get(`/api/v1/referentials/${dmnId}/scenarios/ANN.99.1`)
        .set(bearer(token))
        .expect(404);
      expect(response.body).toMatchObject({ code: 'SCENARIO_NOT_FOUND' });
      expect(response.body.message).toContain('ANN 99.1');
    });
  });

  describe('POST /referentials/{id}/assess', () => {
    const answers = {
      profiles: ['general', 'patient_access', 'professional_access'],
      identityRole: 'slave',
      insApplicable: false,
      directorySource: 'fhir_api',
      patientAccess: 'declaration_form_only',
      storesReferringDoctor: true,
    };

    it('says which scenarios apply and why, naming the deciding answer', async () => {
      const response = await app
        .http()
        .post(`/api/v1/referentials/${dmnId}/assess`)
        .set(bearer(token))
        .send({ answers })
        .expect(200);
      const scenario = (code: string) => response.body.scenarios.find((entry: { code: string }) => entry.code === code);
      expect(scenario('IEU 2.1')).toMatchObject({ applicable: false, declarationRequired: false });
      expect(scenario('IEU 2.1').reasons.join(' ')).toContain("esclave de l'identité");
      expect(scenario('IEU 7.1')).toMatchObject({ applicable: false, declarationRequired: true });
      expect(scenario('IEU 9.1')).toMatchObject({ applicable: false });
      expect(scenario('ANN 3.1')).toMatchObject({ applicable: true });
      expect(scenario('ANN 2.1').proofs).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'ANN 2.1.2-LOGS', required: true })]),
      );
      expect(response.body.counts.scenarios).toBe(response.body.scenarios.length);
    });

    it('answers 400 INVALID_ANSWERS naming every bad key, and stores nothing', async () => {
      const response = await app
        .http()
        .post(`/api/v1/referentials/${dmnId}/assess`)
        .set(bearer(token))
        .send({ answers: { ...answers, colour: 'blue', insApplicable: 'yes', directorySource: 'carrier_pigeon' } })
        .expect(400);
      expect(response.body.code).toBe('INVALID_ANSWERS');
      expect(response.body.details.answers.map((error: { key: string }) => error.key).sort()).toEqual([
        'colour',
        'directorySource',
        'insApplicable',
      ]);
      expect(response.body.message).toContain('directorySource');
    });

    it.each([
      ['a body without answers', {}],
      ['answers that are not an object', { answers: 'all of them' }],
      ['an unknown field beside answers', { answers, extra: true }],
    ])('answers 400 VALIDATION_FAILED for %s', async (_label, body) => {
      const response = await app
        .http()
        .post(`/api/v1/referentials/${dmnId}/assess`)
        .set(bearer(token))
        .send(body)
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });

    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await app
        .http()
        .post(`/api/v1/referentials/${dmnId}/assess`)
        .set(bearer(token))
        .set('content-type', 'application/json')
        .send('{"answers": {"profiles": [general]}')
        .expect(400);
      expect(response.body).toMatchObject({ code: 'MALFORMED_JSON' });
    });

    it('answers 404 for an unknown référentiel', async () => {
      await app
        .http()
        .post('/api/v1/referentials/00000000-0000-4000-8000-000000000000/assess')
        .set(bearer(token))
        .send({ answers })
        .expect(404);
    });
  });
});
