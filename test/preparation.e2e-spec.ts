import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import {
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Vendor,
} from './support/actors.js';
import { fileFor } from './support/labelled-files.js';
import { pageTexts } from './support/pdf-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Answers = Record<string, unknown>;

interface WorkingStatus {
  scenario: string;
  status: string | null;
  reasonCode: string | null;
  conformityText: string | null;
  justification: string | null;
  changes: number;
  suggestion: { status: string; reasonCode: string | null; reason: string } | null;
}

interface ScenarioView {
  code: string;
  applicable: boolean;
  reasons: string[];
  waivedByAnswer: boolean;
  justificationRequired: boolean;
  declarationRequired: boolean;
  missingProofs: string[];
  proofs: { code: string; kinds: string[] }[];
  assessment: WorkingStatus;
}

interface DossierView {
  id: string;
  status: string;
  questions: { key: string; asked: boolean; shown: boolean }[];
  scenarios: ScenarioView[];
}

interface Remediation {
  id: string;
  title: string;
  scenarios: string[];
  state: string;
  overdue: boolean;
  targetDate: string;
}

/**
 * Accès Usager only; the product receives identities (slave) and patients only fill a form:
 * IEU 2.1 and IEU 9.1 are waived by answers, with no sworn declaration asked.
 */
const SLAVE_FORM_ONLY: Answers = {
  profiles: ['patient_access'],
  identityRole: 'slave',
  insApplicable: true,
  directorySource: 'none',
  patientAccess: 'declaration_form_only',
};

