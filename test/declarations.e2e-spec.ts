import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalJson } from '@preuve/domain';
import { bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { writePreparationTexts } from './support/preparation.js';
import { fileFor } from './support/labelled-files.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { pageTexts } from './support/pdf-text.js';

type Answers = Record<string, unknown>;

interface Declaration {
  id: string;
  dossierId: string;
  scenarioCode: string;
  round: number;
  declarantName: string;
  declarantRole: string;
  justification: string;
  statementVersion: string;
  statementText: string;
  signedAt: string;
  sha256: string;
  superseded: boolean;
}

interface ScenarioView {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  declaration: { id: string; sha256: string; declarantName: string; scenarioCode: string } | null;
  proofs: { code: string; kinds: string[]; required: boolean }[];
  satisfied: boolean;
  missingProofs: string[];
  missingDeclaration: boolean;
}

interface DossierView {
  id: string;
  status: string;
  completeness: { applicable: number; satisfied: number; missing: number };
  scenarios: ScenarioView[];
}

interface Statement {
  version: string;
  template: string;
  roles: { value: string; label: string }[];
  justificationMinLength: number;
  justificationMaxLength: number;
}

/**
 * INS does not apply: IEU 7.1 and IEU 8.1 (Accès Usager) become non applicable and each needs a
 * sworn declaration; the product is an identity referential, so IEU 2.1 applies.
 */
const NO_INS: Answers = {
  profiles: ['general', 'patient_access'],
  identityRole: 'referential',
  insApplicable: false,
  directorySource: 'none',
  patientAccess: 'account',
  storesReferringDoctor: false,
  storesOtherCorrespondents: false,
};

/** The smallest dossier that needs declarations: Accès Usager only, no INS, no patient account. */
const SMALL_NO_INS: Answers = {
  profiles: ['patient_access'],
  identityRole: 'slave',
  insApplicable: false,
  directorySource: 'none',
  patientAccess: 'none',
  storesReferringDoctor: false,
};

const JUSTIFICATION =
  "Le produit est un outil de télésurveillance déployé pour des patients qui ne disposent d'aucun identifiant " +
  "national de santé : l'INS ne s'applique pas à ce DMN, comme l'indique la convention signée avec l'établissement.";

const DECLARANT = 'Camille Martin';

function valid(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    scenario: 'IEU 7.1',
    declarantName: DECLARANT,
    declarantRole: 'legal_representative',
    justification: JUSTIFICATION,
    ...overrides,
  };
}

/** The text the PDF draws, page after page, one line per text operation. */
function pdfText(pdf: Buffer): string {
  return pageTexts(pdf).join('\n');
}

// ---------------------------------------------------------------------------------------------

