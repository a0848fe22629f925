/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { gridCsvText, gridXlsx, sampleGridRows } from '@preuve/referentials';
import type { Locator, Page } from 'playwright-core';
import {
  bearer,
  createMember,
  createOrganization,
  createVendor,
  dmnReferentialId,
  PASSWORD,
  totpCode,
  type Member,
  type Vendor,
} from '../support/actors.js';
import { gridRowsOf, overlayOf, treeOf, type Tree } from '../support/grid-kit.js';
import { fileFor } from '../support/labelled-files.js';
import { reviewKit, SMALL } from '../support/review-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp, type WatchedPage } from './support/browser.js';

/*
 * Référentiels in and out, in Chromium on the real API: a review lead imports a bad grid and
 * sees every bad row, imports two good versions (the import report), publishes them and reads
 * the diff; a vendor exports a dossier's grid (XLSX and CSV), downloads a submitted round's
 * archive, and moves an open dossier to a newer version after reading the preview.
 * Screenshots: test-artifacts/screenshots/referential-*.png.
 */

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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function importThrough(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  version: string,
  overlay?: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Importer une grille « Exigences »' });
  await form.getByLabel('Fichier de la grille (.xlsx ou .csv)').setInputFiles(file);
  await form.getByLabel('Code du référentiel').fill('DMN');
  await form.getByLabel('Numéro de version').fill(version);
  await form.getByLabel('Intitulé').fill(`DMN ${version} (grille importée)`);
  await form.getByLabel('Complément YAML (facultatif)').fill(overlay ?? '');
  await form.getByRole('button', { name: 'Importer' }).click();
}

