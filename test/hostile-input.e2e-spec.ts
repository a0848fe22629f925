import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { adminToken, bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { writePreparationTexts } from './support/preparation.js';
import { pdf } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Receiver } from './support/webhook-receiver.js';

/** One scenario, ApCV 1.1, whose only proof is a document: complete after one upload. */
const APCV_ANSWERS = { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' };
const MAX_UPLOAD_BYTES = 64 * 1024;

function deep(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

describe('hostile input, at the edge', () => {
  let app: TestApp;
  let base: string;
  let vendor: Vendor;
  let admin: string;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    app = await startTestApp({
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false',
      WEBHOOK_TIMEOUT_MS: '500',
      WEBHOOK_RETRY_BASE_MS: '10',
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
    });
    // Node's own fetch needs a listening server (supertest binds one per request).
    await app.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${((app.app.getHttpServer() as Server).address() as AddressInfo).port}`;
    vendor = await createVendor(app);
    admin = await adminToken(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await Promise.all(receivers.map((receiver) => receiver.close()));
  }, 30_000);

  function raw(method: 'post' | 'put', path: string, body: string, token?: string) {
    const call = app.http()[method](path).set('Content-Type', 'application/json');
    return (token ? call.set(bearer(token)) : call).send(body);
  }

  describe('body depth, NUL and lone surrogates', () => {
    it.each([
      ['/api/v1/auth/login', undefined],
      ['/api/v1/products', 'vendor'],
      ['/api/v1/dossiers', 'vendor'],
    ])('refuses 10 kB of nested brackets on %s with 400 INPUT_TOO_DEEP', async (path, who) => {
      const response = await raw('post', path, deep(5_000), who ? vendor.member.token : undefined);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'INPUT_TOO_DEEP' });
    });

    it('refuses deep nesting inside an object too, and accepts ordinary nesting', async () => {
      const nested = `{"name":"x","version":"1","extra":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`;
      const tooDeep = await raw('post', '/api/v1/products', nested, vendor.member.token);
      expect(tooDeep.body.code).toBe('INPUT_TOO_DEEP');
      const shallow = await raw(
        'post',
        '/api/v1/products',
        '{"name":"x","version":"1","extra":{"a":{"b":1}}}',
        vendor.member.token,
      );
      expect(shallow.status).toBe(400);
      expect(shallow.body.code).toBe('VALIDATION_FAILED'); // an unknown field, said as such
    });

    it('refuses a lone surrogate in an e-mail on login and on user creation with 400 INVALID_CHARACTERS', async () => {
      const login = await raw('post', '/api/v1/auth/login', '{"email":"a\\ud800@preuve.test","password":"x"}');
      expect(login.status).toBe(400);
      expect(login.body).toMatchObject({ code: 'INVALID_CHARACTERS', details: { field: 'body.email' } });
      const user = await raw(
        'post',
        `/api/v1/organizations/${vendor.organization.id}/users`,
        '{"email":"\\udc00x@preuve.test","role":"vendor_member","password":"une-phrase-de-passe-solide"}',
        admin,
      );
      expect(user.status).toBe(400);
      expect(user.body.code).toBe('INVALID_CHARACTERS');
      // A proper pair (an emoji) is text like any other.
      const paired = await raw(
        'post',
        '/api/v1/products',
        '{"name":"Cardio \\ud83d\\udc93","version":"1"}',
        vendor.member.token,
      );
      expect(paired.status).toBe(201);
    });

    it('refuses a NUL in a text field, in a key, in the query and in the path', async () => {
      const field = await raw('post', '/api/v1/products', '{"name":"a\\u0000b","version":"1"}', vendor.member.token);
      expect(field.body).toMatchObject({ statusCode: 400, code: 'INVALID_CHARACTERS' });
      expect(field.body.message).toMatch(/NUL/);
      const key = await raw('post', '/api/v1/products', '{"na\\u0000me":"a","version":"1"}', vendor.member.token);
      expect(key.body.code).toBe('INVALID_CHARACTERS');
      const query = await app.http().get('/api/v1/dossiers?cursor=a%00b').set(bearer(vendor.member.token));
      expect(query.status).toBe(400);
      expect(query.body.code).toBe('INVALID_CHARACTERS');
      const path = await app.http().get('/api/v1/referentials/a%00b').set(bearer(vendor.member.token));
      expect(path.status).toBe(400);
      expect(path.body.code).toBe('INVALID_CHARACTERS');
      const malformed = await app.http().get('/api/v1/referentials/%E0%A4%A').set(bearer(vendor.member.token));
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('INVALID_CHARACTERS');
    });

    it('refuses a NUL in a comment body', async () => {
      const { dossierId } = await createDossier(app, vendor.member.token);
      const response = await raw(
        'post',
        `/api/v1/dossiers/${dossierId}/scenarios/ANN.1/comments`,
        '{"body":"voir\\u0000ici"}',
        vendor.member.token,
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_CHARACTERS');
    });
  });

  describe('webhook targets (WEBHOOK_ALLOW_PRIVATE_TARGETS off)', () => {
    function register(url: string) {
      return app
        .http()
        .post(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .send({ url, events: ['dossier.submitted'] });
    }

    it.each([
      'http://127.0.0.1/',
      'http://localhost/',
      'http://api.localhost:8080/',
      'http://[::1]/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/',
      'http://0.0.0.0/',
      'http://224.0.0.1/',
      'http://100.100.100.200/',
    ])('refuses %s with 400 INVALID_WEBHOOK_URL', async (url) => {
      const response = await register(url);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_WEBHOOK_URL');
      expect(response.body.message).toMatch(/public addresses only/);
    });

    it('accepts a public address', async () => {
      const response = await register('http://192.0.2.10:9/preuve');
      expect(response.status).toBe(201);
    });

    it('checks again at delivery time: a target that now points inside is not called', async () => {
      const receiver = await Receiver.start();
      receivers.push(receiver);
      const created = await register('http://198.51.100.20:9/preuve').expect(201);
      // As if the name had resolved to a public address at registration and to 127.0.0.1 now.
      await app.dataSource.query('UPDATE webhook_endpoint SET url = $1 WHERE id = $2', [receiver.url, created.body.id]);
      const { dossierId } = await createDossier(app, vendor.member.token);
      await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers: APCV_ANSWERS })
        .expect(200);
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(bearer(vendor.member.token))
        .field('proof', 'ApCV 1.1.1')
        .attach('file', pdf(randomUUID()), 'procedure.pdf')
        .expect(201);
      await writePreparationTexts(() => app.http(), dossierId, vendor.member.token);
      await app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(vendor.member.token)).expect(200);
      let items: { attempts: number; lastError: string | null }[] = [];
      for (let read = 0; read < 2_000 && !items.some((item) => item.attempts >= 2); read += 1) {
        const log = await app
          .http()
          .get(`/api/v1/organizations/${vendor.organization.id}/webhooks/${created.body.id}/deliveries`)
          .set(bearer(vendor.admin.token))
          .expect(200);
        items = log.body.items;
        await new Promise((resume) => setImmediate(resume));
      }
      expect(items.length).toBeGreaterThan(0);
      expect(items[0].lastError).toMatch(/loopback address: not called/);
      expect(receiver.received).toHaveLength(0);
    });
  });

  describe('an oversize body, read by Node’s own fetch', () => {
    it('reads the 413 of an upload whose declared length is over MAX_UPLOAD_BYTES', async () => {
      const { dossierId } = await createDossier(app, vendor.member.token);
      const form = new FormData();
      form.set('proof', 'ApCV 1.1.1');
      form.set('file', new Blob([Buffer.alloc(8 * 1024 * 1024, 1)], { type: 'application/pdf' }), 'big.pdf');
      const response = await fetch(`${base}/api/v1/dossiers/${dossierId}/evidence`, {
        method: 'POST',
        headers: bearer(vendor.member.token),
        body: form,
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    });

    it('reads the 413 of a streamed upload (no length) that goes over MAX_UPLOAD_BYTES mid-file', async () => {
      const { dossierId } = await createDossier(app, vendor.member.token);
      await app
        .http()
        .put(`/api/v1/dossiers/${dossierId}/answers`)
        .set(bearer(vendor.member.token))
        .send({ answers: APCV_ANSWERS })
        .expect(200);
      const boundary = `preuve${randomUUID()}`;
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="proof"\r\n\r\nApCV 1.1.1\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      const chunk = Buffer.concat([pdf('x'), Buffer.alloc(64 * 1024, 32)]);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(head);
          if (sent > 16 * 1024 * 1024) {
            controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
            controller.close();
            return;
          }
          controller.enqueue(chunk);
          sent += chunk.length;
        },
      });
      const response = await fetch(`${base}/api/v1/dossiers/${dossierId}/evidence`, {
        method: 'POST',
        headers: { ...bearer(vendor.member.token), 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit: MAX_UPLOAD_BYTES } });
      const left = await app.dataSource.query('SELECT count(*)::int AS n FROM evidence WHERE dossier_id = $1', [
        dossierId,
      ]);
      expect(left[0].n).toBe(0);
    });

    it('reads the 413 of a JSON body over the parser’s limit', async () => {
      const response = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'a@preuve.test', password: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(response.status).toBe(413);
      expect((await response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});
