import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { canonicalJson } from '@preuve/domain';
import {
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  type Member,
  type Vendor,
} from './support/actors.js';
import { APCV_ONLY, JUSTIFICATION, SMALL, type Answers } from './support/review-kit.js';
import { fileFor, type LabelledFile } from './support/labelled-files.js';
import { writePreparationTexts } from './support/preparation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface MissingItem {
  scenario: string;
  proof?: string;
  declaration?: true;
}

interface ScenarioView {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  reasons: string[];
  proofs: { code: string; kinds: string[] }[];
  missingProofs: string[];
  missingDeclaration: boolean;
}

interface DossierView {
  id: string;
  status: string;
  round: number;
  version: number;
  productId: string;
  answers: Answers;
  scenarios: ScenarioView[];
}

interface Evidence {
  id: string;
  proofCode: string;
  scenarioCode: string;
  version: number;
  sha256: string;
  size: number;
  mediaType: string;
}

interface Declaration {
  id: string;
  scenarioCode: string;
  sha256: string;
  superseded: boolean;
}

interface Submission {
  id: string;
  round: number;
  manifestSha256: string;
  submittedAt: string;
  manifest: Manifest;
}

interface Manifest {
  manifestVersion: number;
  dossier: { id: string; organizationId: string; productId: string; round: number };
  referential: { id: string; code: string; version: string; contentHash: string };
  answers: Answers;
  scenarios: { code: string; applicable: boolean; declarationRequired: boolean; reasons: string[] }[];
  evidence: Omit<Evidence, never>[];
  declarations: { id: string; scenarioCode: string; sha256: string }[];
  submittedAt: string;
  submittedBy: { userId: string | null; tokenId: string | null };
}

/** What SMALL leaves to provide, in référentiel order. */
const SMALL_MISSING: MissingItem[] = [
  { scenario: 'IEU 1.1', proof: 'IEU 1.1.1' },
  { scenario: 'IEU 3.1', proof: 'IEU 3.1.1' },
  { scenario: 'IEU 4.1', proof: 'IEU 4.1.1' },
  { scenario: 'IEU 5.1', proof: 'IEU 5.1.1' },
  { scenario: 'IEU 6.1', proof: 'IEU 6.1.1' },
  { scenario: 'IEU 7.1', declaration: true },
  { scenario: 'IEU 8.1', declaration: true },
  { scenario: 'IEU 10.1', proof: 'IEU 10.1.1' },
  { scenario: 'IEU 10.2', proof: 'IEU 10.2.1' },
  { scenario: 'IEU 11.1', proof: 'IEU 11.1.1' },
  { scenario: 'IEU 12.1', proof: 'IEU 12.1.1' },
  { scenario: 'INS 46.1', proof: 'INS 46.1.1' },
  { scenario: 'INS 46.2', proof: 'INS 46.2.1' },
  { scenario: 'INS 46.2', proof: 'INS 46.2.2' },
];

const HEX64 = /^[0-9a-f]{64}$/;

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

// ---------------------------------------------------------------------------------------------

