import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import type { Response } from 'supertest';
import { loadSecrets } from '../apps/api/src/security/secrets.js';
import {
  activateTotp,
  adminToken,
  bearer,
  createApiToken,
  createMember,
  createOrganization,
  createVendor,
  login,
  PASSWORD,
  totpCode,
  uniqueEmail,
  type Organization,
  type Vendor,
} from './support/actors.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApp, type TestApp } from './support/test-app.js';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';

/** The error body without its per-request correlation id, to compare two answers. */
function withoutCorrelation(body: Record<string, unknown>): Record<string, unknown> {
  const { correlationId: _ignored, ...rest } = body;
  return rest;
}

function setCookies(response: Response): string[] {
  const raw = response.headers['set-cookie'] as string[] | string | undefined;
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/** The whole Set-Cookie line of one cookie, and its value. */
function cookieOf(response: Response, name: string): { line: string; value: string } {
  const line = setCookies(response).find((entry) => entry.startsWith(`${name}=`));
  expect(line).toBeDefined();
  const value = decodeURIComponent(line!.slice(name.length + 1).split(';')[0]);
  return { line: line!, value };
}

/** Six digits that no step within ±2 of now produces for this secret. */
function wrongCode(secret: string): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((steps) => totpCode(secret, steps)));
  for (let n = 0; ; n += 1) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

