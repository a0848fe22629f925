/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  bearer,
  createMember,
  createOrganization,
  createVendor,
  PASSWORD,
  totpCode,
  type Member,
  type Vendor,
} from '../support/actors.js';
import { reviewKit, seen } from '../support/review-kit.js';
import { companyNumbers } from '../support/segur-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp, type WatchedPage } from './support/browser.js';

/*
 * The Ségur path in Chromium, on the real API: a vendor administrator opens a Ségur dossier
 * (couloir → dispositif → vague), fills and submits the administrative dossier (a wrong SIREN
 * key is named), a reviewer finds it with the programme, dispositif and phase filters and
 * accepts it, the vendor sees phase 2 with its deadlines and homologations, records one, and
 * once the proofs are reviewed (through the API) and approved by the review lead, sees the
 * référencement. Screenshots: test-artifacts/screenshots/segur-*.png.
 */

const PRODUCT = 'MédiCabinet';
const ANSWERS = { profiles: ['general'], hostingMode: 'on_premise', mobileApp: false, usesCpsCard: false };

async function signIn(page: Page, email: string, totpSecret?: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  if (totpSecret) {
    await page.getByRole('heading', { name: 'Vérification en deux étapes' }).waitFor();
    await page.getByLabel('Code de vérification').fill(totpCode(totpSecret));
    await page.getByRole('button', { name: 'Vérifier' }).click();
  }
  await page.getByText(email).waitFor();
}

/** Console problems, without the 401 of the session probe and the refusals a step provokes on purpose. */
const problemsOf = (watched: WatchedPage, ...expected: number[]): string[] =>
  watched.problems.filter((problem) => ![401, ...expected].some((status) => problem.includes(`status of ${status} `)));

const tracker = (page: Page) => page.getByRole('navigation', { name: 'Avancement de la procédure Ségur' });

