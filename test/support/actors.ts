import { randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';
import { generateSync } from 'otplib';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './test-app.js';

/** What these helpers need of an app: requests to it (in this process, or a server spawned apart). */
export type HttpApp = Pick<TestApp, 'http'>;

export const PASSWORD = 'une-phrase-de-passe-solide';

/** A TOTP code for the current step, or `steps` steps away (one step either way is accepted). */
export function totpCode(secret: string, steps = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

export async function login(app: HttpApp, email: string, password = PASSWORD, totp?: string): Promise<string> {
  const response = await app
    .http()
    .post('/api/v1/auth/login')
    .send({ email, password, ...(totp ? { totp } : {}) });
  expect(response.status).toBe(200);
  return response.body.accessToken as string;
}

/** Enrols and activates TOTP for a signed-in user; returns the secret and recovery codes. */
export async function activateTotp(app: HttpApp, token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrolment = await app.http().post('/api/v1/auth/totp/enroll').set(bearer(token)).expect(200);
  // The previous step's code (one step either way is accepted), leaving the current step for a
  // sign-in right after. On a busy machine the request can cross a 30-second boundary, which makes
  // that code two steps old: only then, ask again with the new previous step.
  const activate = (): Promise<{ status: number }> =>
    app
      .http()
      .post('/api/v1/auth/totp/activate')
      .set(bearer(token))
      .send({ code: totpCode(enrolment.body.secret, -1) });
  const step = (): number => Math.floor(Date.now() / 30_000);
  const before = step();
  let activated = await activate();
  if (activated.status !== 204 && step() !== before) activated = await activate();
  expect(activated.status).toBe(204);
  return { secret: enrolment.body.secret, recoveryCodes: enrolment.body.recoveryCodes };
}

const adminTokens = new WeakMap<HttpApp, Promise<string>>();

/** The bootstrap platform admin, with TOTP active (as the platform requires). */
export function adminToken(app: HttpApp): Promise<string> {
  let token = adminTokens.get(app);
  if (!token) {
    token = login(app, ADMIN_EMAIL, ADMIN_PASSWORD).then(async (access) => {
      await activateTotp(app, access);
      return access;
    });
    adminTokens.set(app, token);
  }
  return token;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.test`;
}

export interface Organization {
  id: string;
  name: string;
}

export async function createOrganization(
  app: HttpApp,
  name: string,
  kind: 'vendor' | 'authority',
): Promise<Organization> {
  const response = await app
    .http()
    .post('/api/v1/organizations')
    .set(bearer(await adminToken(app)))
    .send({ name, kind })
    .expect(201);
  return response.body as Organization;
}

export interface Member {
  id: string;
  email: string;
  token: string;
  /** Set for authority users, whose TOTP the helper activated. */
  totpSecret?: string;
}

/** Creates a user (password PASSWORD) through the platform admin, without signing in. */
export async function createUser(
  app: HttpApp,
  organizationId: string,
  role: string,
  prefix = role,
): Promise<{ id: string; email: string }> {
  const email = uniqueEmail(prefix);
  const created = await app
    .http()
    .post(`/api/v1/organizations/${organizationId}/users`)
    .set(bearer(await adminToken(app)))
    .send({ email, password: PASSWORD, displayName: `${prefix} test`, role })
    .expect(201);
  return { id: created.body.id as string, email };
}

/** Creates a user through the platform admin and signs them in (activating TOTP for authority roles). */
export async function createMember(app: HttpApp, organizationId: string, role: string, prefix = role): Promise<Member> {
  const user = await createUser(app, organizationId, role, prefix);
  const token = await login(app, user.email);
  if (role === 'reviewer' || role === 'review_lead') {
    const { secret } = await activateTotp(app, token);
    return { ...user, token, totpSecret: secret };
  }
  return { ...user, token };
}

export async function createApiToken(
  app: HttpApp,
  organizationId: string,
  adminTokenOfOrg: string,
  scopes: string[],
): Promise<{ id: string; token: string }> {
  const response = await app
    .http()
    .post(`/api/v1/organizations/${organizationId}/api-tokens`)
    .set(bearer(adminTokenOfOrg))
    .send({ name: `token ${scopes.join(' ')}`, scopes })
    .expect(201);
  return { id: response.body.id, token: response.body.token };
}

export interface Vendor {
  organization: Organization;
  admin: Member;
  member: Member;
}

export async function createVendor(app: HttpApp, name = `Éditeur ${randomBytes(3).toString('hex')}`): Promise<Vendor> {
  const organization = await createOrganization(app, name, 'vendor');
  return {
    organization,
    admin: await createMember(app, organization.id, 'vendor_admin'),
    member: await createMember(app, organization.id, 'vendor_member'),
  };
}

export async function dmnReferentialId(app: HttpApp, token: string): Promise<string> {
  const list = await app.http().get('/api/v1/referentials').set(bearer(token)).expect(200);
  return (list.body as { id: string; code: string; version: string }[]).find(
    (entry) => entry.code === 'DMN' && entry.version === '1.2.2',
  )!.id;
}

/** A product and a draft dossier on DMN 1.2.2 for a vendor member. */
export async function createDossier(
  app: HttpApp,
  token: string,
): Promise<{ productId: string; dossierId: string; referentialId: string }> {
  const referentialId = await dmnReferentialId(app, token);
  const product = await app
    .http()
    .post('/api/v1/products')
    .set(bearer(token))
    .send({ name: 'CardioSuivi', version: '3.2.0' })
    .expect(201);
  const dossier = await app
    .http()
    .post('/api/v1/dossiers')
    .set(bearer(token))
    .send({ productId: product.body.id, referentialId })
    .expect(201);
  return { productId: product.body.id, dossierId: dossier.body.id, referentialId };
}
