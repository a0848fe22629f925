import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair } from 'jose';
import type { Response } from 'supertest';
import {
  adminToken,
  bearer,
  createMember,
  createOrganization,
  login,
  totpCode,
  type Member,
} from './support/actors.js';
import { CLIENT_ID, CLIENT_SECRET, TestOidcProvider } from './support/oidc-provider.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'http://preuve.test';

let app: TestApp;
let op: TestOidcProvider;
let providerId: string;
let vendorId: string;
let authorityId: string;

function cookieOf(response: Response, name: string): string | undefined {
  const header = response.headers['set-cookie'] as unknown as string[] | undefined;
  const found = (header ?? []).find((cookie) => cookie.startsWith(`${name}=`));
  return found?.split(';')[0];
}

async function createProvider(extra: Record<string, unknown> = {}): Promise<string> {
  const response = await app
    .http()
    .post('/api/v1/oidc-providers')
    .set(bearer(await adminToken(app)))
    .send({
      name: 'Pro Santé Connect (test)',
      issuer: op.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      acrValues: ['eidas1'],
      strongAcrValues: ['eidas2'],
      ...extra,
    })
    .expect(201);
  return response.body.id as string;
}

/** Starts a sign-in (or a link, with a token), plays the browser at the provider, and returns what came back. */
async function begin(
  login: { sub: string; acr?: string; amr?: string[] },
  options: { provider?: string; linkToken?: string } = {},
): Promise<{ query: Record<string, string>; cookie: string }> {
  const path = options.linkToken ? '/api/v1/auth/oidc/link' : '/api/v1/auth/oidc/authorize';
  let request = app.http().post(path);
  if (options.linkToken) request = request.set(bearer(options.linkToken));
  const started = await request.send({ providerId: options.provider ?? providerId });
  expect(started.status).toBe(200);
  const url = new URL(started.body.authorizationUrl as string);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/connexion/oidc`);
  op.nextLogin = login;
  const query = await op.authorize(started.body.authorizationUrl as string);
  return { query, cookie: cookieOf(started, 'preuve_oidc_state')! };
}

function callback(query: Record<string, string>, cookie: string | undefined): Promise<Response> {
  let request = app.http().post('/api/v1/auth/oidc/callback');
  if (cookie) request = request.set('Cookie', cookie);
  return request.send({ state: query.state, code: query.code, ...(query.iss ? { iss: query.iss } : {}) });
}

async function signIn(login: { sub: string; acr?: string; amr?: string[] }): Promise<Response> {
  const { query, cookie } = await begin(login);
  return callback(query, cookie);
}

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_URL });
  op = await TestOidcProvider.start(PUBLIC_URL);
  providerId = await createProvider();
  vendorId = (await createOrganization(app, 'Cardio Éditions', 'vendor')).id;
  authorityId = (await createOrganization(app, 'ANS (test)', 'authority')).id;
  await app
    .http()
    .post(`/api/v1/organizations/${vendorId}/email-domains`)
    .set(bearer(await adminToken(app)))
    .send({ domain: 'cardio.example', role: 'vendor_member' })
    .expect(201);
}, 120_000);

afterAll(async () => {
  await op?.close();
  await app?.close();
}, 60_000);

describe('sign-in with an OpenID Connect provider', () => {
  it('lists enabled providers on the public sign-in page', async () => {
    const response = await app.http().get('/api/v1/auth/oidc/providers').expect(200);
    expect(response.body).toContainEqual({ id: providerId, name: 'Pro Santé Connect (test)' });
  });

  it('creates the account at the first sign-in by e-mail domain, records acr/amr, and finds it again', async () => {
    op.accounts.set('alice-sub', { sub: 'alice-sub', email: 'Alice@cardio.example', name: 'Alice Martin' });
    const first = await signIn({ sub: 'alice-sub', acr: 'eidas1', amr: ['pwd'] });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'signed_in', acr: 'eidas1', amr: ['pwd'], strong: false });
    expect(cookieOf(first, 'preuve_refresh')).toBeDefined();
    const me = await app.http().get('/api/v1/me').set(bearer(first.body.session.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      email: 'alice@cardio.example',
      displayName: 'Alice Martin',
      role: 'vendor_member',
      organization: { id: vendorId },
    });
    const second = await signIn({ sub: 'alice-sub', acr: 'eidas2' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'signed_in', acr: 'eidas2', strong: true });
    expect(second.body.session.user.id).toBe(first.body.session.user.id);
    const signIns: { acr: string; amr: string[]; strong: boolean }[] = await app.dataSource.query(
      `SELECT acr, amr, strong FROM oidc_sign_in WHERE user_id = $1 ORDER BY created_at`,
      [first.body.session.user.id],
    );
    expect(signIns).toEqual([
      { acr: 'eidas1', amr: ['pwd'], strong: false },
      { acr: 'eidas2', amr: [], strong: true },
    ]);
    const audit: { data: Record<string, unknown> }[] = await app.dataSource.query(
      `SELECT data FROM audit_event WHERE action = 'auth.login_succeeded' AND target_id = $1 ORDER BY seq`,
      [first.body.session.user.id],
    );
    expect(audit[0].data).toMatchObject({ method: 'oidc', acr: 'eidas1', amr: ['pwd'], strong: false });
  });

  it('joins the organisation that invited the e-mail, with the invited role', async () => {
    const invited = await app
      .http()
      .post(`/api/v1/organizations/${authorityId}/invitations`)
      .set(bearer(await adminToken(app)))
      .send({ email: 'relecteur@ailleurs.example', role: 'reviewer' })
      .expect(201);
    op.accounts.set('reviewer-sub', { sub: 'reviewer-sub', email: 'relecteur@ailleurs.example' });
    const response = await signIn({ sub: 'reviewer-sub', acr: 'eidas2' });
    expect(response.status).toBe(200);
    expect(response.body.session.user).toMatchObject({ role: 'reviewer', organizationId: authorityId });
    const invitations = await app
      .http()
      .get(`/api/v1/organizations/${authorityId}/invitations`)
      .set(bearer(await adminToken(app)))
      .expect(200);
    expect(invitations.body.find((entry: { id: string }) => entry.id === invited.body.id).acceptedAt).not.toBeNull();
  });

  it('refuses an e-mail whose domain no organisation receives, and creates nothing', async () => {
    op.accounts.set('mallory-sub', { sub: 'mallory-sub', email: 'mallory@inconnu.example' });
    const response = await signIn({ sub: 'mallory-sub' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'OIDC_DOMAIN_UNKNOWN', details: { domain: 'inconnu.example' } });
    const users = await app.dataSource.query(`SELECT 1 FROM app_user WHERE email = 'mallory@inconnu.example'`);
    expect(users).toHaveLength(0);
  });

  it('refuses an unverified e-mail', async () => {
    op.accounts.set('unverified-sub', { sub: 'unverified-sub', email: 'bob@cardio.example', emailVerified: false });
    const response = await signIn({ sub: 'unverified-sub' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('OIDC_EMAIL_UNVERIFIED');
  });

  it('does not take over an existing password account by e-mail: it must be linked', async () => {
    const member = await createMember(app, vendorId, 'vendor_member');
    op.accounts.set('twin-sub', { sub: 'twin-sub', email: member.email });
    const response = await signIn({ sub: 'twin-sub' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('OIDC_ACCOUNT_NOT_LINKED');
  });
});

describe('account linking and the second factor', () => {
  let reviewer: Member;

  beforeAll(async () => {
    reviewer = await createMember(app, authorityId, 'reviewer');
    op.accounts.set('linked-sub', { sub: 'linked-sub', email: 'autre-adresse@psc.example' });
  }, 60_000);

  it('links a provider account to a signed-in user', async () => {
    const { query, cookie } = await begin({ sub: 'linked-sub', acr: 'eidas1' }, { linkToken: reviewer.token });
    const response = await callback(query, cookie);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'linked', acr: 'eidas1' });
    const identities = await app.http().get('/api/v1/me/identities').set(bearer(reviewer.token)).expect(200);
    expect(identities.body).toEqual([
      expect.objectContaining({
        providerId,
        providerName: 'Pro Santé Connect (test)',
        email: 'autre-adresse@psc.example',
      }),
    ]);
  });

  it('refuses to link a provider account already linked to someone else', async () => {
    const other = await createMember(app, vendorId, 'vendor_admin');
    const { query, cookie } = await begin({ sub: 'linked-sub' }, { linkToken: other.token });
    const response = await callback(query, cookie);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('OIDC_IDENTITY_TAKEN');
  });

  it('asks for the TOTP code after a weak authentication at the provider, once', async () => {
    const weak = await signIn({ sub: 'linked-sub', acr: 'eidas1', amr: ['pwd'] });
    expect(weak.status).toBe(200);
    expect(weak.body).toMatchObject({ status: 'totp_required', strong: false });
    expect(weak.body.session).toBeUndefined();
    expect(cookieOf(weak, 'preuve_refresh')).toBeUndefined();
    const wrong = await app
      .http()
      .post('/api/v1/auth/oidc/totp')
      .send({ pendingToken: weak.body.pendingToken, totp: '000000' });
    expect(wrong.status).toBe(401);
    const reused = await app
      .http()
      .post('/api/v1/auth/oidc/totp')
      .send({ pendingToken: weak.body.pendingToken, totp: totpCode(reviewer.totpSecret!) });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('OIDC_PENDING_INVALID');

    const again = await signIn({ sub: 'linked-sub', acr: 'eidas1', amr: ['pwd'] });
    const completed = await app
      .http()
      .post('/api/v1/auth/oidc/totp')
      .send({ pendingToken: again.body.pendingToken, totp: totpCode(reviewer.totpSecret!) });
    expect(completed.status).toBe(200);
    expect(completed.body.user).toMatchObject({ id: reviewer.id, role: 'reviewer', totpActive: true });
  });

  it('skips the TOTP code after a strong authentication (acr or amr)', async () => {
    const byAcr = await signIn({ sub: 'linked-sub', acr: 'eidas2' });
    expect(byAcr.body).toMatchObject({ status: 'signed_in', strong: true });
    expect(byAcr.body.session.user.id).toBe(reviewer.id);
    const byAmr = await signIn({ sub: 'linked-sub', acr: 'eidas1', amr: ['sc', 'pin'] });
    expect(byAmr.body).toMatchObject({ status: 'signed_in', strong: true });
  });

  it('logs out of the provider too (RP-initiated logout) and ends the session', async () => {
    const response = await signIn({ sub: 'linked-sub', acr: 'eidas2' });
    const refresh = cookieOf(response, 'preuve_refresh')!;
    const logout = await app
      .http()
      .post('/api/v1/auth/oidc/logout')
      .set('Cookie', refresh)
      .set('X-CSRF-Token', response.body.session.csrfToken)
      .expect(200);
    const end = new URL(logout.body.endSessionUrl as string);
    expect(end.origin).toBe(op.issuer);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/connexion`);
    const me = await app.http().get('/api/v1/me').set(bearer(response.body.session.accessToken));
    expect(me.status).toBe(401);
  });

  it('answers no provider logout for a password session', async () => {
    const signedIn = await app
      .http()
      .post('/api/v1/auth/login')
      .send({
        email: reviewer.email,
        password: 'une-phrase-de-passe-solide',
        totp: totpCode(reviewer.totpSecret!, 1),
      });
    expect(signedIn.status).toBe(200);
    const logout = await app
      .http()
      .post('/api/v1/auth/oidc/logout')
      .set('Cookie', cookieOf(signedIn, 'preuve_refresh')!)
      .set('X-CSRF-Token', signedIn.body.csrfToken)
      .expect(200);
    expect(logout.body).toEqual({ endSessionUrl: null });
  });
});

