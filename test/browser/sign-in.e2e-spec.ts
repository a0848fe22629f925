import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganization, createUser, createVendor, PASSWORD, totpCode } from '../support/actors.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp } from './support/browser.js';

describe('signing in to the web app', () => {
  let target: BrowserApp;
  beforeAll(async () => {
    target = await startBrowserApp();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  }, 60_000);

  it('signs a vendor in with a password, keeps the session across a reload, and signs out', async () => {
    const vendor = await createVendor(target.app);
    const { page, problems } = await openPage(target);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await screenshot(page, '01-connexion');

    await page.getByLabel('Adresse e-mail').fill(vendor.admin.email);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();

    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText(vendor.admin.email).waitFor();

    await page.reload();
    await page.getByText(vendor.admin.email).waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it('asks a reviewer to enrol two-factor authentication with a QR code, then for the code at the next sign-in', async () => {
    const authority = await createOrganization(target.app, 'ANS', 'authority');
    const reviewer = await createUser(target.app, authority.id, 'reviewer');
    const { page, problems } = await openPage(target);
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(reviewer.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { name: 'Activez la vérification en deux étapes' }).waitFor();
    await page
      .getByRole('img', { name: /QR code/ })
      .locator('svg')
      .waitFor();
    await screenshot(page, '02-activation-double-authentification');
    const secret = (await page.getByTestId('totp-secret').textContent())!;
    await page.getByLabel('Code affiché par l’application').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Activer' }).click();
    await page.getByText(reviewer.email).waitFor();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').fill(reviewer.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Vérification en deux étapes' }).waitFor();
    // The step used at activation cannot be replayed: take the next one.
    await page.getByLabel('Code de vérification').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByText(reviewer.email).waitFor();
    expect(problems.filter((problem) => !problem.includes('401'))).toEqual([]);
  });

  it('sends a user whose session ended back to the sign-in page, saying why', async () => {
    const vendor = await createVendor(target.app);
    const { page } = await openPage(target);
    await page.goto('/');
    await page.getByLabel('Adresse e-mail').fill(vendor.member.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText(vendor.member.email).waitFor();
    // The landing page has its data: nothing is in flight when the session ends.
    await page.getByText('Aucun dossier pour l’instant.').waitFor();
    // The session is closed on the server (as an expiry or a sign-out elsewhere would).
    await target.app.dataSource.query('DELETE FROM session WHERE user_id = $1', [vendor.member.id]);
    await page.getByRole('link', { name: 'Produits' }).click();
    await page.getByText('Votre session a expiré').waitFor();
  });
});
