import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  bearer,
  createApiToken,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Member,
  type Vendor,
} from './support/actors.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';
import { png } from './support/fixtures.js';
import { reviewKit, seen } from './support/review-kit.js';
import {
  acceptAdministrative,
  CANDIDATURE,
  companyNumbers,
  createSegurDossier,
  LGC_ELIGIBILITY,
  segurReferentialId,
  submitAdministrative,
} from './support/segur-kit.js';

/*
 * The Ségur procedure on a real database: phase 1 (the administrative dossier: candidature with
 * SIREN/SIRET keys, the charter accepted by a vendor administrator, the eligibility form, the
 * declaration of obsolete versions, submission and review), phase 2 opening only once it is
 * accepted, and phase 3 (the référencement with its attestation and the public list).
 */
describe('the Ségur procedure', () => {
  let app: TestApp;
  let vendor: Vendor;
  let reviewer: Member;
  let lead: Member;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    const authority = await createOrganization(app, `ANS ${Date.now()}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    lead = await createMember(app, authority.id, 'review_lead');
  }, 60_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  const http = () => app.http();
  const administrative = (id: string) => `/api/v1/dossiers/${id}/administrative`;

  describe('phase 1, the administrative dossier', () => {
    let dossierId: string;
    beforeAll(async () => {
      ({ dossierId } = await createSegurDossier(app, vendor.member.token));
    }, 120_000);

    it('starts in draft, listing every form it lacks', async () => {
      const view = (await http().get(administrative(dossierId)).set(bearer(vendor.member.token)).expect(200)).body;
      expect(view.status).toBe('draft');
      expect(view.missing.map((gap: { section: string }) => gap.section)).toEqual([
        'candidature',
        'charter',
        'eligibility',
        'obsolete_versions',
      ]);
    });

    it('keeps phase 2 closed: uploads, declarations and submission answer 409 PHASE_NOT_OPEN', async () => {
      const token = bearer(vendor.member.token);
      const upload = await http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(token)
        .field('proof', 'INS/va2.3.1.1')
        .attach('file', png(), 'statuts.png');
      const declaration = await http().post(`/api/v1/dossiers/${dossierId}/declarations`).set(token).send({
        scenario: 'SEC/va2.4.1',
        declarantName: 'Claire Martin',
        declarantRole: 'legal_representative',
        justification: 'La solution est installée chez le professionnel, sans hébergement par l’éditeur.',
      });
      const submit = await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token);
      expect([upload, declaration, submit].map(seen)).toEqual([
        '409 PHASE_NOT_OPEN',
        '409 PHASE_NOT_OPEN',
        '409 PHASE_NOT_OPEN',
      ]);
    });

    it('checks the SIREN and SIRET keys and names the field that fails', async () => {
      const { siren, siret } = companyNumbers();
      const wrongKey = (digits: string) => `${digits.slice(0, -1)}${(Number(digits.at(-1)) + 1) % 10}`;
      const { siret: otherSiret } = companyNumbers();
      const attempts = [
        { ...CANDIDATURE({ siren: wrongKey(siren), siret }), field: 'siren' },
        { ...CANDIDATURE({ siren, siret: wrongKey(siret) }), field: 'siret' },
        { ...CANDIDATURE({ siren, siret: otherSiret }), field: 'siret' },
      ];
      for (const { field, ...body } of attempts) {
        const response = await http()
          .put(`${administrative(dossierId)}/candidature`)
          .set(bearer(vendor.member.token))
          .send(body);
        expect({ field, outcome: seen(response), named: response.body.details?.field }).toEqual({
          field,
          outcome: '400 INVALID_COMPANY_NUMBER',
          named: field,
        });
        expect(response.body.message).toMatch(new RegExp(`^${field}: `));
      }
      const saved = await http()
        .put(`${administrative(dossierId)}/candidature`)
        .set(bearer(vendor.member.token))
        .send(CANDIDATURE({ siren: `${siren.slice(0, 3)} ${siren.slice(3)}`, siret }))
        .expect(200);
      expect(saved.body.candidature).toEqual(expect.objectContaining({ siren, siret, solutionVersion: '7.4.1' }));
    });

    it('lets only a vendor administrator accept the charter, keeping name, role, time and the text’s SHA-256', async () => {
      const body = { signatoryName: 'Claire Martin', signatoryRole: 'Présidente' };
      const byMember = await http()
        .post(`${administrative(dossierId)}/charter`)
        .set(bearer(vendor.member.token))
        .send(body);
      const token = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:write']);
      const byToken = await http()
        .post(`${administrative(dossierId)}/charter`)
        .set(bearer(token.token))
        .send(body);
      expect([seen(byMember), seen(byToken)]).toEqual(['403 FORBIDDEN', '403 FORBIDDEN']);
      const accepted = await http()
        .post(`${administrative(dossierId)}/charter`)
        .set(bearer(vendor.admin.token))
        .send(body)
        .expect(201);
      const referentialId = await segurReferentialId(app, vendor.member.token);
      const tree = (await http().get(`/api/v1/referentials/${referentialId}`).set(bearer(vendor.member.token))).body;
      expect(accepted.body).toEqual({
        acceptedAt: expect.any(String),
        charterVersion: tree.charter.version,
        charterSha256: createHash('sha256').update(tree.charter.text, 'utf8').digest('hex'),
        signatoryName: 'Claire Martin',
        signatoryRole: 'Présidente',
      });
    });

    it('refuses to submit while the eligibility form and the obsolete versions are missing', async () => {
      const response = await http()
        .post(`${administrative(dossierId)}/submit`)
        .set(bearer(vendor.member.token));
      expect(seen(response)).toBe('422 ADMINISTRATIVE_INCOMPLETE');
      expect(response.body.details.missing.map((gap: { section: string }) => gap.section)).toEqual([
        'eligibility',
        'obsolete_versions',
      ]);
    });

    it('validates the eligibility form and the declaration of obsolete versions', async () => {
      const token = bearer(vendor.member.token);
      const unknown = await http()
        .put(`${administrative(dossierId)}/eligibility`)
        .set(token)
        .send({ answers: { ...LGC_ELIGIBILITY, favouriteColour: 'bleu' } });
      expect(seen(unknown)).toBe('400 INVALID_ANSWERS');
      expect(unknown.body.message).toMatch(/favouriteColour/);
      await http()
        .put(`${administrative(dossierId)}/eligibility`)
        .set(token)
        .send({ answers: LGC_ELIGIBILITY })
        .expect(200);
      const noReason = await http()
        .put(`${administrative(dossierId)}/obsolete-versions`)
        .set(token)
        .send({ none: true });
      const noDates = await http()
        .put(`${administrative(dossierId)}/obsolete-versions`)
        .set(token)
        .send({ none: false, versions: [{ version: '6.2' }] });
      const badDate = await http()
        .put(`${administrative(dossierId)}/obsolete-versions`)
        .set(token)
        .send({ none: false, versions: [{ version: '6.2', endOfSale: '31/12/2024' }] });
      expect([noReason, noDates, badDate].map(seen)).toEqual([
        '400 VALIDATION_FAILED',
        '400 VALIDATION_FAILED',
        '400 VALIDATION_FAILED',
      ]);
      const saved = await http()
        .put(`${administrative(dossierId)}/obsolete-versions`)
        .set(token)
        .send({ none: false, versions: [{ version: '6.2', endOfMaintenance: '2024-12-31', endOfSale: '2024-06-30' }] })
        .expect(200);
      expect(saved.body.obsoleteVersions.versions).toEqual([
        { version: '6.2', endOfMaintenance: '2024-12-31', endOfSale: '2024-06-30' },
      ]);
      expect(saved.body.missing).toEqual([]);
    });

    it('is submitted, locked, sent back with a comment, corrected, resubmitted and accepted: phase 2 opens', async () => {
      const vendorToken = bearer(vendor.member.token);
      // Reviewers see no draft.
      expect(seen(await http().get(administrative(dossierId)).set(bearer(reviewer.token)))).toBe(
        '404 DOSSIER_NOT_FOUND',
      );
      expect(
        (
          await http()
            .post(`${administrative(dossierId)}/submit`)
            .set(vendorToken)
            .expect(200)
        ).body.status,
      ).toBe('submitted');
      const locked = await http()
        .put(`${administrative(dossierId)}/candidature`)
        .set(vendorToken)
        .send(CANDIDATURE());
      expect(seen(locked)).toBe('409 DOSSIER_LOCKED');
      const byVendor = await http()
        .post(`${administrative(dossierId)}/decision`)
        .set(vendorToken)
        .send({ decision: 'accepted' });
      const noComment = await http()
        .post(`${administrative(dossierId)}/decision`)
        .set(bearer(reviewer.token))
        .send({ decision: 'changes_requested' });
      expect([seen(byVendor), seen(noComment)]).toEqual(['403 FORBIDDEN', '400 VALIDATION_FAILED']);
      const sentBack = await http()
        .post(`${administrative(dossierId)}/decision`)
        .set(bearer(reviewer.token))
        .send({ decision: 'changes_requested', comment: 'Le SIRET doit être celui du siège.' })
        .expect(200);
      expect([sentBack.body.status, sentBack.body.decision.comment]).toEqual([
        'changes_requested',
        'Le SIRET doit être celui du siège.',
      ]);
      await http()
        .put(`${administrative(dossierId)}/candidature`)
        .set(vendorToken)
        .send(CANDIDATURE())
        .expect(200);
      await http()
        .post(`${administrative(dossierId)}/submit`)
        .set(vendorToken)
        .expect(200);
      const accepted = await http()
        .post(`${administrative(dossierId)}/decision`)
        .set(bearer(reviewer.token))
        .send({ decision: 'accepted' })
        .expect(200);
      expect([accepted.body.status, accepted.body.round]).toEqual(['accepted', 2]);
      const again = await http()
        .post(`${administrative(dossierId)}/decision`)
        .set(bearer(reviewer.token))
        .send({ decision: 'accepted' });
      expect(seen(again)).toBe('409 TRANSITION_REFUSED');
      const dossier = (await http().get(`/api/v1/dossiers/${dossierId}`).set(vendorToken).expect(200)).body;
      expect(dossier.phase).toBe('proofs');

      await http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(vendorToken)
        .send({ answers: { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false } })
        .expect(200);
      const upload = await http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(vendorToken)
        .field('proof', 'ins va2.3.1.1')
        .attach('file', png(), 'statuts.png')
        .expect(201);
      expect(upload.body.proofCode).toBe('INS/va2.3.1.1');
    });

    it('keeps the journal append-only and audited', async () => {
      const actions = (
        await http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(vendor.member.token)).expect(200)
      ).body.map((event: { action: string }) => event.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'segur.administrative.candidature',
          'segur.administrative.charter',
          'segur.administrative.eligibility',
          'segur.administrative.obsolete_versions',
          'segur.administrative.submitted',
          'segur.administrative.changes_requested',
          'segur.administrative.accepted',
        ]),
      );
      await expect(
        app.dataSource.query(`UPDATE segur_record SET data = '{}' WHERE dossier_id = $1`, [dossierId]),
      ).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query(`DELETE FROM segur_record WHERE dossier_id = $1`, [dossierId])).rejects.toThrow(
        /append-only/,
      );
    });

    it('answers 409 NOT_SEGUR_DOSSIER on a DMN dossier', async () => {
      const { dossierId: dmn } = await createDossier(app, vendor.member.token);
      expect(seen(await http().get(administrative(dmn)).set(bearer(vendor.member.token)))).toBe(
        '409 NOT_SEGUR_DOSSIER',
      );
    });
  });

  describe('the reviewer queue', () => {
    it('lists Ségur dossiers from their administrative submission, filtered by programme, dispositif and phase', async () => {
      const { dossierId } = await createSegurDossier(app, vendor.member.token);
      await submitAdministrative(app, vendor, dossierId);
      const queue = async (
        query: string,
      ): Promise<{ id: string; programme: string; phase: string; dispositif: string }[]> =>
        (await http().get(`/api/v1/review/queue?limit=100&${query}`).set(bearer(reviewer.token)).expect(200)).body
          .items;
      const found = (await queue('programme=SEGUR&phase=administrative&dispositif=lgc')).find(
        (item) => item.id === dossierId,
      );
      expect(found).toEqual(
        expect.objectContaining({ programme: 'SEGUR', phase: 'administrative', dispositif: 'LGC' }),
      );
      const ids = async (query: string) => (await queue(query)).map((item) => item.id);
      expect(await ids('phase=proofs')).not.toContain(dossierId);
      expect(await ids('dispositif=DRIMBOX')).not.toContain(dossierId);
      expect(await ids('programme=DMN')).not.toContain(dossierId);
      expect(seen(await http().get('/api/v1/review/queue?phase=later').set(bearer(reviewer.token)))).toBe(
        '400 VALIDATION_FAILED',
      );
    });
  });

  describe('phase 3, the référencement', () => {
    it('turns the review lead’s approval into a numbered référencement with a hashed PDF attestation and a public entry', async () => {
      const { dossierId } = await createSegurDossier(app, vendor.member.token);
      const token = bearer(vendor.member.token);
      expect(seen(await http().get(`/api/v1/dossiers/${dossierId}/referencement`).set(token))).toBe(
        '404 REFERENCEMENT_NOT_FOUND',
      );
      await acceptAdministrative(app, vendor, reviewer.token, dossierId);
      await http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(token)
        .send({ answers: { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false } })
        .expect(200);
      const review = reviewKit(app);
      await review.complete(dossierId, vendor.member.token);
      const attestation = (await review.scenario(dossierId, vendor.member.token, 'INS/va2.5.1')).proofs[0].evidence[0];
      for (const kind of ['cnda_insi', 'cnda_dmp'])
        await http()
          .post(`/api/v1/dossiers/${dossierId}/homologations`)
          .set(token)
          .send({
            kind,
            status: 'granted',
            number: `CNDA-${kind}`,
            grantedOn: '2024-09-12',
            evidenceId: attestation.id,
          })
          .expect(201);
      await http().post(`/api/v1/dossiers/${dossierId}/submit`).set(token).expect(200);
      for (const scenario of (await review.view(dossierId, reviewer.token)).scenarios) {
        if (!scenario.applicable && !scenario.declarationRequired) continue;
        const verdict = await review.verdict(dossierId, reviewer.token, scenario.code, { verdict: 'accepted' });
        expect({ scenario: scenario.code, outcome: seen(verdict) }).toEqual({
          scenario: scenario.code,
          outcome: '200',
        });
      }
      await http()
        .post(`/api/v1/dossiers/${dossierId}/decision`)
        .set(bearer(lead.token))
        .send({ decision: 'approved', comment: 'Conforme.' })
        .expect(200);

      const dossier = (await http().get(`/api/v1/dossiers/${dossierId}`).set(token).expect(200)).body;
      expect([dossier.status, dossier.phase]).toEqual(['approved', 'referenced']);
      const referencement = (await http().get(`/api/v1/dossiers/${dossierId}/referencement`).set(token).expect(200))
        .body;
      expect(referencement).toEqual(
        expect.objectContaining({
          dossierId,
          number: expect.stringMatching(/^SEGUR-LGC-V2-\d{6}$/),
          referentialVersion: '2.0',
          dispositif: 'LGC',
          solutionName: 'MédiCabinet',
          solutionVersion: '7.4.1',
          attestationSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      );
      const pdf = await http()
        .get(`/api/v1/dossiers/${dossierId}/referencement/attestation`)
        .set(token)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const bytes = pdf.body as Buffer;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(referencement.attestationSha256);
      expect(pdf.headers['content-type']).toBe('application/pdf');

      const list = await http().get('/api/v1/referencements?dispositif=lgc').expect(200); // no token
      expect(list.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ number: referencement.number, attestationSha256: referencement.attestationSha256 }),
        ]),
      );
      expect(JSON.stringify(list.body)).not.toContain(dossierId);
      expect((await http().get('/api/v1/referencements?dispositif=DRIMBOX').expect(200)).body).toEqual([]);
      expect(seen(await http().get('/api/v1/referencements?dispositif=%3Cscript%3E'))).toBe('400 VALIDATION_FAILED');
      await expect(app.dataSource.query(`UPDATE referencement SET number = 'X'`)).rejects.toThrow(/append-only/);
    });
  });
});