describe('identity and tenancy over REST', () => {
  let app: TestApp;
  let admin: string;
  let vendor: Vendor;
  let authority: Organization;

  // Many sign-ins come from the same test client: lift the per-address limit (tested on its own app below).
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
    admin = await adminToken(app);
    vendor = await createVendor(app);
    authority = await createOrganization(app, `Autorité ${randomBytes(3).toString('hex')}`, 'authority');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  /** Creates a user through the platform admin, without signing in. */
  async function newUser(organizationId: string, role: string, prefix = role): Promise<{ id: string; email: string }> {
    const email = uniqueEmail(prefix);
    const response = await app
      .http()
      .post(`/api/v1/organizations/${organizationId}/users`)
      .set(bearer(admin))
      .send({ email, password: PASSWORD, displayName: `${prefix} test`, role })
      .expect(201);
    return { id: response.body.id as string, email };
  }

  function attempt(email: string, password: string, totp?: string) {
    return app
      .http()
      .post(LOGIN)
      .send({ email, password, ...(totp === undefined ? {} : { totp }) });
  }

  async function authActions(targetId: string): Promise<string[]> {
    const rows: { action: string }[] = await app.dataSource.query(
      'SELECT action FROM audit_event WHERE target_id = $1 ORDER BY seq',
      [targetId],
    );
    return rows.map((row) => row.action);
  }

  describe('POST /auth/login', () => {
    it('answers 200 with a bearer access token and the user, and the token opens GET /me', async () => {
      const response = await attempt(vendor.member.email, PASSWORD).expect(200);
      expect(response.body).toMatchObject({
        accessToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: expect.any(Number),
        user: {
          id: vendor.member.id,
          email: vendor.member.email,
          organizationId: vendor.organization.id,
          role: 'vendor_member',
        },
      });
      expect(response.body.expiresIn).toBeGreaterThan(0);
      const me = await app.http().get('/api/v1/me').set(bearer(response.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({
        kind: 'user',
        id: vendor.member.id,
        email: vendor.member.email,
        role: 'vendor_member',
        organization: { id: vendor.organization.id, kind: 'vendor' },
      });
    });

    it('answers a wrong password and an unknown e-mail alike: 401 INVALID_CREDENTIALS, same message', async () => {
      const wrongPassword = await attempt(vendor.member.email, 'pas-le-bon-mot-de-passe').expect(401);
      const unknownEmail = await attempt(uniqueEmail('personne'), PASSWORD).expect(401);
      expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS');
      expect(withoutCorrelation(unknownEmail.body)).toEqual(withoutCorrelation(wrongPassword.body));
      expect(wrongPassword.body).not.toHaveProperty('accessToken');
    });

    it('accepts the e-mail whatever its case', async () => {
      const response = await attempt(vendor.member.email.toUpperCase(), PASSWORD).expect(200);
      expect(response.body.user).toMatchObject({ id: vendor.member.id, email: vendor.member.email });
    });

    it.each([
      ['an e-mail that is not an address', { email: 'pas-une-adresse', password: PASSWORD }],
      ['a missing password', { email: 'camille@example.test' }],
      ['an unknown field', { email: 'camille@example.test', password: PASSWORD, rememberMe: true }],
    ])('answers 400 VALIDATION_FAILED for %s', async (_label, body) => {
      const response = await app.http().post(LOGIN).send(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    });

    it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
      const response = await app
        .http()
        .post(LOGIN)
        .set('content-type', 'application/json')
        .send('{"email": "camille@example.test", "password": }')
        .expect(400);
      expect(response.body).toMatchObject({ code: 'MALFORMED_JSON' });
    });
  });

  describe('browser session: cookies, refresh and logout', () => {
    async function signIn(): Promise<{ refresh: string; csrf: string; body: Record<string, unknown> }> {
      const response = await attempt(vendor.member.email, PASSWORD).expect(200);
      return {
        refresh: cookieOf(response, 'preuve_refresh').value,
        csrf: response.body.csrfToken as string,
        body: response.body as Record<string, unknown>,
      };
    }

    function refresh(refreshToken: string | undefined, csrf: string | undefined) {
      const call = app.http().post(REFRESH);
      if (refreshToken !== undefined) call.set('Cookie', `preuve_refresh=${encodeURIComponent(refreshToken)}`);
      if (csrf !== undefined) call.set('X-CSRF-Token', csrf);
      return call;
    }

    it('sets an HttpOnly, SameSite=Strict session cookie on /api/v1/auth, and the CSRF cookie', async () => {
      const response = await attempt(vendor.member.email, PASSWORD).expect(200);
      const session = cookieOf(response, 'preuve_refresh');
      expect(session.value.length).toBeGreaterThanOrEqual(32);
      expect(session.line).toMatch(/;\s*HttpOnly/i);
      expect(session.line).toMatch(/;\s*SameSite=Strict/i);
      expect(session.line).toMatch(/;\s*Path=\/api\/v1\/auth(;|$)/i);
      const csrf = cookieOf(response, 'preuve_csrf');
      expect(csrf.value).toBe(response.body.csrfToken);
      expect(csrf.line).not.toMatch(/HttpOnly/i);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('refreshes with the cookie and X-CSRF-Token into a working access token, and rotates the refresh token', async () => {
      const first = await signIn();
      const refreshed = await refresh(first.refresh, first.csrf).expect(200);
      expect(refreshed.body).toMatchObject({ tokenType: 'Bearer', user: { id: vendor.member.id } });
      const me = await app.http().get('/api/v1/me').set(bearer(refreshed.body.accessToken)).expect(200);
      expect(me.body.id).toBe(vendor.member.id);

      const next = cookieOf(refreshed, 'preuve_refresh').value;
      expect(next).not.toBe(first.refresh);
      expect(refreshed.body.csrfToken).not.toBe(first.csrf);
      const replay = await refresh(first.refresh, refreshed.body.csrfToken).expect(401);
      expect(replay.body.code).toBe('INVALID_SESSION');
      // The rotated pair still works.
      await refresh(next, refreshed.body.csrfToken).expect(200);
    });

    it('refuses a refresh without, or with a stale, X-CSRF-Token: 403 CSRF_CHECK_FAILED, and keeps the session', async () => {
      const session = await signIn();
      const without = await refresh(session.refresh, undefined).expect(403);
      expect(without.body.code).toBe('CSRF_CHECK_FAILED');
      const wrong = await refresh(session.refresh, 'x'.repeat(32)).expect(403);
      expect(wrong.body.code).toBe('CSRF_CHECK_FAILED');
      await refresh(session.refresh, session.csrf).expect(200);
    });

    it('answers a refresh without the session cookie with 401 INVALID_SESSION', async () => {
      const response = await refresh(undefined, 'whatever').expect(401);
      expect(response.body.code).toBe('INVALID_SESSION');
    });

    it('logs out with 204 (cookie and header), after which the session no longer refreshes', async () => {
      const session = await signIn();
      const cookie = `preuve_refresh=${encodeURIComponent(session.refresh)}`;
      const refused = await app.http().post(LOGOUT).set('Cookie', cookie).expect(403);
      expect(refused.body.code).toBe('CSRF_CHECK_FAILED');

      const loggedOut = await app
        .http()
        .post(LOGOUT)
        .set('Cookie', cookie)
        .set('X-CSRF-Token', session.csrf)
        .expect(204);
      expect(cookieOf(loggedOut, 'preuve_refresh').value).toBe('');
      const after = await refresh(session.refresh, session.csrf).expect(401);
      expect(after.body.code).toBe('INVALID_SESSION');
    });
  });

  describe('lockout (IEPS 9.1)', () => {
    it('locks the account for 15 minutes after 5 wrong passwords; the right one then answers like wrong credentials', async () => {
      const user = await newUser(vendor.organization.id, 'vendor_member', 'verrou');
      const failures: Record<string, unknown>[] = [];
      const before = Date.now();
      for (let n = 0; n < 5; n += 1) {
        failures.push((await attempt(user.email, `mauvais-essai-numero-${n}`).expect(401)).body);
      }
      const after = Date.now();
      const locked = await attempt(user.email, PASSWORD).expect(401);
      expect(locked.body).not.toHaveProperty('accessToken');
      expect(withoutCorrelation(locked.body)).toEqual(withoutCorrelation(failures[0]));
      expect(locked.body.code).toBe('INVALID_CREDENTIALS');

      const [row] = await app.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [user.id]);
      const lockedUntil = new Date(row.locked_until).getTime();
      expect(lockedUntil).toBeGreaterThanOrEqual(before + 14 * 60_000);
      expect(lockedUntil).toBeLessThanOrEqual(after + 16 * 60_000);

      expect((await authActions(user.id)).filter((action) => action.startsWith('auth.'))).toEqual([
        ...Array<string>(5).fill('auth.login_failed'),
        'auth.locked_out',
        'auth.login_failed',
      ]);
    });

    it('resets the failure count on a successful sign-in before the fifth failure', async () => {
      const user = await newUser(vendor.organization.id, 'vendor_member', 'remise');
      for (let n = 0; n < 4; n += 1) await attempt(user.email, 'encore-raté-cette-fois').expect(401);
      await attempt(user.email, PASSWORD).expect(200);
      for (let n = 0; n < 4; n += 1) await attempt(user.email, 'encore-raté-cette-fois').expect(401);
      await attempt(user.email, PASSWORD).expect(200);
      const [row] = await app.dataSource.query('SELECT locked_until FROM app_user WHERE id = $1', [user.id]);
      expect(row.locked_until).toBeNull();
      expect(await authActions(user.id)).not.toContain('auth.locked_out');
    });
  });

  describe('password policy on POST /organizations/{orgId}/users', () => {
    function createUser(body: Record<string, unknown>, organizationId = vendor.organization.id, token = admin) {
      return app.http().post(`/api/v1/organizations/${organizationId}/users`).set(bearer(token)).send(body);
    }

    it('refuses a weak password with 400 WEAK_PASSWORD and French problems, creating nothing', async () => {
      const email = uniqueEmail('faible');
      const weak = await createUser({
        email,
        password: 'Azerty12',
        displayName: 'Faible',
        role: 'vendor_member',
      }).expect(400);
      expect(weak.body.code).toBe('WEAK_PASSWORD');
      expect(weak.body.details.problems).toEqual([expect.stringMatching(/mot de passe est trop faible/)]);
      await attempt(email, 'Azerty12').expect(401);
      const created = await createUser({
        email,
        password: PASSWORD,
        displayName: 'Solide',
        role: 'vendor_member',
      }).expect(201);
      expect(created.body).toMatchObject({ email, role: 'vendor_member' });
      await attempt(email, PASSWORD).expect(200);
    });

    it('refuses a password that contains the local part of the e-mail', async () => {
      const email = uniqueEmail('camille.martin');
      const local = email.split('@')[0];
      const response = await createUser({
        email,
        password: `Vert-Sapin-${local.toUpperCase()}-42!`,
        displayName: 'Camille',
        role: 'vendor_member',
      }).expect(400);
      expect(response.body.code).toBe('WEAK_PASSWORD');
      expect(response.body.details.problems).toEqual([expect.stringContaining("l'identifiant de l'adresse e-mail")]);
    });

    it('answers 409 EMAIL_TAKEN for an address already in use, whatever its case or organisation', async () => {
      const existing = await newUser(vendor.organization.id, 'vendor_member', 'doublon');
      const sameOrganization = await createUser({
        email: existing.email.toUpperCase(),
        password: PASSWORD,
        displayName: 'Doublon',
        role: 'vendor_admin',
      }).expect(409);
      expect(sameOrganization.body.code).toBe('EMAIL_TAKEN');
      const otherOrganization = await createUser(
        { email: existing.email, password: PASSWORD, displayName: 'Doublon', role: 'reviewer' },
        authority.id,
      ).expect(409);
      expect(otherOrganization.body.code).toBe('EMAIL_TAKEN');
      // The first account is untouched: still a vendor member, still signing in with its password.
      const signedIn = await attempt(existing.email, PASSWORD).expect(200);
      expect(signedIn.body.user).toMatchObject({ id: existing.id, role: 'vendor_member' });
    });

    it('answers 400 ROLE_NOT_ALLOWED for a role of the other kind of organisation', async () => {
      const email = uniqueEmail('mauvais-role');
      const response = await createUser({
        email,
        password: PASSWORD,
        displayName: 'Relecteur',
        role: 'reviewer',
      }).expect(400);
      expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
      await createUser({ email, password: PASSWORD, displayName: 'Relecteur', role: 'reviewer' }, authority.id).expect(
        201,
      );
    });

    it("lets a vendor admin add users to its own organisation only (another's answers 404)", async () => {
      const body = () => ({
        email: uniqueEmail('ajout'),
        password: PASSWORD,
        displayName: 'Ajout',
        role: 'vendor_member',
      });
      await createUser(body(), vendor.organization.id, vendor.admin.token).expect(201);
      const other = await createUser(body(), authority.id, vendor.admin.token).expect(404);
      expect(other.body.code).toBe('ORGANIZATION_NOT_FOUND');
      const member = await createUser(body(), vendor.organization.id, vendor.member.token).expect(403);
      expect(member.body.code).toBe('FORBIDDEN');
    });
  });

  describe('two-factor authentication (RFC 6238)', () => {
    it('holds an authority user without TOTP at enrolment: 403 TOTP_ENROLLMENT_REQUIRED, but /me answers', async () => {
      const reviewer = await newUser(authority.id, 'reviewer', 'relecteur');
      const signedIn = await attempt(reviewer.email, PASSWORD).expect(200);
      expect(signedIn.body.user).toMatchObject({ totpActive: false, totpEnrollmentRequired: true });
      const token = signedIn.body.accessToken as string;
      for (const path of ['/api/v1/dossiers', '/api/v1/referentials']) {
        const response = await app.http().get(path).set(bearer(token)).expect(403);
        expect(response.body.code).toBe('TOTP_ENROLLMENT_REQUIRED');
      }
      const me = await app.http().get('/api/v1/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({ id: reviewer.id, role: 'reviewer', totpActive: false });
    });

    it('enrols (secret, otpauth URL, 10 recovery codes), refuses a wrong code, then opens /dossiers to the same token', async () => {
      const reviewer = await newUser(authority.id, 'reviewer', 'enrolement');
      const token = await login(app, reviewer.email);
      const enrolment = await app.http().post('/api/v1/auth/totp/enroll').set(bearer(token)).expect(200);
      const { secret, otpauthUrl, recoveryCodes } = enrolment.body;
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
      expect(otpauthUrl).toContain(`secret=${secret}`);
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);

      const wrong = await app
        .http()
        .post('/api/v1/auth/totp/activate')
        .set(bearer(token))
        .send({ code: wrongCode(secret) })
        .expect(400);
      expect(wrong.body.code).toBe('INVALID_TOTP_CODE');
      await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(403);

      await app
        .http()
        .post('/api/v1/auth/totp/activate')
        .set(bearer(token))
        .send({ code: totpCode(secret, -1) })
        .expect(204);
      await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
    });

    it('then asks every sign-in for the code: none → TOTP_REQUIRED, wrong → INVALID_CREDENTIALS, a used step is refused', async () => {
      const reviewer = await createMember(app, authority.id, 'reviewer', 'deux-facteurs');
      const secret = reviewer.totpSecret!;
      const none = await attempt(reviewer.email, PASSWORD).expect(401);
      expect(none.body.code).toBe('TOTP_REQUIRED');
      expect(none.body).not.toHaveProperty('accessToken');
      const wrong = await attempt(reviewer.email, PASSWORD, wrongCode(secret)).expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');

      const code = totpCode(secret, 0);
      const right = await attempt(reviewer.email, PASSWORD, code).expect(200);
      expect(right.body.user).toMatchObject({ id: reviewer.id, totpActive: true, totpEnrollmentRequired: false });
      await app.http().get('/api/v1/dossiers').set(bearer(right.body.accessToken)).expect(200);

      const replay = await attempt(reviewer.email, PASSWORD, code).expect(401);
      expect(replay.body.code).toBe('INVALID_CREDENTIALS');
      await attempt(reviewer.email, PASSWORD, totpCode(secret, 1)).expect(200);
    });

    it('accepts a recovery code instead of the TOTP code, once only', async () => {
      const reviewer = await newUser(authority.id, 'reviewer', 'secours');
      const { recoveryCodes } = await activateTotp(app, await login(app, reviewer.email));
      const recovery = recoveryCodes[3];
      await attempt(reviewer.email, PASSWORD, recovery).expect(200);
      const again = await attempt(reviewer.email, PASSWORD, recovery).expect(401);
      expect(again.body.code).toBe('INVALID_CREDENTIALS');
      expect(await authActions(reviewer.id)).toContain('auth.recovery_code_used');
    });

    it('refuses a second enrolment once TOTP is active: 409 TOTP_ALREADY_ACTIVE', async () => {
      const reviewer = await createMember(app, authority.id, 'review_lead', 'reenrolement');
      const response = await app.http().post('/api/v1/auth/totp/enroll').set(bearer(reviewer.token)).expect(409);
      expect(response.body.code).toBe('TOTP_ALREADY_ACTIVE');
      // The active secret is unchanged: its codes still sign in.
      await attempt(reviewer.email, PASSWORD, totpCode(reviewer.totpSecret!, 0)).expect(200);
    });

    it('does not store the TOTP secret in clear', async () => {
      const reviewer = await createMember(app, authority.id, 'reviewer', 'chiffre');
      const [row] = await app.dataSource.query('SELECT totp_secret FROM app_user WHERE id = $1', [reviewer.id]);
      expect(typeof row.totp_secret).toBe('string');
      expect(row.totp_secret).not.toContain(reviewer.totpSecret);
      const recovery: { code_hash: string }[] = await app.dataSource.query(
        'SELECT code_hash FROM recovery_code WHERE user_id = $1',
        [reviewer.id],
      );
      expect(recovery).toHaveLength(10);
    });

    it('lets vendor users work without a second factor', async () => {
      const user = await newUser(vendor.organization.id, 'vendor_member', 'sans-totp');
      const signedIn = await attempt(user.email, PASSWORD).expect(200);
      expect(signedIn.body.user).toMatchObject({ totpActive: false, totpEnrollmentRequired: false });
      await app.http().get('/api/v1/dossiers').set(bearer(signedIn.body.accessToken)).expect(200);
    });
  });

  describe('API tokens', () => {
    const tokensPath = () => `/api/v1/organizations/${vendor.organization.id}/api-tokens`;

    it('are created by the organisation admin and shown once; only a hash is stored', async () => {
      const response = await app
        .http()
        .post(tokensPath())
        .set(bearer(vendor.admin.token))
        .send({ name: 'CI', scopes: ['dossiers:read'] })
        .expect(201);
      const { id, token, prefix, scopes } = response.body;
      expect(id).toEqual(expect.any(String));
      expect(token).toMatch(/^prv_[A-Za-z0-9_-]{32,}$/);
      expect(prefix).toBe(token.slice(0, prefix.length));
      expect(prefix.length).toBeLessThan(token.length);
      expect(scopes).toEqual(['dossiers:read']);

      const [row] = await app.dataSource.query('SELECT * FROM api_token WHERE id = $1', [id]);
      expect(row).toBeDefined();
      expect(JSON.stringify(row)).not.toContain(token);
      expect(JSON.stringify(row)).not.toContain(token.slice(prefix.length));
    });

    it('work on GET /dossiers with dossiers:read, and GET /me says it is a token', async () => {
      const { id, token } = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
      const me = await app.http().get('/api/v1/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({ kind: 'token', id, scopes: ['dossiers:read'] });
      expect(me.body.organization).toMatchObject({ id: vendor.organization.id });
    });

    it('answer 403 INSUFFICIENT_SCOPE without the needed scope', async () => {
      const { token } = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      const response = await app
        .http()
        .post('/api/v1/products')
        .set(bearer(token))
        .send({ name: 'CardioSuivi', version: '1.0.0' })
        .expect(403);
      expect(response.body.code).toBe('INSUFFICIENT_SCOPE');
      const [count] = await app.dataSource.query('SELECT count(*)::int AS n FROM product WHERE organization_id = $1', [
        vendor.organization.id,
      ]);
      expect(count.n).toBe(0);
    });

    it('cannot call user-only routes, such as creating another token (403)', async () => {
      const { token } = await createApiToken(app, vendor.organization.id, vendor.admin.token, [
        'dossiers:read',
        'dossiers:write',
        'evidence:write',
      ]);
      const response = await app
        .http()
        .post(tokensPath())
        .set(bearer(token))
        .send({ name: 'Escalade', scopes: ['dossiers:read'] })
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });

    it('refuses review:write on a vendor token: 400 SCOPE_NOT_ALLOWED', async () => {
      const response = await app
        .http()
        .post(tokensPath())
        .set(bearer(vendor.admin.token))
        .send({ name: 'Relecture', scopes: ['dossiers:read', 'review:write'] })
        .expect(400);
      expect(response.body.code).toBe('SCOPE_NOT_ALLOWED');
      expect(response.body.message).toContain('review:write');
      const list = await app.http().get(tokensPath()).set(bearer(vendor.admin.token)).expect(200);
      expect(list.body.map((entry: { name: string }) => entry.name)).not.toContain('Relecture');
    });

    it('are listed without their secret, with last use recorded once used', async () => {
      const { id, token } = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      const [unused] = await app.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [id]);
      expect(unused.last_used_at).toBeNull();
      await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
      const [used] = await app.dataSource.query('SELECT last_used_at FROM api_token WHERE id = $1', [id]);
      expect(used.last_used_at).not.toBeNull();

      const list = await app.http().get(tokensPath()).set(bearer(vendor.admin.token)).expect(200);
      expect(JSON.stringify(list.body)).not.toContain(token);
      const entry = list.body.find((item: { id: string }) => item.id === id);
      expect(entry).toMatchObject({ prefix: token.slice(0, entry.prefix.length), scopes: ['dossiers:read'] });
      expect(entry.lastUsedAt).not.toBeNull();
      expect(entry).not.toHaveProperty('token');
      expect(entry).not.toHaveProperty('tokenHash');
    });

    it('stop working at once when revoked: DELETE → 204, then 401 INVALID_TOKEN', async () => {
      const { id, token } = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(200);
      await app.http().delete(`${tokensPath()}/${id}`).set(bearer(vendor.admin.token)).expect(204);
      const response = await app.http().get('/api/v1/dossiers').set(bearer(token)).expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
      const list = await app.http().get(tokensPath()).set(bearer(vendor.admin.token)).expect(200);
      expect(list.body.find((item: { id: string }) => item.id === id).revokedAt).not.toBeNull();
    });

    it('cannot be created by a vendor member (403)', async () => {
      const response = await app
        .http()
        .post(tokensPath())
        .set(bearer(vendor.member.token))
        .send({ name: 'Membre', scopes: ['dossiers:read'] })
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });

    it('refuse a forged token with 401 INVALID_TOKEN', async () => {
      const forged = `prv_${randomBytes(32).toString('base64url')}`;
      const response = await app.http().get('/api/v1/dossiers').set(bearer(forged)).expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
    });
  });

  describe('access tokens', () => {
    function sign(key: Uint8Array, subject: string, expiresAt: number) {
      return new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(subject)
        .setIssuer('preuve')
        .setAudience('preuve-api')
        .setIssuedAt(expiresAt - 900)
        .setExpirationTime(expiresAt)
        .sign(key);
    }

    it('refuse an expired access token with 401 INVALID_TOKEN saying it expired', async () => {
      const key = loadSecrets(app.config.secretKey, app.config.dataDir).accessTokenKey;
      const now = Math.floor(Date.now() / 1000);
      // The same token with a future expiry is accepted: the key and claims are right, only `exp` differs.
      await app
        .http()
        .get('/api/v1/me')
        .set(bearer(await sign(key, vendor.member.id, now + 600)))
        .expect(200);
      const response = await app
        .http()
        .get('/api/v1/me')
        .set(bearer(await sign(key, vendor.member.id, now - 60)))
        .expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
      expect(response.body.message).toMatch(/expired/i);
    });

    it.each([
      ['garbage', () => Promise.resolve('not.a.jwt')],
      [
        'a JWT signed with another key',
        (subject: string) => sign(randomBytes(32), subject, Math.floor(Date.now() / 1000) + 600),
      ],
    ])('refuse %s with 401 INVALID_TOKEN', async (_label, make) => {
      const response = await app
        .http()
        .get('/api/v1/me')
        .set(bearer(await make(vendor.member.id)))
        .expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
      expect(response.body.message).not.toMatch(/expired/i);
    });

    it('answer a request without Authorization with 401 AUTHENTICATION_REQUIRED', async () => {
      const response = await app.http().get('/api/v1/dossiers').expect(401);
      expect(response.body.code).toBe('AUTHENTICATION_REQUIRED');
    });
  });

  describe('audit', () => {
    it('records sign-ins, failures, lockouts, TOTP activation and API token creation and revocation', async () => {
      const user = await newUser(vendor.organization.id, 'vendor_admin', 'audit');
      await attempt(user.email, 'pas-le-bon-mot-de-passe').expect(401);
      const token = await login(app, user.email);
      const apiToken = await createApiToken(app, vendor.organization.id, token, ['dossiers:read']);
      await app
        .http()
        .delete(`/api/v1/organizations/${vendor.organization.id}/api-tokens/${apiToken.id}`)
        .set(bearer(token))
        .expect(204);
      for (let n = 0; n < 5; n += 1) await attempt(user.email, 'pas-le-bon-mot-de-passe').expect(401);
      const reviewer = await createMember(app, authority.id, 'reviewer', 'audit-totp');

      const userActions = await authActions(user.id);
      expect(userActions).toEqual(
        expect.arrayContaining(['auth.login_failed', 'auth.login_succeeded', 'auth.locked_out']),
      );
      expect(userActions.indexOf('auth.login_failed')).toBeLessThan(userActions.indexOf('auth.login_succeeded'));
      expect(userActions.indexOf('auth.login_succeeded')).toBeLessThan(userActions.indexOf('auth.locked_out'));
      expect(await authActions(apiToken.id)).toEqual(['api_token.created', 'api_token.revoked']);
      expect(await authActions(reviewer.id)).toContain('auth.totp_activated');

      const [created] = await app.dataSource.query(
        "SELECT actor_user_id, organization_id, data FROM audit_event WHERE target_id = $1 AND action = 'api_token.created'",
        [apiToken.id],
      );
      expect(created).toMatchObject({ actor_user_id: user.id, organization_id: vendor.organization.id });
      expect(JSON.stringify(created.data)).not.toContain(apiToken.token);
    });
  });
});

describe('login rate limit per client address', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  it('answers the 4th attempt in a minute with 429 RATE_LIMITED and retryAfterSeconds, even with the right password', async () => {
    await app.http().post(LOGIN).send({ email: ADMIN_EMAIL, password: 'pas-le-bon-mot-de-passe' }).expect(401);
    await app
      .http()
      .post(LOGIN)
      .send({ email: uniqueEmail('inconnu'), password: PASSWORD })
      .expect(401);
    await app.http().post(LOGIN).send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(200);
    const limited = await app.http().post(LOGIN).send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(limited.body.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limited.body.details.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(limited.body).not.toHaveProperty('accessToken');
    expect(setCookies(limited)).toEqual([]);
  });
});
