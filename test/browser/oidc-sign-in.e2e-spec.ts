import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { adminToken, bearer, createOrganization } from '../support/actors.js';
import { CLIENT_ID, CLIENT_SECRET, TestOidcProvider } from '../support/oidc-provider.js';
import { openPage, screenshot, startBrowserApp, type BrowserApp } from './support/browser.js';

describe('signing in with an identity provider in the web app', () => {
  let target: BrowserApp;
  let op: TestOidcProvider;
  beforeAll(async () => {
    // The provider must know where to send the browser back: the app's address is chosen first.
    target = await startBrowserApp({}, (PUBLIC_URL) => ({ PUBLIC_URL }));
    op = await TestOidcProvider.start(target.baseUrl, [41800, 41849]);
    const admin = bearer(await adminToken(target.app));
    await target.app
      .http()
      .post('/api/v1/oidc-providers')
      .set(admin)
      .send({ name: 'Pro Santé Connect', issuer: op.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })
      .expect(201);
    const vendor = await createOrganization(target.app, 'Éditeur OIDC', 'vendor');
    await target.app
      .http()
      .post(`/api/v1/organizations/${vendor.id}/email-domains`)
      .set(admin)
      .send({ domain: 'oidc-editeur.example', role: 'vendor_admin' })
      .expect(201);
  }, 120_000);
  afterAll(async () => {
    await op?.close();
    await target?.close();
  }, 60_000);

  it('signs in through the provider, then shows the notifications and the preferences pages', async () => {
    op.accounts.set('browser-sub', { sub: 'browser-sub', email: 'claire@oidc-editeur.example', name: 'Claire Dupont' });
    op.nextLogin = { sub: 'browser-sub', acr: 'eidas1', amr: ['pwd'] };
    const { page } = await openPage(target);
    await page.goto('/');
    await page.getByRole('button', { name: 'Se connecter avec Pro Santé Connect' }).click();
    await page.getByText('claire@oidc-editeur.example').waitFor();
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications' }).waitFor();
    await page.getByText('Aucune notification pour le moment.').waitFor();
    await screenshot(page, '30-notifications');
    await page.getByRole('link', { name: 'Préférences' }).click();
    await page.getByText('Pro Santé Connect, lié le').waitFor();
    await page.getByLabel('Décision sur un dossier — Par e-mail').uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Préférences enregistrées.').waitFor();
    await screenshot(page, '31-preferences');
  });
});
