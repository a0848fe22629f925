import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Response } from 'supertest';
import { sweepBlobs, verifyBlobs } from '../apps/api/src/evidence/blob-maintenance.js';
import { S3TestServer } from '@preuve/storage/testing';
import { bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { mp4, png, sha256Base64, sha256Hex } from './support/fixtures.js';
import { binary, startTestApp, type TestApp } from './support/test-app.js';

/** A profile whose dossier expects a screenshot (ANN 4.1.1) and a video (ANN 2.1.2). */
const ANSWERS = {
  profiles: ['general', 'professional_access'],
  insApplicable: true,
  directorySource: 'fhir_api',
  storesReferringDoctor: true,
};
const SCREENSHOT = 'ANN 4.1.1';
const VIDEO = 'ANN 2.1.2';
const SCREENSHOT_OR_VIDEO = 'ANN 2.1.1';

describe('evidence in an S3-compatible store (BLOB_STORE=s3, s3rver)', () => {
  let s3: S3TestServer;
  let client: S3Client;
  let app: TestApp;
  let vendor: Vendor;
  let dossierId: string;

  beforeAll(async () => {
    s3 = await S3TestServer.start('preuve-evidence');
    client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    app = await startTestApp(s3.environment());
    vendor = await createVendor(app);
    ({ dossierId } = await createDossier(app, vendor.member.token));
    await app
      .http()
      .put(`/api/v1/dossiers/${dossierId}/answers`)
      .set(bearer(vendor.member.token))
      .send({ answers: ANSWERS })
      .expect(200);
  }, 120_000);

  afterAll(async () => {
    client?.destroy();
    await app?.close();
    await s3?.stop();
  }, 60_000);

  async function keys(prefix: string): Promise<string[]> {
    const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
    return (page.Contents ?? []).map((object) => object.Key!).sort();
  }

  async function upload(proof: string, file: Buffer, fileName: string): Promise<{ id: string; sha256: string }> {
    const response = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', proof)
      .attach('file', file, { filename: fileName, contentType: 'application/octet-stream' });
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { id: string; sha256: string };
  }

  function download(path: string, headers: Record<string, string> = {}): Promise<Response> {
    let call = app.http().get(path);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    return call.buffer(true).parse(binary);
  }

  const video = mp4(300_000, 7);
  const screenshot = png({ rgba: [10, 120, 200, 255] });
  let videoEvidence: { id: string; sha256: string };

  it('stores an upload in the bucket under its SHA-256, nothing on disk, no temporary object left', async () => {
    videoEvidence = await upload(VIDEO, video, 'parcours.mp4');

    expect(videoEvidence.sha256).toBe(sha256Hex(video));
    expect(await keys('blobs/')).toEqual([`blobs/${sha256Hex(video)}`]);
    expect(await keys('tmp/')).toEqual([]);
    expect(existsSync(join(app.config.dataDir, 'blobs'))).toBe(false);
  });

  it('serves the exact bytes with their digest, and a Range as 206', async () => {
    const whole = await download(`/api/v1/evidence/${videoEvidence.id}/content`, bearer(vendor.member.token));
    expect(whole.status).toBe(200);
    expect((whole.body as Buffer).equals(video)).toBe(true);
    expect(whole.headers['content-digest']).toBe(`sha-256=:${sha256Base64(video)}:`);

    const part = await download(`/api/v1/evidence/${videoEvidence.id}/content`, {
      ...bearer(vendor.member.token),
      Range: 'bytes=150000-150099',
    });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 150000-150099/${video.length}`);
    expect((part.body as Buffer).equals(video.subarray(150_000, 150_100))).toBe(true);
  });

  it('serves a signed link without Authorization, Range included, as for files on disk', async () => {
    const link = await app
      .http()
      .post(`/api/v1/evidence/${videoEvidence.id}/link`)
      .set(bearer(vendor.member.token))
      .send({ disposition: 'inline' })
      .expect(201);

    const part = await download(link.body.url as string, { Range: 'bytes=-10' });

    expect(part.status).toBe(206);
    expect(part.headers['content-disposition']).toMatch(/^inline/);
    expect((part.body as Buffer).equals(video.subarray(video.length - 10))).toBe(true);
  });

  it('stores the same content once when it is uploaded again, for another proof', async () => {
    const first = await upload(SCREENSHOT, screenshot, 'ecran.png');
    const second = await upload(SCREENSHOT_OR_VIDEO, screenshot, 'ecran-bis.png');

    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await keys('blobs/')).toEqual([`blobs/${sha256Hex(screenshot)}`, `blobs/${sha256Hex(video)}`].sort());
    const again = await download(`/api/v1/evidence/${second.id}/content`, bearer(vendor.member.token));
    expect((again.body as Buffer).equals(screenshot)).toBe(true);
  });

  it('is ready when the bucket answers, with no free-space figure for an object store', async () => {
    const ready = await app.http().get('/api/v1/health/ready').expect(200);

    expect(ready.body).toEqual({ status: 'ok', database: 'ok', blobStore: 'ok' });
  });

  it('verifies every blob in the bucket and names one whose bytes changed', async () => {
    expect(await verifyBlobs(app.config, () => undefined)).toEqual({ checked: 2, mismatches: [], missing: [] });

    const altered = Buffer.from(screenshot);
    altered[altered.length - 1] ^= 0xff;
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: `blobs/${sha256Hex(screenshot)}`, Body: altered }),
    );
    const result = await verifyBlobs(app.config, () => undefined);
    await client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: `blobs/${sha256Hex(screenshot)}`, Body: screenshot }),
    );

    expect(result.mismatches).toEqual([{ sha256: sha256Hex(screenshot), actual: sha256Hex(altered) }]);
  });

  it('sweeps old orphan objects and temporary leftovers, keeps what evidence references', async () => {
    const orphan = Buffer.from('an object no evidence row points to');
    const orphanKey = `blobs/${sha256Hex(orphan)}`;
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: orphanKey, Body: orphan }));
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'tmp/crashed-upload', Body: 'half' }));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const key of [orphanKey, 'tmp/crashed-upload', `blobs/${sha256Hex(video)}`]) {
      await s3.setModified(key, twoHoursAgo);
    }

    const result = await sweepBlobs(app.dataSource, app.config);

    expect(result).toEqual({ removedBlobs: 1, removedTemporary: 1 });
    expect(await keys('blobs/')).toEqual([`blobs/${sha256Hex(screenshot)}`, `blobs/${sha256Hex(video)}`].sort());
    expect(await keys('tmp/')).toEqual([]);
  });

  it('answers 503 BLOB_STORE_UNAVAILABLE, not a 500, when the store is down', async () => {
    await s3.stop();

    const ready = await app.http().get('/api/v1/health/ready');
    const refused = await app
      .http()
      .post(`/api/v1/dossiers/${dossierId}/evidence`)
      .set(bearer(vendor.member.token))
      .field('proof', SCREENSHOT)
      .attach('file', png({ rgba: [1, 2, 3, 255] }), { filename: 'x.png', contentType: 'application/octet-stream' });

    expect([ready.status, ready.body.code]).toEqual([503, 'BLOB_STORE_UNAVAILABLE']);
    expect([refused.status, refused.body.code]).toEqual([503, 'BLOB_STORE_UNAVAILABLE']);
  });
});
