/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gridCsvText, gridXlsx, sampleGridRows } from '@preuve/referentials';
import type { Page } from 'playwright-core';
import {
  createMember,
  createOrganization,
  dmnReferentialId,
  PASSWORD,
  totpCode,
  type Member,
} from '../support/actors.js';
import { gridRowsOf, overlayOf, treeOf, type Tree } from '../support/grid-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp, type WatchedPage } from './support/browser.js';

/*
 * Référentiels in and out, in Chromium on the real API: a review lead imports a bad grid and
 * sees every bad row, imports two good versions (the import report), publishes them and reads
 * the diff. Screenshots: test-artifacts/screenshots/referential-*.png.
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
    await report.getByText('Columns ignored: « Applicable ? ».').waitFor();
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
});
