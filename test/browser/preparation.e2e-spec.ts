import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import {
  createMember,
  createOrganization,
  createVendor,
  PASSWORD,
  totpCode,
  type Member,
  type Vendor,
} from '../support/actors.js';
import { reviewKit, seen, SMALL } from '../support/review-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp, type WatchedPage } from './support/browser.js';

/*
 * A vendor prepares a dossier in Chromium, on the real API: the board of working statuses (a card
 * dragged to another column, a status « à confirmer » with its reason), a conformity text, a
 * remediation action already late on the roadmap, the readiness charts and their PDF and XLSX
 * exports, the product's HDS hosting with a certificate to renew; then the ANS reviewer reads the
 * vendor's position beside the evidence of the submitted dossier.
 */

const PARTIAL_TEXT =
  'Le rapprochement des identités est fait à la réception du flux ; la capture du refus reste à produire.';
const PENDING_TEXT =
  'Le module de prise de rendez-vous sort du périmètre de cette version, à confirmer avec le client.';
const ACTION = 'Filmer le refus d’une identité douteuse';
const HOST = 'Nuage Santé Infogérance';

/** YYYY-MM-DD, `days` from today (UTC, like the server's date). */
function day(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, email: string, totpSecret?: string): Promise<void> {
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

/** Console problems, without the 401 of the sign-in page's session probe. */
const problemsOf = (watched: WatchedPage): string[] =>
  watched.problems.filter((problem) => !problem.includes('status of 401 '));

const column = (page: Page, status: string): Locator => page.getByTestId(`column-${status}`);
const card = (scope: Page | Locator, code: string): Locator =>
  scope.locator(`[data-testid="prep-card"][data-code="${code}"]`);

async function firstBytes(download: Download, count: number): Promise<string> {
  const path = await download.path();
  return (await readFile(path)).subarray(0, count).toString('latin1');
}

describe('vendor preparation in the browser', () => {
  let target: BrowserApp;
  let vendor: Vendor;
  let reviewer: Member;
  let dossierId: string;
  let productId: string;
  let vendorPage: WatchedPage;
  /** Dragged to « Partiel », given a conformity text and a remediation action. */
  let partial: string;
  /** Set « À confirmer » (module hors périmètre) with a conformity text. */
  let pending: string;

  beforeAll(async () => {
    target = await startBrowserApp();
    const kit = reviewKit(target.app);
    vendor = await createVendor(target.app, 'Éditeur Préparation');
    const authority = await createOrganization(target.app, 'ANS', 'authority');
    reviewer = await createMember(target.app, authority.id, 'reviewer');
    dossierId = await kit.draft(vendor.member.token, SMALL);
    const view = await kit.view(dossierId, vendor.member.token);
    productId = (
      await target.app
        .http()
        .get(`/api/v1/dossiers/${dossierId}`)
        .set({ Authorization: `Bearer ${vendor.member.token}` })
        .expect(200)
    ).body.productId as string;
    // Scenarios proven by documents or screenshots: their evidence previews on the reviewer's page
    // (the tiny test videos do not play).
    const applicable = view.scenarios.filter(
      (scenario) =>
        scenario.applicable &&
        scenario.proofs.length > 0 &&
        scenario.proofs.every((proof) => !proof.kinds.includes('video')),
    );
    [partial, pending] = [applicable[0].code, applicable[1].code];
    vendorPage = await openPage(target);
  }, 120_000);

  afterAll(async () => {
    await target?.close();
  }, 60_000);

  it('sorts scenarios by working status: a card dragged to « Partiel » stays there and enters the history', async () => {
    const { page } = vendorPage;
    await page.goto(`/dossiers/${dossierId}`);
    await signIn(page, vendor.member.email);
    await page.getByTestId('preparation-link').click();
    await page.getByRole('heading', { name: 'Préparation du dossier', level: 1 }).waitFor();
    const board = page.getByRole('region', { name: 'Tableau de préparation' });
    // Nothing set yet: every applicable card waits in « Sans statut ».
    await card(column(page, 'unset'), partial).waitFor();
    await card(column(page, 'unset'), pending).waitFor();
    await board.getByRole('heading', { name: /^Partiel \(0\)$/ }).waitFor();
    await screenshot(page, 'prep-01-tableau');

    await card(page, partial).dragTo(column(page, 'partiel'));
    await card(column(page, 'partiel'), partial).waitFor();
    await board.getByRole('heading', { name: /^Partiel \(1\)$/ }).waitFor();

    // Saved on the server: a reload shows it where it was dropped, and the history has it.
    await page.reload();
    await card(column(page, 'partiel'), partial).waitFor();
    await expect(card(page, partial).getByLabel(`Statut de ${partial}`).inputValue()).resolves.toBe('partiel');
    const history = page.getByRole('region', { name: 'Historique des statuts' });
    await history.getByText(/1 changement/).click();
    await history.getByTestId('status-history').getByText(`${partial}`).waitFor();
    await expect(history.getByTestId('status-history').textContent()).resolves.toMatch(
      new RegExp(`${partial.replaceAll('.', '\\.')} : Partiel`),
    );
  });

  it('sets a scenario « À confirmer » with a coded reason', async () => {
    const { page } = vendorPage;
    await card(page, pending).getByLabel(`Statut de ${pending}`).selectOption('a_confirmer');
    await card(column(page, 'a_confirmer'), pending).waitFor();
    const reason = card(page, pending).getByLabel(`Motif pour ${pending}`);
    // The reason defaults to « décision en attente »; the vendor names the real one.
    await expect(reason.inputValue()).resolves.toBe('decision_pending');
    await reason.selectOption({ label: 'Module hors périmètre' });
    const history = page.getByTestId('status-history');
    await history.getByText('(Module hors périmètre)').waitFor();
    await page.reload();
    await expect(
      card(column(page, 'a_confirmer'), pending).getByLabel(`Motif pour ${pending}`).inputValue(),
    ).resolves.toBe('module_out_of_scope');
    await page
      .getByRole('region', { name: 'Historique des statuts' })
      .getByText(/3 changements/)
      .waitFor();
    await card(page, pending).scrollIntoViewIfNeeded();
    await screenshot(page, 'prep-02-a-confirmer');
  });

  it('keeps a conformity text written for a scenario', async () => {
    const { page } = vendorPage;
    const history = page.getByRole('region', { name: 'Historique des statuts' });
    for (const [code, words, changes] of [
      [partial, PARTIAL_TEXT, '4 changements'],
      [pending, PENDING_TEXT, '5 changements'],
    ]) {
      const entry = card(page, code);
      await entry.getByLabel(`Texte de conformité ou justification de ${code}`).fill(words);
      await entry.getByRole('button', { name: 'Enregistrer le texte' }).click();
      await history.getByText(changes).waitFor();
    }
    await page.reload();
    await expect(
      card(column(page, 'partiel'), partial)
        .getByLabel(`Texte de conformité ou justification de ${partial}`)
        .inputValue(),
    ).resolves.toBe(PARTIAL_TEXT);
    await expect(
      card(column(page, 'a_confirmer'), pending)
        .getByLabel(`Texte de conformité ou justification de ${pending}`)
        .inputValue(),
    ).resolves.toBe(PENDING_TEXT);
    await card(page, partial).scrollIntoViewIfNeeded();
    await screenshot(page, 'prep-03-texte-de-conformite');
  });

  it('puts a remediation action on the roadmap, late when its target date has passed', async () => {
    const { page } = vendorPage;
    const roadmap = page.getByRole('region', { name: 'Plan de remédiation' });
    await roadmap.getByText('Aucune action pour l’instant.').waitFor();
    const late = day(-10);
    await roadmap.getByLabel('Action', { exact: true }).fill(ACTION);
    await roadmap.getByLabel('Scénarios concernés (séparés par des virgules)').fill(partial);
    await roadmap.getByLabel('Effort (jours)').fill('3');
    await roadmap.getByLabel('Responsable').fill('Camille Martin');
    await roadmap.getByLabel('Échéance').fill(late);
    await roadmap.getByRole('button', { name: 'Ajouter l’action' }).click();

    const action = roadmap.getByTestId('roadmap-action').filter({ hasText: ACTION });
    await action.getByText('En retard', { exact: true }).waitFor();
    await expect(action.textContent()).resolves.toContain(`${partial} — 3 j — Camille Martin`);
    await expect(action.getByLabel(`État de « ${ACTION} »`).inputValue()).resolves.toBe('planned');
    // On the timeline: one bar, red, its tooltip saying it is late.
    const bar = roadmap.getByTestId('roadmap-bar');
    await expect(bar.count()).resolves.toBe(1);
    await expect(bar.locator('rect').getAttribute('fill')).resolves.toBe('#c0392b');
    await expect(bar.locator('title').textContent()).resolves.toMatch(/Camille Martin — .* — Prévue — En retard$/);
    // The readiness report lists it among the late actions without a reload.
    await page
      .getByTestId('overdue')
      .getByText(new RegExp(`${ACTION} — Camille Martin — .* \\(10 j de retard\\)`))
      .waitFor();
    await roadmap.scrollIntoViewIfNeeded();
    await screenshot(page, 'prep-04-plan-de-remediation');
  });

  it('charts the readiness per family and exports it as a PDF and a workbook', async () => {
    const { page } = vendorPage;
    const readiness = page.getByRole('region', { name: 'État de préparation' });
    const chart = readiness.getByTestId('family-chart');
    await chart.getByRole('img', { name: 'Statuts par famille' }).waitFor();
    await chart.getByText('Partiel (1)').waitFor();
    await chart.getByText('À confirmer (1)').waitFor();
    // Each scenario that counts is in one bar segment, with its count in the tooltip.
    await expect(chart.locator('rect title').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/ · Partiel : 1$/), expect.stringMatching(/ · À confirmer : 1$/)]),
    );
    await readiness.getByText(/points? bloquen?t le dépôt\./).waitFor();
    await readiness.scrollIntoViewIfNeeded();
    await screenshot(page, 'prep-05-etat-de-preparation');

    const pdf = page.waitForEvent('download');
    await readiness.getByRole('button', { name: 'Exporter en PDF' }).click();
    const pdfFile = await pdf;
    expect(pdfFile.suggestedFilename()).toBe('preparation.pdf');
    await expect(firstBytes(pdfFile, 4)).resolves.toBe('%PDF');

    const xlsx = page.waitForEvent('download');
    await readiness.getByRole('button', { name: 'Exporter en XLSX' }).click();
    const xlsxFile = await xlsx;
    expect(xlsxFile.suggestedFilename()).toBe('preparation.xlsx');
    await expect(firstBytes(xlsxFile, 2)).resolves.toBe('PK');
    expect(problemsOf(vendorPage)).toEqual([]);
  });

  it('declares the HDS hosting of the product: a certificate ending within 90 days warns', async () => {
    const { page } = vendorPage;
    await page.getByRole('link', { name: 'Retour au dossier' }).click();
    await page.getByTestId('hosting-link').click();
    await page.waitForURL(new RegExp(`/products/${productId}$`));
    const panel = page.getByRole('region', { name: 'Hébergement des données de santé (HDS)' });
    await panel.getByText('Aucun hébergement déclaré pour ce produit.').waitFor();
    await panel.getByRole('button', { name: 'Déclarer l’hébergement' }).click();

    const host = panel.getByTestId('host-fields');
    await host.getByLabel('Nom de l’hébergeur').fill(HOST);
    for (const activity of ['3 — Infrastructure virtuelle', '4 — Plateforme', '5 — Administration', '6 — Sauvegarde'])
      await host.getByRole('checkbox', { name: activity }).check();
    const certificate = host.getByTestId('certificate-fields');
    await certificate.getByLabel('Type de certificat').selectOption('managed_services');
    await certificate.getByLabel('Numéro du certificat').fill('HDS-2025-0042');
    await certificate.getByLabel('Organisme certificateur').fill('Bureau de Certification Santé');
    await certificate.getByLabel('Valide à partir du').fill(day(-700));
    await certificate.getByLabel('Valide jusqu’au').fill(day(30));
    await panel.getByRole('button', { name: 'Enregistrer la déclaration' }).click();
    await panel.getByText('Déclaration enregistrée.').waitFor();

    const declared = panel.getByTestId('hosting-host');
    await declared.getByRole('heading', { name: HOST }).waitFor();
    await declared.getByText(/3 — Infrastructure virtuelle · 4 — .* · 5 — .* · 6 — Sauvegarde/).waitFor();
    await declared
      .getByRole('list', { name: `Certificats de ${HOST}` })
      .getByText(/HDS-2025-0042 — Bureau de Certification Santé — du .* au /)
      .waitFor();
    await panel.getByTestId('hosting-state').getByText('Certificat bientôt expiré').waitFor();
    const warnings = panel.getByTestId('hosting-warnings');
    await warnings.getByText('Certificats à renouveler (expiration sous 90 jours)').waitFor();
    await expect(warnings.getByRole('listitem').count()).resolves.toBeGreaterThan(0);
    const coverage = panel.getByTestId('hosting-coverage');
    await expect(coverage.count()).resolves.toBe(4);
    await expect(coverage.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).resolves.toEqual([
      'expiring',
      'expiring',
      'expiring',
      'expiring',
    ]);
    await coverage.first().getByText('Expire sous 90 jours').waitFor();
    await screenshot(page, 'prep-06-hebergement-hds');
    expect(problemsOf(vendorPage)).toEqual([]);
  });

  it('shows the reviewer the vendor’s status and text beside the evidence', async () => {
    const kit = reviewKit(target.app);
    await kit.complete(dossierId, vendor.member.token);
    expect(seen(await kit.submit(dossierId, vendor.member.token))).toBe('200');

    const watched = await openPage(target);
    const { page } = watched;
    await page.goto(`/review/dossiers/${dossierId}?scenario=${encodeURIComponent(pending)}`);
    await signIn(page, reviewer.email, reviewer.totpSecret);
    const position = page.getByRole('region', { name: 'Position de l’éditeur' });
    await expect(position.getByTestId('vendor-status').textContent()).resolves.toBe('À confirmer');
    await position.getByText('— Module hors périmètre').waitFor();
    await expect(position.getByTestId('vendor-text').textContent()).resolves.toBe(PENDING_TEXT);
    // The evidence is on the same page, below the vendor's position.
    await page.getByRole('region', { name: 'Preuves', exact: true }).waitFor();
    await screenshot(page, 'prep-07-position-editeur');

    await page.goto(`/review/dossiers/${dossierId}?scenario=${encodeURIComponent(partial)}`);
    await expect(position.getByTestId('vendor-status').textContent()).resolves.toBe('Partiel');
    await expect(position.getByTestId('vendor-text').textContent()).resolves.toBe(PARTIAL_TEXT);
    expect(problemsOf(watched)).toEqual([]);
  });
});
