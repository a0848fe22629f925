import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createMember, createOrganization, createVendor, type Member, type Vendor } from './support/actors.js';
import { reviewKit, seen } from './support/review-kit.js';
import { acceptAdministrative, createSegurDossier } from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A day relative to today (UTC), as YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

function host(validTo: string, name = 'Hébergeur Santé Nord') {
  return {
    name,
    activities: [1, 2, 3, 4, 5, 6],
    certificates: [
      { type: 'physical_infrastructure', number: 'HDS-PHY-01', body: 'Certificateur A', validFrom: day(-700), validTo },
      {
        type: 'managed_services',
        number: 'HDS-INF-01',
        body: 'Certificateur A',
        validFrom: day(-700),
        validTo: day(900),
      },
    ],
  };
}

/*
 * HDS hosting of a product: declared by the vendor (append-only, audited), its state as of today
 * (expiring within 90 days warns, expired or missing blocks), and the gate it puts on the
 * submission of a dossier whose référentiel requires it (LGC in SaaS mode).
 */
describe('HDS hosting', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `ANS ${Date.now()}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  const http = () => app.http();
  const newProduct = async (): Promise<string> =>
    (
      await http()
        .post('/api/v1/products')
        .set(bearer(vendor.member.token))
        .send({ name: `Cabinet ${Date.now()}`, version: '1.0' })
        .expect(201)
    ).body.id;
  const put = (productId: string, body: object, token = vendor.member.token) =>
    http().put(`/api/v1/products/${productId}/hosting`).set(bearer(token)).send(body);

  it('refuses bad declarations with a code naming the problem', async () => {
    const productId = await newProduct();
    const backwards = host(day(400));
    backwards.certificates[1] = { ...backwards.certificates[1], validFrom: '2026-05-01', validTo: '2026-04-30' };
    const refused = await put(productId, { hosts: [backwards] });
    expect(seen(refused)).toBe('400 CERTIFICATE_DATES_INVALID');
    expect(refused.body.message).toMatch(
      /hosts\[0\]\.certificates\[1\]: validTo 2026-04-30 precedes validFrom 2026-05-01/,
    );
    const french = await http()
      .put(`/api/v1/products/${productId}/hosting`)
      .set(bearer(vendor.member.token))
      .set('Accept-Language', 'fr')
      .send({ hosts: [backwards] });
    expect(french.body.message).toMatch(/précède sa date de début/);

    const exemption = { case: 'research_not_for_care', justification: 'Étude observationnelle sans finalité de soin.' };
    const outcomes = [
      await put(productId, { hosts: [host(day(400))], exemption }),
      await put(productId, { hosts: [] }),
      await put(productId, { hosts: [{ ...host(day(400)), activities: [1, 1, 3] }] }),
      await put(productId, { hosts: [], exemption: { ...exemption, case: 'friendly_host' } }),
      await put(productId, { hosts: [{ ...host(day(400)), activities: [7] }] }),
      await put(productId, {
        hosts: [{ ...host(day(400)), certificates: [{ ...host(day(400)).certificates[0], type: 'cloud' }] }],
      }),
      await put(productId, { hosts: [{ ...host('2027-02-30') }] }),
      await put(productId, { hosts: [], exemption: { case: 'research_not_for_care', justification: '' } }),
    ];
    expect(outcomes.map(seen)).toEqual([
      '400 HOSTING_INVALID',
      '400 HOSTING_INVALID',
      '400 HOSTING_INVALID',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
    ]);
    expect(outcomes[3].body.message).toMatch(/case must be one of: ght_co_responsible/);
    expect(outcomes[4].body.message).toMatch(/activities are numbers from 1 to 6/);
    expect(outcomes[5].body.message).toMatch(/type must be one of: physical_infrastructure, managed_services/);
    expect(outcomes[6].body.message).toMatch(/2027-02-30 is no calendar day/);
    // Nothing was recorded.
    const current = await http()
      .get(`/api/v1/products/${productId}/hosting`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect(current.body).toEqual(expect.objectContaining({ state: 'undeclared', current: null }));
  });

  it('keeps every declaration (a change is a new one), audits it, and says what expires within 90 days', async () => {
    const productId = await newProduct();
    const token = bearer(vendor.member.token);
    const first = await put(productId, { hosts: [host(day(60))] }).expect(200);
    expect(first.body.state).toBe('warning');
    expect(first.body.issues).toEqual([
      expect.objectContaining({ kind: 'certificate_expiring', activity: 1, blocking: false, validTo: day(60) }),
      expect.objectContaining({ kind: 'certificate_expiring', activity: 2, blocking: false }),
    ]);
    // The same declaration again records nothing.
    await put(productId, { hosts: [host(day(60))] }).expect(200);
    const renewed = await put(productId, { hosts: [host(day(1000))] }).expect(200);
    expect(renewed.body).toEqual(expect.objectContaining({ state: 'compliant', issues: [] }));
    const exempt = await put(productId, {
      hosts: [],
      exemption: { case: 'ght_co_responsible', justification: 'Établissement partie au GHT Nord, avenant signé.' },
    }).expect(200);
    expect(exempt.body.state).toBe('exempt');

    const history = await http().get(`/api/v1/products/${productId}/hosting/history`).set(token).expect(200);
    expect(
      history.body.items.map((item: { exemption: { case: string } | null }) => item.exemption?.case ?? 'hosts'),
    ).toEqual(['ght_co_responsible', 'hosts', 'hosts']);
    const audit = await app.dataSource.query(
      `SELECT action, data->>'state' AS state FROM audit_event WHERE target_id = $1 AND action = 'product.hosting_declared' ORDER BY seq`,
      [productId],
    );
    expect(audit).toEqual([
      { action: 'product.hosting_declared', state: 'warning' },
      { action: 'product.hosting_declared', state: 'compliant' },
      { action: 'product.hosting_declared', state: 'exempt' },
    ]);
    await expect(
      app.dataSource.query(`UPDATE product_hosting SET exemption = NULL WHERE product_id = $1`, [productId]),
    ).rejects.toThrow(/append-only/);
  });

  it('blocks the submission of a dossier needing HDS until the hosting is declared and no certificate has expired; reviewers see it', async () => {
    const { dossierId, productId } = await createSegurDossier(app, vendor.member.token);
    const token = bearer(vendor.member.token);
    await acceptAdministrative(app, vendor, reviewer.token, dossierId);
    await http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(token)
      .send({ answers: { profiles: ['general'], hostingMode: 'saas', mobileApp: false, usesCpsCard: false } })
      .expect(200);
    const review = reviewKit(app);
    await review.complete(dossierId, vendor.member.token);
    const attestation = (await review.scenario(dossierId, vendor.member.token, 'INS/va2.5.1')).proofs[0].evidence[0];
    for (const kind of ['cnda_insi', 'cnda_dmp'])
      await http()
        .post(`/api/v1/dossiers/${dossierId}/homologations`)
        .set(token)
        .send({ kind, status: 'granted', number: `CNDA-${kind}`, grantedOn: '2024-09-12', evidenceId: attestation.id })
        .expect(201);
    const needed = await http().get(`/api/v1/dossiers/${dossierId}/hosting`).set(token).expect(200);
    expect(needed.body).toEqual(
      expect.objectContaining({ required: true, requirementCodes: ['SEC/va2.4'], state: 'undeclared' }),
    );

    const undeclared = await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token);
    expect(seen(undeclared)).toBe('422 HOSTING_NOT_COMPLIANT');
    expect(undeclared.body.message).toMatch(/not declared/);

    await put(productId, { hosts: [host(day(-3))] }).expect(200);
    const expired = await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token);
    expect(seen(expired)).toBe('422 HOSTING_NOT_COMPLIANT');
    expect(expired.body.details.issues).toEqual([
      expect.objectContaining({
        kind: 'certificate_expired',
        activity: 1,
        certificateNumber: 'HDS-PHY-01',
        validTo: day(-3),
      }),
      expect.objectContaining({ kind: 'certificate_expired', activity: 2 }),
    ]);

    // Expiring soon warns but does not block.
    await put(productId, { hosts: [host(day(30))] }).expect(200);
    await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token).expect(200);

    const seenByReviewer = await http()
      .get(`/api/v1/dossiers/${dossierId}/hosting`)
      .set(bearer(reviewer.token))
      .expect(200);
    expect(seenByReviewer.body).toEqual(
      expect.objectContaining({
        required: true,
        state: 'warning',
        current: expect.objectContaining({ hosts: [expect.objectContaining({ name: 'Hébergeur Santé Nord' })] }),
      }),
    );
    await http().get(`/api/v1/products/${productId}/hosting/history`).set(bearer(reviewer.token)).expect(200);
    // Reviewers read; they never declare.
    expect(seen(await put(productId, { hosts: [host(day(400))] }, reviewer.token))).toBe('403 FORBIDDEN');
  });

  it('does not stand in the way of a dossier whose answers need no HDS host', async () => {
    const { dossierId } = await createSegurDossier(app, vendor.member.token);
    const token = bearer(vendor.member.token);
    await acceptAdministrative(app, vendor, reviewer.token, dossierId);
    await http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(token)
      .send({ answers: { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false } })
      .expect(200);
    const view = await http().get(`/api/v1/dossiers/${dossierId}/hosting`).set(token).expect(200);
    expect(view.body).toEqual(expect.objectContaining({ required: false, state: 'undeclared' }));
  });
});
