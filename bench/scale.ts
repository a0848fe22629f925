import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Upload } from '@aws-sdk/lib-storage';
import type pg from 'pg';
import { FileSystemBlobStore, S3BlobStore, type BlobStore } from '@preuve/storage';
import { setUpAuthority, setUpMeasuredVendor, type MeasuredVendor } from './actors.js';
import { CONNECTIONS, load, merge, pagesInTurn, SECONDS, type LoadResult } from './load.js';
import { startBenchEnvironment, startSecondInstance, type BenchEnvironment } from './server-process.js';
import { writeRepeated } from './files.js';
import { startS3ServerProcess } from './s3-server.js';
import { inTransaction } from './transaction.js';

/*
 * Beyond one machine (BENCH_ONLY=scale): the S3 adapter against the file-system one, two app
 * instances against one, and the dossier list and reviewer queue as the database grows. Every
 * figure is a ratio to a baseline measured in the same run.
 */

const GROWTH_ROUNDS = 5;
const TWO_INSTANCE_ROUNDS = 4;
const MiB = 1024 * 1024;
const fmt = (value: number, digits = 2): string => value.toFixed(digits);
const verdict = (met: boolean): string => (met ? 'met' : 'missed');
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A file of `size` bytes of random data (a random mebibyte repeated), fsynced. */
function makeFile(dir: string, size: number): string {
  const path = join(dir, 'large.bin');
  const block = randomBytes(MiB);
  return writeRepeated(path, block, size);
}

/** Seconds to store `path` in `store`, then seconds to read it back whole (hashed, as a download is checked). */
async function transfer(store: BlobStore, path: string, size: number): Promise<{ put: number; read: number }> {
  let start = process.hrtime.bigint();
  const { sha256 } = await store.put(createReadStream(path, { highWaterMark: MiB }), { maxBytes: size + 1 });
  const put = Number(process.hrtime.bigint() - start) / 1e9;
  start = process.hrtime.bigint();
  const hash = createHash('sha256');
  await pipeline(
    store.read(sha256),
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done();
      },
    }),
  );
  const read = Number(process.hrtime.bigint() - start) / 1e9;
  if (hash.digest('hex') !== sha256) throw new Error('the blob read back differs from the one stored');
  return { put, read };
}

/**
 * a. The same large file up and down through the S3 adapter (s3rver on loopback, in its own process)
 * and the file-system one.
 */
