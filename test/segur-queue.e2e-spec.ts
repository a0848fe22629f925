import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createMember, createOrganization, createVendor, type Member, type Vendor } from './support/actors.js';
import { reviewKit, seen, SMALL } from './support/review-kit.js';
import { createSegurDossier, DRIMBOX_ELIGIBILITY, submitAdministrative } from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface QueueItem {
  id: string;
  programme: string;
  phase: string;
  dispositif: string | null;
}

describe('the reviewer queue filtered by programme, dispositif and phase', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let dmn: string;
  let lgc: string;
  let drimbox: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, 'ANS', 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    const kit = reviewKit(app);
    ({ id: dmn } = await kit.submitted(vendor.member.token, SMALL));
    ({ dossierId: lgc } = await createSegurDossier(app, vendor.member.token, 'LGC'));
    await submitAdministrative(app, vendor, lgc);
    ({ dossierId: drimbox } = await createSegurDossier(app, vendor.member.token, 'DRIMBOX'));
    await submitAdministrative(app, vendor, drimbox, DRIMBOX_ELIGIBILITY);
    await app
      .http()
      .post(`/api/v1/dossiers/${drimbox}/administrative/decision`)
      .set(bearer(reviewer.token))
      .send({ decision: 'accepted' })
      .expect(200);
  }, 180_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function queue(query: string): Promise<QueueItem[]> {
    const response = await app.http().get(`/api/v1/review/queue?${query}`).set(bearer(reviewer.token)).expect(200);
    return response.body.items as QueueItem[];
  }

  it('gives each item its programme, phase and the dispositif of its référentiel', async () => {
    const items = await queue('limit=100');
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(dmn)).toMatchObject({
      programme: 'DMN',
      phase: 'proofs',
      dispositif: null,
    });
    expect(byId.get(lgc)).toMatchObject({
      programme: 'SEGUR',
      phase: 'administrative',
      dispositif: 'LGC',
    });
    expect(byId.get(drimbox)).toMatchObject({ programme: 'SEGUR', phase: 'proofs' });
  });

  it.each<[string, () => string[]]>([
    ['programme=DMN', () => [dmn]],
    ['programme=SEGUR', () => [lgc, drimbox]],
    ['dispositif=lgc', () => [lgc]],
    ['dispositif=DRIMBOX&phase=proofs', () => [drimbox]],
    ['programme=SEGUR&phase=administrative', () => [lgc]],
    ['phase=referenced', () => []],
  ])('?%s', async (query, expected) => {
    const ids = (await queue(`${query}&limit=100`)).map((item) => item.id);
    expect(ids.sort()).toEqual(expected().sort());
  });

  it.each(['programme=ASIP', 'phase=done', 'dispositif=%3Cscript%3E'])(
    'refuses ?%s with a coded 400',
    async (query) => {
      const response = await app.http().get(`/api/v1/review/queue?${query}`).set(bearer(reviewer.token));
      expect(seen(response)).toBe('400 VALIDATION_FAILED');
    },
  );
});