describe('the Ségur path in the browser, from a new dossier to its référencement', () => {
  let target: BrowserApp;
  let vendor: Vendor;
  let reviewer: Member;
  let lead: Member;
  let vendorPage: WatchedPage;
  let reviewerPage: WatchedPage;
  let dossierId: string;

  beforeAll(async () => {
    target = await startBrowserApp();
    const { app } = target;
    vendor = await createVendor(app, 'Éditeur Cabinet');
    const authority = await createOrganization(app, 'ANS', 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    lead = await createMember(app, authority.id, 'review_lead');
    await app
      .http()
      .post('/api/v1/products')
      .set(bearer(vendor.admin.token))
      .send({ name: PRODUCT, version: '7.4' })
      .expect(201);
    vendorPage = await openPage(target);
    reviewerPage = await openPage(target);
  }, 180_000);

  afterAll(async () => {
    await target?.close();
  }, 60_000);

  it('opens a Ségur dossier by couloir, dispositif and vague, in phase 1', async () => {
    const { page } = vendorPage;
    await signIn(page, vendor.admin.email);
    await page.goto('/products');
    await page.getByRole('button', { name: `Nouveau dossier — ${PRODUCT}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Programme').selectOption('SEGUR');
    await dialog.getByLabel('Couloir').selectOption('MDV');
    await dialog.getByLabel('Dispositif').selectOption('LGC');
    await dialog.getByLabel('Vague').selectOption('2');
    await dialog.getByLabel('Version de la solution candidate').fill('7.4.1');
    await screenshot(page, 'segur-01-nouveau-dossier');
    await dialog.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    dossierId = page.url().split('/').at(-1)!;

    const step = tracker(page).locator('[aria-current="step"]');
    await step.waitFor();
    expect(await step.getAttribute('data-phase')).toBe('administrative');
    await page.getByRole('heading', { name: 'Dossier administratif (phase 1)' }).waitFor();
    // The campaign's milestones, counted down.
    await page.getByTestId('deadline-application_end').getByText(/J-\d+/).waitFor();
    expect(problemsOf(vendorPage)).toEqual([]);
  });

  it('fills the administrative dossier: a wrong SIREN key is named, the charter accepted, then submitted', async () => {
    const { page } = vendorPage;
    const numbers = companyNumbers();
    const candidature = page.getByRole('region', { name: 'Candidature' });
    await candidature.getByLabel('Raison sociale').fill('Cabinet Logiciels SAS');
    const wrongKey = `${numbers.siren.slice(0, 8)}${(Number(numbers.siren[8]) + 1) % 10}`;
    await candidature.getByRole('textbox', { name: /^SIREN/ }).fill(wrongKey);
    await candidature.getByRole('textbox', { name: /^SIRET/ }).fill(numbers.siret);
    await candidature.getByLabel('Nom de la solution').fill(PRODUCT);
    await candidature.getByLabel('Version de la solution').fill('7.4.1');
    await candidature.getByLabel('Adresse électronique du contact').fill('referencement@editeur.example');
    await candidature.getByRole('button', { name: 'Enregistrer' }).click();
    await candidature.getByRole('alert').getByText(/siren/i).first().waitFor();
    await candidature.getByRole('textbox', { name: /^SIREN/ }).fill(numbers.siren);
    await candidature.getByRole('button', { name: 'Enregistrer' }).click();
    await candidature.getByRole('alert').waitFor({ state: 'detached' });

    const charter = page.getByRole('region', { name: 'Charte de référencement' });
    await charter.getByLabel('Nom du signataire').fill('Claire Martin');
    await charter.getByLabel('Qualité du signataire').fill('Présidente');
    await charter.getByLabel(/J’ai lu la charte/).check();
    await charter.getByRole('button', { name: 'Accepter la charte' }).click();
    await charter
      .getByTestId('charter-accepted')
      .getByText(/Acceptée par Claire Martin \(Présidente\)/)
      .waitFor();

    const eligibility = page.getByRole('region', { name: 'Formulaire d’éligibilité' });
    await eligibility.getByLabel('Médecins généralistes').check();
    await eligibility.getByLabel('Plus de 1 000').check();
    await eligibility
      .getByRole('group', { name: /référencée en vague 1/ })
      .getByLabel('Oui')
      .check();
    await eligibility
      .getByRole('group', { name: /clients existants/ })
      .getByLabel('Oui')
      .check();
    await eligibility.getByRole('button', { name: 'Enregistrer' }).click();
    await eligibility.getByRole('heading', { name: /complété/ }).waitFor();

    const obsolete = page.getByRole('region', { name: 'Versions obsolètes' });
    await obsolete.getByLabel('Des versions sont obsolètes').check();
    await obsolete.getByLabel('Version', { exact: true }).fill('6.2');
    await obsolete.getByLabel('Fin de maintenance').fill('2024-12-31');
    await obsolete.getByRole('button', { name: 'Enregistrer' }).click();
    await obsolete.getByRole('heading', { name: /complété/ }).waitFor();

    await screenshot(page, 'segur-02-dossier-administratif');
    await page.getByRole('button', { name: 'Soumettre le dossier administratif' }).click();
    await page.getByTestId('administrative-status').getByText('Soumis, en attente d’instruction').waitFor();
    expect(problemsOf(vendorPage, 400)).toEqual([]);
  });

  it('lets a reviewer find it by programme, dispositif and phase, and accept the administrative dossier', async () => {
    const { page } = reviewerPage;
    await signIn(page, reviewer.email, reviewer.totpSecret);
    const rows = page.getByTestId('queue-row');
    await page.getByLabel('Programme', { exact: true }).selectOption('SEGUR');
    await page.waitForURL(/programme=SEGUR/);
    await page.getByLabel('Dispositif', { exact: true }).selectOption('LGC');
    await page.getByLabel('Phase', { exact: true }).selectOption('administrative');
    await page.waitForURL(/phase=administrative/);
    const ours = rows.filter({ hasText: 'Éditeur Cabinet' });
    await ours.getByTestId('queue-phase').getByText('Dossier administratif').waitFor();
    await page.getByLabel('Phase', { exact: true }).selectOption('referenced');
    await page.getByText('Aucun dossier ne correspond à ces filtres.').waitFor();
    await page.getByLabel('Phase', { exact: true }).selectOption('administrative');
    await screenshot(page, 'segur-03-file-filtres');

    await ours.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Instruction du dossier administratif' }).waitFor();
    await page.getByText(/Cabinet Logiciels SAS — SIREN/).waitFor();
    await page.getByText(/Acceptée par Claire Martin/).waitFor();
    await screenshot(page, 'segur-04-instruction-administrative');
    await page.getByRole('button', { name: 'Accepter le dossier administratif' }).click();
    await page.getByText('Décision enregistrée.').waitFor();
    expect(problemsOf(reviewerPage)).toEqual([]);
  });

  it('opens phase 2 for the vendor: deadlines, homologations, proofs', async () => {
    const { page } = vendorPage;
    await page.reload();
    const step = tracker(page).locator('[aria-current="step"]');
    await step.waitFor();
    expect(await step.getAttribute('data-phase')).toBe('proofs');
    await page.getByTestId('deadline-proofs_due').getByText(/J-\d+/).waitFor();

    // Answers through the API keep the path short; the homologations then needed show up.
    const { app } = target;
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: ANSWERS })
      .expect(200);
    await page.reload();
    const homologations = page.getByRole('region', { name: 'Homologations préalables' });
    const needed = await homologations.locator('li[data-testid^="homologation-"]').count();
    if (needed > 0) {
      const first = homologations.locator('li[data-testid^="homologation-"]').first();
      await first.getByRole('button', { name: 'Déclarer l’homologation' }).click();
      await first.getByLabel('Numéro d’homologation').fill('CNDA-2026-0412');
      await first.getByLabel('Date d’obtention').fill('2026-09-12');
      await first.getByRole('button', { name: 'Enregistrer l’homologation' }).click();
      await first.getByText('Obtenue').waitFor();
    }
    await screenshot(page, 'segur-05-phase-preuves');
    expect(problemsOf(vendorPage, 400)).toEqual([]);
  });

  it('shows the référencement once the review lead approved the dossier', async () => {
    const { app } = target;
    const kit = reviewKit(app);
    const token = vendor.member.token;
    // Every other homologation the dossier needs, granted (through the API).
    const list = await app.http().get(`/api/v1/dossiers/${dossierId}/homologations`).set(bearer(token)).expect(200);
    for (const homologation of list.body as { kind: string; needed: boolean; satisfied: boolean }[]) {
      if (!homologation.needed || homologation.satisfied) continue;
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/homologations`)
        .set(bearer(token))
        .send({
          kind: homologation.kind,
          status: 'granted',
          number: `CNDA-${homologation.kind}`,
          grantedOn: '2026-09-12',
        })
        .expect(201);
    }
    await kit.complete(dossierId, token);
    expect(seen(await kit.submit(dossierId, token))).toBe('200');
    for (const scenario of (await kit.view(dossierId, reviewer.token)).scenarios) {
      if (!scenario.applicable && !scenario.declarationRequired) continue;
      expect(seen(await kit.verdict(dossierId, reviewer.token, scenario.code, { verdict: 'accepted' }))).toBe('200');
    }
    await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/decision`)
      .set(bearer(lead.token))
      .send({ decision: 'approved', comment: 'Conforme.' })
      .expect(200);

    const { page } = vendorPage;
    await page.reload();
    const region = page.getByRole('region', { name: 'Référencement accordé' });
    await region
      .getByTestId('referencement-number')
      .getByText(/^SEGUR-LGC-/)
      .waitFor();
    const steps = tracker(page).locator('li');
    expect(await steps.evaluateAll((items) => items.map((item) => item.className))).toEqual([
      'phase phase-done',
      'phase phase-done',
      'phase phase-done',
    ]);
    await screenshot(page, 'segur-06-referencement');
    expect(problemsOf(vendorPage, 400)).toEqual([]);
  });
});
