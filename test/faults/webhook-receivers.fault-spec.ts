import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createDossier, createVendor, type Vendor } from '../support/actors.js';
import { pdf } from '../support/fixtures.js';
import { writePreparationTexts } from '../support/preparation.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { AppProcess, ensureServerBuilt, reportFigures, serverEnvironment } from './support/app-process.js';
import { type Attempt, type Behaviour, FaultyReceiver } from './support/faulty-receiver.js';

/** One scenario, ApCV 1.1, whose only proof is a document: a dossier is complete after one upload. */
const APCV_ANSWERS = { profiles: ['patient_access_apcv'], insApplicable: true, directorySource: 'none' };

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  dossierId: string;
  status: string;
  attempts: number;
}

/** What the faulty receiver does: the first delivery of a dossier hangs, then every one is reset, fails, and is accepted. */
const FIRST_OF_DOSSIER: Behaviour[] = ['hang', 'reset', 'fail', 'accept'];
const OTHERS: Behaviour[] = ['reset', 'fail', 'accept'];

/**
 * The server (its own process) sends its events to two receivers: one that hangs past the timeout,
 * resets the connection and answers 500 before it accepts, and one that accepts at once. Every event
 * reaches both, after the retries the faults call for, once per delivery id and never again once
 * accepted; a server killed while a receiver hangs sends that delivery again after a restart.
 */
