import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  PASSWORD,
  type Vendor,
} from '../support/actors.js';
import { fhirTextLog, idnps, mp4, windowsExecutable } from '../support/fixtures.js';
import { fileFor } from '../support/labelled-files.js';
import { writePreparationTexts } from '../support/preparation.js';
import { JUSTIFICATION, reviewKit, SMALL } from '../support/review-kit.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp } from './support/browser.js';

interface ScenarioView {
  code: string;
  applicable: boolean;
  missingProofs: string[];
  missingDeclaration: boolean;
  proofs: { code: string; kinds: string[]; evidence: unknown[] }[];
}

/** A large-ish video, so that the upload progress can be seen (the upload is throttled too). */
const VIDEO = mp4(30 * 1024 * 1024, 7);

describe('the vendor workspace', () => {
  let target: BrowserApp;
  let vendor: Vendor;
  // The videos are handed to Chromium as files on disk: a 30 MB buffer sent through the
  // DevTools protocol took longer than the action's timeout on a loaded machine.
  let videoFolder: string;
  const videoPath = (name: string): string => join(videoFolder, name);

  beforeAll(async () => {
    videoFolder = await mkdtemp(join(tmpdir(), 'preuve-videos-'));
    await writeFile(videoPath('demonstration.mp4'), VIDEO);
    await writeFile(videoPath('autre-demonstration.mp4'), VIDEO);
    target = await startBrowserApp();
    vendor = await createVendor(target.app);
  }, 120_000);
  afterAll(async () => {
    await target?.close();
    await rm(videoFolder, { recursive: true, force: true });
  }, 60_000);

  async function dossierView(dossierId: string): Promise<{ status: string; scenarios: ScenarioView[] }> {
    const response = await target.app
      .http()
      .get(`/api/v1/dossiers/${dossierId}`)
      .set(bearer(vendor.admin.token))
      .expect(200);
    return response.body;
  }

  /** Whatever the dossier still lacks, provided through the API (what the page was shown doing once). */
  async function completeThroughApi(dossierId: string): Promise<void> {
    for (const scenario of (await dossierView(dossierId)).scenarios) {
      for (const code of scenario.missingProofs) {
        const proof = scenario.proofs.find((candidate) => candidate.code === code)!;
        const file = fileFor(code, proof.kinds);
        await target.app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/evidence`)
          .set(bearer(vendor.admin.token))
          .field('proof', code)
          .attach('file', file.content, file.name)
          .expect(201);
      }
      if (scenario.missingDeclaration) {
        await target.app
          .http()
          .post(`/api/v1/dossiers/${dossierId}/declarations`)
          .set(bearer(vendor.admin.token))
          .send({
            scenario: scenario.code,
            declarantName: 'Camille Martin',
            declarantRole: 'legal_representative',
            justification: JUSTIFICATION,
          })
          .expect(201);
      }
    }
    // The conformity texts the référentiel asks for, and the justification of each waiver.
    await writePreparationTexts(() => target.app.http(), dossierId, vendor.admin.token);
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  const tree = (page: Page) => page.getByRole('navigation', { name: 'Scénarios par famille' });
  const question = (page: Page, label: RegExp) => page.getByRole('group', { name: label });

  it('takes a vendor from a new product to a submitted dossier', async () => {
    const { page, context, problems } = await openPage(target);
    await page.goto('/');
    await signIn(page, vendor.admin.email);
    await page.getByText('Aucun dossier pour l’instant.').waitFor();

    // A product, then a dossier for it on DMN 1.2.2.
    await page.getByRole('link', { name: 'Créer un produit' }).click();
    await page.getByRole('heading', { name: 'Produits', level: 1 }).waitFor();
    await expect(page.getByRole('button', { name: 'Nouveau produit' }).getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    await page.getByLabel('Nom du produit').fill('TéléCardio');
    await page.getByLabel('Version').fill('4.1.0');
    await page.getByLabel('Description (facultative)').fill('Télésurveillance des insuffisants cardiaques');
    await page.getByRole('button', { name: 'Créer le produit' }).click();
    await page.getByText('Produit « TéléCardio » créé.').waitFor();
    await page.getByRole('heading', { name: /TéléCardio/ }).waitFor();
    await screenshot(page, '10-produits');

    await page.getByRole('button', { name: /Nouveau dossier — TéléCardio/ }).click();
    const newDossier = page.getByRole('dialog', { name: 'Nouveau dossier pour TéléCardio' });
    await newDossier.getByRole('option', { name: /DMN 1\.2\.2/ }).waitFor({ state: 'attached' });
    await newDossier.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.getByRole('heading', { name: 'Questionnaire d’applicabilité' }).waitFor();
    const dossierId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('heading', { name: 'TéléCardio 4.1.0' }).waitFor();

    // The questionnaire: a follow-up appears with the profile that makes it relevant.
    const patientAccess = question(page, /Comment les patients accèdent-ils au produit/);
    await expect(patientAccess.count()).resolves.toBe(0);
    await question(page, /Quels profils/)
      .getByLabel(/Accès Usager \(des patients/)
      .check();
    await patientAccess.waitFor();
    await question(page, /Quels profils/)
      .getByLabel(/Stockage de copies/)
      .check();
    await question(page, /Quel rôle votre produit joue-t-il/)
      .getByLabel(/Esclave de l'identité/)
      .check();
    await patientAccess.getByLabel('Aucun accès patient').check();
    await page.getByRole('status').getByText('Effet de votre dernière réponse').waitFor();
    // Questions that change nothing for the declared profiles are not asked: without the general or
    // professional profiles, neither the Annuaire Santé nor the médecin traitant matters.
    await expect(question(page, /Annuaire Santé/).count()).resolves.toBe(0);
    await expect(question(page, /médecin traitant/).count()).resolves.toBe(0);

    // INS does not apply: IEU 7.1 and IEU 8.1 stop applying, with the reason.
    await question(page, /L'identité nationale de santé/)
      .getByLabel('Non')
      .check();
    const effect = page.locator('.applicability-diff');
    await effect.getByText(/scénarios deviennent non applicables/).waitFor();
    await effect.getByRole('link', { name: /IEU 7\.1/ }).waitFor();
    await effect
      .getByText(/l'INS n'est pas applicable à ce produit/)
      .first()
      .waitFor();
    await screenshot(page, '11-dossier-questionnaire');

    // Upload a 30 MB video to a proof, throttled so that the progress can be seen.
    let view = await dossierView(dossierId);
    const withVideo = view.scenarios.find(
      (scenario) => scenario.applicable && scenario.proofs.some((proof) => proof.kinds.includes('video')),
    )!;
    const proofCode = withVideo.proofs.find((proof) => proof.kinds.includes('video'))!.code;
    await tree(page)
      .getByRole('link', { name: new RegExp(`^${withVideo.code.replaceAll('.', '\\.')} `) })
      .click();
    await page.getByRole('heading', { name: new RegExp(withVideo.code.replaceAll('.', '\\.')), level: 2 }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 10 * 1024 * 1024,
    });
    await page.getByLabel(`Fichier pour la preuve ${proofCode}`).setInputFiles(videoPath('demonstration.mp4'));
    const progress = page.getByRole('progressbar', { name: /^Envoi :/ });
    await progress.waitFor();
    await page.getByRole('button', { name: 'Annuler l’envoi' }).waitFor();
    await screenshot(page, '12-depot-en-cours');
    await page.getByText('Version 1 ajoutée : demonstration.mp4.').waitFor({ timeout: 30_000 });
    await page.getByText('Version 1', { exact: true }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger demonstration.mp4' }).click();
    expect((await download).suggestedFilename()).toBe('demonstration.mp4');
    await expect(progress.count()).resolves.toBe(0);

    // A second upload, cancelled: nothing is added.
    await page.getByLabel(`Fichier pour la preuve ${proofCode}`).setInputFiles(videoPath('autre-demonstration.mp4'));
    await progress.waitFor();
    await page.getByRole('button', { name: 'Annuler l’envoi' }).click();
    await page.getByText('Envoi annulé : aucune version n’a été ajoutée.').waitFor();
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    view = await dossierView(dossierId);
    const evidence = view.scenarios.flatMap((scenario) => scenario.proofs).find((proof) => proof.code === proofCode)!;
    expect(evidence.evidence).toHaveLength(1);

    // A sworn declaration for IEU 7.1, with the statement shown before signing.
    await tree(page)
      .getByRole('link', { name: /^IEU 7\.1 / })
      .click();
    await page.getByRole('heading', { name: 'Déclaration sur l’honneur' }).waitFor();
    await page.getByLabel('Nom et prénom du déclarant').fill('Camille Martin');
    await page.getByLabel('Justification').fill(JUSTIFICATION);
    await expect(page.getByTestId('statement-text').textContent()).resolves.toContain('Camille Martin');
    await screenshot(page, '13-declaration');
    const sign = page.getByRole('button', { name: 'Signer la déclaration' });
    await expect(sign.isDisabled()).resolves.toBe(true);
    await page.getByLabel(/Je certifie sur l’honneur/).check();
    await sign.click();
    await page.getByText('Déclaration signée.').waitFor();
    await page.getByText(/Signée par Camille Martin/).waitFor();
    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    await tree(page)
      .getByRole('link', { name: /^IEU 7\.1 .*Déclaration signée/ })
      .waitFor();

    // Submitting shows what is missing first.
    await page.getByRole('button', { name: 'Soumettre le dossier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Soumettre le dossier à l’ANS' });
    await dialog.getByText(/Il manque encore \d+ éléments/).waitFor();
    await expect(dialog.getByRole('link', { name: 'IEU 8.1' }).count()).resolves.toBeGreaterThan(0);
    await expect(dialog.getByRole('button', { name: 'Confirmer la soumission' }).count()).resolves.toBe(0);
    await screenshot(page, '14-soumission-incomplete');
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    // The rest through the API, then the submission from the page.
    await completeThroughApi(dossierId);
    await page.getByRole('button', { name: 'Soumettre le dossier' }).click();
    await dialog.getByText(/Le dossier est complet/).waitFor();
    await screenshot(page, '15-soumission-confirmation');
    await dialog.getByRole('button', { name: 'Confirmer la soumission' }).click();
    await page.locator('.dossier-status').getByText('Soumis').waitFor();
    await page.getByTestId('manifest-hash').waitFor();
    await expect(page.getByRole('button', { name: 'Soumettre le dossier' }).count()).resolves.toBe(0);
    await expect(page.getByLabel(`Fichier pour la preuve ${proofCode}`).count()).resolves.toBe(0);
    expect((await dossierView(dossierId)).status).toBe('submitted');

    // The dossiers list shows it submitted and complete.
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    const row = page.getByRole('row', { name: /TéléCardio/ });
    await row.getByText('Soumis').waitFor();
    await row.getByRole('progressbar').waitFor();
    await screenshot(page, '16-dossiers');
    expect(problems).toEqual([]);
  });

  it('shows a later round: the change requests stand out, the rest is locked, and the thread takes replies', async () => {
    const kit = reviewKit(target.app);
    const authority = await createOrganization(target.app, 'ANS', 'authority');
    const reviewer = await createMember(target.app, authority.id, 'reviewer');
    const dossier = await kit.submitted(vendor.member.token, SMALL);
    const judged = (await kit.view(dossier.id, reviewer.token)).scenarios.filter(
      (scenario) => scenario.applicable || scenario.declarationRequired,
    );
    const reopened = judged.find((scenario) => scenario.applicable && scenario.proofs.length > 0)!;
    const accepted = judged.find((scenario) => scenario.code !== reopened.code && scenario.applicable)!;
    for (const scenario of judged) {
      const again = scenario.code === reopened.code;
      await kit
        .verdict(dossier.id, reviewer.token, scenario.code, {
          verdict: again ? 'changes_requested' : 'accepted',
          ...(again ? { comment: 'La capture ne montre pas le refus du second compte.' } : {}),
        })
        .expect(200);
    }
    await kit
      .decide(dossier.id, reviewer.token, { decision: 'changes_requested', comment: 'Une capture à refaire.' })
      .expect(200);

    const { page, problems } = await openPage(target);
    await page.goto(`/dossiers/${dossier.id}`);
    await signIn(page, vendor.member.email);
    const banner = page.getByRole('region', { name: 'Compléments demandés par l’ANS' });
    await banner.getByText('La capture ne montre pas le refus du second compte.').waitFor();
    await page.getByText('Tour 2').first().waitFor();
    await page.getByRole('button', { name: 'Soumettre à nouveau' }).waitFor();
    const escaped = (code: string) => code.replaceAll('.', '\\.');
    await tree(page)
      .getByRole('link', { name: new RegExp(`^${escaped(accepted.code)} .*verrouillé`) })
      .waitFor();

    // An answer that would change whether an accepted scenario applies is refused, and undone.
    await page.getByRole('button', { name: 'Afficher les questions' }).click();
    const ins = question(page, /L'identité nationale de santé/);
    // click, not check: the answer is refused and undone, so the radio may be unchecked again
    // before a check() could confirm it.
    await ins.getByLabel('Oui').click();
    await page
      .getByRole('alert')
      .getByText(/Ce changement toucherait des scénarios verrouillés pour ce tour/)
      .waitFor();
    await expect(ins.getByLabel('Non').isChecked()).resolves.toBe(true);

    // The accepted scenario is locked: no upload.
    await tree(page)
      .getByRole('link', { name: new RegExp(`^${escaped(accepted.code)} `) })
      .click();
    await page.getByText(/Ce scénario est verrouillé pour ce tour/).waitFor();
    await expect(page.getByLabel(/^Fichier pour la preuve/).count()).resolves.toBe(0);

    // The reopened one takes a new file and a reply, which can be edited.
    await banner.getByRole('link', { name: new RegExp(escaped(reopened.code)) }).click();
    const proof = reopened.proofs[0];
    await page.getByLabel(`Fichier pour la preuve ${proof.code}`).waitFor();

    // Dropped on the proof: an executable is refused (415, in French), a real file becomes version 2.
    const drop = async (name: string, content: Buffer) => {
      const transfer = await page.evaluateHandle(
        ({ name, base64 }) => {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          const data = new DataTransfer();
          data.items.add(new File([bytes], name));
          return data;
        },
        { name, base64: content.toString('base64') },
      );
      await page.getByTestId(`dropzone-${proof.code}`).dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop('outil.exe', windowsExecutable());
    await page
      .getByRole('alert')
      .getByText(/Type de fichier refusé pour cette preuve : « outil\.exe » est .* ; types acceptés : /)
      .waitFor();
    const replacement = fileFor(proof.code, proof.kinds);
    await drop(replacement.name, replacement.content);
    await page.getByText(`Version 2 ajoutée : ${replacement.name}.`).waitFor();
    await page.getByText('Version 2', { exact: true }).waitFor();
    await page.getByLabel('Nouveau message').fill('Nouvelle capture déposée.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText('Nouvelle capture déposée.').waitFor();
    await page.getByRole('button', { name: 'Modifier' }).click();
    await page.getByLabel('Modifier le message').fill('Nouvelle capture déposée, avec le message de refus.');
    await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await page.getByText('Nouvelle capture déposée, avec le message de refus.').waitFor();
    await page.locator('.comment').getByText('modifié', { exact: true }).waitFor();
    await screenshot(page, '17-dossier-complements-demandes');
    // The browser logs the refused responses (no session on arrival, the frozen answer, the executable).
    expect(problems.filter((problem) => !/status of (401|409|415)/.test(problem))).toEqual([]);
  });

  it('shows the automated checks of an Annuaire Santé FHIR log beside its version', async () => {
    const { dossierId } = await createDossier(target.app, vendor.member.token);
    await target.app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({
        answers: {
          profiles: ['general', 'professional_access'],
          insApplicable: true,
          directorySource: 'fhir_api',
          storesReferringDoctor: true,
        },
      })
      .expect(200);
    const invalid = idnps('1000271828', false);
    await target.app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'ANN 2.1.2-LOGS')
      .attach('file', fhirTextLog(idnps(), invalid), 'appels-fhir.log')
      .expect(201);

    const { page, problems } = await openPage(target);
    await page.goto(`/dossiers/${dossierId}?scenario=ANN.2.1`);
    await signIn(page, vendor.member.email);
    const checks = page.getByRole('region', { name: 'Vérifications automatiques' });
    await checks.getByText('4 requêtes HTTP, dont 4 vers l’API FHIR de l’Annuaire Santé.').waitFor();
    await checks.getByText('Appels FULL : 1 · DELTA : 1 · unitaires : 2.').waitFor();
    await checks.getByText(new RegExp(`IDNPS ${invalid} invalide`)).waitFor();
    // The notes are stored as codes; the page words them.
    await checks.getByText('Détail de l’analyse').click();
    await checks.getByText("4 requêtes vers l'API FHIR de l'Annuaire Santé : 1 FULL, 1 DELTA, 2 unitaires.").waitFor();
    await page.getByText('Aperçu de la version la plus récente').click();
    await page.getByText(/PractitionerRole\?_lastUpdated=ge/).waitFor();
    await checks.scrollIntoViewIfNeeded();
    await screenshot(page, '18-verifications-automatiques');

    // Another vendor's dossier, or none: the same answer.
    await page.goto('/dossiers/00000000-0000-4000-8000-000000000000');
    await page.getByText('Ce dossier n’existe pas ou vous n’y avez pas accès.').waitFor();
    await page.getByRole('link', { name: 'Retour aux dossiers' }).click();
    await page
      .getByRole('row', { name: /CardioSuivi/ })
      .first()
      .waitFor();
    expect(problems.filter((problem) => !/status of (401|404)/.test(problem))).toEqual([]);
  });

  it('pages through products with « Afficher plus » and filters dossiers by status', async () => {
    const other = await createVendor(target.app);
    const token = bearer(other.member.token);
    for (let index = 1; index <= 22; index++) {
      await target.app
        .http()
        .post('/api/v1/products')
        .set(token)
        .send({ name: `Produit ${String(index).padStart(2, '0')}`, version: '1.0' })
        .expect(201);
    }
    const { dossierId } = await createDossier(target.app, other.member.token);
    const submitted = await reviewKit(target.app).submitted(other.member.token, SMALL);

    const { page, problems } = await openPage(target);
    await page.goto('/products');
    await signIn(page, other.member.email);
    const cards = page.getByRole('list', { name: 'Liste des produits' }).getByRole('listitem');
    await page.getByRole('heading', { name: /Produit 22/ }).waitFor();
    // 24 products in all (the two dossiers brought theirs), 20 a page, newest first.
    await expect(cards.count()).resolves.toBe(20);
    await expect(page.getByRole('heading', { name: /Produit 04/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Afficher plus' }).click();
    await page.getByRole('heading', { name: /Produit 01/ }).waitFor();
    await expect(cards.count()).resolves.toBe(24);
    await expect(page.getByRole('button', { name: 'Afficher plus' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await page.locator(`a[href="/dossiers/${dossierId}"]`).waitFor();
    await page.getByLabel('Filtrer par statut').selectOption('submitted');
    await page.locator(`a[href="/dossiers/${dossierId}"]`).waitFor({ state: 'detached' });
    await page.locator(`a[href="/dossiers/${submitted.id}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('submitted');
    expect(problems.filter((problem) => !/status of 401/.test(problem))).toEqual([]);
  });
});
