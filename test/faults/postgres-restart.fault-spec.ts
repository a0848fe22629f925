import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { Response } from 'supertest';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@preuve/persistence';
import { bearer, createVendor, type Vendor } from '../support/actors.js';
import { png, sha256Hex } from '../support/fixtures.js';
import { AppProcess, ensureServerBuilt, reportFigures, serverEnvironment } from './support/app-process.js';

type Write = { kind: 'product'; id: string } | { kind: 'dossier'; id: string };

/**
 * Writes as fast as the server takes them, from a few clients at once, and records every answer: a
 * 2xx is an acknowledged write, to be found again; a 503 must be DATABASE_UNAVAILABLE with
 * Retry-After; anything else is a failure of the test.
 */
class Load {
  readonly acknowledged: Write[] = [];
  readonly unavailable: Response[] = [];
  readonly unexpected: { status: number; body: unknown }[] = [];
  private running = true;
  private readonly waiters: { done: () => boolean; resolve: () => void }[] = [];
  private readonly workers: Promise<void>[];

  constructor(
    private readonly app: () => AppProcess,
    private readonly token: string,
    private readonly productId: string,
    private readonly referentialId: string,
    clients: number,
  ) {
    this.workers = Array.from({ length: clients }, (_, client) => this.work(client));
  }

