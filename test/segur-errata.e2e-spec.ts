import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Member,
  type Vendor,
} from './support/actors.js';
import { seen } from './support/review-kit.js';
import { acceptAdministrative, createSegurDossier, segurReferentialId } from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ScenarioView {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  reasons: string[];
  satisfied: boolean;
  missingProofs: string[];
  proofs: { code: string; required: boolean; title: string }[];
  errata: { id: string | null; kind: string; source: string; text: string; builtIn: boolean }[];
}

/*
 * Errata: FAQ answers that amend a published référentiel, dated, never edited, applied from their
 * date to every dossier not yet decided.
 */
describe('errata to a published référentiel', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let lgcId: string;
  let dossierId: string;
  const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString();
  const TOMORROW = new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `ANS ${Date.now()}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    lgcId = await segurReferentialId(app, vendor.member.token);
    ({ dossierId } = await createSegurDossier(app, vendor.member.token));
    await acceptAdministrative(app, vendor, reviewer.token, dossierId);
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false } })
      .expect(200);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  const http = () => app.http();
  const post = (token: string, body: Record<string, unknown>) =>
    http().post(`/api/v1/referentials/${lgcId}/errata`).set(bearer(token)).send(body);
  const scenario = async (id: string, code: string): Promise<ScenarioView> =>
    (await http().get(`/api/v1/dossiers/${id}`).set(bearer(vendor.member.token)).expect(200)).body.scenarios.find(
      (entry: ScenarioView) => entry.code === code,
    );
  const base = { effectiveFrom: YESTERDAY, source: 'FAQ ANS, question 42', text: 'Exigence retirée pour la vague 2.' };

  it('lets only the authority record one, on a code of the référentiel, with what its kind needs', async () => {
    expect(
      (await http().get(`/api/v1/referentials/${lgcId}/errata`).set(bearer(vendor.member.token)).expect(200)).body,
    ).toEqual([]);
    expect([
      seen(await post(vendor.admin.token, { ...base, kind: 'requirement_withdrawn', target: 'INS/va2.7' })),
      seen(await post(reviewer.token, { ...base, kind: 'requirement_withdrawn', target: 'INS/va9.99' })),
      seen(await post(reviewer.token, { ...base, kind: 'requirement_withdrawn', target: 'INS/va2.7.1.1' })),
      seen(await post(reviewer.token, { ...base, kind: 'alternative_proof', target: 'MSS/va2.2.1' })),
      seen(await post(reviewer.token, { ...base, kind: 'reference_replaced', target: 'INS/va2.1' })),
      seen(await post(reviewer.token, { ...base, kind: 'erased', target: 'INS/va2.7' })),
      seen(await post(reviewer.token, { ...base, kind: 'clarification', target: 'INS/va2.7', effectiveFrom: 'hier' })),
    ]).toEqual([
      '403 FORBIDDEN',
      '422 UNKNOWN_ERRATUM_TARGET',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
    ]);
  });

  it('withdraws a requirement from its date: its scenarios need nothing and their reasons name the erratum', async () => {
    const before = await scenario(dossierId, 'INS/va2.7.1');
    expect([before.applicable, before.satisfied]).toEqual([true, false]);
    const created = await post(reviewer.token, { ...base, kind: 'requirement_withdrawn', target: 'ins.VA2.7' }).expect(
      201,
    );
    expect(created.body.target).toBe('INS/va2.7');
    const after = await scenario(dossierId, 'INS/va2.7.1');
    expect([after.applicable, after.declarationRequired, after.satisfied, after.missingProofs]).toEqual([
      false,
      false,
      true,
      [],
    ]);
    expect(after.reasons.join(' ')).toMatch(
      /^Exigence retirée par l'erratum du \d{2}\/\d{2}\/\d{4} \(FAQ ANS, question 42\)/,
    );
    expect(after.errata).toEqual([
      expect.objectContaining({ id: created.body.id, kind: 'requirement_withdrawn', builtIn: false }),
    ]);
    const upload = await http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'INS/va2.7.1.1')
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'datamatrix.pdf');
    expect(seen(upload)).toBe('422 PROOF_NOT_APPLICABLE');
  });

  it('waits for a future date, and spares a dossier decided before the erratum', async () => {
    await post(reviewer.token, {
      ...base,
      kind: 'requirement_withdrawn',
      target: 'DMP/va2.6',
      effectiveFrom: TOMORROW,
    }).expect(201);
    expect((await scenario(dossierId, 'DMP/va2.6.1')).applicable).toBe(true);
    const { dossierId: decided } = await createSegurDossier(app, vendor.member.token);
    await app.dataSource.query(
      `UPDATE dossier SET status = 'approved', updated_at = now() - interval '2 days', version = version + 1, answers = $2 WHERE id = $1`,
      [decided, JSON.stringify({ profiles: ['general'], hostingMode: 'saas', mobileApp: true, usesCpsCard: true })],
    );
    const spared = await scenario(decided, 'INS/va2.7.1');
    expect([spared.applicable, spared.errata]).toEqual([true, []]);
  });

  it('offers an alternative proof: either proof completes the scenario', async () => {
    const created = await post(reviewer.token, {
      ...base,
      kind: 'alternative_proof',
      target: 'MSS/va2.2.1',
      text: 'Un flux HL7 v2 vaut aussi preuve.',
      proof: { title: 'Flux HL7 v2 du document envoyé', kinds: ['flow'] },
    }).expect(201);
    expect(created.body.proofCodes).toEqual(['MSS/va2.2.1.1-ALT1']);
    const offered = await scenario(dossierId, 'MSS/va2.2.1');
    expect(offered.proofs.map((proof) => [proof.code, proof.required])).toEqual([
      ['MSS/va2.2.1.1', false],
      ['MSS/va2.2.1.1-ALT1', false],
    ]);
    expect(offered.satisfied).toBe(false);
    const upload = await http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'mss.VA2.2.1.1-alt1')
      .attach('file', Buffer.from('MSH|^~\\&|LGC|CABINET|MSS|ANS|20250312||ORU^R01|1|P|2.5\r'), 'flux.txt')
      .expect(201);
    expect(upload.body.proofCode).toBe('MSS/va2.2.1.1-ALT1');
    expect((await scenario(dossierId, 'MSS/va2.2.1')).satisfied).toBe(true);
  });

  it('shows the DMN FAQ clarifications the same way, with their source', async () => {
    const { dossierId: dmn } = await createDossier(app, vendor.member.token);
    const annuaire = await scenario(dmn, 'ANN 1.1');
    expect(annuaire.errata).toEqual([
      expect.objectContaining({ id: null, kind: 'clarification', source: 'FAQ ANS', builtIn: true }),
    ]);
  });

  it('keeps errata append-only and audited', async () => {
    const listed = (
      await http().get(`/api/v1/referentials/${lgcId}/errata`).set(bearer(vendor.member.token)).expect(200)
    ).body;
    expect(listed.map((erratum: { kind: string }) => erratum.kind)).toEqual([
      'requirement_withdrawn',
      'alternative_proof',
      'requirement_withdrawn', // dated tomorrow: last
    ]);
    await expect(app.dataSource.query(`UPDATE referential_erratum SET text = 'x'`)).rejects.toThrow(/append-only/);
    const audited = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM (SELECT action FROM audit_event UNION ALL SELECT action FROM audit_pending) a
       WHERE action = 'referential.erratum_added'`,
    );
    expect(audited[0].count).toBe(3);
  });
});
