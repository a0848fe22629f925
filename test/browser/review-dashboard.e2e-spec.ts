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
import { reviewKit, seen, SMALL } from '../support/review-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp, type WatchedPage } from './support/browser.js';

/*
 * The ANS reviewer's dashboard in Chromium, on the real API: a vendor's dossier prepared and
 * submitted through the API; a reviewer signs in (TOTP step), filters the queue, opens the dossier,
 * plays the video evidence, gives verdicts, requests changes through the decision dialog, reads
 * the audit timeline and the charts; the vendor then sees the change request on their side.
 */

const VIDEO_PROOF = 'IEU 3.1.1';
const CHANGE_COMMENT = 'La vidéo ne montre pas le message affiché quand l’identité est douteuse.';
const DECISION_COMMENT = 'Une démonstration est à refaire : voir IEU 3.1.';

/**
 * A short WebM that Chromium really plays, made by Chromium itself: a canvas animated frame by
 * frame, recorded with MediaRecorder until 30 frames were drawn (no wall-clock wait).
 */
async function recordWebm(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    document.body.append(canvas);
    const context = canvas.getContext('2d')!;
    const stream = canvas.captureStream(30);
    const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    recorder.start();
    await new Promise<void>((resolve) => {
      let frame = 0;
      const draw = () => {
        context.fillStyle = `hsl(${frame * 12}, 80%, 50%)`;
        context.fillRect(0, 0, 160, 120);
        context.fillStyle = '#fff';
        context.fillText(`Preuve ${frame}`, 20, 60);
        frame += 1;
        if (frame < 30) requestAnimationFrame(draw);
        else resolve();
      };
      requestAnimationFrame(draw);
    });
    recorder.stop();
    await stopped;
    const buffer = await new Blob(chunks, { type: 'video/webm' }).arrayBuffer();
    return Array.from(new Uint8Array(buffer));
  });
  return Buffer.from(bytes);
}

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

/**
 * Console problems, without the 401 of the sign-in page's session probe, and without the refusals
 * a step provokes on purpose (Chromium logs every non-2xx answer; the page shows them as it should).
 */
const problemsOf = (watched: WatchedPage, ...expected: number[]): string[] =>
  watched.problems.filter((problem) => ![401, ...expected].some((status) => problem.includes(`status of ${status} `)));

/** The dossier's views (scenario, round changes, history): links in a navigation landmark. */
const views = (page: Page) => page.getByRole('navigation', { name: 'Vues du dossier' });