const TEXT = 'Le patient se connecte puis consulte ses mesures ; la vidéo déposée montre le parcours complet.';
const WAIVER =
  "Le produit reçoit les identités du référentiel d'identités de l'établissement et ne les gère pas lui-même.";

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('vendor preparation: working statuses, conformity texts, waivers, remediation, readiness', () => {
  let app: TestApp;
  let vendor: Vendor;
  let token: string;
  let other: Vendor;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    token = vendor.member.token;
    other = await createVendor(app);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function draft(answers: Answers = SLAVE_FORM_ONLY): Promise<string> {
    const { dossierId } = await createDossier(app, token);
    await app.http().put(`/api/v1/dossiers/${dossierId}/answers`).set(bearer(token)).send({ answers }).expect(200);
    return dossierId;
  }

  async function view(dossierId: string, as = token): Promise<DossierView> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(as)).expect(200)).body as DossierView;
  }

  function scenario(dossier: DossierView, code: string): ScenarioView {
    const found = dossier.scenarios.find((entry) => entry.code === code);
    if (!found) throw new Error(`no scenario ${code}`);
    return found;
  }

  function put(dossierId: string, code: string, body: Record<string, unknown>, as = token) {
    return app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/assessment`)
      .set(bearer(as))
      .send(body);
  }

  async function upload(dossierId: string, code: string, kinds: string[]): Promise<void> {
    const file = fileFor(code, kinds);
    await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(token))
      .field('proof', code)
      .attach('file', file.content, file.name)
      .expect(201);
  }

  describe('working status of a scenario', () => {
    let dossierId: string;
    beforeAll(async () => {
      dossierId = await draft();
    }, 120_000);

    it('starts without a status; the suggestion says what the answers and evidence say', async () => {
      const dossier = await view(dossierId);
      expect(scenario(dossier, 'IEU 2.1').assessment).toMatchObject({
        status: null,
        changes: 0,
        suggestion: { status: 'non_applicable' },
      });
      expect(scenario(dossier, 'IEU 1.1').assessment).toMatchObject({ status: null, suggestion: null });
    });

    it('keeps every status set, in order, and shows the latest (dotted code accepted)', async () => {
      const first = await put(dossierId, 'IEU.1.1', { status: 'a_confirmer', reasonCode: 'document_not_provided' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ scenario: 'IEU 1.1', status: 'a_confirmer', changes: 1 });
      const second = await put(dossierId, 'IEU 1.1', { status: 'partiel', conformityText: TEXT });
      expect(second.body).toMatchObject({ status: 'partiel', reasonCode: null, conformityText: TEXT, changes: 2 });
      const history = (await app.http().get(`/api/v1/dossiers/${dossierId}/assessments`).set(bearer(token)).expect(200))
        .body as { scenario: string; status: string }[];
      expect(history.filter((row) => row.scenario === 'IEU 1.1').map((row) => row.status)).toEqual([
        'a_confirmer',
        'partiel',
      ]);
      expect(scenario(await view(dossierId), 'IEU 1.1').assessment).toMatchObject({ status: 'partiel', changes: 2 });
    });

    it('never overwrites the vendor’s status with the suggestion: both are shown', async () => {
      const ieu11 = scenario(await view(dossierId), 'IEU 1.1');
      for (const proof of ieu11.proofs) await upload(dossierId, proof.code, proof.kinds);
      const after = scenario(await view(dossierId), 'IEU 1.1');
      expect(after.assessment.status).toBe('partiel');
      expect(after.assessment.suggestion).toMatchObject({ status: 'conforme' });
    });

    it.each([
      [{ status: 'fini' }, 'UNKNOWN_WORKING_STATUS', 'fini'],
      [{ status: 'a_confirmer', reasonCode: 'flemme' }, 'UNKNOWN_REASON_CODE', 'flemme'],
      [{ status: 'a_confirmer' }, 'REASON_CODE_REQUIRED', 'reasonCode'],
      [{ status: 'conforme', reasonCode: 'evidence_ambiguous' }, 'UNKNOWN_REASON_CODE', 'a_confirmer'],
    ])('refuses %j with 400 %s naming %s, and records nothing', async (body, code, named) => {
      const before = (await app.http().get(`/api/v1/dossiers/${dossierId}/assessments`).set(bearer(token))).body;
      const response = await put(dossierId, 'IEU 1.1', body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(code);
      expect(response.body.message).toContain(named);
      expect((await app.http().get(`/api/v1/dossiers/${dossierId}/assessments`).set(bearer(token))).body).toEqual(
        before,
      );
    });

    it('answers 404 for a scenario the référentiel does not have, and for another vendor', async () => {
      expect((await put(dossierId, 'IEU 99.1', { status: 'conforme' })).body.code).toBe('SCENARIO_NOT_FOUND');
      const foreign = await put(dossierId, 'IEU 1.1', { status: 'conforme' }, other.member.token);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('DOSSIER_NOT_FOUND');
    });

    it('audits each change like the other vendor writes', async () => {
      const audit = (await app.http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(token)).expect(200))
        .body as { action: string; data: Record<string, unknown> }[];
      const set = audit.filter((event) => event.action === 'preparation.status_set');
      expect(set.map((event) => event.data.status)).toEqual(['a_confirmer', 'partiel']);
    });

    it('refuses to rewrite a recorded status in the database (append-only)', async () => {
      await expect(app.dataSource.query(`UPDATE scenario_assessment SET status = 'conforme'`)).rejects.toThrow(
        /append-only/,
      );
    });
  });

  describe('remediation plan and readiness', () => {
    let dossierId: string;
    let late: Remediation;
    beforeAll(async () => {
      dossierId = await draft();
      await put(dossierId, 'IEU 1.1', { status: 'non_conforme' }).expect(200);
    }, 120_000);

    it('accepts an action with a past target date and flags it overdue', async () => {
      const response = await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/remediation`)
        .set(bearer(token))
        .send({
          title: 'Écran de consultation',
          scenarios: ['ieu.1.1'],
          effort: 3,
          owner: 'Camille',
          targetDate: isoDay(-10),
        });
      expect(response.status).toBe(201);
      late = response.body as Remediation;
      expect(late).toMatchObject({ scenarios: ['IEU 1.1'], state: 'planned', overdue: true });
    });

    it('refuses an unknown state with 400 naming it, and unknown scenarios with 404 naming them', async () => {
      const state = await app
        .http()
        .patch(`/api/v1/remediation/${late.id}`)
        .set(bearer(token))
        .send({ state: 'oublie' });
      expect(state.status).toBe(400);
      expect(state.body).toMatchObject({ code: 'UNKNOWN_REMEDIATION_STATE' });
      expect(state.body.message).toContain('oublie');
      const scenarios = await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/remediation`)
        .set(bearer(token))
        .send({ title: 'Rien', scenarios: ['IEU 77.1'], effort: 1, owner: 'Camille', targetDate: isoDay(5) });
      expect(scenarios.status).toBe(404);
      expect(scenarios.body.message).toContain('IEU 77.1');
    });

    it('reports statuses per family, what blocks submission and the overdue actions', async () => {
      const readiness = (await app.http().get(`/api/v1/dossiers/${dossierId}/readiness`).set(bearer(token)).expect(200))
        .body as {
        ready: boolean;
        byStatus: Record<string, number>;
        byFamily: { family: string; byStatus: Record<string, number> }[];
        blocking: { scenario: string; kind: string }[];
        overdue: { id: string; daysLate: number }[];
      };
      expect(readiness.ready).toBe(false);
      expect(readiness.byStatus.non_conforme).toBe(1);
      expect(readiness.byFamily.find((family) => family.family === 'IEU')?.byStatus.non_conforme).toBe(1);
      expect(readiness.overdue).toEqual([expect.objectContaining({ id: late.id, daysLate: 10 })]);
      expect(readiness.blocking).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ scenario: 'IEU 2.1', kind: 'justification' }),
          expect.objectContaining({ scenario: 'IEU 9.1', kind: 'justification' }),
          expect.objectContaining({ scenario: 'IEU 1.1', kind: 'conformityText' }),
        ]),
      );
      expect(readiness.blocking.some((item) => item.kind === 'remediation')).toBe(false);
    });

    it('moves the action on by a new state row; done is no longer overdue', async () => {
      const done = await app.http().patch(`/api/v1/remediation/${late.id}`).set(bearer(token)).send({ state: 'done' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ state: 'done', overdue: false });
      const foreign = await app
        .http()
        .patch(`/api/v1/remediation/${late.id}`)
        .set(bearer(other.member.token))
        .send({ state: 'planned' });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('REMEDIATION_NOT_FOUND');
    });

    it('exports the report as a PDF and as a workbook', async () => {
      const pdf = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}/readiness.pdf`)
        .set(bearer(token))
        .responseType('blob');
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = pageTexts(pdf.body as Buffer).join('\n');
      expect(text).toContain('Rapport de préparation');
      expect(text).toContain('Écran de consultation');
      const xlsx = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}/readiness.xlsx`)
        .set(bearer(token))
        .responseType('blob');
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      const bytes = xlsx.body as Buffer;
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Synthèse',
        'Scénarios',
        'Bloquants',
        'Plan de remédiation',
      ]);
      const plan = workbook.getWorksheet('Plan de remédiation')!;
      expect(plan.getRow(2).getCell(1).value).toBe('Écran de consultation');
    });
  });

  describe('submission pre-conditions', () => {
    let dossierId: string;
    beforeAll(async () => {
      dossierId = await draft();
      for (const entry of (await view(dossierId)).scenarios)
        for (const code of entry.missingProofs) {
          const proof = entry.proofs.find((candidate) => candidate.code === code)!;
          await upload(dossierId, code, proof.kinds);
        }
      await put(dossierId, 'IEU 1.1', { status: 'partiel', conformityText: TEXT }).expect(200);
    }, 120_000);

    it('refuses with 422 DOSSIER_INCOMPLETE naming each missing text, justification and remediation', async () => {
      const response = await app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(token));
      expect(response.status).toBe(422);
      const missing = response.body.details.missing as Record<string, unknown>[];
      expect(missing).toEqual(
        expect.arrayContaining([
          { scenario: 'IEU 1.1', remediation: true },
          { scenario: 'IEU 2.1', justification: true },
          { scenario: 'IEU 9.1', justification: true },
        ]),
      );
      expect(missing).not.toContainEqual({ scenario: 'IEU 1.1', conformityText: true });
      const applicable = (await view(dossierId)).scenarios.filter(
        (entry) => entry.applicable && entry.code !== 'IEU 1.1',
      );
      for (const entry of applicable) expect(missing).toContainEqual({ scenario: entry.code, conformityText: true });
    });

    it('submits once every text, justification and action is there; the reviewer reads them beside the evidence', async () => {
      const dossier = await view(dossierId);
      for (const entry of dossier.scenarios) {
        if (entry.applicable && entry.code !== 'IEU 1.1')
          await put(dossierId, entry.code, { status: 'conforme', conformityText: TEXT }).expect(200);
        if (entry.justificationRequired)
          await put(dossierId, entry.code, { status: 'non_applicable', justification: WAIVER }).expect(200);
      }
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/remediation`)
        .set(bearer(token))
        .send({
          title: 'Compléter le parcours',
          scenarios: ['IEU 1.1'],
          effort: 2,
          owner: 'Camille',
          targetDate: isoDay(30),
        })
        .expect(201);
      const submitted = await app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(token));
      expect(submitted.status).toBe(200);

      const authority = await createOrganization(app, 'Autorité préparation', 'authority');
      const reviewer = await createMember(app, authority.id, 'reviewer');
      const seen = await view(dossierId, reviewer.token);
      expect(scenario(seen, 'IEU 2.1').assessment).toMatchObject({ status: 'non_applicable', justification: WAIVER });
      expect(scenario(seen, 'IEU 1.1').assessment).toMatchObject({ status: 'partiel', conformityText: TEXT });
      const readiness = await app.http().get(`/api/v1/dossiers/${dossierId}/readiness`).set(bearer(reviewer.token));
      expect(readiness.status).toBe(200);
      expect(readiness.body.ready).toBe(true);
    });

    it('refuses a new status once submitted (409 DOSSIER_LOCKED)', async () => {
      const response = await put(dossierId, 'IEU 1.1', { status: 'conforme', conformityText: TEXT });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('DOSSIER_LOCKED');
    });
  });

  describe('waivers and the ANN 3 / ANN 5 rule', () => {
    const GENERAL: Answers = { profiles: ['general'], insApplicable: true, directorySource: 'extraction_file' };

    it.each([
      [{ storesReferringDoctor: true }, true],
      [{ storesReferringDoctor: false, storesOtherCorrespondents: true }, true],
      [{ storesReferringDoctor: false, storesOtherCorrespondents: false }, false],
    ])('ANN 3.1 and ANN 5.1 with %j apply: %s', async (answers, applicable) => {
      const dossier = await view(await draft({ ...GENERAL, ...answers }));
      for (const code of ['ANN 3.1', 'ANN 5.1']) {
        const entry = scenario(dossier, code);
        expect(entry.applicable).toBe(applicable);
        expect(entry.justificationRequired).toBe(!applicable);
        if (!applicable) expect(entry.reasons[0]).toMatch(/^Non applicable : /);
        if (!applicable) expect(entry.reasons.some((reason) => reason.startsWith('Applicable'))).toBe(false);
      }
    });

    it('asks about other correspondents while the médecin traitant is not stored, pending until answered', async () => {
      const dossier = await view(await draft({ ...GENERAL, storesReferringDoctor: false }));
      expect(scenario(dossier, 'ANN 3.1')).toMatchObject({ applicable: true, waivedByAnswer: false });
      expect(dossier.questions.find((question) => question.key === 'storesOtherCorrespondents')).toMatchObject({
        asked: true,
        shown: true,
      });
    });

    it('hides the questions that change nothing for the declared profiles', async () => {
      const dossier = await view(await draft());
      const shown = Object.fromEntries(dossier.questions.map((question) => [question.key, question.shown]));
      expect(shown).toMatchObject({
        profiles: true,
        identityRole: true,
        patientAccess: true,
        storesReferringDoctor: false,
      });
      expect(shown.directorySource).toBe(false);
    });
  });
});