/** Clicks a button that saves a file; the file as the browser saved it. */
async function downloadThrough(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('référentiels in and out in the browser: import, publication, diff', () => {
  let target: BrowserApp;
  let lead: Member;
  let leadPage: WatchedPage;
  let dmn: Tree;
  let rowsA: string[][];
  let rowsB: string[][];

  beforeAll(async () => {
    target = await startBrowserApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    const { app } = target;
    const authority = await createOrganization(app, 'ANS', 'authority');
    lead = await createMember(app, authority.id, 'review_lead');
    dmn = await treeOf(app, lead.token, await dmnReferentialId(app, lead.token));
    rowsA = gridRowsOf(dmn);
    // Version B: INS 46.2 goes, ANN 1 is worded anew.
    rowsB = rowsA
      .filter((row) => row[5] !== 'INS 46.2')
      .map((row) => (row[3] === 'ANN 1' ? [...row.slice(0, 4), `${row[4]} (précisé)`, ...row.slice(5)] : row));
    leadPage = await openPage(target);
  }, 180_000);

  afterAll(async () => {
    await target?.close();
  }, 60_000);

  it('refuses a bad grid and lists every bad row and column', async () => {
    const { page } = leadPage;
    await signIn(page, lead.email, lead.totpSecret);
    await page.getByRole('link', { name: 'Référentiels' }).click();
    await page.getByRole('heading', { name: 'Référentiels', level: 1 }).waitFor();
    const rows = sampleGridRows(5);
    rows[2][5] = 'ANN 1.1';
    rows[3][2] = 'OBLIGATOIRE';
    await importThrough(
      page,
      { name: 'mauvaise.csv', mimeType: 'text/csv', buffer: Buffer.from(gridCsvText(rows)) },
      '5.0.0',
    );
    const table = page.getByTestId('grid-problems');
    await table.waitFor();
    await page.getByText("La grille contient des erreurs : aucune ligne n'a été importée").waitFor();
    const cells = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')]
          .slice(0, 2)
          .map((td) => td.textContent)
          .join(' '),
      ),
    );
    expect(cells).toEqual(expect.arrayContaining(['3 N° scénario (F)', '4 Nature (C)']));
    // The problems are shown in French, from their codes, never as the server's English sentence.
    await table.getByText('nature « OBLIGATOIRE » inconnue : DOIT ou DEVRAIT').waitFor();
    await table.getByText('code de scénario « ANN 1.1 » en double (aussi ligne 2)').waitFor();
    await screenshot(page, 'referential-01-grille-refusee');
    expect(problemsOf(leadPage, 422)).toEqual([]);
  });

  it('imports two good grids (the import report), publishes them and shows the diff', async () => {
    const { page } = leadPage;
    await importThrough(
      page,
      { name: 'exigences-1.3.0.xlsx', mimeType: XLSX, buffer: await gridXlsx(rowsA) },
      '1.3.0',
      overlayOf(dmn, rowsA),
    );
    const report = page.getByTestId('import-report');
    await report.getByText('Grille importée comme brouillon.').waitFor();
    expect(await report.getByText(String(rowsA.length - 1)).count()).toBeGreaterThan(0);
    // In French, from the warning's code.
    await report.getByText('Colonnes ignorées : « Applicable ? ».').waitFor();
    await screenshot(page, 'referential-02-rapport-import');
    await importThrough(
      page,
      { name: 'exigences-1.4.0.xlsx', mimeType: XLSX, buffer: await gridXlsx(rowsB) },
      '1.4.0',
      overlayOf(dmn, rowsB),
    );
    await page.getByTestId('import-report').getByText('Grille importée comme brouillon.').waitFor();

    const versions = page.getByTestId('referential-versions');
    for (const version of ['1.3.0', '1.4.0']) {
      page.once('dialog', (dialog) => void dialog.accept());
      await versions.getByRole('button', { name: `Publier la version ${version}` }).click();
      await page.getByText(`« DMN ${version} (grille importée) » est publiée.`).waitFor();
    }
    await screenshot(page, 'referential-03-versions');

    const compare = page.getByRole('form', { name: 'Comparer deux versions' });
    await compare.getByLabel('Version de départ').selectOption({ label: 'DMN 1.3.0 — Publiée' });
    await compare.getByLabel("Version d'arrivée".replace("'", '’')).selectOption({ label: 'DMN 1.4.0 — Publiée' });
    await compare.getByRole('button', { name: 'Voir les différences' }).click();
    await page.getByRole('heading', { name: 'Différences entre deux versions' }).waitFor();
    await page.getByTestId('diff-removed').getByText('INS 46.2', { exact: true }).waitFor();
    await page.getByTestId('diff-changed').getByText('ANN 1', { exact: true }).waitFor();
    await screenshot(page, 'referential-04-differences');
    expect(problemsOf(leadPage, 422)).toEqual([]);
  });

  describe('the vendor: grid export, round archive, move to a newer version', () => {
    let vendor: Vendor;
    let vendorPage: WatchedPage;
    let submittedId: string;
    let openId: string;

    beforeAll(async () => {
      const { app } = target;
      const kit = reviewKit(app);
      vendor = await createVendor(app);
      ({ id: submittedId } = await kit.submitted(vendor.member.token));
      // An open dossier with evidence on INS 46.1.1 (kept by the newer version) and INS 46.2.1 (whose scenario goes).
      openId = await kit.draft(vendor.member.token, SMALL);
      for (const proof of ['INS 46.1.1', 'INS 46.2.1'])
        await kit.upload(openId, vendor.member.token, proof, fileFor(proof, ['document'])).expect(201);
      // The authority admin publishes DMN 1.5.0 through the API: version B's grid, without INS 46.2.
      const imported = await app
        .http()
        .post('/api/v1/referentials/import')
        .set(bearer(lead.token))
        .field('programme', 'DMN')
        .field('code', 'DMN')
        .field('version', '1.5.0')
        .field('title', 'DMN 1.5.0 (grille importée)')
        .field('overlay', overlayOf(dmn, rowsB))
        .attach('file', await gridXlsx(rowsB), 'exigences-1.5.0.xlsx')
        .expect(201);
      await app.http().post(`/api/v1/referentials/${imported.body.id}/publish`).set(bearer(lead.token)).expect(200);
      vendorPage = await openPage(target);
      await signIn(vendorPage.page, vendor.member.email);
    }, 180_000);

    it('exports the filled grid as XLSX and CSV and downloads the submitted round as a ZIP', async () => {
      const { page } = vendorPage;
      await page.goto(`/dossiers/${submittedId}`);
      const exports = page.getByRole('group', { name: 'Exports du dossier' });
      const archiveButton = exports.getByRole('button', { name: 'Télécharger l’archive du tour 1' });
      await archiveButton.waitFor();
      await screenshot(page, 'referential-05-exports');

      const xlsx = await downloadThrough(page, exports.getByRole('button', { name: 'Exporter la grille (XLSX)' }));
      expect(xlsx.name).toBe('grille-CardioSuivi-3.2.0.xlsx');
      expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer,
      );
      const sheet = workbook.getWorksheet('Exigences')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('Profil');
      expect(sheet.rowCount).toBe(rowsA.length);

      const csv = await downloadThrough(page, exports.getByRole('button', { name: 'Exporter la grille (CSV)' }));
      expect(csv.name).toBe('grille-CardioSuivi-3.2.0.csv');
      const lines = csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toMatch(/^Profil;Section;N° exigence;Énoncé;Nature;N° scénario;Scénario;/);
      expect(lines).toHaveLength(rowsA.length);

      const archive = await downloadThrough(page, archiveButton);
      expect(archive.name).toBe('CardioSuivi-3.2.0-tour-1.zip');
      expect(archive.bytes.subarray(0, 2).toString()).toBe('PK');
      expect(archive.bytes.includes('verify.mjs')).toBe(true);
      // A submitted dossier is not open: it offers no move.
      expect(await page.getByRole('button', { name: /Passer à la version/ }).count()).toBe(0);
      expect(problemsOf(vendorPage)).toEqual([]);
    });

    it('previews the move to the newest version, then moves the open dossier (audited)', async () => {
      const { page } = vendorPage;
      await page.goto(`/dossiers/${openId}`);
      await page.getByTestId('dossier-referential').getByText('référentiel 1.2.2').waitFor();
      await page.getByRole('button', { name: 'Passer à la version 1.5.0' }).click();
      const dialog = page.getByRole('dialog', { name: 'Passer à une version plus récente' });
      const preview = dialog.getByTestId('move-preview');
      await preview.getByText('1 preuve suit le dossier').waitFor();
      await preview.getByTestId('move-attention').getByText('INS 46.2.1', { exact: true }).waitFor();
      await dialog.getByText('DMN 1.5.0 (grille importée)').waitFor();
      await screenshot(page, 'referential-06-changement-apercu');

      await dialog.getByRole('button', { name: 'Confirmer le changement' }).click();
      await page.getByText('Le dossier utilise maintenant « DMN 1.5.0 (grille importée) ».').waitFor();
      await page.getByTestId('dossier-referential').getByText('DMN 1.5.0 (grille importée)').waitFor();
      // Nothing newer than 1.5.0: the button is gone.
      expect(await page.getByRole('button', { name: /Passer à la version/ }).count()).toBe(0);
      await screenshot(page, 'referential-07-changement-fait');

      const audit = await target.app
        .http()
        .get(`/api/v1/dossiers/${openId}/audit`)
        .set(bearer(vendor.member.token))
        .expect(200);
      const moved = (audit.body as { action: string; data: { to: { version: string } } }[]).find(
        (entry) => entry.action === 'dossier.moved',
      );
      expect(moved?.data.to.version).toBe('1.5.0');
      expect(problemsOf(vendorPage)).toEqual([]);
    });
  });
});