describe('the ANS reviewer dashboard in the browser', () => {
  let target: BrowserApp;
  let vendor: Vendor;
  let reviewer: Member;
  let dossierId: string;
  let reviewerPage: WatchedPage;
  let video: Buffer;

  beforeAll(async () => {
    target = await startBrowserApp();
    const { app } = target;
    const kit = reviewKit(app);
    vendor = await createVendor(app, 'Éditeur Cardio');
    // A second vendor's dossier, which the vendor filter must hide.
    const other = await createVendor(app, 'Éditeur Autre');
    const authority = await createOrganization(app, 'ANS', 'authority');
    reviewer = await createMember(app, authority.id, 'reviewer');
    reviewerPage = await openPage(target);

    const token = vendor.member.token;
    dossierId = await kit.draft(token, SMALL);
    // The video proof gets a real WebM; the rest gets small labelled files.
    video = await recordWebm(reviewerPage.page);
    expect(seen(await kit.upload(dossierId, token, VIDEO_PROOF, { content: video, name: 'parcours.webm' }))).toBe(
      '201',
    );
    await kit.complete(dossierId, token);
    expect(seen(await kit.submit(dossierId, token))).toBe('200');
    await kit.submitted(other.member.token);
  }, 180_000);

  afterAll(async () => {
    await target?.close();
  }, 60_000);

  it('signs the reviewer in with the TOTP step and filters the queue, the filters kept in the URL', async () => {
    const { page } = reviewerPage;
    await signIn(page, reviewer.email, reviewer.totpSecret);
    await page.getByRole('heading', { name: "File d'examen" }).waitFor();
    const rows = page.getByTestId('queue-row');
    const ours = rows.filter({ hasText: 'Éditeur Cardio' });
    await ours.waitFor();
    expect(await rows.count()).toBe(2);

    await page.getByLabel('Éditeur', { exact: true }).selectOption({ label: 'Éditeur Cardio' });
    await page.waitForURL(/vendorId=/);
    await rows.filter({ hasText: 'Éditeur Autre' }).waitFor({ state: 'detached' });
    await ours.waitFor();
    await page.getByLabel('Statut', { exact: true }).selectOption('approved');
    await page.getByText('Aucun dossier ne correspond à ces filtres.').waitFor();
    expect(await rows.count()).toBe(0);

    // The filtered view is a URL: a reload shows the same.
    await page.reload();
    await page.getByText('Aucun dossier ne correspond à ces filtres.').waitFor();
    expect(await page.getByLabel('Statut', { exact: true }).inputValue()).toBe('approved');
    // With no row on screen, the vendor filter still offers every vendor under review, and keeps its choice.
    const vendorFilter = page.getByLabel('Éditeur', { exact: true });
    await vendorFilter.locator('option', { hasText: 'Éditeur Autre' }).waitFor({ state: 'attached' });
    expect(await vendorFilter.locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['Éditeur Autre', 'Éditeur Cardio']),
    );
    expect(await vendorFilter.inputValue()).toBe(vendor.organization.id);
    await page.getByLabel('Statut', { exact: true }).selectOption('submitted');
    await ours.waitFor();

    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await rows.filter({ hasText: 'Éditeur Autre' }).waitFor();
    await page.getByRole('button', { name: 'Éditeur', exact: true }).click();
    await page.waitForURL(/sort=vendor/);
    expect(await page.getByRole('columnheader', { name: 'Éditeur', exact: true }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await screenshot(page, 'review-01-file-examen');

    await ours.getByRole('button', { name: /M’attribuer/ }).click();
    await ours.getByText('Moi', { exact: true }).waitFor();
    expect(problemsOf(reviewerPage)).toEqual([]);
  });

  it('opens the dossier, starts the review and plays the video evidence from its signed link', async () => {
    const { page } = reviewerPage;
    await page
      .getByTestId('queue-row')
      .filter({ hasText: 'Éditeur Cardio' })
      .getByRole('link', { name: /Ouvrir le dossier/ })
      .click();
    await page.getByRole('heading', { name: 'CardioSuivi 3.2.0' }).waitFor();
    await page.getByRole('button', { name: 'Commencer l’examen' }).click();
    await page.locator('.review-header').getByText('En cours d’examen').waitFor();

    await page
      .getByRole('link', { name: /IEU 3\.1/ })
      .first()
      .click();
    await page.waitForURL(/scenario=IEU/);
    const video = page.locator('video');
    await video.waitFor();
    expect(await video.getAttribute('src')).toMatch(/\/api\/v1\/evidence\/[0-9a-f-]+\/content\?access=/);
    await video.evaluate((element: HTMLVideoElement) => element.play());
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0);
    await video.evaluate((element: HTMLVideoElement) => element.pause());
    await screenshot(page, 'review-02-apercu-video');
    expect(problemsOf(reviewerPage)).toEqual([]);
  });

  it('gives verdicts: a comment is required for a change request, and a stale scenario is reloaded', async () => {
    const { page } = reviewerPage;
    await page.getByRole('button', { name: 'Demander des compléments' }).click();
    await page.getByText('Expliquez à l’éditeur ce qui manque').waitFor();
    await page.getByLabel('Commentaire', { exact: true }).fill(CHANGE_COMMENT);
    await page.getByRole('button', { name: 'Demander des compléments' }).click();
    await page.getByText('Verdict enregistré : compléments demandés.').waitFor();

    await page
      .getByRole('link', { name: /IEU 1\.1/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: /^IEU 1\.1 / }).waitFor();
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByText('Verdict enregistré : accepté.').waitFor();
    // The dossier reloaded after that verdict (the tree says so) before IEU 4.1 is opened.
    await page
      .getByRole('navigation', { name: 'Scénarios par famille' })
      .getByRole('link', { name: /IEU 1\.1/ })
      .getByText('Accepté', { exact: true })
      .waitFor();

    // Someone else judges IEU 4.1 while it is open here: the verdict sent with the old version is refused.
    await page
      .getByRole('link', { name: /IEU 4\.1/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: /^IEU 4\.1 / }).waitFor();
    const kit = reviewKit(target.app);
    const current = await kit.scenario(dossierId, reviewer.token, 'IEU 4.1');
    expect(
      seen(
        await kit.verdict(dossierId, reviewer.token, 'IEU 4.1', {
          verdict: 'accepted',
          expectedVersion: current.version,
        }),
      ),
    ).toBe('200');
    await page.getByRole('button', { name: 'Accepter' }).click();
    await page.getByText('Le scénario a changé depuis votre ouverture').waitFor();
    expect(problemsOf(reviewerPage, 409)).toEqual([]);
  });

  it('requests changes through the decision dialog, after the server refused an approval by a reviewer', async () => {
    const { page } = reviewerPage;
    await page.getByRole('button', { name: 'Rendre la décision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Décision sur le tour' });
    await dialog.waitFor();
    await dialog.getByLabel(/Conforme \(approuver\)/).check();
    await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
    await dialog.getByRole('alert').getByText('Cette décision est réservée au responsable d’évaluation.').waitFor();

    await dialog.getByLabel(/Demander des compléments/).check();
    await dialog.getByLabel('Message à l’éditeur').fill(DECISION_COMMENT);
    await screenshot(page, 'review-03-dialogue-decision');
    await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
    await page.getByText('Décision enregistrée : Compléments demandés.').waitFor();
    await page.locator('.review-header').getByText('Compléments demandés').waitFor();
    expect(problemsOf(reviewerPage, 409, 403)).toEqual([]);
  });

  it('shows the audit timeline, the round content and the charts', async () => {
    const { page } = reviewerPage;
    // The decided dossier is on screen (no decision button any more, the dialog closed) before a tab is chosen.
    await page.getByRole('button', { name: 'Rendre la décision' }).waitFor({ state: 'detached' });
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    // By keyboard: the page may still settle after the decision, and a key press has no coordinates to miss.
    await views(page).getByRole('link', { name: 'Historique' }).press('Enter');
    const timeline = page.locator('.timeline');
    await page.waitForURL(/view=audit/);
    await timeline.getByText('Dossier soumis', { exact: true }).waitFor();
    await timeline.getByText('Examen commencé', { exact: true }).waitFor();
    await timeline.getByText('Compléments demandés', { exact: true }).waitFor();
    expect(await timeline.getByText('Verdict rendu', { exact: true }).count()).toBe(3);
    await screenshot(page, 'review-04-historique');

    await views(page).getByRole('link', { name: 'Changements du tour' }).press('Enter');
    await page.waitForURL(/view=diff/);
    await page.getByRole('heading', { name: 'Contenu du tour 1 (premier tour)' }).waitFor();

    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('img', { name: /Dossiers par statut : .*Soumis 1.*Compléments demandés 1/ }).waitFor();
    await page.getByRole('img', { name: /Par famille/ }).waitFor();
    await screenshot(page, 'review-05-tableau-de-bord');
    expect(problemsOf(reviewerPage, 409, 403)).toEqual([]);
  });

  it('the vendor, signed in elsewhere, sees the change request and the reviewer’s comment', async () => {
    const vendorPage = await openPage(target);
    const { page } = vendorPage;
    await signIn(page, vendor.member.email);
    await page.goto(`/dossiers/${dossierId}`);
    await page.getByText('Compléments demandés').first().waitFor();
    await page.getByText(CHANGE_COMMENT).first().waitFor();
    await screenshot(page, 'review-06-editeur-complements');
    const api = await target.app
      .http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect(api.body).toMatchObject({ status: 'changes_requested', round: 2 });
    expect(problemsOf(vendorPage)).toEqual([]);
  });

  it('after the vendor answered, shows the reviewer what changed in round 2 and flags the scenario', async () => {
    const kit = reviewKit(target.app);
    const token = vendor.member.token;
    expect(seen(await kit.upload(dossierId, token, VIDEO_PROOF, { content: video, name: 'parcours-v2.webm' }))).toBe(
      '201',
    );
    expect(seen(await kit.submit(dossierId, token))).toBe('200');

    const { page } = reviewerPage;
    await page.goto(`/review/dossiers/${dossierId}?view=diff`);
    await page.getByRole('heading', { name: 'Ce qui a changé au tour 2 depuis le tour 1' }).waitFor();
    await page.locator('.round-diff').getByText(`${VIDEO_PROOF}, version 2`).waitFor();
    const changed = page.getByRole('region', { name: 'Scénarios modifiés' });
    await changed.getByRole('link', { name: /IEU 3\.1/ }).click();
    await page.getByRole('heading', { level: 2, name: /^IEU 3\.1 / }).waitFor();
    await page.locator('.scenario-head').getByText('modifié depuis le tour précédent').waitFor();
    // Both versions can be previewed; the newest is shown first.
    const versions = page.getByLabel('Version affichée');
    expect(await versions.locator('option').allTextContents()).toEqual([
      expect.stringMatching(/^Version 2 — /),
      expect.stringMatching(/^Version 1 — /),
    ]);
    await screenshot(page, 'review-07-changements-tour-2');
    expect(problemsOf(reviewerPage, 409, 403)).toEqual([]);
  });
});
