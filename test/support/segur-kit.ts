import { randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';
import { luhnCheckDigit } from '@preuve/domain';
import { bearer } from './actors.js';
import type { TestApp } from './test-app.js';

/** A SIREN and a SIRET of it that pass their keys, new each time. */
export function companyNumbers(): { siren: string; siret: string } {
  const payload = String(10_000_000 + (randomBytes(3).readUIntBE(0, 3) % 89_999_999)).slice(0, 8);
  const siren = `${payload}${luhnCheckDigit(payload)}`;
  const establishment = `${siren}0001`;
  return { siren, siret: `${establishment}${luhnCheckDigit(establishment)}` };
}

/** The id of the built-in Ségur working copy of a dispositif (`LGC`, `DRIMBOX`). */
export async function segurReferentialId(app: TestApp, token: string, dispositif = 'LGC'): Promise<string> {
  const list = await app
    .http()
    .get(`/api/v1/referentials?programme=SEGUR&dispositif=${dispositif}&vague=2`)
    .set(bearer(token))
    .expect(200);
  expect(list.body).toHaveLength(1);
  return (list.body as { id: string }[])[0].id;
}

/** A product and a Ségur dossier for it (phase 1, administrative). */
export async function createSegurDossier(
  app: TestApp,
  token: string,
  dispositif = 'LGC',
): Promise<{ productId: string; dossierId: string; referentialId: string }> {
  const referentialId = await segurReferentialId(app, token, dispositif);
  const product = await app
    .http()
    .post('/api/v1/products')
    .set(bearer(token))
    .send({ name: `MédiCabinet ${randomBytes(2).toString('hex')}`, version: '7.4' })
    .expect(201);
  const dossier = await app
    .http()
    .post('/api/v1/dossiers')
    .set(bearer(token))
    .send({ productId: product.body.id, referentialId, productVersion: '7.4.1' })
    .expect(201);
  return { productId: product.body.id, dossierId: dossier.body.id, referentialId };
}

export const CANDIDATURE = (numbers = companyNumbers()) => ({
  legalName: 'Cabinet Logiciels SAS',
  ...numbers,
  solutionName: 'MédiCabinet',
  solutionVersion: '7.4.1',
  contactEmail: 'referencement@editeur.example',
});

export const LGC_ELIGIBILITY = {
  targetUsers: ['general_practitioners'],
  installedBase: 'over_1000',
  referencedInWave1: true,
  deploysToExistingClients: true,
};

export const DRIMBOX_ELIGIBILITY = {
  imagingSites: 'from_10_to_100',
  pacsVendors: ['own_pacs'],
  deploysToExistingClients: true,
};

/** Fills the four forms of the administrative dossier (the admin accepts the charter). */
export async function fillAdministrative(
  app: TestApp,
  vendor: { admin: { token: string }; member: { token: string } },
  dossierId: string,
  eligibility: Record<string, unknown> = LGC_ELIGIBILITY,
): Promise<void> {
  const base = `/api/v1/dossiers/${dossierId}/administrative`;
  const member = bearer(vendor.member.token);
  await app.http().put(`${base}/candidature`).set(member).send(CANDIDATURE()).expect(200);
  await app
    .http()
    .post(`${base}/charter`)
    .set(bearer(vendor.admin.token))
    .send({ signatoryName: 'Claire Martin', signatoryRole: 'Présidente' })
    .expect(201);
  await app.http().put(`${base}/eligibility`).set(member).send({ answers: eligibility }).expect(200);
  await app
    .http()
    .put(`${base}/obsolete-versions`)
    .set(member)
    .send({ none: true, justification: 'Une seule version est commercialisée et maintenue.' })
    .expect(200);
}

/** Fills and submits the administrative dossier. */
export async function submitAdministrative(
  app: TestApp,
  vendor: { admin: { token: string }; member: { token: string } },
  dossierId: string,
  eligibility: Record<string, unknown> = LGC_ELIGIBILITY,
): Promise<void> {
  await fillAdministrative(app, vendor, dossierId, eligibility);
  await app
    .http()
    .post(`/api/v1/dossiers/${dossierId}/administrative/submit`)
    .set(bearer(vendor.member.token))
    .expect(200);
}

/** Phase 1 done: submitted by the vendor, accepted by a reviewer (phase 2 opens). */
export async function acceptAdministrative(
  app: TestApp,
  vendor: { admin: { token: string }; member: { token: string } },
  reviewerToken: string,
  dossierId: string,
  eligibility?: Record<string, unknown>,
): Promise<void> {
  await submitAdministrative(app, vendor, dossierId, eligibility);
  await app
    .http()
    .post(`/api/v1/dossiers/${dossierId}/administrative/decision`)
    .set(bearer(reviewerToken))
    .send({ decision: 'accepted' })
    .expect(200);
}