describe('what the callback refuses (coded 4xx, no session)', () => {
  beforeAll(() => {
    op.accounts.set('carol-sub', { sub: 'carol-sub', email: 'carol@cardio.example' });
  });

  function expectNoSession(response: Response): void {
    expect(cookieOf(response, 'preuve_refresh')).toBeUndefined();
    expect(response.body.session).toBeUndefined();
  }

  it('a forged state', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    const forged = randomBytes(32).toString('base64url');
    const response = await callback({ ...query, state: forged }, cookie);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('OIDC_STATE_INVALID');
    expectNoSession(response);
  });

  it('a state started in another browser (no binding cookie)', async () => {
    const { query } = await begin({ sub: 'carol-sub' });
    const response = await callback(query, undefined);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('OIDC_STATE_INVALID');
  });

  it('a replayed callback: the state and its code are good once', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    expect((await callback(query, cookie)).status).toBe(200);
    const replay = await callback(query, cookie);
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('OIDC_STATE_INVALID');
    expectNoSession(replay);
  });

  it('a code replayed under another sign-in’s state', async () => {
    const used = await begin({ sub: 'carol-sub' });
    expect((await callback(used.query, used.cookie)).status).toBe(200);
    const fresh = await begin({ sub: 'carol-sub' });
    const response = await callback({ ...fresh.query, code: used.query.code }, fresh.cookie);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('OIDC_CODE_REJECTED');
    expect(response.body.details.error).toBe('invalid_grant');
    expectNoSession(response);
  });

  it('an expired code', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    op.expireCodes();
    const response = await callback(query, cookie);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'OIDC_CODE_REJECTED', details: { error: 'invalid_grant' } });
    expectNoSession(response);
  });

  it('an expired state (more than 10 minutes)', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    const hash = createHash('sha256').update(query.state).digest('hex');
    await app.dataSource.query(
      `UPDATE oidc_authorization SET expires_at = now() - interval '1 second' WHERE state_hash = $1`,
      [hash],
    );
    const response = await callback(query, cookie);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('OIDC_STATE_INVALID');
  });

  it('an id token whose nonce is not the one sent', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    const hash = createHash('sha256').update(query.state).digest('hex');
    await app.dataSource.query(`UPDATE oidc_authorization SET nonce = 'un-autre-nonce' WHERE state_hash = $1`, [hash]);
    const response = await callback(query, cookie);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('OIDC_ID_TOKEN_INVALID');
    expectNoSession(response);
  });

  it('an id token signed by a key the provider does not publish', async () => {
    // A provider entry of its own, so its keys are read afresh: they are not the signing key.
    const otherProvider = await createProvider({ name: 'Fournisseur aux clés changées' });
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    op.publishedKeys = { keys: [{ ...(await exportJWK(publicKey)), kid: 'attacker-key', alg: 'RS256', use: 'sig' }] };
    try {
      const { query, cookie } = await begin({ sub: 'carol-sub' }, { provider: otherProvider });
      const response = await callback(query, cookie);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('OIDC_ID_TOKEN_INVALID');
      expectNoSession(response);
    } finally {
      op.publishedKeys = null;
    }
  });

  it('an error sent back by the provider', async () => {
    const { query, cookie } = await begin({ sub: 'carol-sub' });
    const response = await app
      .http()
      .post('/api/v1/auth/oidc/callback')
      .set('Cookie', cookie)
      .send({ state: query.state, error: 'access_denied' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'OIDC_CODE_REJECTED', details: { error: 'access_denied' } });
  });

  it('an unknown or disabled provider', async () => {
    const unknown = await app
      .http()
      .post('/api/v1/auth/oidc/authorize')
      .send({ providerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('OIDC_PROVIDER_NOT_FOUND');
  });
});

