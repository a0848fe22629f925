import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createDossier, createVendor, dmnReferentialId, type Vendor } from './support/actors.js';
import { fileFor } from './support/labelled-files.js';
import { JUSTIFICATION, SMALL } from './support/review-kit.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Answers = Record<string, unknown>;

interface ProofView {
  code: string;
  title: string;
  required: boolean;
  reason?: string;
  kinds: string[];
  evidence: unknown[];
}

interface ScenarioView {
  code: string;
  requirementCode: string;
  title: string;
  applicable: boolean;
  reasons: string[];
  pendingQuestions: string[];
  declarationRequired: boolean;
  declaration: unknown;
  proofs: ProofView[];
  satisfied: boolean;
  missingProofs: string[];
  verdict: string | null;
  version: number;
}

interface DossierView {
  id: string;
  status: string;
  round: number;
  version: number;
  organizationId: string;
  productId: string;
  referentialId: string;
  answers: Answers;
  questions: { key: string; asked: boolean; answered: boolean }[];
  completeness: { applicable: number; satisfied: number; missing: number };
  scenarios: ScenarioView[];
}

interface Question {
  key: string;
  label: string;
  type: 'boolean' | 'choice' | 'multi_choice';
  options?: { value: string; label: string }[];
}

interface ReferentialTree {
  questions: Question[];
  requirements: { code: string; scenarios: { code: string; profiles: string[] }[] }[];
}

interface AuditEvent {
  seq: string;
  action: string;
  actorUserId: string | null;
  data: Record<string, unknown>;
}

const ALL_PROFILES = [
  'general',
  'identity_referential',
  'identity_document_storage',
  'professional_access',
  'patient_access',
  'patient_access_apcv',
];

