/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import {
  adminToken,
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
 * errata recorded by the authority (through the API) marked on the scenarios they amend, the
 * review lead extends the proofs deadline and the vendor's countdown moves, and once the proofs
 * are reviewed (through the API) and approved by the review lead, sees the référencement.
 * Screenshots: test-artifacts/screenshots/segur-*.png.
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
  let leadPage: WatchedPage;
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
    leadPage = await openPage(target);
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

  it('marks the scenarios that errata amend: a withdrawn requirement is not missing, an alternative proof is offered', async () => {
    const { app } = target;
    const { page } = vendorPage;
    const todo = page.getByRole('button', { name: /^À traiter/ });
    const todoBefore = Number(await todo.locator('.filter-count').textContent());
    const { referentialId } = (
      await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(vendor.member.token)).expect(200)
    ).body as { referentialId: string };
    // The authority records two FAQ answers as errata (the platform administrator, through the API).
    const authority = bearer(await adminToken(app));
    await app
      .http()
      .post(`/api/v1/referentials/${referentialId}/errata`)
      .set(authority)
      .send({
        kind: 'requirement_withdrawn',
        target: 'ins.va2.7',
        effectiveFrom: '2026-01-05T00:00:00Z',
        source: 'FAQ ANS, question 12',
        text: 'Le datamatrix INS sur les documents imprimés n’est plus exigé pour cette vague.',
      })
      .expect(201);
    await app
      .http()
      .post(`/api/v1/referentials/${referentialId}/errata`)
      .set(authority)
      .send({
        kind: 'alternative_proof',
        target: 'MSS/va2.2',
        effectiveFrom: '2026-02-10T00:00:00Z',
        source: 'FAQ ANS, question 27',
        text: 'Le message HL7 v2 transmis est aussi admis comme preuve.',
        proof: { title: 'Message HL7 v2 transmis', kinds: ['flow'] },
      })
      .expect(201);

    await page.reload();
    const withdrawn = page.locator('li[data-scenario-code="INS/va2.7.1"]');
    await withdrawn.getByTestId('erratum-mark').getByText('Retirée par l’erratum du 05/01/2026').waitFor();
    await withdrawn.getByText('Non applicable').waitFor();
    // No longer counted among the scenarios to work on.
    expect(Number(await todo.locator('.filter-count').textContent())).toBe(todoBefore - 1);
    await page
      .locator('li[data-scenario-code="MSS/va2.2.1"]')
      .getByTestId('erratum-mark')
      .getByText('Preuve alternative admise')
      .waitFor();

    await page.locator('li[data-scenario-code="MSS/va2.2.1"]').getByRole('link').click();
    const notes = page.getByRole('region', { name: 'Errata et précisions' });
    await notes.getByText('Preuve alternative admise par l’erratum du 10/02/2026').waitFor();
    await notes.getByText(/la preuve alternative MSS\/va2\.2\.1\.1-ALT1 « Message HL7 v2 transmis »/).waitFor();
    // The référentiel's own clarification, with its source, shown the same way.
    await notes.getByText('Source : FAQ ANS (copie de travail)').waitFor();
    await page.getByRole('heading', { name: /MSS\/va2\.2\.1\.1-ALT1 Message HL7 v2 transmis/ }).waitFor();

    await withdrawn.getByRole('link').click();
    const note = notes.getByTestId('erratum-note');
    await note.getByText('Retirée par l’erratum du 05/01/2026').waitFor();
    await note.getByText(/n’est plus exigé pour cette vague/).waitFor();
    await note.getByText('Source : FAQ ANS, question 12').waitFor();
    await screenshot(page, 'segur-07-erratum');
    expect(problemsOf(vendorPage, 400)).toEqual([]);
  });

  it('lets the review lead extend the proofs deadline; the vendor’s countdown shows the new date', async () => {
    const { page } = leadPage;
    await signIn(page, lead.email, lead.totpSecret);
    await page.goto(`/review/dossiers/${dossierId}?scenario=${encodeURIComponent('INS/va2.7.1')}`);
    // The reviewer reads the same erratum mark and note.
    await page
      .getByRole('region', { name: 'Errata et précisions' })
      .getByText('Retirée par l’erratum du 05/01/2026')
      .waitFor();

    const deadlines = page.getByRole('region', { name: 'Échéances de la campagne' });
    await deadlines.getByRole('button', { name: 'Accorder une prolongation…' }).click();
    const form = deadlines.getByRole('form', { name: 'Prolonger une échéance' });
    await form.getByLabel('Échéance').selectOption('proofs_due');
    await form.getByLabel('Nouvelle date limite').fill('2027-07-15');
    await form.getByLabel(/^Motif/).fill('Homologation CNDA retardée par le centre de test.');
    await form.getByRole('button', { name: 'Accorder la prolongation' }).click();
    await page
      .getByText('Prolongation accordée : « Dépôt du dossier de preuves complet » jusqu’au 15/07/2027.')
      .waitFor();
    const extended =
      'Prolongée jusqu’au 15/07/2027 par la direction de l’instruction (échéance initiale : 30/06/2027).';
    await deadlines.getByTestId('deadline-proofs_due').getByText(extended).waitFor();
    await screenshot(page, 'segur-08-prolongation');
    // Read from the dossier itself: a reload keeps it.
    await page.reload();
    await deadlines.getByTestId('deadline-proofs_due').getByText(extended).waitFor();
    expect(problemsOf(leadPage)).toEqual([]);

    const vendorSide = vendorPage.page;
    await vendorSide.reload();
    const countdown = vendorSide.getByTestId('deadline-proofs_due');
    await countdown.getByText(/au plus tard le 15 juil\. 2027/).waitFor();
    await countdown.getByText(/^J-\d+$/).waitFor();
    await countdown.getByText(extended).waitFor();
    await screenshot(vendorSide, 'segur-08-prolongation-editeur');
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