export async function benchS3Transfer(): Promise<void> {
  const size = Number(process.env.BENCH_SCALE_FILE_BYTES ?? 256 * MiB);
  const dir = mkdtempSync(join(tmpdir(), 'preuve-bench-s3-'));
  const server = await startS3ServerProcess();
  const s3 = new S3BlobStore({
    endpoint: server.endpoint,
    bucket: server.bucket,
    region: server.region,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    forcePathStyle: true,
  });
  try {
    const file = makeFile(dir, size);
    const fsStore = new FileSystemBlobStore(join(dir, 'blobs'));
    const filesystem = await transfer(fsStore, file, size);
    const bucket = await transfer(s3, file, size);
    const plain = await plainUpload(s3, file);
    const rate = (seconds: number): number => size / MiB / seconds;
    console.log(`\nS3 adapter (s3rver on loopback) ÷ file-system adapter, one file of ${fmt(size / MiB, 0)} MiB`);
    console.log(
      `  file system: put ${fmt(rate(filesystem.put), 0)} MiB/s, read ${fmt(rate(filesystem.read), 0)} MiB/s (baseline)`,
    );
    console.log(`  S3:          put ${fmt(rate(bucket.put), 0)} MiB/s, read ${fmt(rate(bucket.read), 0)} MiB/s`);
    console.log(`  the SDK's own upload to the same server, neither hashed nor copied: ${fmt(rate(plain), 0)} MiB/s`);
    const up = filesystem.put / bucket.put;
    const down = filesystem.read / bucket.read;
    console.log(
      `  ratio S3 ÷ file system: upload ${fmt(up)}, download ${fmt(down)} (target ≥ 0.30: ${verdict(down >= 0.3)})`,
    );
    const overhead = plain / bucket.put;
    console.log(
      `  upload through the adapter ÷ the SDK's own upload: ${fmt(overhead)} (target ≥ 0.60: ${verdict(overhead >= 0.6)}; ` +
        'the rest is the hash and the copy to the content address)',
    );
  } finally {
    s3.client.destroy();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Seconds for the SDK alone to upload `path` (multipart, the adapter's part size and queue) to a key
 * of its own: what the server and the wire cost, the floor of an upload through the adapter. The
 * upload ratio to the file system depends on the server (s3rver rewrites the whole object, with an
 * MD5, to complete a multipart upload); this one measures the adapter.
 */
async function plainUpload(store: S3BlobStore, path: string): Promise<number> {
  const start = process.hrtime.bigint();
  await new Upload({
    client: store.client,
    params: { Bucket: store.bucket, Key: 'bench/plain-upload', Body: createReadStream(path, { highWaterMark: MiB }) },
    partSize: store.partSize,
    queueSize: store.queueSize,
  }).done();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function headers(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' };
}

/**
 * b. The dossier list through one instance, then through two at once (half the connections each).
 * Each connection asks its own page (pagesInTurn): one instance with every connection on one page
 * would answer most of them from a shared read, which two instances, each with half of them, share
 * less; the comparison would then measure that sharing rather than the database both instances use.
 */
export async function benchTwoInstances(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  const second = await startSecondInstance(environment);
  const pages = pagesInTurn((limit) => `/api/v1/dossiers?limit=${limit}`);
  const [path] = pages;
  const auth = headers(vendor.apiToken);
  const run = (label: string, url: string, seconds: number, connections: number) =>
    load(label, url, path, seconds, connections, auth, undefined, pages);
  try {
    for (const url of [environment.url, second.url]) await run('warm-up', url, 1, CONNECTIONS);
    const one: LoadResult[] = [];
    const both: number[] = [];
    for (let round = 0; round < TWO_INSTANCE_ROUNDS; round += 1) {
      one.push(await run('one instance', environment.url, SECONDS, CONNECTIONS));
      const pair = await Promise.all(
        [environment.url, second.url].map((url) => run('two instances', url, SECONDS, CONNECTIONS / 2)),
      );
      if (pair.some((result) => result.non2xx + result.errors > 0)) console.log('WARNING: some requests failed');
      both.push(pair.reduce((sum, result) => sum + result.requestsPerSecond, 0));
    }
    const single = merge(one).requestsPerSecond;
    const combined = both.reduce((sum, value) => sum + value, 0) / both.length;
    // Each round's pair against the one instance measured just before it; the median of those.
    const ratio = median(both.map((pair, round) => pair / one[round].requestsPerSecond));
    console.log(
      `\nGET /api/v1/dossiers, ${CONNECTIONS} pages in turn (limits 20 to 35), ${CONNECTIONS} connections, ${TWO_INSTANCE_ROUNDS} interleaved rounds of ${SECONDS} s`,
    );
    console.log(`  one instance: ${fmt(single, 0)} req/s; two instances together: ${fmt(combined, 0)} req/s`);
    console.log(
      `  ratio two ÷ one, median of the rounds: ${fmt(ratio)} (target ≥ 0.90, no loss from sharing one database: ${verdict(ratio >= 0.9)})`,
    );
  } finally {
    await second.stop();
  }
}

/** Vendors, each with one product, over which the growth seed spreads its dossiers. */
async function seedVendors(pool: pg.Pool, count: number): Promise<void> {
  await pool.query(
    `INSERT INTO organization (name, kind) SELECT 'Éditeur de croissance ' || i, 'vendor' FROM generate_series(1, $1) AS i`,
    [count],
  );
  await pool.query(
    `INSERT INTO product (organization_id, name, version, description)
     SELECT o.id, 'Produit ' || left(o.id::text, 8), '1.0', 'Produit de banc d''essai'
     FROM organization o WHERE o.kind = 'vendor' AND NOT EXISTS (SELECT 1 FROM product p WHERE p.organization_id = o.id)`,
  );
}

/**
 * Dossiers `from`..`to` (1-based, so a second call extends the first), all in the reviewer queue
 * (submitted, in review or under change request), one in five the measured vendor's, with one
 * submission per round (rounds 1 to 3: two on average).
 */
async function seedGrowth(pool: pg.Pool, vendor: MeasuredVendor, from: number, to: number): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query(
      `WITH products AS (
         SELECT id, organization_id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
         FROM product WHERE organization_id <> $4),
       measured AS (SELECT id, organization_id FROM product WHERE organization_id = $4 ORDER BY id LIMIT 1)
       INSERT INTO dossier (organization_id, product_id, referential_id, status, round, answers, first_submitted_at,
                            last_submitted_at, created_at, updated_at, version)
       SELECT p.organization_id, p.id, $1,
              CASE WHEN s.i % 6 = 0 THEN 'changes_requested' WHEN s.i % 3 = 0 THEN 'in_review' ELSE 'submitted' END,
              1 + s.i % 3, '{"profiles":["general"],"insApplicable":false,"directorySource":"none"}'::jsonb,
              now() - (s.i || ' minutes')::interval, now() - ((s.i % 30000) || ' minutes')::interval,
              now() - (s.i || ' minutes')::interval, now() - ((s.i % 30000) || ' minutes')::interval, 1
       FROM generate_series($2::int, $3::int) AS s(i)
       JOIN LATERAL (
         SELECT id, organization_id FROM measured WHERE s.i % 5 = 0
         UNION ALL
         SELECT id, organization_id FROM products WHERE s.i % 5 <> 0 AND n = s.i % total
       ) p ON true`,
      [vendor.referentialId, from, to, vendor.organizationId],
    );
    await client.query(
      `INSERT INTO submission (dossier_id, organization_id, round, manifest, manifest_sha256, submitted_at)
       SELECT d.id, d.organization_id, r, '{}'::jsonb, repeat('0', 64), d.first_submitted_at + (r - 1) * interval '1 day'
       FROM dossier d CROSS JOIN LATERAL generate_series(1, d.round) AS r
       WHERE d.referential_id = $1 AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.dossier_id = d.id)`,
      [vendor.referentialId],
    );
  });
  await pool.query('ANALYZE');
}

interface GrowthSide {
  label: string;
  url: string;
  vendorToken: string;
  authorityToken: string;
}

/**
 * p95 of the vendor's list and of the reviewer queue on both databases, in interleaved rounds
 * (small, large, small, large…), so that a burst of load on the machine weighs on both sides alike.
 */
async function listAndQueue(sides: GrowthSide[]): Promise<{ list: LoadResult[]; queue: LoadResult[] }[]> {
  const targets = (side: GrowthSide) => [
    { label: 'GET /dossiers first page', path: '/api/v1/dossiers?limit=20', token: side.vendorToken },
    { label: 'GET /review/queue first page', path: '/api/v1/review/queue?limit=20', token: side.authorityToken },
  ];
  for (const side of sides)
    for (const target of targets(side))
      await load('warm-up', side.url, target.path, 1, CONNECTIONS, headers(target.token));
  const rounds: LoadResult[][][] = sides.map(() => [[], []]);
  for (let round = 0; round < GROWTH_ROUNDS; round += 1)
    for (const [index, side] of sides.entries())
      for (const [which, target] of targets(side).entries())
        rounds[index][which].push(
          await load(target.label, side.url, target.path, SECONDS, CONNECTIONS, headers(target.token)),
        );
  return rounds.map(([list, queue]) => {
    for (const result of [...list, ...queue])
      if (result.non2xx + result.errors > 0) console.log(`WARNING: ${result.label}: some requests failed`);
    return { list, queue };
  });
}

/** A database holding `dossiers` queued dossiers, one in five the measured vendor's, with the authority's token. */
async function growthSide(
  environment: BenchEnvironment,
  vendor: MeasuredVendor,
  dossiers: number,
): Promise<GrowthSide> {
  const authority = await setUpAuthority(environment.url, vendor.adminToken);
  await seedVendors(environment.pool, 200);
  const start = Date.now();
  await seedGrowth(environment.pool, vendor, 1, dossiers);
  console.log(
    `growth: seeded ${dossiers} queued dossiers (${dossiers * 2} submission rounds) in ${Date.now() - start} ms`,
  );
  return {
    label: `${dossiers}`,
    url: environment.url,
    vendorToken: vendor.apiToken,
    authorityToken: authority.apiToken,
  };
}

/**
 * c. The same two reads on a database of BENCH_GROWTH_SMALL dossiers and on a second one (its own
 * Postgres and server, alike in every other way) of BENCH_GROWTH_LARGE, measured in interleaved rounds.
 */
export async function benchGrowth(environment: BenchEnvironment, vendor: MeasuredVendor): Promise<void> {
  const small = Number(process.env.BENCH_GROWTH_SMALL ?? 5_000);
  const large = Number(process.env.BENCH_GROWTH_LARGE ?? 100_000);
  console.log('');
  const smallSide = await growthSide(environment, vendor, small);
  const second = await startBenchEnvironment(environment.serverEnv);
  try {
    const largeSide = await growthSide(second, await setUpMeasuredVendor(second.url), large);
    const [before, after] = await listAndQueue([smallSide, largeSide]);
    console.log(
      `p95 at ${small} → at ${large} dossiers (two databases, ${GROWTH_ROUNDS} interleaved rounds of ${SECONDS} s; the measured vendor holds a fifth):`,
    );
    for (const key of ['list', 'queue'] as const) {
      // Each round's large p95 against the small one measured just before it, then the median of
      // those ratios: a burst of load on the machine spoils one round, not the verdict.
      const ratio = median(after[key].map((result, round) => result.p95 / before[key][round].p95));
      const [atSmall, atLarge] = [merge(before[key]), merge(after[key])];
      console.log(
        `  ${atLarge.label.padEnd(30)} ${fmt(atSmall.p95)} → ${fmt(atLarge.p95)} ms; median of the rounds' ratios ${fmt(ratio)} (target ≤ 1.20: ${verdict(ratio <= 1.2)}); ` +
          `req/s ${fmt(atSmall.requestsPerSecond, 0)} → ${fmt(atLarge.requestsPerSecond, 0)}`,
      );
    }
  } finally {
    await second.stop();
  }
}
