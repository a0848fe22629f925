import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { adminToken, bearer, createDossier, createVendor, type Vendor } from '../support/actors.js';
import { mp4, png, sha256Hex } from '../support/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { AppProcess, ensureServerBuilt, reportFigures, serverEnvironment } from './support/app-process.js';

/** ANN 2.1 applies (general and professional access, the directory read through FHIR): it takes a video. */
const ANSWERS = {
  profiles: ['general', 'professional_access'],
  insApplicable: true,
  directorySource: 'fhir_api',
  storesReferringDoctor: true,
};
const VIDEO = 'ANN 2.1.2';
const SCREENSHOT = 'ANN 4.1.1';
const MiB = 1024 * 1024;

interface Acknowledged {
  id: string;
  sha256: string;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The server process is killed with SIGKILL while an upload streams in, then started again on the
 * same database and data folder: no evidence row without its blob (with the right digest), nothing
 * left in the blob store's temporary area, every acknowledged upload there, the dossier readable and
 * the audit chain intact.
 */
describe('the server killed mid-upload', () => {
  let database: TestDatabase;
  let dataDir: string;
  let env: Record<string, string>;
  let app: AppProcess;
  let vendor: Vendor;
  let admin: string;
  let dossierId: string;
  const acknowledged: Acknowledged[] = [];
  const figures = { 'faults injected': 0, 'acknowledged writes checked': 0, 'writes lost': 0 };

  const temporaryArea = (): string => join(dataDir, 'blobs', 'tmp');
  const temporaryFiles = (): string[] => (existsSync(temporaryArea()) ? readdirSync(temporaryArea()) : []);

  beforeAll(() => ensureServerBuilt(), 600_000); // a build, only when dist/main.js is stale
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'preuve-faults-upload-'));
    env = serverEnvironment(dataDir, database.url);
    app = await AppProcess.start(env);
    vendor = await createVendor(app);
    admin = await adminToken(app);
    ({ dossierId } = await createDossier(app, vendor.member.token));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: ANSWERS })
      .expect(200);
    for (const [proof, file, name] of [
      [SCREENSHOT, png(), 'ecran.png'],
      [VIDEO, mp4(64 * 1024, 2), 'parcours.mp4'],
    ] as const) {
      const response = await app
        .http()
        .post(`/api/v1/dossiers/${dossierId}/evidence`)
        .set(bearer(vendor.member.token))
        .field('proof', proof)
        .attach('file', file, { filename: name, contentType: 'application/octet-stream' })
        .expect(201);
      acknowledged.push({ id: response.body.id, sha256: sha256Hex(file) });
    }
  }, 120_000);
  afterAll(async () => {
    reportFigures('server killed mid-upload', figures);
    await app?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /**
   * Streams a video of `totalBytes` as a chunked multipart body, paced by the socket. `onDrain` is
   * called whenever the server has taken what was written; `sent` resolves once the last byte is out.
   */
  function streamUpload(
    totalBytes: number,
    onDrain: (written: number) => void,
  ): { sent: Promise<void>; response: Promise<{ status: number; body: string } | Error> } {
    const boundary = `preuve-faults-${Date.now().toString(36)}`;
    const url = new URL(`/api/v1/dossiers/${dossierId}/evidence`, app.url);
    const outgoing = httpRequest(url, {
      method: 'POST',
      headers: {
        ...bearer(vendor.member.token),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
      },
    });
    const response = new Promise<{ status: number; body: string } | Error>((settle) => {
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => settle({ status: incoming.statusCode!, body: Buffer.concat(chunks).toString() }));
        incoming.on('error', settle);
      });
      outgoing.on('error', settle);
    });
    const head = mp4(16, 3); // ftyp, free, and an mdat box whose declared size is rewritten below
    head.writeUInt32BE(8 + (totalBytes - (head.length - 16)), head.length - 24);
    const chunk = Buffer.alloc(256 * 1024, 0x5a);
    const sent = (async () => {
      const write = (data: Buffer | string): Promise<void> =>
        new Promise((done, fail) => {
          if (outgoing.destroyed) return fail(new Error('request destroyed'));
          if (outgoing.write(data)) return done();
          const onClose = (): void => {
            outgoing.off('drain', onDrain);
            fail(new Error('request closed'));
          };
          const onDrain = (): void => {
            outgoing.off('close', onClose);
            done();
          };
          outgoing.once('drain', onDrain);
          outgoing.once('close', onClose);
        });
      await write(`--${boundary}\r\nContent-Disposition: form-data; name="proof"\r\n\r\n${VIDEO}\r\n`);
      await write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="long.mp4"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      );
      await write(head.subarray(0, head.length - 16));
      let written = head.length - 16;
      while (written < totalBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, totalBytes - written));
        await write(piece);
        written += piece.length;
        onDrain(written);
      }
      await write(`\r\n--${boundary}--\r\n`);
      await new Promise<void>((done) => outgoing.end(done));
    })();
    return { sent, response };
  }

  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Everything that must hold after a restart, whatever the kill interrupted. */
  async function expectIntact(): Promise<void> {
    expect(temporaryFiles()).toEqual([]);
    const rows = await query<{ id: string; sha256: string; size: string }>('SELECT id, sha256, size FROM evidence');
    for (const row of rows) {
      const blob = join(dataDir, 'blobs', row.sha256.slice(0, 2), row.sha256);
      expect({ id: row.id, exists: existsSync(blob) }).toEqual({ id: row.id, exists: true });
      expect(statSync(blob).size).toBe(Number(row.size));
      expect(await fileSha256(blob)).toBe(row.sha256);
    }
    const byId = new Map(rows.map((row) => [row.id, row.sha256]));
    for (const write of acknowledged) {
      figures['acknowledged writes checked'] += 1;
      if (byId.get(write.id) !== write.sha256) figures['writes lost'] += 1;
    }
    expect(figures['writes lost']).toBe(0);
    const dossier = await app.http().get(`/api/v1/dossiers/${dossierId}`).set(bearer(vendor.member.token)).expect(200);
    expect(dossier.body.id).toBe(dossierId);
    const listed = await app
      .http()
      .get(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .expect(200);
    expect(JSON.stringify(listed.body)).toEqual(expect.stringContaining(acknowledged[0].id));
    const audit = await app.http().get('/api/v1/audit/verify').set(bearer(admin)).expect(200);
    expect(audit.body).toMatchObject({ ok: true });
  }

  it('is killed while a 96 MiB video streams in; restarted, it has no half-written trace', async () => {
    let killing: Promise<void> | undefined;
    const upload = streamUpload(96 * MiB, (written) => {
      // Well into the body, with a temporary file on disk: the moment to pull the plug.
      if (killing || written < 16 * MiB) return;
      const growing = temporaryFiles().some((name) => statSync(join(temporaryArea(), name)).size >= 4 * MiB);
      if (growing) {
        figures['faults injected'] += 1;
        killing = app.kill();
      }
    });
    await upload.sent.catch(() => undefined);
    expect(killing).toBeDefined();
    await killing;
    const outcome = await upload.response;
    expect('status' in outcome ? outcome.status : 'no answer').toBe('no answer'); // never acknowledged
    expect(temporaryFiles()).toHaveLength(1); // what the kill left behind
    app = await AppProcess.start(env);
    await expectIntact();
  }, 120_000);

  it('is killed as the last byte of an upload leaves the client; restarted, the upload is whole or absent', async () => {
    const upload = streamUpload(24 * MiB, () => undefined);
    await upload.sent;
    figures['faults injected'] += 1;
    await app.kill();
    const outcome = await upload.response;
    if ('status' in outcome && outcome.status === 201) {
      const body = JSON.parse(outcome.body) as { id: string; sha256: string };
      acknowledged.push({ id: body.id, sha256: body.sha256 });
    }
    app = await AppProcess.start(env);
    await expectIntact();
    // And it takes uploads again.
    const file = mp4(1024, 9);
    const again = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', VIDEO)
      .attach('file', file, { filename: 'encore.mp4', contentType: 'application/octet-stream' })
      .expect(201);
    expect(again.body.sha256).toBe(sha256Hex(file));
  }, 120_000);
});
