import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createVendor, dmnReferentialId, type Vendor } from './support/actors.js';
import { segurReferentialId } from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('Ségur référentiels and dossiers', () => {
  let app: TestApp;
  let vendor: Vendor;
  let lgcId: string;
  let drimboxId: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    lgcId = await segurReferentialId(app, vendor.member.token, 'LGC');
    drimboxId = await segurReferentialId(app, vendor.member.token, 'DRIMBOX');
  }, 60_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  const get = (url: string) => app.http().get(url).set(bearer(vendor.member.token));

  it('filters référentiels by programme, dispositif and vague, with their couloir and status', async () => {
    const segur = await get('/api/v1/referentials?programme=SEGUR').expect(200);
    expect(segur.body).toEqual([
      expect.objectContaining({
        programme: 'SEGUR',
        couloir: 'MDV',
        dispositif: 'LGC',
        vague: '2',
        status: 'published',
      }),
      expect.objectContaining({
        programme: 'SEGUR',
        couloir: 'RAD',
        dispositif: 'DRIMBOX',
        vague: '2',
        status: 'published',
      }),
    ]);
    expect((await get('/api/v1/referentials?programme=SEGUR&dispositif=lgc&vague=2').expect(200)).body).toEqual([
      expect.objectContaining({ id: lgcId }),
    ]);
    expect((await get('/api/v1/referentials?programme=SEGUR&vague=1').expect(200)).body).toEqual([]);
    const dmn = (await get('/api/v1/referentials?programme=DMN').expect(200)).body;
    expect(dmn).toHaveLength(1);
    expect(dmn[0]).not.toHaveProperty('couloir');
    const bad = await get('/api/v1/referentials?programme=NOPE').expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('serves the tree with its documents, eligibility form, charter, milestones and homologations', async () => {
    const tree = (await get(`/api/v1/referentials/${lgcId}`).expect(200)).body;
    expect(tree.notice).toMatch(/copie de travail/i);
    expect(tree.documents.map((document: { kind: string }) => document.kind)).toEqual(['DSR', 'REM', 'AF']);
    expect(tree.eligibility.length).toBeGreaterThan(0);
    expect(tree.charter.version).toEqual(expect.any(String));
    expect(tree.milestones.map((milestone: { key: string }) => milestone.key)).toContain('proofs_due');
    expect(tree.homologations.map((homologation: { kind: string }) => homologation.kind)).toEqual([
      'cnda_insi',
      'cnda_dmp',
    ]);
    expect(tree.requirements.length).toBeGreaterThanOrEqual(25);
  });

  it.each([
    ['INS/va1.53.1', 'INS/va1.53.1'],
    ['INS.va1.53.1', 'INS/va1.53.1'],
    ['ins/VA1.53.1', 'INS/va1.53.1'],
    ['ins va1 53 1', 'INS/va1.53.1'],
  ])('finds LGC scenario %s as %s', async (written, code) => {
    // In a path, a slash is written %2F (encodeURIComponent leaves the other spellings as they are).
    const response = await get(`/api/v1/referentials/${lgcId}/scenarios/${encodeURIComponent(written)}`).expect(200);
    expect([response.body.code, response.body.requirementCode]).toEqual([code, 'INS/va1.53']);
  });

  it.each([['DB.SO.106.1'], ['db/so/106.1'], ['DB%20SO%20106%201']])('finds DRIMbox scenario %s', async (written) => {
    const response = await get(`/api/v1/referentials/${drimboxId}/scenarios/${written.replaceAll('/', '%2F')}`).expect(
      200,
    );
    expect(response.body.code).toBe('DB.SO.106.1');
  });

  it('answers 404 for a well-formed code the référentiel lacks and 400 for what is no code', async () => {
    expect((await get(`/api/v1/referentials/${lgcId}/scenarios/INS.va9.99.1`).expect(404)).body.code).toBe(
      'SCENARIO_NOT_FOUND',
    );
    expect(
      (await get(`/api/v1/referentials/${lgcId}/scenarios/${encodeURIComponent('INS;1')}`).expect(400)).body.code,
    ).toBe('INVALID_CODE');
  });

  it('lets one product hold a DMN dossier and Ségur dossiers for several dispositifs, each naming its version', async () => {
    const token = vendor.member.token;
    const product = await app
      .http()
      .post('/api/v1/products')
      .set(bearer(token))
      .send({ name: 'MédiCabinet', version: '7.4' })
      .expect(201);
    const create = (referentialId: string, productVersion?: string) =>
      app
        .http()
        .post('/api/v1/dossiers')
        .set(bearer(token))
        .send({ productId: product.body.id, referentialId, ...(productVersion ? { productVersion } : {}) })
        .expect(201);
    const dmn = (await create(await dmnReferentialId(app, token))).body;
    const lgc = (await create(lgcId, '7.5')).body;
    const drimbox = (await create(drimboxId, '2.1')).body;
    expect(
      [dmn, lgc, drimbox].map(({ programme, phase, productVersion }) => ({ programme, phase, productVersion })),
    ).toEqual([
      { programme: 'DMN', phase: 'proofs', productVersion: '7.4' },
      { programme: 'SEGUR', phase: 'administrative', productVersion: '7.5' },
      { programme: 'SEGUR', phase: 'administrative', productVersion: '2.1' },
    ]);
    const segurList = (await get('/api/v1/dossiers?programme=SEGUR&limit=100').expect(200)).body.items;
    expect(segurList.map((item: { id: string }) => item.id).sort()).toEqual([lgc.id, drimbox.id].sort());
    expect(segurList.find((item: { id: string }) => item.id === lgc.id)).toEqual(
      expect.objectContaining({
        programme: 'SEGUR',
        phase: 'administrative',
        productVersion: '7.5',
        productName: 'MédiCabinet',
      }),
    );
    const administrative = (await get('/api/v1/dossiers?phase=administrative&limit=100').expect(200)).body.items;
    expect(administrative.map((item: { id: string }) => item.id).sort()).toEqual([lgc.id, drimbox.id].sort());
    const view = (await get(`/api/v1/dossiers/${lgc.id}`).expect(200)).body;
    expect(view.scenarios.map((scenario: { code: string }) => scenario.code)).toContain('INS/va1.53.1');
  });
});