describe('administration', () => {
  it('refuses a provider whose issuer is plain http off the loopback, and non-admins', async () => {
    const bad = await app
      .http()
      .post('/api/v1/oidc-providers')
      .set(bearer(await adminToken(app)))
      .send({ name: 'X', issuer: 'http://idp.example', clientId: 'a', clientSecret: 'b' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_OIDC_PROVIDER');
    const member = await createMember(app, vendorId, 'vendor_admin');
    const refused = await app
      .http()
      .post('/api/v1/oidc-providers')
      .set(bearer(member.token))
      .send({ name: 'X', issuer: 'https://idp.example', clientId: 'a', clientSecret: 'b' });
    expect(refused.status).toBe(403);
  });

  it('never shows the client secret, and keeps it sealed', async () => {
    const list = await app
      .http()
      .get('/api/v1/oidc-providers')
      .set(bearer(await adminToken(app)))
      .expect(200);
    expect(JSON.stringify(list.body)).not.toContain(CLIENT_SECRET);
    const rows: { client_secret_sealed: string }[] = await app.dataSource.query(
      `SELECT client_secret_sealed FROM oidc_provider`,
    );
    expect(
      rows.every(
        (row) => row.client_secret_sealed.startsWith('v1.') && !row.client_secret_sealed.includes(CLIENT_SECRET),
      ),
    ).toBe(true);
  });

  it('refuses a domain twice, a malformed domain, and a role of another kind of organisation', async () => {
    const admin = bearer(await adminToken(app));
    const twice = await app
      .http()
      .post(`/api/v1/organizations/${authorityId}/email-domains`)
      .set(admin)
      .send({ domain: 'cardio.example', role: 'reviewer' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('EMAIL_DOMAIN_TAKEN');
    const malformed = await app
      .http()
      .post(`/api/v1/organizations/${vendorId}/email-domains`)
      .set(admin)
      .send({ domain: '*.example', role: 'vendor_member' });
    expect(malformed.body.code).toBe('INVALID_EMAIL_DOMAIN');
    const role = await app
      .http()
      .post(`/api/v1/organizations/${vendorId}/invitations`)
      .set(admin)
      .send({ email: 'x@y.example', role: 'reviewer' });
    expect(role.body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('lets a vendor admin invite into its own organisation only', async () => {
    const vendorAdmin = await createMember(app, vendorId, 'vendor_admin');
    await app
      .http()
      .post(`/api/v1/organizations/${vendorId}/invitations`)
      .set(bearer(vendorAdmin.token))
      .send({ email: 'nouvelle@cardio.example', role: 'vendor_admin' })
      .expect(201);
    const elsewhere = await app
      .http()
      .post(`/api/v1/organizations/${authorityId}/invitations`)
      .set(bearer(vendorAdmin.token))
      .send({ email: 'intrus@ans.example', role: 'reviewer' });
    expect(elsewhere.status).toBe(404);
    void login;
  });
});
