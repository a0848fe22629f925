import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { PrincipalResolver } from '../apps/api/src/auth/principal-resolver.js';
import { Secrets } from '../apps/api/src/security/secrets.js';
import { SignedLinks } from '../apps/api/src/security/signed-links.js';
import {
  PASSWORD,
  bearer,
  createApiToken,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Vendor,
} from './support/actors.js';
import { writePreparationTexts } from './support/preparation.js';
import { pdf, png, sha256Base64 } from './support/fixtures.js';
import { DECLARATION, seen } from './support/review-kit.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';

/** General and professional access: ANN 4.1 expects a screenshot, ANN 1.1 a document. */
const ANSWERS = {
  profiles: ['general', 'professional_access'],
  insApplicable: true,
  directorySource: 'fhir_api',
  storesReferringDoctor: true,
};
/** INS does not apply: IEU 7.1 needs a sworn declaration. */
const DECLARATION_ANSWERS = { ...ANSWERS, profiles: ['general', 'patient_access'], insApplicable: false };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const TTL_SECONDS = 600;

describe('signed links to evidence content and declaration PDFs', () => {
  let app: TestApp;
  let vendor: Vendor;
  let other: Vendor;
  let dossierId: string;
  const screenshot = png({ rgba: [0, 0, 145, 255], commentBytes: 64 });
  const document = pdf('Procédure de chargement de l’Annuaire Santé');
  let evidenceA: string;
  let evidenceB: string;

  beforeAll(async () => {
    app = await startTestApp({ SIGNED_LINK_TTL_SECONDS: String(TTL_SECONDS), LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    vendor = await createVendor(app);
    other = await createVendor(app);
    ({ dossierId } = await createDossier(app, vendor.member.token));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: ANSWERS })
      .expect(200);
    evidenceA = await upload('ANN 4.1.1', screenshot, 'écran-fréquence.png');
    evidenceB = await upload('ANN 1.1.1-API', document, 'procedure.pdf');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  }, 60_000);

  async function upload(proof: string, file: Buffer, fileName: string, id = dossierId): Promise<string> {
    const response = await app
      .http()
      .post(`/api/v1/dossiers/${id}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', proof)
      .attach('file', file, { filename: fileName, contentType: 'application/octet-stream' });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  function askLink(id: string, token: string, body?: object, query = ''): Promise<Response> {
    const call = app.http().post(`/api/v1/evidence/${id}/link${query}`).set(bearer(token));
    return body === undefined ? call : call.send(body);
  }

  async function linkTo(id: string, token = vendor.member.token, body?: object): Promise<string> {
    const response = await askLink(id, token, body);
    expect(seen(response)).toBe('201');
    return response.body.url as string;
  }

  /**
   * A GET of a link URL, as a browser's <video> or <img> sends it: no Authorization. The body is
   * the bytes received, or the parsed error.
   */
  async function open(url: string, headers: Record<string, string> = {}): Promise<Response> {
    let call = app.http().get(url);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const response = await call.buffer(true).parse(binary);
    if (/^application\/json/.test(response.headers['content-type'] ?? '')) {
      response.body = JSON.parse((response.body as Buffer).toString('utf8'));
    }
    return response;
  }

  function withToken(url: string, token: string): string {
    return `${url.split('?')[0]}?access=${encodeURIComponent(token)}`;
  }

  function tokenOf(url: string): string {
    return new URL(url, 'http://localhost').searchParams.get('access')!;
  }

  describe('issuing', () => {
    it('answers 201 with a relative content URL carrying an access token, valid for the configured lifetime', async () => {
      const before = Date.now();
      const response = await askLink(evidenceA, vendor.member.token);
      const after = Date.now();
      expect(seen(response)).toBe('201');
      expect(Object.keys(response.body).sort()).toEqual(['expiresAt', 'url']);
      expect(response.body.url).toMatch(
        new RegExp(`^/api/v1/evidence/${evidenceA}/content\\?access=[A-Za-z0-9._%-]+$`),
      );
      const expiresAt = Date.parse(response.body.expiresAt);
      // Whole seconds: the expiry is at most a second before issue time + TTL.
      expect(expiresAt).toBeGreaterThanOrEqual(before + TTL_SECONDS * 1000 - 1000);
      expect(expiresAt).toBeLessThanOrEqual(after + TTL_SECONDS * 1000);
    });

    it('is open to whoever may read the content: vendor users, an API token with dossiers:read', async () => {
      const reader = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      const writer = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:write']);
      const outcomes = await Promise.all(
        [vendor.admin.token, vendor.member.token, reader.token, writer.token].map((token) => askLink(evidenceA, token)),
      );
      expect(outcomes.map(seen)).toEqual(['201', '201', '201', '403 INSUFFICIENT_SCOPE']);
      const viaToken = await open(outcomes[2].body.url);
      expect([viaToken.status, (viaToken.body as Buffer).equals(screenshot)]).toEqual([200, true]);
    });

    it('answers another vendor 404, word for word as for evidence that does not exist, and no link', async () => {
      const onA = await askLink(evidenceA, other.member.token, { disposition: 'inline' });
      const onNothing = await askLink(UNKNOWN_ID, other.member.token, { disposition: 'inline' });
      expect([seen(onA), seen(onNothing)]).toEqual(['404 EVIDENCE_NOT_FOUND', '404 EVIDENCE_NOT_FOUND']);
      expect(onA.body.message.replace(evidenceA, '{id}')).toBe(onNothing.body.message.replace(UNKNOWN_ID, '{id}'));
      expect(JSON.stringify(onA.body)).not.toContain('access=');
    });

    it('refuses an unknown disposition, an unknown field, or a body and a query that disagree, with 400', async () => {
      const outcomes = await Promise.all([
        askLink(evidenceA, vendor.member.token, { disposition: 'download' }),
        askLink(evidenceA, vendor.member.token, { disposition: 'inline', expiresIn: 99999 }),
        askLink(evidenceA, vendor.member.token, {}, '?disposition=sideways'),
        askLink(evidenceA, vendor.member.token, { disposition: 'inline' }, '?disposition=attachment'),
      ]);
      expect(outcomes.map(seen)).toEqual(Array(4).fill('400 VALIDATION_FAILED'));
      expect(outcomes[0].body.message).toContain('disposition must be one of inline, attachment');
      expect(outcomes[3].body.message).toContain('send one');
    });

    it('asks for no authentication other than the usual: without a token, 401 AUTHENTICATION_REQUIRED', async () => {
      const response = await app.http().post(`/api/v1/evidence/${evidenceA}/link`).send({});
      expect(seen(response)).toBe('401 AUTHENTICATION_REQUIRED');
    });
  });

  describe('opening', () => {
    it('serves the exact bytes without Authorization, as an attachment by default, with the usual headers', async () => {
      const response = await open(await linkTo(evidenceA));
      expect(response.status).toBe(200);
      expect((response.body as Buffer).equals(screenshot)).toBe(true);
      expect(response.headers['content-type']).toBe('image/png');
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="ecran-frequence.png"; filename*=UTF-8''%C3%A9cran-fr%C3%A9quence.png`,
      );
      expect(response.headers['content-digest']).toBe(`sha-256=:${sha256Base64(screenshot)}:`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBe(
        "sandbox; default-src 'none'; media-src 'self'; img-src 'self'",
      );
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    it('serves the file inline when the link asks for it (body or query string)', async () => {
      const byBody = await open(await linkTo(evidenceB, vendor.member.token, { disposition: 'inline' }));
      const byQuery = await askLink(evidenceB, vendor.member.token, undefined, '?disposition=inline');
      const viaQuery = await open(byQuery.body.url);
      for (const response of [byBody, viaQuery]) {
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['content-disposition']).toMatch(/^inline; filename="procedure\.pdf"/);
        expect((response.body as Buffer).equals(document)).toBe(true);
      }
    });

    it('serves Range requests through the link (video seeking): 206 with exactly the bytes asked for', async () => {
      const url = await linkTo(evidenceA, vendor.member.token, { disposition: 'inline' });
      const partial = await open(url, { Range: 'bytes=8-23' });
      expect(partial.status).toBe(206);
      expect(partial.headers['content-range']).toBe(`bytes 8-23/${screenshot.length}`);
      expect((partial.body as Buffer).equals(screenshot.subarray(8, 24))).toBe(true);
      const tail = await open(url, { Range: 'bytes=-4' });
      expect([tail.status, (tail.body as Buffer).equals(screenshot.subarray(-4))]).toEqual([206, true]);
      const beyond = await open(url, { Range: `bytes=${screenshot.length}-` });
      expect(seen(beyond)).toBe('416 RANGE_NOT_SATISFIABLE');
    });

    it('keeps working for the bearer as before: media inline, without any link', async () => {
      const response = await app
        .http()
        .get(`/api/v1/evidence/${evidenceB}/content`)
        .set(bearer(vendor.member.token))
        .buffer(true)
        .parse(binary);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toMatch(/^inline; /);
    });

    it('opens nothing else: not the metadata route, not the dossier, whatever the access token', async () => {
      const token = tokenOf(await linkTo(evidenceA));
      const outcomes = await Promise.all([
        app.http().get(`/api/v1/evidence/${evidenceA}?access=${encodeURIComponent(token)}`),
        app.http().get(`/api/v1/dossiers/${dossierId}?access=${encodeURIComponent(token)}`),
        app.http().get(`/api/v1/dossiers/${dossierId}/evidence?access=${encodeURIComponent(token)}`),
      ]);
      expect(outcomes.map(seen)).toEqual(Array(3).fill('401 AUTHENTICATION_REQUIRED'));
    });
  });

  describe('refusing', () => {
    it('refuses a link for evidence A on evidence B with 401 INVALID_LINK, and serves none of B', async () => {
      const urlA = await linkTo(evidenceA, vendor.member.token, { disposition: 'inline' });
      const response = await open(withToken(`/api/v1/evidence/${evidenceB}/content`, tokenOf(urlA)));
      expect(seen(response)).toBe('401 INVALID_LINK');
      expect(response.body.message).toMatch(/not valid for this file/);
      expect(response.body.message).toContain(`POST /api/v1/evidence/${evidenceB}/link`);
      expect(response.headers['content-digest']).toBeUndefined();
    });

    it('refuses a tampered token: another expiry, another disposition, another signature, or cut short', async () => {
      const token = tokenOf(await linkTo(evidenceA));
      const parts = token.split('.');
      const mac = parts[6];
      const tampered = {
        'a later expiry': [parts[0], String(Number(parts[1]) + 86_400), ...parts.slice(2)].join('.'),
        'inline instead of attachment': [...parts.slice(0, 2), 'i', ...parts.slice(3)].join('.'),
        'one character of the signature': [
          ...parts.slice(0, 6),
          `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
        ].join('.'),
        'cut short': token.slice(0, -1),
        'an empty token': '',
      };
      const outcomes: Record<string, string> = {};
      for (const [label, value] of Object.entries(tampered)) {
        outcomes[label] = seen(await open(withToken(`/api/v1/evidence/${evidenceA}/content`, value)));
      }
      expect(outcomes).toEqual(Object.fromEntries(Object.keys(tampered).map((label) => [label, '401 INVALID_LINK'])));
      // Two access parameters are one too many.
      const doubled = await open(`${await linkTo(evidenceA)}&access=${encodeURIComponent(token)}`);
      expect(seen(doubled)).toBe('401 INVALID_LINK');
    });

    it('refuses an expired link with 401 INVALID_LINK saying when it expired (issued in the past, no waiting)', async () => {
      const me = await app.http().get('/api/v1/me').set(bearer(vendor.member.token)).expect(200);
      // A genuine link, signed with the app's own key, by a clock set an hour back.
      const past = new SignedLinks(app.app.get(Secrets), TTL_SECONDS, () => Date.now() - 3_600_000);
      const sessionId = await sessionOf(vendor.member.token);
      const { token, expiresAt } = past.issue('evidence-content', evidenceA, 'inline', {
        kind: 'user',
        userId: me.body.id,
        sessionId,
      });
      // The same link issued now opens the file: only its age differs.
      const fresh = new SignedLinks(app.app.get(Secrets), TTL_SECONDS).issue('evidence-content', evidenceA, 'inline', {
        kind: 'user',
        userId: me.body.id,
        sessionId,
      });
      expect((await open(withToken(`/api/v1/evidence/${evidenceA}/content`, fresh.token))).status).toBe(200);
      const response = await open(withToken(`/api/v1/evidence/${evidenceA}/content`, token));
      expect(seen(response)).toBe('401 INVALID_LINK');
      expect(response.body.message).toContain(`This link expired at ${expiresAt.toISOString()}`);
      expect(response.body.message).toContain(`links last ${TTL_SECONDS / 60} minutes`);
      expect(response.body.message).toContain(`POST /api/v1/evidence/${evidenceA}/link`);
    });

    it('ends the links of a session when it signs out, and of an API token when it is revoked', async () => {
      const signIn = await app
        .http()
        .post('/api/v1/auth/login')
        .send({ email: vendor.member.email, password: PASSWORD });
      expect(signIn.status).toBe(200);
      const url = await linkTo(evidenceA, signIn.body.accessToken as string);
      expect((await open(url)).status).toBe(200);
      const refresh = (signIn.headers['set-cookie'] as unknown as string[])
        .find((line) => line.startsWith('preuve_refresh='))!
        .split(';')[0];
      await app
        .http()
        .post('/api/v1/auth/logout')
        .set('Cookie', refresh)
        .set('X-CSRF-Token', signIn.body.csrfToken as string)
        .expect(204);
      const afterLogout = await open(url);
      expect(seen(afterLogout)).toBe('401 INVALID_LINK');
      expect(afterLogout.body.message).toMatch(/session this link was issued in has ended/);

      const apiToken = await createApiToken(app, vendor.organization.id, vendor.admin.token, ['dossiers:read']);
      const byToken = await linkTo(evidenceA, apiToken.token);
      expect((await open(byToken)).status).toBe(200);
      await app
        .http()
        .delete(`/api/v1/organizations/${vendor.organization.id}/api-tokens/${apiToken.id}`)
        .set(bearer(vendor.admin.token))
        .expect(204);
      const afterRevocation = await open(byToken);
      expect(seen(afterRevocation)).toBe('401 INVALID_LINK');
      expect(afterRevocation.body.message).toMatch(/API token that issued this link was revoked/);
    });

    it('lets the tenant wall stand: a valid link of another vendor opens nothing of this one', async () => {
      const { dossierId: othersDossier } = await createDossier(app, other.member.token);
      await app
        .http()
        .put(`/api/v1/dossiers/${othersDossier}/answers`)
        .set(bearer(other.member.token))
        .send({ answers: ANSWERS })
        .expect(200);
      const othersEvidence = await app
        .http()
        .post(`/api/v1/dossiers/${othersDossier}/evidence`)
        .set(bearer(other.member.token))
        .field('proof', 'ANN 4.1.1')
        .attach('file', png({ rgba: [9, 9, 9, 255] }), { filename: 'autre.png', contentType: 'image/png' })
        .expect(201);
      const othersUrl = await linkTo(othersEvidence.body.id, other.member.token);
      expect((await open(othersUrl)).status).toBe(200);
      const response = await open(withToken(`/api/v1/evidence/${evidenceA}/content`, tokenOf(othersUrl)));
      expect(seen(response)).toBe('401 INVALID_LINK');
    });
  });

  describe('declaration PDFs', () => {
    let declarationId: string;

    beforeAll(async () => {
      const { dossierId: id } = await createDossier(app, vendor.member.token);
      await app
        .http()
        .put(`/api/v1/dossiers/${id}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers: DECLARATION_ANSWERS })
        .expect(200);
      const signed = await app
        .http()
        .post(`/api/v1/dossiers/${id}/declarations`)
        .set(bearer(vendor.member.token))
        .send(DECLARATION)
        .expect(201);
      declarationId = signed.body.id;
    }, 120_000);

    it('issues a link that opens the PDF inline without Authorization, and only that PDF', async () => {
      const response = await app
        .http()
        .post(`/api/v1/declarations/${declarationId}/pdf-link`)
        .set(bearer(vendor.member.token))
        .send({ disposition: 'inline' })
        .expect(201);
      expect(response.body.url).toMatch(new RegExp(`^/api/v1/declarations/${declarationId}/pdf\\?access=`));
      const file = await open(response.body.url);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toMatch(/^inline; filename="declaration-IEU-7-1-/);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect((file.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The same token on an evidence URL with the declaration's id, or on another declaration: refused.
      const token = tokenOf(response.body.url);
      const asEvidence = await open(withToken(`/api/v1/evidence/${declarationId}/content`, token));
      const elsewhere = await open(withToken(`/api/v1/declarations/${UNKNOWN_ID}/pdf`, token));
      expect([seen(asEvidence), seen(elsewhere)]).toEqual(['401 INVALID_LINK', '401 INVALID_LINK']);
      expect(elsewhere.body.message).toContain(`POST /api/v1/declarations/${UNKNOWN_ID}/pdf-link`);
    });

    it('answers another vendor 404 on the declaration, as if it did not exist', async () => {
      const outcomes = await Promise.all(
        [declarationId, UNKNOWN_ID].map((id) =>
          app.http().post(`/api/v1/declarations/${id}/pdf-link`).set(bearer(other.member.token)).send({}),
        ),
      );
      expect(outcomes.map(seen)).toEqual(['404 DECLARATION_NOT_FOUND', '404 DECLARATION_NOT_FOUND']);
    });
  });

  describe('reviewers', () => {
    it('may ask for links once the dossier is submitted, and never for a draft', async () => {
      const authority = await createOrganization(app, 'Autorité des liens', 'authority');
      const reviewer = await createMember(app, authority.id, 'reviewer');
      expect(seen(await askLink(evidenceA, reviewer.token))).toBe('404 EVIDENCE_NOT_FOUND');

      // One scenario, ApCV 1.1, whose only proof is a document: complete after one upload.
      const { dossierId: id } = await createDossier(app, vendor.member.token);
      await app
        .http()
        .put(`/api/v1/dossiers/${id}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers: { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' } })
        .expect(200);
      const procedure = pdf('Parcours ApCV');
      const evidence = await upload('ApCV 1.1.1', procedure, 'apcv.pdf', id);
      await writePreparationTexts(() => app.http(), id, vendor.member.token);
      await app.http().post(`/api/v1/dossiers/${id}/submit`).set(bearer(vendor.member.token)).expect(200);
      const url = await linkTo(evidence, reviewer.token, { disposition: 'inline' });
      const response = await open(url);
      expect([response.status, (response.body as Buffer).equals(procedure)]).toEqual([200, true]);
    });
  });

  /** The session id of an access token, as the server reads it. */
  async function sessionOf(accessToken: string): Promise<string | null> {
    const principal = await app.app.get(PrincipalResolver).resolve(`Bearer ${accessToken}`);
    return principal.kind === 'user' ? principal.sessionId : null;
  }
});