/** Every question answered, every FAQ condition met: every scenario of DMN 1.2.2 applies. */
const COMPLETE: Answers = {
  profiles: ALL_PROFILES,
  identityRole: 'referential',
  insApplicable: true,
  directorySource: 'fhir_api',
  patientAccess: 'account',
  storesReferringDoctor: true,
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The sentences a person reads: « Applicable : … », « Non applicable : … » or « À confirmer : … ». */
const FRENCH_REASON = /^(Applicable|Non applicable|À confirmer) : \S.*\.$/su;

function scenarioOf(view: DossierView, code: string): ScenarioView {
  const found = view.scenarios.find((scenario) => scenario.code === code);
  if (!found) throw new Error(`The dossier shows no scenario « ${code} »`);
  return found;
}

function proofOf(view: DossierView, scenarioCode: string, proofCode: string): ProofView {
  const found = scenarioOf(view, scenarioCode).proofs.find((proof) => proof.code === proofCode);
  if (!found) throw new Error(`Scenario « ${scenarioCode} » shows no proof « ${proofCode} »`);
  return found;
}

/** Scenarios that ask for something: they apply, or a sworn declaration replaces them. */
function needing(view: DossierView): ScenarioView[] {
  return view.scenarios.filter((scenario) => scenario.applicable || scenario.declarationRequired);
}

describe('products and dossiers over REST', () => {
  let app: TestApp;
  let vendor: Vendor;
  let token: string;
  let referentialId: string;
  let tree: ReferentialTree;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    token = vendor.member.token;
    referentialId = await dmnReferentialId(app, token);
    tree = (await app.http().get(`/api/v1/referentials/${referentialId}`).set(bearer(token)).expect(200))
      .body as ReferentialTree;
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function getDossier(id: string, as = token): Promise<DossierView> {
    const response = await app.http().get(`/api/v1/dossiers/${id}`).set(bearer(as)).expect(200);
    return response.body as DossierView;
  }

  async function putAnswers(id: string, answers: Answers, as = token): Promise<DossierView> {
    const response = await app.http().put(`/api/v1/dossiers/${id}/answers`).set(bearer(as)).send({ answers });
    expect(response.status).toBe(200);
    return response.body as DossierView;
  }

  async function auditTrail(id: string): Promise<AuditEvent[]> {
    const response = await app.http().get(`/api/v1/dossiers/${id}/audit`).set(bearer(token)).expect(200);
    return response.body as AuditEvent[];
  }

  async function dossierIds(as: string): Promise<string[]> {
    const response = await app.http().get('/api/v1/dossiers?limit=100').set(bearer(as)).expect(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  }

  async function productIds(as: string): Promise<string[]> {
    const response = await app.http().get('/api/v1/products?limit=100').set(bearer(as)).expect(200);
    return (response.body.items as { id: string }[]).map((item) => item.id);
  }

  function question(key: string): Question {
    const found = tree.questions.find((entry) => entry.key === key);
    if (!found) throw new Error(`The référentiel has no question « ${key} »`);
    return found;
  }

  /** How a reason shows an answer: « Oui »/« Non » for a boolean, the option's label for a choice. */
  function answerLabel(key: string, value: unknown): string {
    if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
    const option = question(key).options?.find((entry) => entry.value === value);
    if (!option) throw new Error(`Question « ${key} » has no option « ${String(value)} »`);
    return option.label;
  }

  describe('products', () => {
    it('POST /products creates a product with its name, version and description, and GET reads it back', async () => {
      const created = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ name: 'CardioSuivi', version: '3.2.0', description: 'Télésurveillance des insuffisants cardiaques' })
        .expect(201);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organizationId: vendor.organization.id,
        name: 'CardioSuivi',
        version: '3.2.0',
        description: 'Télésurveillance des insuffisants cardiaques',
      });

      const read = await app.http().get(`/api/v1/products/${created.body.id}`).set(bearer(token)).expect(200);
      expect(read.body).toEqual(created.body);
      expect(await productIds(token)).toContain(created.body.id);
    });

    it('accepts a product without description (null) and a name of exactly 200 characters', async () => {
      const name = 'N'.repeat(200);
      const created = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ name, version: '1' })
        .expect(201);
      expect(created.body).toMatchObject({ name, version: '1', description: null });
    });

    it.each([
      ['a missing name', { version: '1.0' }, 'name'],
      ['an empty version', { name: 'CardioSuivi', version: '' }, 'version'],
      ['a version of white space only', { name: 'CardioSuivi', version: '   ' }, 'version'],
      ['an unknown field', { name: 'CardioSuivi', version: '1.0', colour: 'blue' }, 'colour'],
      ['a name over 200 characters', { name: 'N'.repeat(201), version: '1.0' }, 'name'],
      ['a name that is not a string', { name: 42, version: '1.0' }, 'name'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field, and creates nothing', async (_label, body, field) => {
      const before = await productIds(token);
      const response = await app.http().post('/api/v1/products').set(bearer(token)).send(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((response.body.details.fields as { field: string }[]).map((entry) => entry.field)).toContain(field);
      expect(await productIds(token)).toEqual(before);
    });

    it.each([
      ['an unknown UUID', UNKNOWN_ID],
      ['something that is not a UUID', 'not-a-uuid'],
      ['an SQL fragment', "1' OR '1'='1"],
    ])('answers 404 PRODUCT_NOT_FOUND for %s', async (_label, id) => {
      const response = await app
        .http()
        .get(`/api/v1/products/${encodeURIComponent(id)}`)
        .set(bearer(token))
        .expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'PRODUCT_NOT_FOUND' });
    });

    it("answers 404 PRODUCT_NOT_FOUND for another vendor's product, exactly as if it did not exist", async () => {
      const other = await createVendor(app);
      const theirs = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(other.member.token))
        .send({ name: 'Concurrent', version: '1.0' })
        .expect(201);
      const response = await app.http().get(`/api/v1/products/${theirs.body.id}`).set(bearer(token)).expect(404);
      expect(response.body).toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
      expect(await productIds(token)).not.toContain(theirs.body.id);
    });
  });

  describe('creating a dossier', () => {
    let productId: string;
    let created: DossierView;

    beforeAll(async () => {
      const product = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ name: 'GlycoSuivi', version: '2.0.1' })
        .expect(201);
      productId = product.body.id;
      const response = await app
        .http()
        .post('/api/v1/dossiers')
        .set(bearer(token))
        .send({ productId, referentialId })
        .expect(201);
      created = response.body as DossierView;
    }, 120_000);

    it('opens a draft in round 1 with no answers, pinned to the référentiel, and GET shows the same', async () => {
      expect(created).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        status: 'draft',
        round: 1,
        answers: {},
        productId,
        referentialId,
        organizationId: vendor.organization.id,
        version: expect.any(Number),
      });
      expect(await getDossier(created.id)).toEqual(created);
      expect(await dossierIds(token)).toContain(created.id);
    });

    it('shows every scenario of the référentiel, in order, with applicability, reasons and pending questions', () => {
      const expected = tree.requirements.flatMap((requirement) =>
        requirement.scenarios.map((scenario) => ({ code: scenario.code, requirementCode: requirement.code })),
      );
      expect(expected.length).toBeGreaterThan(50);
      expect(created.scenarios.map(({ code, requirementCode }) => ({ code, requirementCode }))).toEqual(expected);
      for (const scenario of created.scenarios) {
        expect(scenario).toMatchObject({
          applicable: expect.any(Boolean),
          reasons: expect.any(Array),
          pendingQuestions: expect.any(Array),
          declarationRequired: expect.any(Boolean),
          proofs: expect.any(Array),
        });
      }
    });

    it('with no answers, everything is « À confirmer » and applicable: nothing is waived before an answer waives it', () => {
      for (const scenario of created.scenarios) {
        expect({ code: scenario.code, applicable: scenario.applicable }).toEqual({
          code: scenario.code,
          applicable: true,
        });
        expect(scenario.declarationRequired).toBe(false);
        expect(scenario.pendingQuestions).toContain('profiles');
        expect(scenario.reasons).toContainEqual(expect.stringMatching(/^À confirmer : .*«.+»/u));
        expect(scenario.reasons.join(' ')).toContain(`« ${question('profiles').label} »`);
      }
      // The FHIR API proof is expected until the directory question has an answer.
      expect(proofOf(created, 'ANN 1.1', 'ANN 1.1.1-API')).toMatchObject({
        required: true,
        reason: expect.stringMatching(/^À confirmer/u),
      });
      expect(scenarioOf(created, 'ANN 1.1').pendingQuestions).toContain('directorySource');
      expect(created.questions.filter((entry) => entry.answered)).toEqual([]);
    });

    it('counts completeness consistently: satisfied + missing = the scenarios that ask for something', () => {
      const { completeness, scenarios } = created;
      expect(completeness.applicable).toBe(scenarios.length);
      expect(completeness.satisfied + completeness.missing).toBe(needing(created).length);
      expect(completeness.missing).toBe(needing(created).filter((scenario) => !scenario.satisfied).length);
      // No evidence yet: every applicable scenario lacks at least one proof.
      expect(completeness.satisfied).toBe(0);
      for (const scenario of scenarios) {
        expect(scenario.satisfied).toBe(false);
        expect(scenario.missingProofs.length).toBeGreaterThan(0);
      }
    });

    describe('refusals, which create nothing', () => {
      let otherVendorsProduct: string;

      beforeAll(async () => {
        const other = await createVendor(app);
        const product = await app
          .http()
          .post('/api/v1/products')
          .set(bearer(other.member.token))
          .send({ name: 'Concurrent', version: '1.0' })
          .expect(201);
        otherVendorsProduct = product.body.id;
      }, 120_000);

      it.each([
        ['an unknown productId', 404, 'PRODUCT_NOT_FOUND', () => ({ productId: UNKNOWN_ID, referentialId })],
        [
          "another vendor's productId",
          404,
          'PRODUCT_NOT_FOUND',
          () => ({ productId: otherVendorsProduct, referentialId }),
        ],
        ['an unknown referentialId', 404, 'REFERENTIAL_NOT_FOUND', () => ({ productId, referentialId: UNKNOWN_ID })],
        ['a productId that is not a UUID', 400, 'VALIDATION_FAILED', () => ({ productId: 'cardio', referentialId })],
        ['a referentialId that is not a UUID', 400, 'VALIDATION_FAILED', () => ({ productId, referentialId: 'DMN' })],
        ['a missing productId', 400, 'VALIDATION_FAILED', () => ({ referentialId })],
        ['an unknown field', 400, 'VALIDATION_FAILED', () => ({ productId, referentialId, status: 'approved' })],
      ])('answers %s with %i %s', async (_label, status, code, body) => {
        const before = await dossierIds(token);
        const response = await app.http().post('/api/v1/dossiers').set(bearer(token)).send(body()).expect(status);
        expect(response.body).toMatchObject({ statusCode: status, code });
        expect(await dossierIds(token)).toEqual(before);
      });
    });
  });

  describe('GET /dossiers', () => {
    it("pages through a vendor's dossiers newest first, each exactly once, and filters by status", async () => {
      const owner = await createVendor(app);
      const created: string[] = [];
      for (let index = 0; index < 5; index += 1) created.push((await createDossier(app, owner.member.token)).dossierId);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
        const page = await app.http().get(`/api/v1/dossiers?${query}`).set(bearer(owner.member.token)).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...(page.body.items as { id: string }[]).map((item) => item.id));
        cursor = page.body.nextCursor as string | null;
      } while (cursor !== null && seen.length <= created.length);
      expect(seen).toEqual([...created].reverse());

      const drafts = await app.http().get('/api/v1/dossiers?status=draft').set(bearer(owner.member.token)).expect(200);
      expect((drafts.body.items as { id: string }[]).map((item) => item.id).sort()).toEqual([...created].sort());
      const submitted = await app
        .http()
        .get('/api/v1/dossiers?status=submitted')
        .set(bearer(owner.member.token))
        .expect(200);
      expect(submitted.body).toEqual({ items: [], nextCursor: null });
      // Another vendor sees none of them.
      expect(await dossierIds(token)).toEqual(expect.not.arrayContaining(created));
    });

    it('gives each item its product and the completeness its dossier view shows, as the content changes', async () => {
      const owner = await createVendor(app);
      const { dossierId } = await createDossier(app, owner.member.token);
      const member = bearer(owner.member.token);
      const listed = async () => {
        const page = await app.http().get('/api/v1/dossiers').set(member).expect(200);
        return (page.body.items as { id: string }[]).find((item) => item.id === dossierId) as Record<string, unknown>;
      };
      const viewed = async () => (await app.http().get(`/api/v1/dossiers/${dossierId}`).set(member).expect(200)).body;

      expect(await listed()).toMatchObject({ productName: 'CardioSuivi', productVersion: '3.2.0' });
      expect((await listed()).completeness).toEqual((await viewed()).completeness);

      await app.http().put(`/api/v1/dossiers/${dossierId}/answers`).set(member).send({ answers: SMALL }).expect(200);
      const before = await listed();
      const view = await viewed();
      expect(before.completeness).toEqual(view.completeness);
      expect(view.completeness).toMatchObject({ satisfied: 0 });

      const scenario = (
        view.scenarios as { code: string; missingProofs: string[]; proofs: { code: string; kinds: string[] }[] }[]
      ).find((candidate) => candidate.missingProofs.length === 1)!;
      const proof = scenario.proofs.find((candidate) => candidate.code === scenario.missingProofs[0])!;
      const file = fileFor(proof.code, proof.kinds);
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(member)
        .field('proof', proof.code)
        .attach('file', file.content, file.name)
        .expect(201);
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/declarations`)
        .set(member)
        .send({
          scenario: 'IEU 7.1',
          declarantName: 'Camille Martin',
          declarantRole: 'legal_representative',
          justification: JUSTIFICATION,
        })
        .expect(201);
      const after = await listed();
      const latest = await viewed();
      expect(after.completeness).toEqual(latest.completeness);
      expect(after.completeness).toMatchObject({ satisfied: 2 });
      // The list's summary fields are the view's, to the character (dates: UTC, milliseconds, Z).
      const { answers: _answers, questions: _questions, scenarios: _scenarios, ...summary } = latest;
      expect(after).toEqual({ ...summary, productName: 'CardioSuivi', productVersion: '3.2.0' });
      expect(after.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it.each([
      ['an unknown status', 'status=archived', 'VALIDATION_FAILED'],
      ['a limit over 100', 'limit=101', 'VALIDATION_FAILED'],
      ['a forged cursor', 'cursor=bm90LWEtY3Vyc29y', 'INVALID_CURSOR'],
    ])('refuses %s with 400', async (_label, query, code) => {
      const response = await app.http().get(`/api/v1/dossiers?${query}`).set(bearer(token)).expect(400);
      expect(response.body).toMatchObject({ code });
    });
  });

  describe('the FAQ rules, end to end (PUT answers, then GET the dossier)', () => {
    interface ScenarioExpectation {
      /** Scenario codes, or every scenario of these families. */
      codes?: string[];
      families?: string[];
      applicable: boolean;
      declarationRequired: boolean;
      /** A reason must say this. */
      reason: RegExp;
    }

    interface ProofExpectation {
      scenario: string;
      proof: string;
      required: boolean;
    }

    interface FaqRow {
      rule: string;
      override: Answers;
      /** The question whose answer decides: the reason quotes its label and the chosen answer. */
      deciding?: string;
      scenarios: ScenarioExpectation[];
      proofs?: ProofExpectation[];
    }

    const rows: FaqRow[] = [
      {
        rule: 'identityRole = slave: IEU 2.1 does not apply to an identity slave, without declaration',
        override: { identityRole: 'slave' },
        deciding: 'identityRole',
        scenarios: [
          {
            codes: ['IEU 2.1'],
            applicable: false,
            declarationRequired: false,
            reason: /^Non applicable : .*esclave de l'identité/su,
          },
        ],
      },
      {
        rule: 'identityRole = referential: IEU 2.1 applies',
        override: { identityRole: 'referential' },
        deciding: 'identityRole',
        scenarios: [{ codes: ['IEU 2.1'], applicable: true, declarationRequired: false, reason: /^Applicable : /u }],
      },
      {
        rule: 'insApplicable = false: IEU 7.1 and IEU 8.1 do not apply and call for a sworn declaration',
        override: { insApplicable: false },
        deciding: 'insApplicable',
        scenarios: [
          {
            codes: ['IEU 7.1', 'IEU 8.1'],
            applicable: false,
            declarationRequired: true,
            reason: /^Non applicable : .*INS/u,
          },
        ],
      },
      {
        rule: 'insApplicable = true: IEU 7.1 and IEU 8.1 apply',
        override: { insApplicable: true },
        deciding: 'insApplicable',
        scenarios: [
          {
            codes: ['IEU 7.1', 'IEU 8.1'],
            applicable: true,
            declarationRequired: false,
            reason: /^Applicable : .*INS/u,
          },
        ],
      },
      {
        rule: 'patientAccess = declaration_form_only: IEU 9.1 (two factors) does not apply',
        override: { patientAccess: 'declaration_form_only' },
        deciding: 'patientAccess',
        scenarios: [
          {
            codes: ['IEU 9.1'],
            applicable: false,
            declarationRequired: false,
            reason: /^Non applicable : .*formulaire de déclaration/u,
          },
        ],
      },
      {
        rule: 'patientAccess = none: IEU 9.1 does not apply',
        override: { patientAccess: 'none' },
        deciding: 'patientAccess',
        scenarios: [
          { codes: ['IEU 9.1'], applicable: false, declarationRequired: false, reason: /^Non applicable : /u },
        ],
      },
      {
        rule: 'patientAccess = account: IEU 9.1 applies',
        override: { patientAccess: 'account' },
        deciding: 'patientAccess',
        scenarios: [
          { codes: ['IEU 9.1'], applicable: true, declarationRequired: false, reason: /^Applicable : .*compte/u },
        ],
      },
      {
        rule: 'storesReferringDoctor = false and no other correspondent: ANN 3.1 and ANN 5.1 do not apply',
        override: { storesReferringDoctor: false, storesOtherCorrespondents: false },
        deciding: 'storesReferringDoctor',
        scenarios: [
          {
            codes: ['ANN 3.1', 'ANN 5.1'],
            applicable: false,
            declarationRequired: false,
            reason: /^Non applicable : .*médecin traitant/u,
          },
        ],
      },
      {
        rule: 'storesReferringDoctor = true: ANN 3.1 and ANN 5.1 apply, naming the médecin traitant',
        override: { storesReferringDoctor: true },
        deciding: 'storesReferringDoctor',
        scenarios: [
          {
            codes: ['ANN 3.1', 'ANN 5.1'],
            applicable: true,
            declarationRequired: false,
            reason: /^Applicable : .*médecin traitant/u,
          },
        ],
      },
      {
        rule: 'directorySource = fhir_api: « ANN 1.1.1-API » and « ANN 2.1.2-LOGS » are required',
        override: { directorySource: 'fhir_api' },
        deciding: 'directorySource',
        scenarios: [],
        proofs: [
          { scenario: 'ANN 1.1', proof: 'ANN 1.1.1-API', required: true },
          { scenario: 'ANN 2.1', proof: 'ANN 2.1.2-LOGS', required: true },
        ],
      },
      {
        rule: 'directorySource = extraction_file: the FHIR API proofs are not required',
        override: { directorySource: 'extraction_file' },
        deciding: 'directorySource',
        scenarios: [],
        proofs: [
          { scenario: 'ANN 1.1', proof: 'ANN 1.1.1-API', required: false },
          { scenario: 'ANN 2.1', proof: 'ANN 2.1.2-LOGS', required: false },
        ],
      },
      {
        rule: 'directorySource = none: the FHIR API proofs are not required',
        override: { directorySource: 'none' },
        deciding: 'directorySource',
        scenarios: [],
        proofs: [
          { scenario: 'ANN 1.1', proof: 'ANN 1.1.1-API', required: false },
          { scenario: 'ANN 2.1', proof: 'ANN 2.1.2-LOGS', required: false },
        ],
      },
      {
        rule: 'profiles without patient_access_apcv: the ApCV scenarios do not apply',
        override: { profiles: ALL_PROFILES.filter((profile) => profile !== 'patient_access_apcv') },
        scenarios: [
          {
            families: ['ApCV'],
            applicable: false,
            declarationRequired: false,
            // The label may spell the hyphen as U+2011 (non-breaking): match any hyphen.
            reason: /^Non applicable : .*profil « Accès Usager[-‐‑‒–]ApCV »/u,
          },
        ],
      },
      {
        rule: 'profiles without professional_access: the PSC and IEPS scenarios do not apply',
        override: { profiles: ALL_PROFILES.filter((profile) => profile !== 'professional_access') },
        scenarios: [
          {
            families: ['PSC', 'IEPS'],
            applicable: false,
            declarationRequired: false,
            reason: /^Non applicable : .*profil « Accès Professionnel »/u,
          },
        ],
      },
    ];

    function selected(view: DossierView, expectation: ScenarioExpectation): ScenarioView[] {
      if (expectation.codes) return expectation.codes.map((code) => scenarioOf(view, code));
      const families = expectation.families ?? [];
      return view.scenarios.filter((scenario) =>
        families.some((family) => scenario.requirementCode.startsWith(`${family} `)),
      );
    }

    it('with the complete answer set, every scenario applies, nothing is pending and no declaration is asked', async () => {
      const { dossierId } = await createDossier(app, token);
      await putAnswers(dossierId, COMPLETE);
      const view = await getDossier(dossierId);
      expect(view.answers).toEqual(COMPLETE);
      expect(view.scenarios.filter((scenario) => !scenario.applicable).map((scenario) => scenario.code)).toEqual([]);
      expect(view.scenarios.filter((scenario) => scenario.pendingQuestions.length > 0)).toEqual([]);
      expect(view.scenarios.filter((scenario) => scenario.declarationRequired)).toEqual([]);
      expect(view.completeness).toEqual({
        applicable: view.scenarios.length,
        satisfied: 0,
        missing: view.scenarios.length,
      });
      for (const scenario of view.scenarios) {
        for (const reason of scenario.reasons) expect(reason).toMatch(FRENCH_REASON);
        expect(scenario.reasons.join(' ')).not.toContain('À confirmer');
      }
    });

    it.each(rows)('$rule', async (row) => {
      const { dossierId } = await createDossier(app, token);
      const answers = { ...COMPLETE, ...row.override };
      const put = await putAnswers(dossierId, answers);
      const view = await getDossier(dossierId);
      expect(view.answers).toEqual(answers);
      expect(put.scenarios).toEqual(view.scenarios);

      // Only the scenarios the rule waives stop applying; everything else still applies.
      const waived = row.scenarios
        .filter((expectation) => !expectation.applicable)
        .flatMap((expectation) => selected(view, expectation).map((scenario) => scenario.code));
      expect(view.scenarios.filter((scenario) => !scenario.applicable).map((scenario) => scenario.code)).toEqual(
        waived,
      );
      expect(view.scenarios.filter((scenario) => scenario.pendingQuestions.length > 0)).toEqual([]);

      for (const expectation of row.scenarios) {
        const scenarios = selected(view, expectation);
        expect(scenarios.length).toBeGreaterThan(0);
        for (const scenario of scenarios) {
          expect({
            code: scenario.code,
            applicable: scenario.applicable,
            declarationRequired: scenario.declarationRequired,
          }).toEqual({
            code: scenario.code,
            applicable: expectation.applicable,
            declarationRequired: expectation.declarationRequired,
          });
          expect(scenario.reasons).toContainEqual(expect.stringMatching(expectation.reason));
          if (row.deciding) {
            const label = `« ${question(row.deciding).label} »`;
            const deciding = scenario.reasons.find((reason) => reason.includes(label));
            expect(deciding).toMatch(expectation.reason);
            expect(deciding).toContain(answerLabel(row.deciding, answers[row.deciding]));
          }
          if (!expectation.applicable) {
            expect(scenario.proofs.filter((proof) => proof.required)).toEqual([]);
            expect(scenario.missingProofs).toEqual([]);
            // A waived scenario that needs a declaration is missing until the declaration exists.
            expect(scenario.satisfied).toBe(!expectation.declarationRequired);
          }
        }
      }

      for (const expected of row.proofs ?? []) {
        const proof = proofOf(view, expected.scenario, expected.proof);
        expect({ code: proof.code, required: proof.required }).toEqual({
          code: expected.proof,
          required: expected.required,
        });
        if (row.deciding) {
          expect(proof.reason).toContain(`« ${question(row.deciding).label} »`);
          expect(proof.reason).toContain(answerLabel(row.deciding, answers[row.deciding]));
        }
        const missing = scenarioOf(view, expected.scenario).missingProofs;
        if (expected.required) expect(missing).toContain(expected.proof);
        else expect(missing).not.toContain(expected.proof);
      }

      for (const scenario of view.scenarios) {
        for (const reason of scenario.reasons) expect(reason).toMatch(FRENCH_REASON);
      }
      expect(view.completeness.satisfied + view.completeness.missing).toBe(needing(view).length);
    });

    it('a scenario waived for a sworn declaration still counts as missing; one waived by its profile does not', async () => {
      const { dossierId } = await createDossier(app, token);
      const complete = await putAnswers(dossierId, COMPLETE);
      const withoutIns = await putAnswers(dossierId, { ...COMPLETE, insApplicable: false });
      // IEU 7.1 and IEU 8.1 no longer apply, but their declarations are still owed.
      expect(withoutIns.completeness).toEqual({
        applicable: complete.completeness.applicable - 2,
        satisfied: complete.completeness.satisfied,
        missing: complete.completeness.missing,
      });
      for (const code of ['IEU 7.1', 'IEU 8.1']) {
        expect(scenarioOf(withoutIns, code)).toMatchObject({
          applicable: false,
          declarationRequired: true,
          declaration: null,
          satisfied: false,
        });
      }

      const withoutApcv = await putAnswers(dossierId, {
        ...COMPLETE,
        profiles: ALL_PROFILES.filter((profile) => profile !== 'patient_access_apcv'),
      });
      const apcv = withoutApcv.scenarios.filter((scenario) => scenario.requirementCode.startsWith('ApCV '));
      expect(apcv.length).toBeGreaterThan(0);
      expect(withoutApcv.completeness).toEqual({
        applicable: complete.completeness.applicable - apcv.length,
        satisfied: complete.completeness.satisfied,
        missing: complete.completeness.missing - apcv.length,
      });
    });
  });

  describe('PUT /dossiers/{id}/answers', () => {
    it('refuses unknown keys, wrong types and values outside the options all at once with 400 INVALID_ANSWERS, and keeps the previous answers', async () => {
      const { dossierId } = await createDossier(app, token);
      const stored = await putAnswers(dossierId, COMPLETE);
      const eventsBefore = await auditTrail(dossierId);

      const response = await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(token))
        .send({
          answers: {
            ...COMPLETE,
            colour: 'blue',
            insApplicable: 'yes',
            directorySource: 'carrier_pigeon',
            profiles: ['general', 'telepathy'],
            storesReferringDoctor: 1,
          },
        })
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'INVALID_ANSWERS' });
      const errors = response.body.details.answers as { key: string; code: string; message: string }[];
      expect(errors.map(({ key, code }) => ({ key, code })).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
        { key: 'colour', code: 'UNKNOWN_QUESTION' },
        { key: 'directorySource', code: 'VALUE_NOT_IN_OPTIONS' },
        { key: 'insApplicable', code: 'WRONG_TYPE' },
        { key: 'profiles', code: 'VALUE_NOT_IN_OPTIONS' },
        { key: 'storesReferringDoctor', code: 'WRONG_TYPE' },
      ]);
      for (const error of errors) expect(error.message).toContain(error.key);
      for (const key of ['colour', 'directorySource', 'insApplicable', 'profiles', 'storesReferringDoctor']) {
        expect(response.body.message).toContain(key);
      }

      const after = await getDossier(dossierId);
      expect(after.answers).toEqual(COMPLETE);
      expect(after.version).toBe(stored.version);
      expect(await auditTrail(dossierId)).toEqual(eventsBefore);
    });

    it.each([
      ['a body without answers', {}],
      ['answers that are a string', { answers: 'all of them' }],
      ['answers that are a list', { answers: [COMPLETE] }],
      ['answers that are null', { answers: null }],
      ['an unknown field beside answers', { answers: COMPLETE, status: 'approved' }],
    ])('refuses %s with 400 VALIDATION_FAILED and keeps the previous answers', async (_label, body) => {
      const { dossierId } = await createDossier(app, token);
      const previous = { profiles: ['general'], directorySource: 'extraction_file' };
      await putAnswers(dossierId, previous);
      const response = await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(token))
        .send(body)
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((await getDossier(dossierId)).answers).toEqual(previous);
    });

    // (« __proto__ » and « constructor » are stripped by Nest's ValidationPipe before anything sees them.)
    it.each(['toString', 'hasOwnProperty', 'valueOf'])(
      'refuses the key « %s » as an unknown question (400 INVALID_ANSWERS), not silently',
      async (key) => {
        const { dossierId } = await createDossier(app, token);
        await putAnswers(dossierId, COMPLETE);
        const response = await app
          .http()
          .put(`/api/v1/dossiers/${dossierId}/answers`)
          .set(bearer(token))
          .set('content-type', 'application/json')
          .send(`{"answers":{"profiles":["general"],${JSON.stringify(key)}:{"profiles":["general"]}}}`)
          .expect(400);
        expect(response.body).toMatchObject({ code: 'INVALID_ANSWERS' });
        expect(response.body.details.answers).toEqual([expect.objectContaining({ key, code: 'UNKNOWN_QUESTION' })]);
        expect((await getDossier(dossierId)).answers).toEqual(COMPLETE);
      },
    );

    it('drops a follow-up answer its parent makes irrelevant, and shows the question as not asked', async () => {
      const { dossierId } = await createDossier(app, token);
      const put = await putAnswers(dossierId, { profiles: ['general'], identityRole: 'slave', patientAccess: 'none' });
      const view = await getDossier(dossierId);
      expect(put.answers).toEqual({ profiles: ['general'] });
      expect(view.answers).toEqual({ profiles: ['general'] });
      const state = (key: string) => view.questions.find((entry) => entry.key === key);
      expect(state('identityRole')).toEqual({ key: 'identityRole', asked: false, answered: false, shown: false });
      expect(state('patientAccess')).toEqual({ key: 'patientAccess', asked: false, answered: false, shown: false });
      expect(state('profiles')).toEqual({ key: 'profiles', asked: true, answered: true, shown: true });
      // IEU 2.1 is waived by its profile, not by the dropped « slave » answer.
      const ieu21 = scenarioOf(view, 'IEU 2.1');
      expect(ieu21.applicable).toBe(false);
      expect(ieu21.reasons.join(' ')).not.toContain("esclave de l'identité");

      const [, changed] = await auditTrail(dossierId);
      expect(changed.data).toMatchObject({ ignored: expect.arrayContaining(['identityRole', 'patientAccess']) });
    });

    it('asks the follow-up once its parent makes it relevant', async () => {
      const { dossierId } = await createDossier(app, token);
      const view = await putAnswers(dossierId, { profiles: ['general', 'patient_access'] });
      expect(view.questions.find((entry) => entry.key === 'identityRole')).toEqual({
        key: 'identityRole',
        asked: true,
        answered: false,
        shown: true,
      });
      expect(scenarioOf(view, 'IEU 2.1')).toMatchObject({ applicable: true, pendingQuestions: ['identityRole'] });
      expect(scenarioOf(view, 'IEU 2.1').reasons).toContainEqual(
        expect.stringContaining(`À confirmer : répondez à « ${question('identityRole').label} »`),
      );
    });

    it('replaces the whole set: a key left out (or sent as null) is cleared and becomes « À confirmer » again', async () => {
      const { dossierId } = await createDossier(app, token);
      await putAnswers(dossierId, COMPLETE);
      const { storesReferringDoctor: _cleared, directorySource: _alsoCleared, ...rest } = COMPLETE;
      await putAnswers(dossierId, { ...rest, directorySource: null });
      const view = await getDossier(dossierId);
      expect(view.answers).toEqual(rest);
      expect(view.answers).not.toHaveProperty('storesReferringDoctor');
      expect(view.answers).not.toHaveProperty('directorySource');
      expect(view.questions.find((entry) => entry.key === 'storesReferringDoctor')).toMatchObject({
        asked: true,
        answered: false,
      });
      for (const code of ['ANN 3.1', 'ANN 5.1']) {
        expect(scenarioOf(view, code)).toMatchObject({ applicable: true, pendingQuestions: ['storesReferringDoctor'] });
      }
      expect(proofOf(view, 'ANN 1.1', 'ANN 1.1.1-API')).toMatchObject({
        required: true,
        reason: expect.stringMatching(/^À confirmer/u),
      });
    });

    it("answers 404 DOSSIER_NOT_FOUND for an unknown dossier or another vendor's, and changes nothing", async () => {
      const other = await createVendor(app);
      const theirs = await createDossier(app, other.member.token);
      await putAnswers(theirs.dossierId, { profiles: ['general'] }, other.member.token);
      for (const id of [UNKNOWN_ID, 'not-a-uuid', theirs.dossierId]) {
        const response = await app
          .http()
          .put(`/api/v1/dossiers/${id}/answers`)
          .set(bearer(token))
          .send({ answers: COMPLETE })
          .expect(404);
        expect(response.body).toMatchObject({ code: 'DOSSIER_NOT_FOUND' });
      }
      expect((await getDossier(theirs.dossierId, other.member.token)).answers).toEqual({ profiles: ['general'] });
    });
  });

  describe('audit', () => {
    it('lists dossier.created then each dossier.answers_changed, oldest first, with before and after', async () => {
      const { dossierId, productId } = await createDossier(app, token);
      const first = { profiles: ['general'], insApplicable: true };
      await putAnswers(dossierId, first);
      await putAnswers(dossierId, COMPLETE);

      const events = await auditTrail(dossierId);
      expect(events.map((event) => event.action)).toEqual([
        'dossier.created',
        'dossier.answers_changed',
        'dossier.answers_changed',
      ]);
      const seqs = events.map((event) => BigInt(event.seq));
      expect([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);

      expect(events[0]).toMatchObject({
        actorUserId: vendor.member.id,
        data: { productId, referentialId },
      });
      expect(events[1]).toMatchObject({ actorUserId: vendor.member.id, data: { before: {}, after: first } });
      expect(events[2]).toMatchObject({ actorUserId: vendor.member.id, data: { before: first, after: COMPLETE } });
    });

    it("does not show another vendor's dossier audit (404)", async () => {
      const other = await createVendor(app);
      const theirs = await createDossier(app, other.member.token);
      const response = await app
        .http()
        .get(`/api/v1/dossiers/${theirs.dossierId}/audit`)
        .set(bearer(token))
        .expect(404);
      expect(response.body).toMatchObject({ code: 'DOSSIER_NOT_FOUND' });
    });

    it.each([
      ['UPDATE', "UPDATE audit_event SET action = 'x'"],
      ['DELETE', 'DELETE FROM audit_event'],
      ['TRUNCATE', 'TRUNCATE audit_event'],
    ])('the audit_event table refuses %s (append-only), and the trail is intact', async (_label, sql) => {
      const { dossierId } = await createDossier(app, token);
      await putAnswers(dossierId, COMPLETE);
      const before = await auditTrail(dossierId);
      expect(before).toHaveLength(2);
      await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
      expect(await auditTrail(dossierId)).toEqual(before);
    });
  });

  describe('version', () => {
    it('increases after each PUT answers, and GET and the list show the latest', async () => {
      const { dossierId } = await createDossier(app, token);
      const initial = (await getDossier(dossierId)).version;
      const first = await putAnswers(dossierId, { profiles: ['general'] });
      expect(first.version).toBeGreaterThan(initial);
      const second = await putAnswers(dossierId, COMPLETE);
      expect(second.version).toBeGreaterThan(first.version);
      const third = await putAnswers(dossierId, { ...COMPLETE, insApplicable: false });
      expect(third.version).toBeGreaterThan(second.version);

      expect((await getDossier(dossierId)).version).toBe(third.version);
      const list = await app.http().get('/api/v1/dossiers?limit=100').set(bearer(token)).expect(200);
      expect(
        (list.body.items as { id: string; version: number }[]).find((item) => item.id === dossierId),
      ).toMatchObject({ version: third.version });
    });
  });

  describe('GET /dossiers/{id}: validators and compression', () => {
    it('answers 304 with no body while the ETag is current, and the full view again once the dossier changed', async () => {
      const { dossierId } = await createDossier(app, token);
      const first = await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(token)).expect(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^"[\w-]{43}"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');

      const again = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set(bearer(token))
        .set('If-None-Match', etag)
        .expect(304);
      expect(again.text ?? '').toBe('');
      expect(again.headers.etag).toBe(etag);

      await putAnswers(dossierId, { profiles: ['general'] });
      const changed = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set(bearer(token))
        .set('If-None-Match', etag)
        .expect(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect((changed.body as DossierView).answers).toEqual({ profiles: ['general'] });
    });

    it('is gzipped for a client that accepts it, with the same content as the plain body', async () => {
      const { dossierId } = await createDossier(app, token);
      const plain = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set(bearer(token))
        .set('Accept-Encoding', 'identity')
        .expect(200);
      const gzipped = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set(bearer(token))
        .set('Accept-Encoding', 'gzip, deflate')
        .expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toContain('Accept-Encoding');
      expect(gzipped.body).toEqual(plain.body);
      expect((gzipped.body as DossierView).id).toBe(dossierId);
    });

    it('never answers 304 to another vendor holding the ETag: 404 DOSSIER_NOT_FOUND, as for any dossier it cannot see', async () => {
      const { dossierId } = await createDossier(app, token);
      const { etag } = (await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(token)).expect(200)).headers;
      const other = await createVendor(app);
      const refused = await app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set(bearer(other.member.token))
        .set('If-None-Match', etag)
        .expect(404);
      expect(refused.body.code).toBe('DOSSIER_NOT_FOUND');
      expect(refused.headers.etag).toBeUndefined();
    });
  });
});