  /** Resolves once `done` holds, checked after every answer. */
  until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ done, resolve }));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  private async work(client: number): Promise<void> {
    for (let n = 0; this.running; n += 1) {
      const http = this.app().http();
      // Two kinds of write: a product (one row and its audit event) and a dossier on a product.
      const response: Response =
        n % 2 === 0
          ? await http
              .post('/api/v1/products')
              .set(bearer(this.token))
              .send({ name: `Charge ${client}-${n}`, version: '1.0' })
          : await http
              .post('/api/v1/dossiers')
              .set(bearer(this.token))
              .send({ productId: this.productId, referentialId: this.referentialId });
      if (response.status === 201) {
        this.acknowledged.push({ kind: n % 2 === 0 ? 'product' : 'dossier', id: response.body.id as string });
      } else if (
        response.status === 503 &&
        response.body?.code === 'DATABASE_UNAVAILABLE' &&
        /^\d+$/.test(String(response.headers['retry-after']))
      ) {
        this.unavailable.push(response);
      } else {
        this.unexpected.push({ status: response.status, body: response.body });
      }
      for (const waiter of [...this.waiters]) {
        if (!waiter.done()) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}

/**
 * The server runs as its own process on a Postgres this test owns; under a steady load of writes
 * the Postgres is stopped (a fast shutdown, then an immediate one, which leaves crash recovery to the
 * next start) and started again on the same port. Meanwhile the server answers 503
 * DATABASE_UNAVAILABLE with Retry-After; afterwards it serves again without a restart, and every
 * write it acknowledged with a 2xx is still there.
 */
describe('Postgres stopped and restarted under load', () => {
  let pgDir: string;
  let dataDir: string;
  let postgres: EmbeddedPostgresHandle;
  let app: AppProcess;
  let vendor: Vendor;
  let load: Load;
  const figures = { 'faults injected': 0, 'acknowledged writes checked': 0, 'writes lost': 0, '503 answers': 0 };

  const startPostgres = (port?: number): Promise<EmbeddedPostgresHandle> =>
    startEmbeddedPostgres({ dataDir: pgDir, database: 'preuve', port });

  beforeAll(() => ensureServerBuilt(), 600_000); // a build, only when dist/main.js is stale
  beforeAll(async () => {
    pgDir = mkdtempSync(join(tmpdir(), 'preuve-faults-pg-'));
    chmodSync(pgDir, 0o755);
    dataDir = mkdtempSync(join(tmpdir(), 'preuve-faults-app-'));
    postgres = await startPostgres();
    app = await AppProcess.start(serverEnvironment(dataDir, postgres.url));
    vendor = await createVendor(app);
    const referentials = await app.http().get('/api/v1/referentials').set(bearer(vendor.member.token)).expect(200);
    const referentialId = (referentials.body as { id: string; code: string; version: string }[]).find(
      (entry) => entry.code === 'DMN' && entry.version === '1.2.2',
    )!.id;
    const product = await app
      .http()
      .post('/api/v1/products')
      .set(bearer(vendor.member.token))
      .send({ name: 'SousCharge', version: '1.0' })
      .expect(201);
    load = new Load(() => app, vendor.member.token, product.body.id as string, referentialId, 3);
  }, 120_000);
  afterAll(async () => {
    reportFigures('Postgres stopped and restarted under load', figures);
    await load?.stop();
    await app?.stop();
    await postgres?.stop();
    rmSync(pgDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Every write acknowledged so far, looked up one by one in the database. */
  async function expectEveryAcknowledgedWrite(): Promise<void> {
    const acknowledged = [...load.acknowledged];
    const products = new Set(
      (
        await query<{ id: string }>('SELECT id FROM product WHERE id = ANY($1)', [
          acknowledged.filter((write) => write.kind === 'product').map((write) => write.id),
        ])
      ).map((row) => row.id),
    );
    const dossiers = new Set(
      (
        await query<{ id: string }>('SELECT id FROM dossier WHERE id = ANY($1)', [
          acknowledged.filter((write) => write.kind === 'dossier').map((write) => write.id),
        ])
      ).map((row) => row.id),
    );
    const lost = acknowledged.filter((write) => !(write.kind === 'product' ? products : dossiers).has(write.id));
    figures['acknowledged writes checked'] += acknowledged.length;
    figures['writes lost'] += lost.length;
    expect(lost).toEqual([]);
  }

  async function outage(stopPostgres: () => Promise<void>): Promise<void> {
    const before = load.acknowledged.length;
    await load.until(() => load.acknowledged.length >= before + 20); // under load
    const port = postgres.port;
    figures['faults injected'] += 1;
    await stopPostgres();
    // Down: the writes get 503 DATABASE_UNAVAILABLE with Retry-After, and so does everything else.
    const refused = load.unavailable.length;
    await load.until(() => load.unavailable.length >= refused + 10);
    const health = await app.http().get('/api/v1/health');
    expect([health.status, health.body.code, health.headers['retry-after']]).toEqual([
      503,
      'DATABASE_UNAVAILABLE',
      expect.stringMatching(/^\d+$/),
    ]);
    const pid = app.pid;
    postgres = await startPostgres(port);
    // Back: the same server process acknowledges writes again.
    const acknowledgedWhenBack = load.acknowledged.length;
    await load.until(() => load.acknowledged.length >= acknowledgedWhenBack + 20);
    expect(app.pid).toBe(pid);
    expect(app.child.exitCode).toBeNull();
    await expectEveryAcknowledgedWrite();
    expect(load.unexpected).toEqual([]);
  }

  it('fast shutdown: 503 while it is down, serving again once it is back, every acknowledged write kept', async () => {
    await outage(() => postgres.stop());
  }, 120_000);

  it('immediate shutdown (no checkpoint; WAL replayed on start): the same', async () => {
    await outage(() => {
      const postmaster = Number.parseInt(readFileSync(join(pgDir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
      postgres.forget(); // this test starts it again, on the same port
      process.kill(postmaster, 'SIGQUIT');
      return Promise.resolve();
    });
  }, 120_000);

  it('keeps every acknowledged write once the load stops', async () => {
    await load.stop();
    await expectEveryAcknowledgedWrite();
    figures['503 answers'] = load.unavailable.length;
    expect(load.unexpected).toEqual([]);
    expect(load.unavailable.length).toBeGreaterThan(0);
    // Uploads work again too (a blob and its row).
    const file = png({ rgba: [1, 2, 3, 255] });
    const dossierId = load.acknowledged.find((write) => write.kind === 'dossier')!.id;
    await app
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
    const uploaded = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', 'ANN 4.1.1')
      .attach('file', file, { filename: 'ecran.png', contentType: 'application/octet-stream' });
    expect([uploaded.status, uploaded.body.sha256]).toEqual([201, sha256Hex(file)]);
  }, 120_000);
});