describe('completeness and submission', () => {
  let app: TestApp;
  let vendor: Vendor;
  let token: string;
  let reviewer: Member;
  let referentialId: string;
  /** Scenario codes in référentiel order. */
  let order: string[];

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createVendor(app);
    token = vendor.member.token;
    const authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    referentialId = await dmnReferentialId(app, token);
    const tree = await app.http().get(`/api/v1/referentials/${referentialId}`).set(bearer(token)).expect(200);
    order = (tree.body.requirements as { scenarios: { code: string }[] }[]).flatMap((requirement) =>
      requirement.scenarios.map((scenario) => scenario.code),
    );
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function draft(answers: Answers): Promise<string> {
    const { dossierId } = await createDossier(app, token);
    await app.http().put(`/api/v1/dossiers/${dossierId}/answers`).set(bearer(token)).send({ answers }).expect(200);
    return dossierId;
  }

  async function view(dossierId: string, as = token): Promise<DossierView> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(as)).expect(200)).body as DossierView;
  }

  async function completeness(dossierId: string) {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}/completeness`).set(bearer(token)).expect(200)).body as {
      complete: boolean;
      applicable: number;
      satisfied: number;
      missingScenarios: number;
      missing: MissingItem[];
    };
  }

  function upload(dossierId: string, proof: string, file: LabelledFile) {
    return app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(token))
      .field('proof', proof)
      .attach('file', file.content, file.name);
  }

  function declare(dossierId: string, scenario: string, declarantName = 'Camille Martin') {
    return app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/declarations`)
      .set(bearer(token))
      .send({ scenario, declarantName, declarantRole: 'legal_representative', justification: JUSTIFICATION });
  }

  function submit(dossierId: string, as = token) {
    return app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(as));
  }

  async function submissions(dossierId: string, as = token): Promise<Submission[]> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}/submissions`).set(bearer(as)).expect(200))
      .body as Submission[];
  }

  async function audit(dossierId: string): Promise<{ action: string; data: Record<string, unknown> }[]> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(token)).expect(200)).body;
  }

  async function evidenceOf(dossierId: string): Promise<Evidence[]> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}/evidence`).set(bearer(token)).expect(200)).body;
  }

  async function declarationsOf(dossierId: string): Promise<Declaration[]> {
    return (await app.http().get(`/api/v1/dossiers/${dossierId}/declarations`).set(bearer(token)).expect(200)).body;
  }

  async function reviewerSees(dossierId: string): Promise<boolean> {
    const page = await app.http().get('/api/v1/dossiers?limit=100').set(bearer(reviewer.token)).expect(200);
    return (page.body.items as { id: string }[]).some((item) => item.id === dossierId);
  }

  /**
   * Provides whatever the dossier lacks: for each missing proof a file of a kind it accepts, for
   * each missing declaration a signature. Returns what was uploaded, by evidence id.
   */
  async function completeDossier(dossierId: string): Promise<Map<string, LabelledFile>> {
    const uploaded = new Map<string, LabelledFile>();
    for (const scenario of (await view(dossierId)).scenarios) {
      for (const code of scenario.missingProofs) {
        const proof = scenario.proofs.find((candidate) => candidate.code === code)!;
        const file = fileFor(code, proof.kinds);
        const response = await upload(dossierId, code, file);
        expect({ code, status: response.status, mediaType: response.body.mediaType }).toEqual({
          code,
          status: 201,
          mediaType: file.mediaType,
        });
        uploaded.set(response.body.id, file);
      }
      if (scenario.missingDeclaration) expect((await declare(dossierId, scenario.code)).status).toBe(201);
    }
    await writePreparationTexts(() => app.http(), dossierId, token);
    return uploaded;
  }

  describe('an incomplete dossier', () => {
    let dossierId: string;

    beforeAll(async () => {
      dossierId = await draft(SMALL);
    }, 120_000);

    it('GET /completeness lists each missing proof and declaration, in référentiel order', async () => {
      const report = await completeness(dossierId);
      expect(report).toMatchObject({ complete: false, applicable: 11, satisfied: 0, missingScenarios: 13 });
      expect(report.missing.filter((item) => item.proof !== undefined || item.declaration)).toEqual(SMALL_MISSING);
      // Preparation: the DMN référentiel asks for a conformity text on each applicable scenario.
      expect(report.missing.filter((item) => 'conformityText' in item)).toHaveLength(11);
      const positions = report.missing.map((item) => order.indexOf(item.scenario));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('drops an item from the list once it is provided, and only that item', async () => {
      const before = await completeness(dossierId);
      expect((await upload(dossierId, 'INS 46.2.2', fileFor('INS 46.2.2', ['logs']))).status).toBe(201);
      expect((await declare(dossierId, 'IEU.8.1')).status).toBe(201);
      const after = await completeness(dossierId);
      expect(after.missing).toEqual(
        before.missing.filter(
          (item) => !(item.proof === 'INS 46.2.2' || (item.scenario === 'IEU 8.1' && item.declaration)),
        ),
      );
      // IEU 8.1 is now satisfied; INS 46.2 still lacks its document.
      expect(after.satisfied).toBe(1);
      expect(after.missingScenarios).toBe(12);
    });

    it('refuses POST /submit with 422 DOSSIER_INCOMPLETE listing exactly what is missing, and changes nothing', async () => {
      const before = await view(dossierId);
      const expected = (await completeness(dossierId)).missing;
      const response = await submit(dossierId);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'DOSSIER_INCOMPLETE', details: { missing: expected } });
      expect(response.body.message).toContain(`${expected.length} item(s) missing`);
      const after = await view(dossierId);
      expect(after).toEqual(before);
      expect(after.status).toBe('draft');
      expect(await submissions(dossierId)).toEqual([]);
      expect((await audit(dossierId)).map((event) => event.action)).not.toContain('dossier.submitted');
      expect(await reviewerSees(dossierId)).toBe(false);
      // Still a draft: the vendor may go on adding evidence.
      expect((await upload(dossierId, 'IEU 1.1.1', fileFor('IEU 1.1.1', ['screenshot']))).status).toBe(201);
    });
  });

  describe('a complete dossier', () => {
    let dossierId: string;
    let uploaded: Map<string, LabelledFile>;
    let ready: Awaited<ReturnType<typeof completeness>>;
    let seenBefore: boolean;
    let submitted: { status: number; body: Record<string, unknown> };
    let submittedView: DossierView;
    let evidence: Evidence[];
    let declarations: Declaration[];

    beforeAll(async () => {
      dossierId = await draft(SMALL);
      uploaded = await completeDossier(dossierId);
      // A second version of a proof, and a declaration superseded by a newer one.
      const again = fileFor('IEU 1.1.1', ['screenshot']);
      const version2 = await upload(dossierId, 'IEU 1.1.1', again).expect(201);
      uploaded.set(version2.body.id, again);
      await declare(dossierId, 'IEU 7.1', 'Dominique Bernard').expect(201);

      ready = await completeness(dossierId);
      seenBefore = await reviewerSees(dossierId);
      evidence = await evidenceOf(dossierId);
      declarations = await declarationsOf(dossierId);
      const response = await submit(dossierId);
      submitted = { status: response.status, body: response.body };
      submittedView = await view(dossierId);
    }, 120_000);

    it('is complete before submission, with nothing missing', () => {
      expect(ready).toMatchObject({ complete: true, missing: [], missingScenarios: 0, satisfied: 13 });
      expect(evidence).toHaveLength(13);
      expect(evidence.find((item) => item.proofCode === 'IEU 1.1.1' && item.version === 2)).toBeDefined();
      expect(declarations.map((item) => [item.scenarioCode, item.superseded])).toEqual([
        ['IEU 7.1', true],
        ['IEU 8.1', false],
        ['IEU 7.1', false],
      ]);
    });

    it('submits: 200 with status submitted, round 1 and the manifest hash; the dossier is submitted', () => {
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        status: 'submitted',
        round: 1,
        manifestSha256: expect.stringMatching(HEX64),
      });
      expect(submittedView).toMatchObject({ status: 'submitted', round: 1 });
    });

    it('GET /submissions returns the frozen manifest, whose canonical JSON hashes to manifestSha256', async () => {
      const list = await submissions(dossierId);
      expect(list).toEqual([
        {
          id: submitted.body.submissionId,
          round: 1,
          manifestSha256: submitted.body.manifestSha256,
          submittedAt: submitted.body.submittedAt,
          manifest: expect.any(Object),
        },
      ]);
      expect(sha256(canonicalJson(list[0].manifest))).toBe(submitted.body.manifestSha256);
    });

    it('freezes in the manifest the dossier, the référentiel, the answers and every scenario’s applicability', async () => {
      const [{ manifest }] = await submissions(dossierId);
      const referentials = await app.http().get('/api/v1/referentials').set(bearer(token)).expect(200);
      const dmn = (referentials.body as { id: string; contentHash: string }[]).find(
        (entry) => entry.id === referentialId,
      )!;
      expect(manifest).toMatchObject({
        manifestVersion: 1,
        dossier: {
          id: dossierId,
          organizationId: vendor.organization.id,
          productId: submittedView.productId,
          round: 1,
        },
        referential: { id: referentialId, code: 'DMN', version: '1.2.2', contentHash: dmn.contentHash },
        answers: submittedView.answers,
        submittedAt: submitted.body.submittedAt,
        submittedBy: { userId: vendor.member.id, tokenId: null },
      });
      expect(manifest.referential.contentHash).toMatch(HEX64);
      expect(manifest.answers).toMatchObject({ profiles: SMALL.profiles, insApplicable: false });
      expect(manifest.scenarios).toEqual(
        submittedView.scenarios.map(({ code, applicable, declarationRequired, reasons }) => ({
          code,
          applicable,
          declarationRequired,
          reasons,
        })),
      );
    });

    it('lists every evidence version with its id, hash, size and type, matching the bytes uploaded', async () => {
      const [{ manifest }] = await submissions(dossierId);
      const key = (item: { id: string }): string => item.id;
      expect([...manifest.evidence].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        evidence
          .map(({ id, scenarioCode, proofCode, version, sha256: hash, size, mediaType }) => ({
            id,
            scenarioCode,
            proofCode,
            version,
            sha256: hash,
            size,
            mediaType,
          }))
          .sort((a, b) => key(a).localeCompare(key(b))),
      );
      expect(manifest.evidence).toHaveLength(uploaded.size);
      for (const item of manifest.evidence) {
        const file = uploaded.get(item.id)!;
        expect({ proof: item.proofCode, sha256: item.sha256, size: item.size, mediaType: item.mediaType }).toEqual({
          proof: item.proofCode,
          sha256: sha256(file.content),
          size: file.content.length,
          mediaType: file.mediaType,
        });
      }
    });

    it('lists the declarations in force by id and hash (the superseded one is not part of the round)', async () => {
      const [{ manifest }] = await submissions(dossierId);
      const inForce = declarations.filter((item) => !item.superseded);
      expect(manifest.declarations).toEqual(
        inForce
          .map(({ id, scenarioCode, sha256: hash }) => ({ id, scenarioCode, sha256: hash }))
          .sort((a, b) => a.scenarioCode.localeCompare(b.scenarioCode)),
      );
      expect(manifest.declarations.map((item) => item.scenarioCode)).toEqual(['IEU 7.1', 'IEU 8.1']);
    });

    it('locks the dossier: uploads, answers, declarations and a second submit answer 409 DOSSIER_LOCKED', async () => {
      const attempts = [
        await upload(dossierId, 'IEU 1.1.1', fileFor('IEU 1.1.1', ['screenshot'])),
        await app
          .http()
          .put(`/api/v1/dossiers/${dossierId}/answers`)
          .set(bearer(token))
          .send({ answers: { ...SMALL, insApplicable: true } }),
        await declare(dossierId, 'IEU 8.1', 'Après Coup'),
        await submit(dossierId),
      ];
      expect(attempts.map((attempt) => `${attempt.status} ${attempt.body.code}`)).toEqual(
        Array(4).fill('409 DOSSIER_LOCKED'),
      );
      expect(await view(dossierId)).toEqual(submittedView);
      expect(await evidenceOf(dossierId)).toEqual(evidence);
      expect((await declarationsOf(dossierId)).map((item) => item.id)).toEqual(declarations.map((item) => item.id));
      expect((await submissions(dossierId)).map((item) => item.manifestSha256)).toEqual([
        submitted.body.manifestSha256,
      ]);
    });

    it('shows the dossier to reviewers, who had not seen it as a draft, with the same manifest', async () => {
      expect(seenBefore).toBe(false);
      expect(await reviewerSees(dossierId)).toBe(true);
      const asReviewer = await view(dossierId, reviewer.token);
      expect(asReviewer).toMatchObject({ id: dossierId, status: 'submitted' });
      const list = await submissions(dossierId, reviewer.token);
      expect(list.map((item) => item.manifestSha256)).toEqual([submitted.body.manifestSha256]);
    });

    it('records dossier.submitted in the audit trail, naming the manifest hash', async () => {
      const events = (await audit(dossierId)).filter((event) => event.action === 'dossier.submitted');
      expect(events).toEqual([
        expect.objectContaining({
          action: 'dossier.submitted',
          data: expect.objectContaining({
            round: 1,
            manifestSha256: submitted.body.manifestSha256,
            submissionId: submitted.body.submissionId,
          }),
        }),
      ]);
    });

    it('refuses UPDATE and DELETE on the submission table: submissions are append-only', async () => {
      await expect(
        app.dataSource.query(`UPDATE submission SET manifest_sha256 = repeat('0', 64) WHERE dossier_id = $1`, [
          dossierId,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query('DELETE FROM submission WHERE dossier_id = $1', [dossierId])).rejects.toThrow(
        /append-only/,
      );
      const rows = await app.dataSource.query('SELECT manifest_sha256 FROM submission WHERE dossier_id = $1', [
        dossierId,
      ]);
      expect(rows).toEqual([{ manifest_sha256: submitted.body.manifestSha256 }]);
    });
  });

  describe('two submits at once', () => {
    it.each([1, 2, 3])('make exactly one submission (attempt %i): one 200 and one 409', async () => {
      const dossierId = await draft(APCV_ONLY);
      const uploaded = await completeDossier(dossierId);
      expect(uploaded.size).toBe(1);
      expect((await completeness(dossierId)).complete).toBe(true);

      const responses = await Promise.all([submit(dossierId), submit(dossierId)]);
      const outcomes = responses.map((response) => `${response.status} ${response.body.code ?? response.body.status}`);
      expect([...outcomes].sort()).toEqual(['200 submitted', '409 DOSSIER_LOCKED']);

      const winner = responses.find((response) => response.status === 200)!;
      const rows = await app.dataSource.query('SELECT manifest_sha256 FROM submission WHERE dossier_id = $1', [
        dossierId,
      ]);
      expect(rows).toEqual([{ manifest_sha256: winner.body.manifestSha256 }]);
      expect((await audit(dossierId)).filter((event) => event.action === 'dossier.submitted')).toHaveLength(1);
      expect((await view(dossierId)).status).toBe('submitted');
    });
  });
});
