import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DomainEvents } from '../apps/api/src/events/domain-events.js';
import { loadSecrets } from '../apps/api/src/security/secrets.js';
import { createApplication } from '../apps/api/src/server.js';
import {
  adminToken,
  bearer,
  createDossier,
  createMember,
  createOrganization,
  createVendor,
  type Member,
  type Organization,
  type Vendor,
} from './support/actors.js';
import { writePreparationTexts } from './support/preparation.js';
import { pdf, png } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { Receiver, signedWith } from './support/webhook-receiver.js';

// ---------------------------------------------------------------------------------------------
// Dossiers
// ---------------------------------------------------------------------------------------------

/** One scenario, ApCV 1.1, whose only proof is a document: complete after one upload. */
const APCV_ANSWERS = { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  dossierId: string;
  sequence: number;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  nextAttemptAt: string | null;
  occurredAt: string;
}

describe('webhooks', () => {
  let app: TestApp;
  let vendor: Vendor;
  let other: Vendor;
  let authority: Organization;
  let lead: Member;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    app = await startTestApp({ WEBHOOK_RETRY_BASE_MS: '10' });
    vendor = await createVendor(app);
    other = await createVendor(app);
    authority = await createOrganization(app, `Autorité ${randomUUID().slice(0, 6)}`, 'authority');
    lead = await createMember(app, authority.id, 'review_lead');
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await Promise.all(receivers.map((receiver) => receiver.close()));
  }, 60_000);

  async function receiver(): Promise<Receiver> {
    const started = await Receiver.start();
    receivers.push(started);
    return started;
  }

  function register(organizationId: string, token: string, body: Record<string, unknown>) {
    return app.http().post(`/api/v1/organizations/${organizationId}/webhooks`).set(bearer(token)).send(body);
  }

  /** Registers an endpoint for `receiverAt`; returns its id and secret. */
  async function subscribe(
    organizationId: string,
    token: string,
    receiverAt: Receiver,
    events: string[] = ['evidence.uploaded', 'dossier.submitted'],
  ): Promise<{ id: string; secret: string }> {
    const response = await register(organizationId, token, { url: receiverAt.url, events }).expect(201);
    return { id: response.body.id, secret: response.body.secret };
  }

  async function deliveries(organizationId: string, id: string, token = vendor.admin.token): Promise<Delivery[]> {
    const response = await app
      .http()
      .get(`/api/v1/organizations/${organizationId}/webhooks/${id}/deliveries?limit=100`)
      .set(bearer(token))
      .expect(200);
    return response.body.items as Delivery[];
  }

  /** Reads the log until `done` holds, yielding between reads (a bounded number of reads). */
  async function logUntil(
    organizationId: string,
    id: string,
    done: (items: Delivery[]) => boolean,
    token = vendor.admin.token,
  ): Promise<Delivery[]> {
    for (let read = 0; read < 2_000; read += 1) {
      const items = await deliveries(organizationId, id, token);
      if (done(items)) return items;
      await new Promise((resume) => setImmediate(resume));
    }
    throw new Error('the delivery log never reached the expected state');
  }

  async function draft(token = vendor.member.token): Promise<string> {
    const { dossierId } = await createDossier(app, token);
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(token))
      .send({ answers: APCV_ANSWERS })
      .expect(200);
    await writePreparationTexts(() => app.http(), dossierId, token);
    return dossierId;
  }

  function upload(dossierId: string, file = pdf(randomUUID()), name = 'procedure.pdf', token = vendor.member.token) {
    return app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(token))
      .field('proof', 'ApCV 1.1.1')
      .attach('file', file, name);
  }

  function submit(dossierId: string, token = vendor.member.token) {
    return app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(token));
  }

  async function rowsFor(endpointId: string): Promise<{ dossier_id: string; event_type: string }[]> {
    return app.dataSource.query(
      'SELECT dossier_id, event_type FROM webhook_delivery WHERE endpoint_id = $1 ORDER BY created_at',
      [endpointId],
    );
  }

  // -------------------------------------------------------------------------------------------

  describe('registration', () => {
    it('registers an endpoint, shows its secret once and keeps it sealed', async () => {
      const created = await register(vendor.organization.id, vendor.admin.token, {
        url: 'https://integration.editeur.example/preuve',
        events: ['dossier.approved', 'dossier.rejected'],
        description: 'Outil qualité',
      }).expect(201);
      expect(created.body).toEqual({
        id: expect.stringMatching(UUID),
        url: 'https://integration.editeur.example/preuve',
        events: ['dossier.approved', 'dossier.rejected'],
        description: 'Outil qualité',
        secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), // 32 random bytes, base64url
        createdAt: expect.any(String),
        disabledAt: null,
      });
      const secret = created.body.secret as string;

      const listed = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .expect(200);
      const entry = (listed.body as Record<string, unknown>[]).find((item) => item.id === created.body.id);
      expect(entry).toEqual({ ...created.body, secret: undefined });
      expect(entry).not.toHaveProperty('secret');
      expect(listed.text).not.toContain(secret);

      const [row] = await app.dataSource.query('SELECT secret_sealed FROM webhook_endpoint WHERE id = $1', [
        created.body.id,
      ]);
      expect(row.secret_sealed).toMatch(/^v1\./);
      expect(row.secret_sealed).not.toContain(secret);
    });

    it('gives each endpoint its own secret', async () => {
      const body = { url: 'https://integration.editeur.example/a', events: ['dossier.approved'] };
      const first = await register(vendor.organization.id, vendor.admin.token, body).expect(201);
      const second = await register(vendor.organization.id, vendor.admin.token, body).expect(201);
      expect(first.body.secret).not.toBe(second.body.secret);
    });

    it.each([
      ['an ftp URL', { url: 'ftp://files.editeur.example/hook' }, 'INVALID_WEBHOOK_URL', /http or https/],
      ['a file URL', { url: 'file:///etc/passwd' }, 'INVALID_WEBHOOK_URL', /http or https/],
      ['a relative URL', { url: '/preuve/webhooks' }, 'INVALID_WEBHOOK_URL', /absolute/],
      ['not a URL', { url: 'pas une adresse' }, 'INVALID_WEBHOOK_URL', /absolute/],
      ['credentials', { url: 'https://robot:motdepasse@editeur.example/hook' }, 'INVALID_WEBHOOK_URL', /credentials/],
      ['a user name', { url: 'https://robot@editeur.example/hook' }, 'INVALID_WEBHOOK_URL', /credentials/],
      [
        'a URL over 2,000 characters',
        { url: `https://editeur.example/${'a'.repeat(2000)}` },
        'INVALID_WEBHOOK_URL',
        /at most 2000/,
      ],
      ['this server (localhost)', { url: 'http://localhost:3000/api/v1/health' }, 'INVALID_WEBHOOK_URL', /back at/],
      ['this server (127.0.0.1)', { url: 'http://127.0.0.1:3000/hook' }, 'INVALID_WEBHOOK_URL', /back at/],
      ['this server (::1)', { url: 'http://[::1]:3000/hook' }, 'INVALID_WEBHOOK_URL', /back at/],
      ['no url', { url: undefined }, 'VALIDATION_FAILED', /url/],
      ['no events', { events: [] }, 'VALIDATION_FAILED', /at least one event type/],
      ['an unknown event', { events: ['dossier.deleted'] }, 'VALIDATION_FAILED', /dossier\.submitted/],
      ['a repeated event', { events: ['dossier.approved', 'dossier.approved'] }, 'VALIDATION_FAILED', /repeat/],
      ['events that are not a list', { events: 'dossier.approved' }, 'VALIDATION_FAILED', /events/],
      ['an unknown field', { secret: 'mine' }, 'VALIDATION_FAILED', /secret/],
    ])('refuses %s with a clear 400', async (_label, change, code, message) => {
      const before = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .expect(200);
      const response = await register(vendor.organization.id, vendor.admin.token, {
        url: 'https://integration.editeur.example/preuve',
        events: ['dossier.approved'],
        ...change,
      });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code });
      expect(response.body.message).toMatch(message);
      const after = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .expect(200);
      expect(after.body).toEqual(before.body);
    });

    it('accepts a receiver on this machine on another port than the server', async () => {
      await register(vendor.organization.id, vendor.admin.token, {
        url: 'http://127.0.0.1:3001/hook',
        events: ['dossier.approved'],
      }).expect(201);
      await register(vendor.organization.id, vendor.admin.token, {
        url: 'http://localhost:8080/hook',
        events: ['dossier.approved'],
      }).expect(201);
    });

    it("lets the organisation's admin and the platform admin register, and nobody else", async () => {
      const body = { url: 'https://qualite.example/hook', events: ['dossier.approved'] };
      const reviewer = await createMember(app, authority.id, 'reviewer');
      const outcomes = {
        vendorMember: (await register(vendor.organization.id, vendor.member.token, body)).status,
        platformAdmin: (await register(vendor.organization.id, await adminToken(app), body)).status,
        reviewLead: (await register(authority.id, lead.token, body)).status,
        reviewer: (await register(authority.id, reviewer.token, body)).status,
      };
      expect(outcomes).toEqual({ vendorMember: 403, platformAdmin: 201, reviewLead: 201, reviewer: 403 });
    });

    it("walls each organisation's webhooks off from the others (404)", async () => {
      const { id } = await subscribe(vendor.organization.id, vendor.admin.token, await receiver());
      const base = `/api/v1/organizations/${vendor.organization.id}/webhooks`;
      const intruder = bearer(other.admin.token);
      const attempts = [
        await app.http().get(base).set(intruder),
        await register(vendor.organization.id, other.admin.token, {
          url: 'https://x.example/',
          events: ['dossier.approved'],
        }),
        await app.http().delete(`${base}/${id}`).set(intruder),
        await app.http().get(`${base}/${id}/deliveries`).set(intruder),
      ];
      expect(attempts.map((attempt) => `${attempt.status} ${attempt.body.code}`)).toEqual(
        Array(4).fill('404 ORGANIZATION_NOT_FOUND'),
      );
      // Naming its own organisation does not reach the other's endpoint either.
      const own = `/api/v1/organizations/${other.organization.id}/webhooks/${id}`;
      const mixed = [
        await app.http().delete(own).set(intruder),
        await app.http().get(`${own}/deliveries`).set(intruder),
        await app
          .http()
          .delete(`/api/v1/organizations/${other.organization.id}/webhooks/${randomUUID()}`)
          .set(intruder),
        await app
          .http()
          .get(`/api/v1/organizations/${other.organization.id}/webhooks/not-a-uuid/deliveries`)
          .set(intruder),
      ];
      expect(mixed.map((attempt) => `${attempt.status} ${attempt.body.code}`)).toEqual(
        Array(4).fill('404 WEBHOOK_NOT_FOUND'),
      );
      const listed = await app.http().get(base).set(bearer(vendor.admin.token)).expect(200);
      expect((listed.body as { id: string; disabledAt: string | null }[]).find((item) => item.id === id)).toMatchObject(
        {
          disabledAt: null,
        },
      );
    });

    it('refuses the platform organisation, which sees no dossier', async () => {
      const [platform] = await app.dataSource.query(`SELECT id FROM organization WHERE kind = 'platform'`);
      const response = await register(platform.id, await adminToken(app), {
        url: 'https://ops.example/hook',
        events: ['dossier.approved'],
      });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    });
  });

  // -------------------------------------------------------------------------------------------

  describe('delivery', () => {
    let vendorHook: Receiver;
    let vendorEndpoint: { id: string; secret: string };
    let authorityHook: Receiver;
    let authorityEndpoint: { id: string; secret: string };
    let otherHook: Receiver;
    let otherEndpoint: { id: string; secret: string };

    beforeAll(async () => {
      vendorHook = await receiver();
      vendorEndpoint = await subscribe(vendor.organization.id, vendor.admin.token, vendorHook);
      authorityHook = await receiver();
      authorityEndpoint = await subscribe(authority.id, lead.token, authorityHook);
      otherHook = await receiver();
      otherEndpoint = await subscribe(other.organization.id, other.admin.token, otherHook, [
        'evidence.uploaded',
        'dossier.submitted',
        'dossier.approved',
      ]);
    }, 120_000);

    it('sends evidence.uploaded then dossier.submitted to the vendor, once each, in order, signed', async () => {
      const dossierId = await draft();
      const uploaded = await upload(dossierId).expect(201);
      const submitted = await submit(dossierId).expect(200);

      await vendorHook.until(() => vendorHook.of(dossierId).length >= 2);
      const received = vendorHook.of(dossierId);
      expect(received.map((entry) => entry.event.type)).toEqual(['evidence.uploaded', 'dossier.submitted']);
      for (const entry of received) {
        expect(entry.headers['content-type']).toBe('application/json');
        expect(entry.headers['preuve-event']).toBe(entry.event.type);
        expect(entry.headers['preuve-delivery']).toMatch(UUID);
        expect(signedWith(vendorEndpoint.secret, entry)).toBe(true);
        expect(signedWith(authorityEndpoint.secret, entry)).toBe(false);
        expect(entry.event).toEqual({
          id: expect.stringMatching(UUID),
          type: entry.event.type,
          occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          dossierId,
          organizationId: vendor.organization.id,
          data: expect.any(Object),
        });
      }
      expect(received[0].event.data).toMatchObject({
        evidenceId: uploaded.body.id,
        proof: 'ApCV 1.1.1',
        sha256: uploaded.body.sha256,
      });
      expect(received[1].event.data).toMatchObject({ round: 1, manifestSha256: submitted.body.manifestSha256 });

      const log = await logUntil(vendor.organization.id, vendorEndpoint.id, (items) =>
        items.filter((item) => item.dossierId === dossierId).every((item) => item.status === 'delivered'),
      );
      const logged = log.filter((item) => item.dossierId === dossierId).reverse(); // oldest first
      expect(logged).toEqual([
        expect.objectContaining({
          id: received[0].headers['preuve-delivery'],
          eventId: received[0].event.id,
          eventType: 'evidence.uploaded',
          sequence: 1,
          status: 'delivered',
          attempts: 1,
          lastStatusCode: 200,
          lastError: null,
          deliveredAt: expect.any(String),
          nextAttemptAt: null,
        }),
        expect.objectContaining({
          id: received[1].headers['preuve-delivery'],
          eventId: received[1].event.id,
          eventType: 'dossier.submitted',
          sequence: 2,
          status: 'delivered',
          attempts: 1,
        }),
      ]);
      // Exactly once: two requests for two events.
      expect(vendorHook.of(dossierId)).toHaveLength(2);
    });

    it('sends the authority the submitted dossier, not the uploads to its draft; other vendors nothing', async () => {
      const dossierId = await draft();
      await upload(dossierId).expect(201);
      await submit(dossierId).expect(200);
      await authorityHook.until(() => authorityHook.of(dossierId).length >= 1);
      await vendorHook.until(() => vendorHook.of(dossierId).length >= 2);

      const [seen] = authorityHook.of(dossierId);
      expect(seen.event.type).toBe('dossier.submitted');
      expect(signedWith(authorityEndpoint.secret, seen)).toBe(true);
      // One event, one id, a delivery per endpoint.
      const vendorCopy = vendorHook.of(dossierId)[1];
      expect(seen.event.id).toBe(vendorCopy.event.id);
      expect(seen.body).toBe(vendorCopy.body);
      expect(seen.headers['preuve-delivery']).not.toBe(vendorCopy.headers['preuve-delivery']);

      // The other vendor's endpoint: its own events come, this vendor's never.
      const ownDossier = await draft(other.member.token);
      await upload(ownDossier, pdf(randomUUID()), 'procedure.pdf', other.member.token).expect(201);
      await otherHook.until(() => otherHook.of(ownDossier).length >= 1);
      expect(otherHook.received.filter((entry) => entry.event.organizationId !== other.organization.id)).toEqual([]);
      expect(await rowsFor(otherEndpoint.id)).toEqual([{ dossier_id: ownDossier, event_type: 'evidence.uploaded' }]);
      // The authority got nothing of the draft: only submitted dossiers' events are written for it.
      expect(await rowsFor(authorityEndpoint.id)).not.toContainEqual({
        dossier_id: ownDossier,
        event_type: 'evidence.uploaded',
      });
      expect((await rowsFor(authorityEndpoint.id)).filter((row) => row.dossier_id === dossierId)).toEqual([
        { dossier_id: dossierId, event_type: 'dossier.submitted' },
      ]);
    });

    it('sends nothing for a change that was refused or rolled back', async () => {
      const dossierId = await draft();
      // Refused upload (a PNG where a document is expected) and refused submission (incomplete).
      expect((await upload(dossierId, png(), 'capture.png')).status).toBe(415);
      expect((await submit(dossierId)).body.code).toBe('DOSSIER_INCOMPLETE');
      // A change whose transaction rolls back after publishing its event.
      const events = app.app.get(DomainEvents);
      const written: number[] = [];
      await expect(
        app.dataSource.transaction(async (manager) => {
          await events.publish(manager, {
            type: 'evidence.uploaded',
            dossierId,
            organizationId: vendor.organization.id,
            data: { marker: 'rolled back' },
          });
          const [row] = await manager.query(
            'SELECT count(*)::int AS n FROM webhook_delivery WHERE dossier_id = $1 AND endpoint_id = $2',
            [dossierId, vendorEndpoint.id],
          );
          written.push(row.n);
          throw new Error('the change fails after its event');
        }),
      ).rejects.toThrow('the change fails after its event');
      expect(written).toEqual([1]); // it was in the outbox, inside the transaction

      // The next change that commits is what arrives, and first.
      const uploaded = await upload(dossierId).expect(201);
      await vendorHook.until(() => vendorHook.of(dossierId).length >= 1);
      expect(vendorHook.of(dossierId).map((entry) => [entry.event.type, entry.event.data.evidenceId])).toEqual([
        ['evidence.uploaded', uploaded.body.id],
      ]);
      expect(
        await app.dataSource.query(
          'SELECT event_type, sequence, body FROM webhook_delivery WHERE dossier_id = $1 AND endpoint_id = $2',
          [dossierId, vendorEndpoint.id],
        ),
      ).toEqual([{ event_type: 'evidence.uploaded', sequence: 1, body: vendorHook.of(dossierId)[0].body }]);
    });

    it('retries a failing receiver, keeps later events behind, and delivers in order once it recovers', async () => {
      const flaky = await receiver();
      flaky.failing = true;
      const endpoint = await subscribe(vendor.organization.id, vendor.admin.token, flaky);
      const dossierId = await draft();
      const uploaded = await upload(dossierId).expect(201);
      await flaky.until(() => flaky.of(dossierId).length >= 2);

      // The log shows the failed attempts and when the next is due.
      const failing = await logUntil(vendor.organization.id, endpoint.id, (items) => items[0]?.attempts >= 2);
      expect(failing).toEqual([
        expect.objectContaining({
          eventType: 'evidence.uploaded',
          status: 'pending',
          lastStatusCode: 500,
          lastError: 'HTTP 500 Internal Server Error',
          deliveredAt: null,
          nextAttemptAt: expect.any(String),
        }),
      ]);

      // A later event waits behind the failing one, through at least one more failed attempt.
      await submit(dossierId).expect(200);
      const beforeRetry = flaky.of(dossierId).length;
      await flaky.until(() => flaky.of(dossierId).length > beforeRetry);
      flaky.failing = false;
      await flaky.until(() => flaky.of(dossierId).some((entry) => entry.event.type === 'dossier.submitted'));

      const received = flaky.of(dossierId);
      const failures = received.filter((entry) => entry.status === 500);
      expect(failures.length).toBeGreaterThanOrEqual(3);
      expect(received.map((entry) => `${entry.event.type} ${entry.status}`)).toEqual([
        ...failures.map(() => 'evidence.uploaded 500'),
        'evidence.uploaded 200',
        'dossier.submitted 200',
      ]);
      // Every attempt sends the same delivery, the same bytes, freshly signed.
      const attempts = received.slice(0, -1);
      expect(new Set(attempts.map((entry) => entry.headers['preuve-delivery'])).size).toBe(1);
      expect(new Set(attempts.map((entry) => entry.body)).size).toBe(1);
      expect(attempts.every((entry) => signedWith(endpoint.secret, entry))).toBe(true);
      expect(attempts[0].event.data.evidenceId).toBe(uploaded.body.id);

      const log = await logUntil(vendor.organization.id, endpoint.id, (items) =>
        items.every((item) => item.status === 'delivered'),
      );
      expect(
        log.map((item) => [item.eventType, item.attempts, item.status, item.lastStatusCode, item.lastError]),
      ).toEqual([
        ['dossier.submitted', 1, 'delivered', 200, null],
        ['evidence.uploaded', failures.length + 1, 'delivered', 200, null],
      ]);
    });

    it('gives up after the twelfth failed attempt, keeps it in the log, and goes on with the next event', async () => {
      const down = await receiver();
      down.failing = true;
      const endpoint = await subscribe(vendor.organization.id, vendor.admin.token, down);
      const dossierId = await draft();
      await upload(dossierId).expect(201);
      await down.until(() => down.of(dossierId).length >= 1);
      // Eleven attempts already made (waiting for them would take about 20 s at this base).
      await app.dataSource.query(
        `UPDATE webhook_delivery SET attempts = 11, next_attempt_at = now() WHERE endpoint_id = $1 AND status = 'pending'`,
        [endpoint.id],
      );
      const [given] = await logUntil(vendor.organization.id, endpoint.id, (items) => items[0]?.status === 'failed');
      expect(given).toMatchObject({
        eventType: 'evidence.uploaded',
        attempts: 12,
        status: 'failed',
        lastStatusCode: 500,
        deliveredAt: null,
        nextAttemptAt: null,
      });

      down.failing = false;
      const attemptsBefore = down.of(dossierId).length;
      await submit(dossierId).expect(200);
      await down.until(() => down.of(dossierId).some((entry) => entry.event.type === 'dossier.submitted'));
      expect(
        down
          .of(dossierId)
          .slice(attemptsBefore)
          .map((entry) => entry.event.type),
      ).toEqual(['dossier.submitted']);
    });

    it('stops sending to a deleted endpoint, whose row and log stay', async () => {
      const retired = await receiver();
      const endpoint = await subscribe(vendor.organization.id, vendor.admin.token, retired);
      const dossierId = await draft();
      await upload(dossierId).expect(201);
      await retired.until(() => retired.of(dossierId).length >= 1);
      await logUntil(vendor.organization.id, endpoint.id, (items) => items[0]?.status === 'delivered');

      const path = `/api/v1/organizations/${vendor.organization.id}/webhooks/${endpoint.id}`;
      await app.http().delete(path).set(bearer(vendor.admin.token)).expect(204);
      await app.http().delete(path).set(bearer(vendor.admin.token)).expect(204); // already done: still 204
      const listed = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .expect(200);
      expect((listed.body as { id: string }[]).find((item) => item.id === endpoint.id)).toMatchObject({
        disabledAt: expect.any(String),
      });

      await submit(dossierId).expect(200);
      await vendorHook.until(() => vendorHook.of(dossierId).length >= 2); // the event happened
      expect(await rowsFor(endpoint.id)).toEqual([{ dossier_id: dossierId, event_type: 'evidence.uploaded' }]);
      expect((await deliveries(vendor.organization.id, endpoint.id)).map((item) => item.status)).toEqual(['delivered']);
      await expect(
        app.dataSource.query('DELETE FROM webhook_delivery WHERE endpoint_id = $1', [endpoint.id]),
      ).rejects.toThrow(/keeps every row/);
      await expect(app.dataSource.query('DELETE FROM webhook_endpoint WHERE id = $1', [endpoint.id])).rejects.toThrow(
        /keeps every row/,
      );
    });

    it('pages the delivery log, newest first', async () => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/organizations/${vendor.organization.id}/webhooks/${vendorEndpoint.id}/deliveries?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = await app.http().get(url).set(bearer(vendor.admin.token)).expect(200);
        pages.push((page.body.items as Delivery[]).map((item) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor !== null && pages.length < 50);
      const all = await deliveries(vendor.organization.id, vendorEndpoint.id);
      expect(all.length).toBeGreaterThan(2);
      expect(pages.flat()).toEqual(all.map((item) => item.id));
      const times = all.map((item) => item.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
      const bad = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks/${vendorEndpoint.id}/deliveries?cursor=garbage`)
        .set(bearer(vendor.admin.token));
      expect(`${bad.status} ${bad.body.code}`).toBe('400 INVALID_CURSOR');
    });
  });

  // -------------------------------------------------------------------------------------------

  describe('with two instances on one database', () => {
    let second: INestApplication;

    beforeAll(async () => {
      second = await createApplication(
        {
          dataSource: app.dataSource,
          config: app.config,
          secrets: loadSecrets(app.config.secretKey, app.config.dataDir),
        },
        ['error'],
      );
    }, 120_000);
    afterAll(async () => {
      await second.close();
    }, 60_000);

    it('delivers each event once, in order, whichever instance sends it', async () => {
      const hook = await receiver();
      const endpoint = await subscribe(vendor.organization.id, vendor.admin.token, hook);
      const dossierId = await draft();
      const versions: string[] = [];
      for (let version = 0; version < 5; version += 1) {
        // Through both instances, alternately.
        const server = version % 2 === 0 ? app.app.getHttpServer() : second.getHttpServer();
        const response = await request(server)
          .post(`/api/v1/dossiers/${dossierId}/evidence`)
          .set(bearer(vendor.member.token))
          .field('proof', 'ApCV 1.1.1')
          .attach('file', pdf(randomUUID()), 'procedure.pdf')
          .expect(201);
        versions.push(response.body.id);
      }
      await hook.until(() => hook.of(dossierId).length >= 5);
      await logUntil(vendor.organization.id, endpoint.id, (items) =>
        items.every((item) => item.status === 'delivered'),
      );
      expect(hook.of(dossierId).map((entry) => entry.event.data.evidenceId)).toEqual(versions);
      expect(hook.of(dossierId).map((entry) => entry.event.data.version)).toEqual([1, 2, 3, 4, 5]);
    });
  });
});