describe('sworn declarations (déclarations sur l’honneur)', () => {
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

  async function draft(answers: Answers = NO_INS): Promise<string> {
    const { dossierId } = await createDossier(app, token);
    await app.http().put(`/api/v1/dossiers/${dossierId}/answers`).set(bearer(token)).send({ answers }).expect(200);
    return dossierId;
  }

  function sign(dossierId: string, body: Record<string, unknown> = valid(), as = token) {
    return app.http().post(`/api/v1/dossiers/${dossierId}/declarations`).set(bearer(as)).send(body);
  }

  async function view(dossierId: string): Promise<DossierView> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(token)).expect(200)).body as DossierView;
  }

  function scenario(dossier: DossierView, code: string): ScenarioView {
    const found = dossier.scenarios.find((entry) => entry.code === code);
    if (!found) throw new Error(`The dossier shows no scenario « ${code} »`);
    return found;
  }

  async function declarations(dossierId: string, as = token): Promise<Declaration[]> {
    const response = await app.http().get(`/api/v1/dossiers/${dossierId}/declarations`).set(bearer(as)).expect(200);
    return response.body as Declaration[];
  }

  async function pdf(id: string, as = token) {
    return app.http().get(`/api/v1/declarations/${id}/pdf`).set(bearer(as)).responseType('blob');
  }

  describe('the statement', () => {
    it('GET /declarations/statement gives the versioned text to accept, the two roles and the justification bounds', async () => {
      const response = await app.http().get('/api/v1/declarations/statement').set(bearer(token)).expect(200);
      const statement = response.body as Statement;
      expect(statement).toEqual({
        version: expect.stringMatching(/\S/),
        template: expect.stringContaining("déclare sur l'honneur"),
        roles: [
          { value: 'legal_representative', label: 'Représentant légal' },
          { value: 'delegate', label: expect.stringMatching(/^Délégataire/) },
        ],
        justificationMinLength: 80,
        justificationMaxLength: expect.any(Number),
      });
      for (const placeholder of ['declarant', 'role', 'organization', 'scenario', 'referential', 'product']) {
        expect(statement.template).toContain(`{${placeholder}}`);
      }
    });
  });

  describe('signing the declaration IEU 7.1 needs when INS does not apply', () => {
    let dossierId: string;
    let before: DossierView;
    let created: { status: number; body: Declaration };
    let statement: Statement;
    /** Around the signing request. */
    let sent: number;
    let answered: number;

    beforeAll(async () => {
      dossierId = await draft();
      before = await view(dossierId);
      statement = (await app.http().get('/api/v1/declarations/statement').set(bearer(token)).expect(200))
        .body as Statement;
      sent = Date.now();
      const response = await sign(dossierId);
      answered = Date.now();
      created = { status: response.status, body: response.body as Declaration };
    }, 120_000);

    it('shows IEU 7.1 waived and waiting for its declaration before anything is signed', () => {
      expect(scenario(before, 'IEU 7.1')).toMatchObject({
        applicable: false,
        declarationRequired: true,
        declaration: null,
        satisfied: false,
        missingDeclaration: true,
      });
    });

    it('answers 201 with the declaration, its hash, its signature time and the statement filled in', () => {
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        dossierId,
        scenarioCode: 'IEU 7.1',
        round: 1,
        declarantName: DECLARANT,
        declarantRole: 'legal_representative',
        justification: JUSTIFICATION,
        statementVersion: statement.version,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        superseded: false,
      });
      // Signed while the request was under way.
      expect(Date.parse(created.body.signedAt)).toBeGreaterThanOrEqual(sent);
      expect(Date.parse(created.body.signedAt)).toBeLessThanOrEqual(answered);
      const text = created.body.statementText;
      expect(text).toContain(DECLARANT);
      expect(text).toContain('représentant légal');
      expect(text).toContain('CardioSuivi 3.2.0');
      expect(text).toContain(vendor.organization.name);
      expect(text).toContain('IEU 7.1');
      expect(text).toContain('DMN 1.2.2');
      expect(text).toContain("déclare sur l'honneur");
      // Exactly the published template, every placeholder filled.
      expect(text).toBe(
        statement.template
          .replace('{declarant}', DECLARANT)
          .replace('{role}', 'représentant légal')
          .replace('{organization}', vendor.organization.name)
          .replace('{scenario}', 'IEU 7.1')
          .replace('{referential}', 'DMN 1.2.2')
          .replace('{product}', 'CardioSuivi 3.2.0'),
      );
    });

    it('shows the declaration on IEU 7.1 in the dossier, and the scenario satisfied', async () => {
      const after = await view(dossierId);
      expect(scenario(after, 'IEU 7.1')).toMatchObject({
        declarationRequired: true,
        declaration: {
          id: created.body.id,
          scenarioCode: 'IEU 7.1',
          declarantName: DECLARANT,
          sha256: created.body.sha256,
        },
        satisfied: true,
        missingDeclaration: false,
      });
      // IEU 8.1 still waits for its own declaration; one scenario more is satisfied.
      expect(scenario(after, 'IEU 8.1')).toMatchObject({ declaration: null, satisfied: false });
      expect(after.completeness.satisfied).toBe(before.completeness.satisfied + 1);
      expect(after.completeness.missing).toBe(before.completeness.missing - 1);
      const report = await app.http().get(`/api/v1/dossiers/${dossierId}/completeness`).set(bearer(token)).expect(200);
      expect(report.body.missing).toContainEqual({ scenario: 'IEU 8.1', declaration: true });
      expect(report.body.missing).not.toContainEqual({ scenario: 'IEU 7.1', declaration: true });
    });

    it('keeps the same hash when read again, the SHA-256 of the stored declaration’s canonical JSON', async () => {
      const read = await app.http().get(`/api/v1/declarations/${created.body.id}`).set(bearer(token)).expect(200);
      expect(read.body).toEqual(created.body);
      const listed = await declarations(dossierId);
      expect(listed).toEqual([created.body]);

      // What a verifier holding the stored row recomputes.
      const [row] = await app.dataSource.query(
        `SELECT id, dossier_id, organization_id, scenario_code, round, declarant_name, declarant_role, justification,
                statement_version, statement_text, signed_at, signed_by, signed_by_token, ip, user_agent, sha256
           FROM declaration WHERE id = $1`,
        [created.body.id],
      );
      const recomputed = createHash('sha256')
        .update(
          canonicalJson({
            id: row.id,
            dossierId: row.dossier_id,
            organizationId: row.organization_id,
            scenarioCode: row.scenario_code,
            round: row.round,
            declarantName: row.declarant_name,
            declarantRole: row.declarant_role,
            justification: row.justification,
            statementVersion: row.statement_version,
            statementText: row.statement_text,
            signedAt: (row.signed_at as Date).toISOString(),
            signedBy: row.signed_by,
            signedByToken: row.signed_by_token,
            ip: row.ip,
            userAgent: row.user_agent,
          }),
        )
        .digest('hex');
      expect(row.sha256).toBe(created.body.sha256);
      expect(recomputed).toBe(created.body.sha256);
      expect(row.signed_by).toBe(vendor.member.id);
      expect(row.organization_id).toBe(vendor.organization.id);
    });

    it('serves the declaration as a PDF that carries its hash, the declarant and the statement', async () => {
      const response = await pdf(created.body.id);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/pdf/);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="declaration-IEU-7-1-${created.body.id.slice(0, 8)}.pdf"`,
      );
      const bytes = response.body as Buffer;
      expect(Buffer.isBuffer(bytes)).toBe(true);
      expect(Number(response.headers['content-length'])).toBe(bytes.length);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(bytes).replace(/\s+/g, ' ');
      expect(text.replace(/ /g, '')).toContain(created.body.sha256);
      expect(text).toContain(`Empreinte SHA-256 de la déclaration : ${created.body.sha256.slice(0, 20)}`);
      expect(text).toContain(`Nom : ${DECLARANT}`);
      expect(text).toContain('Qualité : Représentant légal');
      expect(text).toContain(created.body.id);
      expect(text).toContain("déclare sur l'honneur");
      // The same declaration downloads as the same file.
      expect(((await pdf(created.body.id)).body as Buffer).equals(bytes)).toBe(true);
    });

    it('records declaration.signed in the dossier’s audit trail, with the declarant and the hash', async () => {
      const audit = await app.http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(token)).expect(200);
      const signed = (
        audit.body as { action: string; actorUserId: string | null; data: Record<string, unknown> }[]
      ).filter((event) => event.action === 'declaration.signed');
      expect(signed).toEqual([
        expect.objectContaining({
          actorUserId: vendor.member.id,
          data: {
            declarationId: created.body.id,
            scenario: 'IEU 7.1',
            sha256: created.body.sha256,
            declarantName: DECLARANT,
          },
        }),
      ]);
    });

    it('refuses UPDATE and DELETE on the declaration table: declarations are append-only', async () => {
      await expect(
        app.dataSource.query(`UPDATE declaration SET declarant_name = 'Quelqu''un d''autre' WHERE id = $1`, [
          created.body.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query('DELETE FROM declaration WHERE id = $1', [created.body.id])).rejects.toThrow(
        /append-only/,
      );
      const read = await app.http().get(`/api/v1/declarations/${created.body.id}`).set(bearer(token)).expect(200);
      expect(read.body).toEqual(created.body);
    });
  });

  describe('codes and applicability', () => {
    let dossierId: string;

    beforeAll(async () => {
      dossierId = await draft();
    }, 120_000);

    it.each([
      ['the dotted form', 'IEU.8.1'],
      ['lower case', 'ieu 8.1'],
      ['URL-encoding', 'IEU%208.1'],
    ])('accepts the scenario code in %s and stores it canonical', async (_label, code) => {
      const response = await sign(dossierId, valid({ scenario: code }));
      expect(response.status).toBe(201);
      expect(response.body.scenarioCode).toBe('IEU 8.1');
    });

    it('refuses a declaration for IEU 2.1, which applies, with 422 DECLARATION_NOT_REQUIRED', async () => {
      const response = await sign(dossierId, valid({ scenario: 'IEU 2.1' }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'DECLARATION_NOT_REQUIRED',
        details: { scenario: 'IEU 2.1', applicable: true },
      });
    });

    it.each([
      ['a scenario of a profile the product does not declare', 'IEPS 2.1'],
      ['a scenario waived by an answer that calls for no declaration', 'ANN 3.1'],
    ])('refuses %s with 422 DECLARATION_NOT_REQUIRED', async (_label, code) => {
      const response = await sign(dossierId, valid({ scenario: code }));
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'DECLARATION_NOT_REQUIRED',
        details: {
          scenario: code,
          applicable: false,
          reasons: expect.arrayContaining([expect.stringMatching(/^Non applicable/)]),
        },
      });
    });

    it.each([
      ['IEU 99.1', 'IEU 99.1'],
      ['a requirement code', 'IEU 7'],
      ['a proof code', 'IEU 7.1.1'],
    ])('answers 404 SCENARIO_NOT_FOUND for %s', async (_label, code) => {
      const response = await sign(dossierId, valid({ scenario: code }));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('SCENARIO_NOT_FOUND');
    });

    it.each(['not a code', 'XYZ 1.1', 'IEU 0.1', ''])('answers 400 INVALID_CODE for « %s »', async (code) => {
      const response = await sign(dossierId, valid({ scenario: code }));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_CODE');
    });

    it('stored nothing for any of the refused codes', async () => {
      expect((await declarations(dossierId)).map((declaration) => declaration.scenarioCode)).toEqual([
        'IEU 8.1',
        'IEU 8.1',
        'IEU 8.1',
      ]);
    });
  });

  describe('validation', () => {
    let dossierId: string;

    beforeAll(async () => {
      dossierId = await draft();
    }, 120_000);

    it.each<[string, Record<string, unknown>, string]>([
      ['a justification of 79 characters', valid({ justification: 'x'.repeat(79) }), 'justification'],
      [
        'a justification that reaches 80 characters only with surrounding spaces',
        valid({ justification: `   ${'x'.repeat(78)}   ` }),
        'justification',
      ],
      ['a missing justification', valid({ justification: undefined }), 'justification'],
      ['an unknown role', valid({ declarantRole: 'ceo' }), 'declarantRole'],
      ['a missing role', valid({ declarantRole: undefined }), 'declarantRole'],
      ['a missing declarant name', valid({ declarantName: undefined }), 'declarantName'],
      ['a declarant name of spaces only', valid({ declarantName: '    ' }), 'declarantName'],
      ['acceptStatement false', valid({ acceptStatement: false }), 'acceptStatement'],
      ['acceptStatement "true" as a string', valid({ acceptStatement: 'true' }), 'acceptStatement'],
      ['an unknown field', valid({ signature: 'CM' }), 'signature'],
      ['a missing scenario', valid({ scenario: undefined }), 'scenario'],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_label, body, field) => {
      const response = await sign(dossierId, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((response.body.details.fields as { field: string }[]).map((entry) => entry.field)).toContain(field);
    });

    it('stored none of the refused declarations, and still accepts a valid one with acceptStatement true', async () => {
      expect(await declarations(dossierId)).toEqual([]);
      const accepted = await sign(
        dossierId,
        valid({ declarantRole: 'delegate', acceptStatement: true, justification: `  ${'y'.repeat(80)}  ` }),
      );
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({ declarantRole: 'delegate', justification: 'y'.repeat(80) });
      expect(accepted.body.statementText).toContain('délégataire du représentant légal');
    });
  });

  describe('a new declaration supersedes the previous one', () => {
    let dossierId: string;
    let first: Declaration;
    let second: Declaration;

    beforeAll(async () => {
      dossierId = await draft();
      first = (await sign(dossierId).expect(201)).body as Declaration;
      second = (
        await sign(
          dossierId,
          valid({ declarantName: 'Dominique Bernard', declarantRole: 'delegate', scenario: 'IEU.7.1' }),
        ).expect(201)
      ).body as Declaration;
    }, 120_000);

    it('lists both, oldest first, the first marked superseded', async () => {
      expect(second.id).not.toBe(first.id);
      expect(second.sha256).not.toBe(first.sha256);
      expect(await declarations(dossierId)).toEqual([
        { ...first, superseded: true },
        { ...second, superseded: false },
      ]);
    });

    it('reads the first as superseded and the second as in force', async () => {
      const readFirst = await app.http().get(`/api/v1/declarations/${first.id}`).set(bearer(token)).expect(200);
      const readSecond = await app.http().get(`/api/v1/declarations/${second.id}`).set(bearer(token)).expect(200);
      expect([readFirst.body.superseded, readSecond.body.superseded]).toEqual([true, false]);
      expect(readFirst.body.sha256).toBe(first.sha256);
      // The superseded declaration's PDF is still there, with its own hash.
      const oldPdf = await pdf(first.id);
      expect(oldPdf.status).toBe(200);
      expect(pdfText(oldPdf.body as Buffer).replace(/\s+/g, '')).toContain(first.sha256);
    });

    it('shows the latest declaration on the scenario', async () => {
      expect(scenario(await view(dossierId), 'IEU 7.1')).toMatchObject({
        declaration: { id: second.id, declarantName: 'Dominique Bernard', sha256: second.sha256 },
        satisfied: true,
      });
    });
  });

  describe('a declaration whose scenario applies again', () => {
    it('is no longer in force once INS applies: IEU 7.1 shows no declaration and asks for its proofs', async () => {
      const dossierId = await draft();
      const signed = (await sign(dossierId).expect(201)).body as Declaration;
      await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(token))
        .send({ answers: { ...NO_INS, insApplicable: true } })
        .expect(200);
      const ieu71 = scenario(await view(dossierId), 'IEU 7.1');
      expect(ieu71).toMatchObject({
        applicable: true,
        declarationRequired: false,
        declaration: null,
        satisfied: false,
      });
      // The declaration itself is kept, as signed.
      expect((await declarations(dossierId)).map((declaration) => declaration.id)).toEqual([signed.id]);
    });
  });

  describe('a submitted dossier', () => {
    let dossierId: string;
    let signed: Declaration[];

    beforeAll(async () => {
      dossierId = await draft(SMALL_NO_INS);
      const dossier = await view(dossierId);
      for (const entry of dossier.scenarios) {
        if (entry.missingDeclaration) await sign(dossierId, valid({ scenario: entry.code })).expect(201);
        for (const code of entry.missingProofs) {
          const proof = entry.proofs.find((candidate) => candidate.code === code)!;
          const file = fileFor(code, proof.kinds);
          await app
            .http()
            .post(`/api/v1/dossiers/${dossierId}/evidence`)
            .set(bearer(token))
            .field('proof', code)
            .attach('file', file.content, file.name)
            .expect(201);
        }
      }
      signed = await declarations(dossierId);
      await writePreparationTexts(() => app.http(), dossierId, token);
      await app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(token)).expect(200);
    }, 120_000);

    it('refuses a new declaration with 409 DOSSIER_LOCKED and keeps the declarations as they were', async () => {
      expect(signed.map((declaration) => declaration.scenarioCode)).toEqual(['IEU 7.1', 'IEU 8.1']);
      const response = await sign(dossierId, valid({ declarantName: 'Après Coup' }));
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'DOSSIER_LOCKED', details: { status: 'submitted' } });
      expect(await declarations(dossierId)).toEqual(signed);
      // Still readable, PDF included.
      expect((await pdf(signed[0].id)).status).toBe(200);
    });
  });

  describe('another tenant', () => {
    let dossierId: string;
    let mine: Declaration;

    beforeAll(async () => {
      dossierId = await draft();
      mine = (await sign(dossierId).expect(201)).body as Declaration;
    }, 120_000);

    /** Status, code and message with the id blanked, to compare with an id that exists nowhere. */
    function answer(response: { status: number; body: { code?: string; message?: string } }, id: string): string {
      return `${response.status} ${response.body.code} ${(response.body.message ?? '').replaceAll(id, '{id}')}`;
    }

    it('answers 404 on signing, listing, reading and downloading, exactly as for ids that do not exist', async () => {
      const nobody = randomUUID();
      const theirs = other.member.token;
      const onMine = [
        answer(await sign(dossierId, valid(), theirs), dossierId),
        answer(await app.http().get(`/api/v1/dossiers/${dossierId}/declarations`).set(bearer(theirs)), dossierId),
        answer(await app.http().get(`/api/v1/declarations/${mine.id}`).set(bearer(theirs)), mine.id),
        answer(await app.http().get(`/api/v1/declarations/${mine.id}/pdf`).set(bearer(theirs)), mine.id),
      ];
      const onNothing = [
        answer(await sign(nobody, valid(), theirs), nobody),
        answer(await app.http().get(`/api/v1/dossiers/${nobody}/declarations`).set(bearer(theirs)), nobody),
        answer(await app.http().get(`/api/v1/declarations/${nobody}`).set(bearer(theirs)), nobody),
        answer(await app.http().get(`/api/v1/declarations/${nobody}/pdf`).set(bearer(theirs)), nobody),
      ];
      expect(onMine.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
        '404 DOSSIER_NOT_FOUND',
        '404 DOSSIER_NOT_FOUND',
        '404 DECLARATION_NOT_FOUND',
        '404 DECLARATION_NOT_FOUND',
      ]);
      expect(onMine).toEqual(onNothing);
      // Nothing was added to the owner's dossier.
      expect(await declarations(dossierId)).toEqual([mine]);
    });
  });
});
