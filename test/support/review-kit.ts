import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import { bearer, createDossier } from './actors.js';
import { fileFor, type TestFile } from './labelled-files.js';
import type { TestApp } from './test-app.js';
import { writePreparationTexts } from './preparation.js';

/*
 * The review suites' toolkit (API suites and the reviewer dashboard's browser test): a dossier
 * prepared, completed and submitted through the API, and the review calls, with the views typed.
 */

export type Answers = Record<string, unknown>;

export interface EvidenceView {
  id: string;
  version: number;
  sha256: string;
}

export interface ScenarioView {
  code: string;
  applicable: boolean;
  declarationRequired: boolean;
  declaration: { id: string } | null;
  proofs: { code: string; kinds: string[]; evidence: EvidenceView[] }[];
  missingProofs: string[];
  missingDeclaration: boolean;
  verdict: string | null;
  verdictComment: string | null;
  verdictRound: number | null;
  version: number;
}

export interface DossierView {
  id: string;
  status: string;
  round: number;
  scenarios: ScenarioView[];
}

/**
 * Few scenarios: Accès Usager (the product receives identities, patients have no account, INS
 * does not apply, so IEU 7.1 and IEU 8.1 need sworn declarations) and the storage of copies of
 * identity documents (INS 46.x). Eleven scenarios apply, two carry a declaration.
 */
export const SMALL: Answers = {
  profiles: ['patient_access', 'identity_document_storage'],
  identityRole: 'slave',
  insApplicable: false,
  directorySource: 'none',
  patientAccess: 'none',
  storesReferringDoctor: false,
};
/** One scenario, one document: ApCV 1.1. */
export const APCV_ONLY: Answers = {
  profiles: ['patient_access_apcv'],
  insApplicable: true,
  directorySource: 'none',
  patientAccess: 'account',
  storesReferringDoctor: false,
};

export const JUSTIFICATION =
  "Le produit ne traite que des patients suivis à l'étranger qui ne disposent d'aucun identifiant national de " +
  "santé : l'INS ne s'applique pas à ce DMN, comme le précise la convention signée avec l'établissement.";

/**
 * A sworn declaration that IEU 7.1 does not apply (INS out of scope), as
 * POST /dossiers/{id}/declarations takes it.
 */
export const DECLARATION = {
  scenario: 'IEU 7.1',
  declarantName: 'Camille Martin',
  declarantRole: 'legal_representative',
  justification:
    "L'INS ne s'applique pas à ce DMN : il suit des patients qui n'ont pas d'identifiant national de santé, " +
    "comme le prévoit la convention signée avec l'établissement.",
};

/** `200`, or `409 VERSION_CONFLICT`: what a client sees first. */
export function seen(response: Response): string {
  return response.status < 300 ? String(response.status) : `${response.status} ${response.body?.code}`;
}

export function reviewKit(app: TestApp) {
  const http = () => app.http();
  const kitApi = {
    async draft(token: string, answers: Answers): Promise<string> {
      const { dossierId } = await createDossier(app, token);
      await http().put(`/api/v1/dossiers/${dossierId}/answers`).set(bearer(token)).send({ answers }).expect(200);
      return dossierId;
    },

    async view(dossierId: string, token: string): Promise<DossierView> {
      return (await http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(token)).expect(200)).body as DossierView;
    },

    async scenario(dossierId: string, token: string, code: string): Promise<ScenarioView> {
      const found = (await kitApi.view(dossierId, token)).scenarios.find((scenario) => scenario.code === code);
      if (!found) throw new Error(`No scenario ${code} in the view`);
      return found;
    },

    upload(dossierId: string, token: string, proof: string, file: TestFile) {
      return http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(bearer(token))
        .field('proof', proof)
        .attach('file', file.content, file.name);
    },

    declare(dossierId: string, token: string, scenario: string, declarantName = 'Camille Martin') {
      return http()
        .post(`/api/v1/dossiers/${dossierId}/declarations`)
        .set(bearer(token))
        .send({ scenario, declarantName, declarantRole: 'legal_representative', justification: JUSTIFICATION });
    },

    /**
     * Provides whatever the dossier lacks: a file per missing proof, a signature per missing
     * declaration, then the conformity texts and waiver justifications preparation asks for.
     */
    async complete(dossierId: string, token: string): Promise<void> {
      for (const scenario of (await kitApi.view(dossierId, token)).scenarios) {
        for (const code of scenario.missingProofs) {
          const proof = scenario.proofs.find((candidate) => candidate.code === code)!;
          const response = await kitApi.upload(dossierId, token, code, fileFor(code, proof.kinds));
          expect({ code, outcome: seen(response) }).toEqual({ code, outcome: '201' });
        }
        if (scenario.missingDeclaration)
          expect(seen(await kitApi.declare(dossierId, token, scenario.code))).toBe('201');
      }
      await writePreparationTexts(http, dossierId, token);
    },

    submit(dossierId: string, token: string) {
      return http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(token));
    },

    /** A complete dossier, submitted (round 1). */
    async submitted(token: string, answers: Answers = APCV_ONLY): Promise<{ id: string; manifestSha256: string }> {
      const id = await kitApi.draft(token, answers);
      await kitApi.complete(id, token);
      const response = await kitApi.submit(id, token);
      expect(seen(response)).toBe('200');
      return { id, manifestSha256: response.body.manifestSha256 as string };
    },

    verdict(dossierId: string, token: string, code: string, body: Record<string, unknown>) {
      return http()
        .put(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/verdict`)
        .set(bearer(token))
        .send(body);
    },

    decide(dossierId: string, token: string, body: Record<string, unknown>) {
      return http().post(`/api/v1/dossiers/${dossierId}/decision`).set(bearer(token)).send(body);
    },

    start(dossierId: string, token: string) {
      return http().post(`/api/v1/dossiers/${dossierId}/review/start`).set(bearer(token));
    },

    assign(dossierId: string, token: string, body: Record<string, unknown> = {}) {
      return http().post(`/api/v1/dossiers/${dossierId}/assign`).set(bearer(token)).send(body);
    },

    queue(token: string, query = '') {
      return http()
        .get(`/api/v1/review/queue${query ? `?${query}` : ''}`)
        .set(bearer(token));
    },

    diff(dossierId: string, token: string, round: number | string) {
      return http().get(`/api/v1/dossiers/${dossierId}/rounds/${round}/diff`).set(bearer(token));
    },

    comments(dossierId: string, token: string, code: string) {
      return http()
        .get(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/comments`)
        .set(bearer(token));
    },

    post(dossierId: string, token: string, code: string, body: unknown) {
      return http()
        .post(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/comments`)
        .set(bearer(token))
        .send(body as object);
    },

    edit(dossierId: string, token: string, code: string, commentId: string, body: unknown) {
      return http()
        .put(`/api/v1/dossiers/${dossierId}/scenarios/${encodeURIComponent(code)}/comments/${commentId}`)
        .set(bearer(token))
        .send(body as object);
    },

    async audit(dossierId: string, token: string): Promise<{ action: string; data: Record<string, unknown> }[]> {
      return (await http().get(`/api/v1/dossiers/${dossierId}/audit`).set(bearer(token)).expect(200)).body;
    },

    /** Every verdict row of a dossier, oldest first, straight from the table. */
    async verdictRows(dossierId: string): Promise<{ scenario_code: string; verdict: string; round: number }[]> {
      return app.dataSource.query(
        'SELECT scenario_code, verdict, round, reviewer_id, reviewer_token, subject FROM scenario_verdict WHERE dossier_id = $1 ORDER BY created_at, id',
        [dossierId],
      );
    },
  };
  return kitApi;
}