describe('webhook receivers that hang, reset and fail', () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  let app: AppProcess;
  let vendor: Vendor;
  let faulty: FaultyReceiver;
  let steady: FaultyReceiver;
  const endpoints: Record<'faulty' | 'steady', string> = { faulty: '', steady: '' };
  /** The events the server acknowledged causing (a 2xx on the upload or submission). */
  const expected: { dossierId: string; type: string }[] = [];
  const figures = { 'faults injected': 0, 'acknowledged writes checked': 0, 'writes lost': 0 };

  beforeAll(() => ensureServerBuilt(), 600_000); // a build, only when dist/main.js is stale
  beforeAll(async () => {
    faulty = await FaultyReceiver.start((seen, n) => {
      const firstOfDossier = faulty.attempts.find((attempt) => attempt.dossierId === seen.dossierId);
      const plan = !firstOfDossier || firstOfDossier.deliveryId === seen.deliveryId ? FIRST_OF_DOSSIER : OTHERS;
      return plan[Math.min(n, plan.length) - 1];
    });
    steady = await FaultyReceiver.start(() => 'accept');
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'preuve-faults-webhooks-'));
    env = { ...serverEnvironment(dataDir, database.url), WEBHOOK_TIMEOUT_MS: '3000', WEBHOOK_RETRY_BASE_MS: '20' };
    app = await AppProcess.start(env);
    vendor = await createVendor(app);
    for (const name of ['faulty', 'steady'] as const) {
      const registered = await app
        .http()
        .post(`/api/v1/organizations/${vendor.organization.id}/webhooks`)
        .set(bearer(vendor.admin.token))
        .send({ url: (name === 'faulty' ? faulty : steady).url, events: ['evidence.uploaded', 'dossier.submitted'] })
        .expect(201);
      endpoints[name] = registered.body.id as string;
    }
  }, 120_000);
  afterAll(async () => {
    reportFigures('webhook receivers that hang, reset and fail', figures);
    await app?.stop();
    await Promise.all([faulty?.close(), steady?.close()]);
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** A dossier with `uploads` documents, then submitted: uploads + 1 events. */
  async function dossierEvents(uploads: number): Promise<string> {
    const { dossierId } = await createDossier(app, vendor.member.token);
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: APCV_ANSWERS })
      .expect(200);
    for (let index = 0; index < uploads; index += 1) {
      await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(bearer(vendor.member.token))
        .field('proof', 'ApCV 1.1.1')
        .attach('file', pdf(randomUUID()), 'procedure.pdf')
        .expect(201);
      expected.push({ dossierId, type: 'evidence.uploaded' });
    }
    await writePreparationTexts(() => app.http(), dossierId, vendor.member.token);
    await app.http().post(`/api/v1/dossiers/${dossierId}/submit`).set(bearer(vendor.member.token)).expect(200);
    expected.push({ dossierId, type: 'dossier.submitted' });
    return dossierId;
  }

  const accepted = (receiver: FaultyReceiver, dossierId?: string): Attempt[] =>
    receiver.attempts.filter(
      (attempt) => attempt.behaviour === 'accept' && (dossierId === undefined || attempt.dossierId === dossierId),
    );

  /** The server's delivery log of an endpoint, read until every entry is delivered (a bounded number of reads). */
  async function deliveredLog(endpoint: string): Promise<Delivery[]> {
    for (let read = 0; read < 2_000; read += 1) {
      const response = await app
        .http()
        .get(`/api/v1/organizations/${vendor.organization.id}/webhooks/${endpoint}/deliveries?limit=100`)
        .set(bearer(vendor.admin.token))
        .expect(200);
      const items = response.body.items as Delivery[];
      if (items.length >= expected.length && items.every((item) => item.status === 'delivered')) return items;
      await new Promise((resume) => setImmediate(resume));
    }
    throw new Error('the delivery log never showed every delivery delivered');
  }

  /** Every acknowledged event reached the receiver once, in its dossier's order; nothing came after an acceptance. */
  function expectEveryEventOnce(receiver: FaultyReceiver, log: Delivery[]): void {
    const deliveries = new Map<string, Attempt[]>();
    for (const attempt of receiver.attempts) {
      deliveries.set(attempt.deliveryId, [...(deliveries.get(attempt.deliveryId) ?? []), attempt]);
    }
    for (const [deliveryId, attempts] of deliveries) {
      const behaviours = attempts.map((attempt) => attempt.behaviour);
      expect({ deliveryId, behaviours: behaviours.filter((behaviour) => behaviour === 'accept') }).toEqual({
        deliveryId,
        behaviours: ['accept'],
      });
      expect(behaviours.at(-1)).toBe('accept');
      expect(new Set(attempts.map((attempt) => attempt.eventId)).size).toBe(1);
    }
    // One delivery per event, one event per acknowledged write, each dossier's in order.
    const events = accepted(receiver).map((attempt) => attempt.eventId);
    expect(new Set(events).size).toBe(events.length);
    for (const dossierId of new Set(expected.map((event) => event.dossierId))) {
      const want = expected.filter((event) => event.dossierId === dossierId).map((event) => event.type);
      const got = accepted(receiver, dossierId).map((attempt) => attempt.eventType);
      figures['acknowledged writes checked'] += want.length;
      figures['writes lost'] += Math.max(0, want.length - got.length);
      expect({ dossierId, events: got }).toEqual({ dossierId, events: want });
    }
    expect(new Set(log.map((item) => item.id))).toEqual(new Set(deliveries.keys()));
    expect(log.map((item) => item.status)).toEqual(log.map(() => 'delivered'));
  }

  it('retries through hangs, resets and 500s until accepted: every event once, none lost', async () => {
    const dossiers = [await dossierEvents(2), await dossierEvents(2), await dossierEvents(1)];
    const wanted = expected.length;
    await faulty.until(() => accepted(faulty).length >= wanted);
    await steady.until(() => accepted(steady).length >= wanted);
    const faultyLog = await deliveredLog(endpoints.faulty);
    const steadyLog = await deliveredLog(endpoints.steady);
    figures['faults injected'] += faulty.attempts.filter((attempt) => attempt.behaviour !== 'accept').length;

    expectEveryEventOnce(faulty, faultyLog);
    expectEveryEventOnce(steady, steadyLog);
    // The faulty receiver's deliveries went through their whole plan; the steady one's at once.
    for (const dossierId of dossiers) {
      const byDelivery = faultyLog.filter((item) => item.dossierId === dossierId);
      expect(byDelivery.map((item) => item.attempts).sort()).toEqual(
        [FIRST_OF_DOSSIER.length, ...byDelivery.slice(1).map(() => OTHERS.length)].sort(),
      );
    }
    expect(steadyLog.map((item) => item.attempts)).toEqual(steadyLog.map(() => 1));
    expect(steady.attempts).toHaveLength(wanted);
  }, 120_000);

  it('sends again, after a restart, the delivery a killed server left hanging', async () => {
    const dossierId = await dossierEvents(1);
    await faulty.until(() =>
      faulty.attempts.some((attempt) => attempt.dossierId === dossierId && attempt.behaviour === 'hang'),
    );
    await steady.until(() => accepted(steady, dossierId).length >= 2);
    await deliveredLog(endpoints.steady); // recorded as delivered before the kill: not sent again
    figures['faults injected'] += 1;
    await app.kill();
    app = await AppProcess.start(env);
    // The killed attempt's claim runs out (timeout + 20 s), then the plan goes on.
    await faulty.until(() => accepted(faulty, dossierId).length >= 2);
    const faultyLog = await deliveredLog(endpoints.faulty);
    figures['faults injected'] += faulty.attempts.filter(
      (attempt) => attempt.dossierId === dossierId && attempt.behaviour !== 'accept',
    ).length;
    expectEveryEventOnce(faulty, faultyLog);
    expectEveryEventOnce(steady, await deliveredLog(endpoints.steady));
  }, 120_000);
});
