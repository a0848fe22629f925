import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  bearer,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  type Member,
  type Vendor,
} from './support/actors.js';
import { png } from './support/fixtures.js';
import { reviewKit, seen } from './support/review-kit.js';
import {
  acceptAdministrative,
  createSegurDossier,
  fillAdministrative,
  segurReferentialId,
  submitAdministrative,
} from './support/segur-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The campaign around a Ségur référentiel: its milestones (set by the review lead, applied to each
 * dossier as due / met / late), deadline extensions, and the prerequisite homologations whose
 * « in progress » stands in only until its milestone.
 */
describe('Ségur milestones, extensions and homologations', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let lead: Member;
  let lgcId: string;
  const PUBLISHED = [
    { key: 'application_end', label: 'Fin de la période de dépôt des candidatures', dueAt: '2027-03-31T21:59:00.000Z' },
    { key: 'proofs_due', label: 'Dépôt du dossier de preuves complet', dueAt: '2027-06-30T21:59:00.000Z' },
    { key: 'change_request_answer', label: 'Réponse à une demande de compléments', dueAfterDays: 15 },
  ];
  const PAST = '2026-01-15T12:00:00.000Z';
  const answers = { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false };

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `ANS ${Date.now()}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    lead = await createMember(app, authority.id, 'review_lead');
    lgcId = await segurReferentialId(app, vendor.member.token);
  }, 60_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  const http = () => app.http();
  const setMilestones = (token: string, milestones: object) =>
    http().put(`/api/v1/referentials/${lgcId}/milestones`).set(bearer(token)).send(milestones);
  const withDate = (key: string, dueAt: string) =>
    PUBLISHED.map((milestone) => (milestone.key === key ? { ...milestone, dueAt } : milestone));
  const deadlinesOf = async (dossierId: string) =>
    Object.fromEntries(
      (
        await http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(vendor.member.token)).expect(200)
      ).body.deadlines.map((deadline: { key: string }) => [deadline.key, deadline]),
    );

  it('serves the published milestones; only a review lead or the platform admin sets new ones', async () => {
    const published = await http().get(`/api/v1/referentials/${lgcId}/milestones`).set(bearer(vendor.member.token));
    expect(published.body).toEqual(
      PUBLISHED.map((milestone) => ({
        ...milestone,
        ...(milestone.dueAt ? { dueAt: milestone.dueAt.replace('.000Z', 'Z') } : {}),
      })),
    );
    const dmn = await dmnReferentialId(app, vendor.member.token);
    expect(seen(await http().get(`/api/v1/referentials/${dmn}/milestones`).set(bearer(vendor.member.token)))).toBe(
      '409 NOT_SEGUR_REFERENTIAL',
    );
    expect([
      seen(await setMilestones(vendor.admin.token, PUBLISHED)),
      seen(await setMilestones(reviewer.token, PUBLISHED)),
      seen(await setMilestones(lead.token, [{ key: 'proofs_due', label: 'Preuves', dueAt: PAST, dueAfterDays: 3 }])),
      seen(await setMilestones(lead.token, [{ key: 'proofs_due', label: 'Preuves', dueAt: 'demain' }])),
      seen(await setMilestones(lead.token, { key: 'proofs_due' })),
    ]).toEqual([
      '403 FORBIDDEN',
      '403 FORBIDDEN',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
    ]);
    expect((await setMilestones(lead.token, PUBLISHED).expect(200)).body).toEqual(PUBLISHED);
  });

  it('shows each dossier what is due and what is late, refuses a late submission with 409 DEADLINE_PASSED, and lets the review lead extend it', async () => {
    const { dossierId } = await createSegurDossier(app, vendor.member.token);
    const before = await deadlinesOf(dossierId);
    expect(before.application_end).toEqual(
      expect.objectContaining({ dueAt: PUBLISHED[0].dueAt, met: false, late: false, extendedUntil: null }),
    );
    expect(before.change_request_answer).toEqual(expect.objectContaining({ dueAt: null, late: false }));

    await setMilestones(lead.token, withDate('application_end', PAST)).expect(200);
    expect((await deadlinesOf(dossierId)).application_end).toEqual(
      expect.objectContaining({ dueAt: PAST, late: true }),
    );
    let refused: unknown;
    try {
      await submitAdministrative(app, vendor, dossierId);
    } catch (error) {
      refused = error;
    }
    expect(String(refused)).toMatch(/expected 200 "OK", got 409/);
    const late = await http()
      .post(`/api/v1/dossiers/${dossierId}/administrative/submit`)
      .set(bearer(vendor.member.token));
    expect(seen(late)).toBe('409 DEADLINE_PASSED');
    expect(late.body.details).toEqual(expect.objectContaining({ milestone: 'application_end' }));

    // The dossier was never submitted, yet the review lead extends its application period: the
    // extension reaches a Ségur draft by its id, and nothing else of the draft is shown to reviewers.
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const body = { milestone: 'application_end', until, reason: 'Dossier retardé par un changement de représentant.' };
    const extendDraft = (token: string, id = dossierId) =>
      http().post(`/api/v1/dossiers/${id}/extensions`).set(bearer(token)).send(body);
    const { dossierId: dmnDraft } = await (async () => {
      const product = await http()
        .post('/api/v1/products')
        .set(bearer(vendor.member.token))
        .send({ name: 'Produit DMN', version: '1.0' })
        .expect(201);
      const created = await http()
        .post('/api/v1/dossiers')
        .set(bearer(vendor.member.token))
        .send({ productId: product.body.id, referentialId: await dmnReferentialId(app, vendor.member.token) })
        .expect(201);
      return { dossierId: created.body.id as string };
    })();
    expect([
      seen(await extendDraft(reviewer.token)),
      seen(await extendDraft(vendor.admin.token)),
      seen(await extendDraft(lead.token, dmnDraft)),
      seen(await extendDraft(lead.token, '00000000-0000-4000-8000-000000000000')),
    ]).toEqual(['403 FORBIDDEN', '403 FORBIDDEN', '404 DOSSIER_NOT_FOUND', '404 DOSSIER_NOT_FOUND']);
    const draftExtension = await extendDraft(lead.token).expect(201);
    expect(draftExtension.body).toEqual(expect.objectContaining({ milestone: 'application_end', until }));
    expect((await deadlinesOf(dossierId)).application_end).toEqual(
      expect.objectContaining({ dueAt: PAST, extendedUntil: until, late: false, met: false }),
    );
    expect(seen(await http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(lead.token)))).toBe(
      '404 DOSSIER_NOT_FOUND',
    );
    await http()
      .post(`/api/v1/dossiers/${dossierId}/administrative/submit`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect((await deadlinesOf(dossierId)).application_end).toEqual(expect.objectContaining({ met: true, late: false }));
    const draftAudit = (
      await http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(vendor.member.token)).expect(200)
    ).body.filter((event: { action: string }) => event.action === 'segur.deadline_extended');
    expect(draftAudit).toEqual([
      expect.objectContaining({
        actorUserId: lead.id,
        data: expect.objectContaining({ milestone: 'application_end', until, reason: body.reason }),
      }),
    ]);
    await setMilestones(lead.token, PUBLISHED).expect(200);

    // A change request made three days ago with one day to answer: the answer is late. (The
    // journal is append-only, so the past is written in SQL on a second dossier.)
    const { dossierId: sentBack } = await createSegurDossier(app, vendor.member.token);
    await fillAdministrative(app, vendor, sentBack);
    await app.dataSource.query(
      `INSERT INTO segur_record (dossier_id, organization_id, section, data, created_at)
       SELECT id, organization_id, 'administrative_submission', '{"round":1}'::jsonb, now() - interval '4 days' FROM dossier WHERE id = $1
       UNION ALL
       SELECT id, organization_id, 'administrative_decision', '{"decision":"changes_requested","comment":"Préciser le contact."}'::jsonb,
              now() - interval '3 days' FROM dossier WHERE id = $1`,
      [sentBack],
    );
    await app.dataSource.query(
      `UPDATE dossier SET first_submitted_at = now() - interval '4 days', version = version + 1 WHERE id = $1`,
      [sentBack],
    );
    await setMilestones(
      lead.token,
      PUBLISHED.map((milestone) =>
        milestone.key === 'change_request_answer' ? { ...milestone, dueAfterDays: 1 } : milestone,
      ),
    ).expect(200);
    expect((await deadlinesOf(sentBack)).change_request_answer).toEqual(
      expect.objectContaining({ met: false, late: true }),
    );
    const resubmit = await http()
      .post(`/api/v1/dossiers/${sentBack}/administrative/submit`)
      .set(bearer(vendor.member.token));
    expect(seen(resubmit)).toBe('409 DEADLINE_PASSED');
    const extend = (token: string, extension: Record<string, unknown>) =>
      http().post(`/api/v1/dossiers/${sentBack}/extensions`).set(bearer(token)).send(extension);
    const answer = { milestone: 'change_request_answer', until, reason: 'Le représentant légal change ce mois-ci.' };
    expect([
      seen(await extend(vendor.admin.token, answer)),
      seen(await extend(reviewer.token, answer)),
      seen(await extend(lead.token, { ...answer, milestone: 'never' })),
      seen(await extend(lead.token, { ...answer, until: PAST })),
    ]).toEqual(['403 FORBIDDEN', '403 FORBIDDEN', '422 UNKNOWN_MILESTONE', '400 VALIDATION_FAILED']);
    const granted = await extend(lead.token, answer).expect(201);
    expect(granted.body).toEqual(expect.objectContaining({ milestone: 'change_request_answer', until }));
    expect((await deadlinesOf(sentBack)).change_request_answer).toEqual(
      expect.objectContaining({ late: false, extendedUntil: until }),
    );
    await http()
      .post(`/api/v1/dossiers/${sentBack}/administrative/submit`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect((await deadlinesOf(sentBack)).change_request_answer).toEqual(
      expect.objectContaining({ met: true, dueAt: null }),
    );
    const actions = (await http().get(`/api/v1/dossiers/${sentBack}/audit`).set(bearer(vendor.member.token))).body.map(
      (event: { action: string }) => event.action,
    );
    expect(actions).toContain('segur.deadline_extended');
    await setMilestones(lead.token, PUBLISHED).expect(200);
  });

  it('records homologations; « in progress » stands in only until its milestone, after which submission says why it is incomplete', async () => {
    const { dossierId } = await createSegurDossier(app, vendor.member.token);
    const token = bearer(vendor.member.token);
    const record = (body: Record<string, unknown>) =>
      http().post(`/api/v1/dossiers/${dossierId}/homologations`).set(token).send(body);
    expect(seen(await record({ kind: 'cnda_insi', status: 'granted', number: 'X', grantedOn: '2024-01-01' }))).toBe(
      '409 PHASE_NOT_OPEN',
    );
    await acceptAdministrative(app, vendor, reviewer.token, dossierId);
    await http().put(`/api/v1/dossiers/${dossierId}/answers`).set(token).send({ answers }).expect(200);
    const listed = (await http().get(`/api/v1/dossiers/${dossierId}/homologations`).set(token).expect(200)).body;
    expect(
      listed.map(({ kind, status, needed }: { kind: string; status: string; needed: boolean }) => [
        kind,
        status,
        needed,
      ]),
    ).toEqual([
      ['cnda_insi', 'missing', true],
      ['cnda_dmp', 'missing', true],
    ]);
    const screenshot = await http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(token)
      .field('proof', 'INS/va2.5.1.1')
      .attach('file', png(), 'espace-homologation.png')
      .expect(201);
    expect([
      seen(await record({ kind: 'cnda_xyz', status: 'granted', number: 'X', grantedOn: '2024-01-01' })),
      seen(await record({ kind: 'cnda_dmp', status: 'granted', grantedOn: '2024-01-01' })),
      seen(await record({ kind: 'cnda_insi', status: 'in_progress' })),
      seen(
        await record({ kind: 'cnda_insi', status: 'in_progress', evidenceId: '00000000-0000-4000-8000-000000000000' }),
      ),
      seen(await record({ kind: 'cnda_insi', status: 'maybe' })),
    ]).toEqual([
      '422 UNKNOWN_HOMOLOGATION',
      '400 VALIDATION_FAILED',
      '400 VALIDATION_FAILED',
      '404 EVIDENCE_NOT_FOUND',
      '400 VALIDATION_FAILED',
    ]);
    const inProgress = await record({
      kind: 'cnda_insi',
      status: 'in_progress',
      evidenceId: screenshot.body.id,
    }).expect(201);
    expect(inProgress.body).toEqual(
      expect.objectContaining({ status: 'in_progress', satisfied: true, inProgressUntil: PUBLISHED[1].dueAt }),
    );
    await record({
      kind: 'cnda_dmp',
      status: 'granted',
      number: 'CNDA-DMP-0412',
      grantedOn: '2024-09-12',
      evidenceId: screenshot.body.id,
    }).expect(201);

    // The proof milestone passes; the review lead extends the submission for this dossier only.
    await setMilestones(lead.token, withDate('proofs_due', PAST)).expect(200);
    await reviewKit(app).complete(dossierId, vendor.member.token);
    expect(seen(await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token))).toBe('409 DEADLINE_PASSED');
    await http()
      .post(`/api/v1/dossiers/${dossierId}/extensions`)
      .set(bearer(lead.token))
      .send({
        milestone: 'proofs_due',
        until: new Date(Date.now() + 86_400_000).toISOString(),
        reason: 'Délai accordé.',
      })
      .expect(201);
    const view = (await http().get(`/api/v1/dossiers/${dossierId}`).set(token).expect(200)).body;
    const insi = view.homologations.find((homologation: { kind: string }) => homologation.kind === 'cnda_insi');
    expect(insi).toEqual(expect.objectContaining({ status: 'in_progress', satisfied: false }));
    expect(insi.problem).toMatch(/toujours en cours après l'échéance du 2026-01-15/);
    const incomplete = await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token);
    expect(seen(incomplete)).toBe('422 DOSSIER_INCOMPLETE');
    expect(incomplete.body.details.homologations).toEqual([
      expect.objectContaining({ kind: 'cnda_insi', status: 'in_progress', problem: insi.problem }),
    ]);
    await record({
      kind: 'cnda_insi',
      status: 'granted',
      number: 'CNDA-INSI-0099',
      grantedOn: '2026-02-01',
      evidenceId: screenshot.body.id,
    }).expect(201);
    await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token).expect(200);
    const history = await app.dataSource.query(
      `SELECT subject, data->>'status' AS status FROM segur_record WHERE dossier_id = $1 AND section = 'homologation' ORDER BY created_at`,
      [dossierId],
    );
    expect(history).toEqual([
      { subject: 'cnda_insi', status: 'in_progress' },
      { subject: 'cnda_dmp', status: 'granted' },
      { subject: 'cnda_insi', status: 'granted' },
    ]);
    await setMilestones(lead.token, PUBLISHED).expect(200);
  });
});
