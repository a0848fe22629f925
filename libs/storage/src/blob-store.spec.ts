import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { S3TestServer } from '../testing/s3-test-server.js';
import { type BlobStore, BlobTooLargeError, EmptyBlobError, HEAD_BYTES, InvalidBlobIdError } from './blob-store.js';
import { FileSystemBlobStore } from './file-system-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

const MB = 1024 * 1024;

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under `dir`, relative paths, sorted: what a user would find on disk. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Bytes 0, 1, …, 250, 0, 1, … starting at `offset`: deterministic, distinct from one position to the next. */
function patternBytes(offset: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (offset + i) % 251;
  return bytes;
}

/**
 * A source of `total` bytes produced on demand, chunk by chunk, like an upload arriving from the network.
 * `produced` tells how far it was read; `afterChunk` runs after each chunk is handed over.
 */
function generatedSource(total: number, chunkSize: number, afterChunk?: (index: number) => void) {
  const state = { produced: 0, chunks: 0 };
  const hash = createHash('sha256');
  const stream = new Readable({
    read() {
      if (state.produced >= total) {
        this.push(null);
        return;
      }
      const chunk = patternBytes(state.produced, Math.min(chunkSize, total - state.produced));
      hash.update(chunk);
      state.produced += chunk.length;
      this.push(chunk);
      afterChunk?.(state.chunks++);
    },
  });
  return { stream, state, digest: () => hash.digest('hex') };
}

/** What a contract test needs beyond the port: to look inside the store and to age or alter what it holds. */
interface Harness {
  store: BlobStore;
  /** Everything the store holds, sorted: blob ids, then `tmp:<name>` for temporary leftovers. */
  contents(): Promise<string[]>;
  /** Sets a blob's last modification time (a sweep's notion of age). */
  setModified(sha256: string, when: Date): Promise<void>;
  /** Leaves a temporary file or object behind, as an interrupted upload would, modified at `when`. */
  leaveTemporary(name: string, when: Date): Promise<void>;
  /** Is that temporary leftover still there? */
  hasTemporary(name: string): Promise<boolean>;
  /** Stores `content` as a blob directly, as an earlier put would have left it, modified at `when`; returns its id. */
  seed(content: Buffer, when: Date): Promise<string>;
  /** Replaces a blob's bytes behind the store's back (a disk or bucket gone wrong). */
  tamper(sha256: string, content: Buffer): Promise<void>;
  close(): Promise<void>;
}

async function fileSystemHarness(): Promise<Harness> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preuve-storage-'));
  const store = new FileSystemBlobStore(root);
  const blobPath = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return Promise.resolve({
    store,
    contents: () =>
      Promise.resolve(
        filesUnder(root).map((file) =>
          file.startsWith(`tmp${path.sep}`) ? `tmp:${path.basename(file)}` : path.basename(file),
        ),
      ),
    setModified: (sha256, when) => Promise.resolve(fs.utimesSync(blobPath(sha256), when, when)),
    leaveTemporary: (name, when) => {
      const file = path.join(root, 'tmp', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'half an upload');
      fs.utimesSync(file, when, when);
      return Promise.resolve();
    },
    hasTemporary: (name) => Promise.resolve(fs.existsSync(path.join(root, 'tmp', name))),
    seed: async (content, when) => {
      const { sha256 } = await store.put(Readable.from([content]), { maxBytes: MB });
      fs.utimesSync(blobPath(sha256), when, when);
      return sha256;
    },
    tamper: (sha256, content) => {
      fs.chmodSync(blobPath(sha256), 0o644);
      fs.writeFileSync(blobPath(sha256), content);
      return Promise.resolve();
    },
    close: () => Promise.resolve(fs.rmSync(root, { recursive: true, force: true })),
  });
}

let s3Server: S3TestServer | undefined;
let s3Buckets = 0;

async function s3Harness(): Promise<Harness> {
  const server = s3Server!;
  // A fresh bucket per test: what one test leaves does not leak into the next.
  const bucket = `contract-${++s3Buckets}`;
  const store = new S3BlobStore({
    endpoint: server.endpoint,
    bucket,
    region: server.region,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    forcePathStyle: true,
  });
  await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
  const keys = async (prefix: string): Promise<string[]> => {
    const page = await store.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    return (page.Contents ?? []).map((object) => object.Key!);
  };
  const objectFile = (key: string) => path.join(server.directory, bucket, `${key}._S3rver_object`);
  return {
    store,
    contents: async () =>
      [
        ...(await keys('blobs/')).map((key) => key.slice('blobs/'.length)),
        ...(await keys('tmp/')).map((key) => `tmp:${key.slice('tmp/'.length)}`),
      ].sort(),
    setModified: (sha256, when) => Promise.resolve(fs.utimesSync(objectFile(`blobs/${sha256}`), when, when)),
    leaveTemporary: async (name, when) => {
      await store.client.send(new PutObjectCommand({ Bucket: bucket, Key: `tmp/${name}`, Body: 'half an upload' }));
      fs.utimesSync(objectFile(`tmp/${name}`), when, when);
    },
    hasTemporary: async (name) => (await keys(`tmp/${name}`)).length > 0,
    seed: async (content, when) => {
      const sha256 = sha256Of(content);
      await store.client.send(new PutObjectCommand({ Bucket: bucket, Key: `blobs/${sha256}`, Body: content }));
      fs.utimesSync(objectFile(`blobs/${sha256}`), when, when);
      return sha256;
    },
    tamper: async (sha256, content) => {
      await store.client.send(new PutObjectCommand({ Bucket: bucket, Key: `blobs/${sha256}`, Body: content }));
    },
    close: () => Promise.resolve(store.destroy()),
  };
}

beforeAll(async () => {
  s3Server = await S3TestServer.start();
}, 120_000);

afterAll(async () => {
  await s3Server?.stop();
}, 60_000);

describe.each([
  ['FileSystemBlobStore', fileSystemHarness],
  ['S3BlobStore (s3rver)', s3Harness],
])('%s', (_name, makeHarness) => {
  let harness: Harness;
  let store: BlobStore;

  beforeEach(async () => {
    harness = await makeHarness();
    store = harness.store;
  });

  afterEach(async () => {
    await harness.close();
  });

  describe('put and read', () => {
    it('stores content under its SHA-256 and gives it back unchanged', async () => {
      const content = patternBytes(7, 10_000);

      const stored = await store.put(Readable.from([content]), { maxBytes: MB });

      expect(stored.sha256).toBe(sha256Of(content));
      expect(stored.size).toBe(10_000);
      expect(stored.head.equals(content.subarray(0, HEAD_BYTES))).toBe(true);
      expect(stored.deduplicated).toBe(false);
      expect(await store.size(stored.sha256)).toBe(10_000);
      expect((await buffer(store.read(stored.sha256))).equals(content)).toBe(true);
      expect(await harness.contents()).toEqual([stored.sha256]);
    });

    it('keeps the whole content as head when it is shorter than the head', async () => {
      const stored = await store.put(Readable.from([Buffer.from('%PDF-1.7\n')]), { maxBytes: MB });

      expect(stored.head.toString()).toBe('%PDF-1.7\n');
    });

    it('stores identical content once and says so', async () => {
      const content = Buffer.from('même capture, envoyée deux fois');

      const first = await store.put(Readable.from([content]), { maxBytes: MB });
      const second = await store.put(Readable.from([content.subarray(0, 5), content.subarray(5)]), { maxBytes: MB });

      expect(first.deduplicated).toBe(false);
      expect(second.deduplicated).toBe(true);
      expect(second.sha256).toBe(first.sha256);
      expect(await harness.contents()).toEqual([first.sha256]);
    });

    it('streams a 5 MB source, keeping only the head in memory', async () => {
      const source = generatedSource(5 * MB, 64 * 1024);

      const stored = await store.put(source.stream, { maxBytes: 10 * MB });

      expect(stored.size).toBe(5 * MB);
      expect(stored.sha256).toBe(source.digest());
      expect(stored.head.length).toBe(HEAD_BYTES);
      expect(stored.head.equals(patternBytes(0, HEAD_BYTES))).toBe(true);
      expect(await store.size(stored.sha256)).toBe(5 * MB);
    });

    it('reads exactly the bytes of a range, both ends included', async () => {
      const content = patternBytes(0, 100_000);
      const { sha256 } = await store.put(Readable.from([content]), { maxBytes: MB });

      const part = await buffer(store.read(sha256, { start: 70_000, end: 70_009 }));

      expect(part.equals(content.subarray(70_000, 70_010))).toBe(true);
      expect((await buffer(store.read(sha256, { start: 99_999, end: 99_999 }))).equals(content.subarray(99_999))).toBe(
        true,
      );
    });

    it('refuses a reversed range', async () => {
      const { sha256 } = await store.put(Readable.from([Buffer.from('0123456789')]), { maxBytes: MB });

      expect(() => store.read(sha256, { start: 5, end: 4 })).toThrow(RangeError);
    });

    it('answers null for the size of an unknown blob, and a read of it fails', async () => {
      const unknown = sha256Of(Buffer.from('never stored'));

      expect(await store.size(unknown)).toBeNull();
      await expect(buffer(store.read(unknown))).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it.each([
      ['../../../etc/passwd'],
      [`../${'a'.repeat(61)}`],
      ['A'.repeat(64)],
      ['a'.repeat(63)],
      [`${'a'.repeat(64)}\n`],
      [''],
    ])('refuses %j as a blob id before touching the disk', async (id) => {
      expect(() => store.read(id)).toThrow(InvalidBlobIdError);
      await expect(store.size(id)).rejects.toThrow(InvalidBlobIdError);
    });
  });

  describe('failed uploads leave nothing behind', () => {
    it('stops reading as soon as the limit is passed', async () => {
      const source = generatedSource(10 * MB, 64 * 1024);

      await expect(store.put(source.stream, { maxBytes: MB })).rejects.toEqual(new BlobTooLargeError(MB));

      expect(source.stream.destroyed).toBe(true);
      expect(source.state.produced).toBeLessThan(2 * MB);
      expect(await harness.contents()).toEqual([]);
    });

    it('accepts content of exactly the limit', async () => {
      const stored = await store.put(Readable.from([patternBytes(0, 1000)]), { maxBytes: 1000 });

      expect(stored.size).toBe(1000);
    });

    it('refuses empty content', async () => {
      await expect(store.put(Readable.from([]), { maxBytes: MB })).rejects.toThrow(EmptyBlobError);

      expect(await harness.contents()).toEqual([]);
    });

    it('rejects with the error of a source that fails mid-way', async () => {
      const failure = new Error('connection reset by vendor');
      function* failing() {
        yield patternBytes(0, 64 * 1024);
        yield patternBytes(1, 64 * 1024);
        throw failure;
      }

      await expect(store.put(Readable.from(failing()), { maxBytes: MB })).rejects.toBe(failure);

      expect(await harness.contents()).toEqual([]);
    });

    it('rejects with the reason of an abort mid-way', async () => {
      const controller = new AbortController();
      const reason = new Error('upload cancelled');
      const source = generatedSource(10 * MB, 64 * 1024, (index) => {
        if (index === 3) controller.abort(reason);
      });

      await expect(store.put(source.stream, { maxBytes: 20 * MB, signal: controller.signal })).rejects.toBe(reason);

      expect(source.state.produced).toBeLessThan(10 * MB);
      expect(await harness.contents()).toEqual([]);
    });

    it('does not start when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('too late'));

      await expect(
        store.put(Readable.from([Buffer.from('x')]), { maxBytes: MB, signal: controller.signal }),
      ).rejects.toThrow('too late');

      expect(await harness.contents()).toEqual([]);
    });
  });

  describe('UTF-8 detection', () => {
    it('recognises French text, even with a character split across two chunks', async () => {
      const text = Buffer.from('Procès-verbal de conformité — Ségur numérique, étape 2 ✓ 🇫🇷');
      const split = text.indexOf(Buffer.from('è')) + 1; // between the two bytes of « è »
      const flagSplit = text.length - 3; // inside the last 4-byte code point

      const stored = await store.put(
        Readable.from([text.subarray(0, split), text.subarray(split, flagSplit), text.subarray(flagSplit)]),
        { maxBytes: MB },
      );

      expect(stored.utf8).toBe(true);
    });

    it('rejects bytes that are not UTF-8', async () => {
      const stored = await store.put(Readable.from([Buffer.from('caf'), Buffer.from([0xe9, 0x20, 0x31])]), {
        maxBytes: MB,
      });

      expect(stored.utf8).toBe(false);
    });

    it('rejects content that ends in the middle of a character', async () => {
      const truncated = Buffer.from('donné').subarray(0, -1); // the first byte of « é » alone

      const stored = await store.put(Readable.from([truncated]), { maxBytes: MB });

      expect(stored.utf8).toBe(false);
    });

    it('calls a binary recording not UTF-8', async () => {
      const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.from([0xff, 0xd8])]);

      expect((await store.put(Readable.from([mp4]), { maxBytes: MB })).utf8).toBe(false);
    });
  });

  describe('sweep', () => {
    const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
    const HOUR = 60 * 60 * 1000;

    async function putText(text: string, modifiedAt: number): Promise<string> {
      const { sha256 } = await store.put(Readable.from([Buffer.from(text)]), { maxBytes: MB });
      await harness.setModified(sha256, new Date(modifiedAt));
      return sha256;
    }

    async function leftoverTemporary(name: string, modifiedAt: number): Promise<string> {
      await harness.leaveTemporary(name, new Date(modifiedAt));
      return name;
    }

    it('removes old unreferenced blobs and old temporary files, keeps referenced and young ones', async () => {
      const referenced = await putText('referenced by a proof', NOW - 3 * HOUR);
      const orphan = await putText('nothing points here', NOW - 2 * HOUR);
      const young = await putText('uploaded a minute ago, not yet referenced', NOW - 60_000);
      const oldPart = await leftoverTemporary('old.part', NOW - 2 * HOUR);
      const youngPart = await leftoverTemporary('young.part', NOW - 60_000);
      const asked: string[][] = [];

      const result = await store.sweep(
        (ids) => {
          asked.push(ids);
          return Promise.resolve(new Set(ids.filter((id) => id === referenced)));
        },
        { now: NOW },
      );

      expect(result).toEqual({ removedTemporary: 1, removedBlobs: 1 });
      expect(await store.size(orphan)).toBeNull();
      expect(await store.size(referenced)).not.toBeNull();
      expect(await store.size(young)).not.toBeNull();
      expect(await harness.hasTemporary(oldPart)).toBe(false);
      expect(await harness.hasTemporary(youngPart)).toBe(true);
      expect(asked.flat().sort()).toEqual([referenced, orphan].sort());
    });

    it('honours a shorter age threshold', async () => {
      const orphan = await putText('ten minutes old', NOW - 10 * 60_000);

      const keep = await store.sweep(() => Promise.resolve(new Set<string>()), { now: NOW });
      const remove = await store.sweep(() => Promise.resolve(new Set<string>()), { now: NOW, olderThanMs: 5 * 60_000 });

      expect(keep.removedBlobs).toBe(0);
      expect(remove.removedBlobs).toBe(1);
      expect(await store.size(orphan)).toBeNull();
    });

    it('asks about references at most 500 at a time', async () => {
      const ids: string[] = [];
      for (let start = 0; start < 501; start += 25) {
        const group = Array.from({ length: Math.min(25, 501 - start) }, (_, i) => `blob ${start + i}`);
        const seeded = group.map((text) => harness.seed(Buffer.from(text), new Date(NOW - 2 * HOUR)));
        ids.push(...(await Promise.all(seeded)));
      }
      const batchSizes: number[] = [];

      const result = await store.sweep(
        (batch) => {
          batchSizes.push(batch.length);
          return Promise.resolve(new Set(batch));
        },
        { now: NOW },
      );

      expect(batchSizes.sort((a, b) => b - a)).toEqual([500, 1]);
      expect(result.removedBlobs).toBe(0);
    });

    it('keeps a blob re-uploaded after it became old: the new upload is about to reference it', async () => {
      const sha256 = await putText('uploaded long ago, orphaned, then sent again', Date.now() - 2 * HOUR);

      const again = await store.put(Readable.from([Buffer.from('uploaded long ago, orphaned, then sent again')]), {
        maxBytes: MB,
      });
      const result = await store.sweep(() => Promise.resolve(new Set<string>()));

      expect(again.deduplicated).toBe(true);
      expect(result.removedBlobs).toBe(0);
      expect(await store.size(sha256)).not.toBeNull();
    });
  });

  describe('verify', () => {
    it('finds a blob altered on disk and reports progress up to the total', async () => {
      const contents = ['first proof', 'second proof, a bit longer', 'third'].map((text) => Buffer.from(text));
      const ids: string[] = [];
      for (const content of contents) ids.push((await store.put(Readable.from([content]), { maxBytes: MB })).sha256);
      const tampered = ids[1];
      await harness.tamper(tampered, Buffer.from('second proof, a bit longeR'));
      const progress: { checked: number; total: number; bytes: number; totalBytes: number }[] = [];

      const result = await store.verify((step) => progress.push(step));

      expect(result.checked).toBe(3);
      expect(result.missing).toEqual([]);
      expect(result.mismatches).toEqual([
        { sha256: tampered, actual: sha256Of(Buffer.from('second proof, a bit longeR')) },
      ]);
      const totalBytes = contents.reduce((sum, content) => sum + content.length, 0);
      expect(progress.at(-1)).toEqual({ checked: 3, total: 3, bytes: totalBytes, totalBytes });
      expect(progress.map((step) => step.checked)).toEqual([0, 1, 2, 3]);
    });

    it('finds nothing wrong in an untouched store', async () => {
      await store.put(Readable.from([patternBytes(0, 300_000)]), { maxBytes: MB });

      expect(await store.verify()).toEqual({ checked: 1, mismatches: [], missing: [] });
    });
  });
});

describe('FileSystemBlobStore on disk', () => {
  it('makes stored blobs read-only and reports the free space of its file system', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preuve-storage-'));
    try {
      const store = new FileSystemBlobStore(root);
      const stored = await store.put(Readable.from([Buffer.from('evidence')]), { maxBytes: MB });

      const mode = fs.statSync(path.join(root, stored.sha256.slice(0, 2), stored.sha256)).mode & 0o777;
      expect(mode).toBe(0o444);
      expect((await store.status()).freeBytes).toBeGreaterThan(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('FileSystemBlobStore temporary files', () => {
  let root: string;
  let store: FileSystemBlobStore;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'preuve-storage-'));
    store = new FileSystemBlobStore(root);
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function leftover(name: string, modifiedAt: number): string {
    const file = path.join(root, 'tmp', name);
    fs.writeFileSync(file, 'half an upload');
    fs.utimesSync(file, new Date(modifiedAt), new Date(modifiedAt));
    return file;
  }

  it('removes at once, young or not, the temporary files of a process of this host that is gone', async () => {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
    const host = os.hostname();
    const part = (pid: number, run: string): string => `${pid}@${host}~${run}~${randomUUID()}.part`;
    // A pid no process has (beyond the kernel's limit), one that is alive (this one) under another
    // run (an earlier life of the same pid, as after a container restart), another host's, and this
    // process's own upload in progress, found by writing one.
    const dead = leftover(part(4_194_999, 'aaaaaaaa'), Date.now() - 60_000);
    const earlierRun = leftover(part(process.pid, 'bbbbbbbb'), Date.now() - 60_000);
    const otherHost = leftover(`1@elsewhere.example~cccccccc~${randomUUID()}.part`, Date.now() - 60_000);
    const source = new PassThrough();
    source.write(Buffer.from('still arriving'));
    const reading = once(source, 'resume'); // the store reads once its temporary file is open
    const writing = store.put(source, { maxBytes: MB });
    await reading;
    const tmp = path.join(root, 'tmp');
    const ours = fs.readdirSync(tmp).filter((name) => !earlierRun.endsWith(name) && name.startsWith(`${process.pid}@`));

    const result = await store.sweep(() => Promise.resolve(new Set<string>()), { now: Date.now() });
    const left = fs.readdirSync(tmp);
    source.end();
    await writing;

    expect(result.removedTemporary).toBe(2);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(earlierRun)).toBe(false);
    expect(fs.existsSync(otherHost)).toBe(true);
    expect(ours).toHaveLength(1);
    expect(left).toContain(ours[0]);
  });
});

describe('S3BlobStore specifics (s3rver)', () => {
  let store: S3BlobStore;
  let bucket: string;

  beforeEach(async () => {
    bucket = `specifics-${++s3Buckets}`;
    store = new S3BlobStore(
      {
        endpoint: s3Server!.endpoint,
        bucket,
        region: s3Server!.region,
        credentials: { accessKeyId: s3Server!.accessKeyId, secretAccessKey: s3Server!.secretAccessKey },
        forcePathStyle: true,
      },
      { partSize: 5 * MB, queueSize: 1 },
    );
    await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
  });

  afterEach(() => store.destroy());

  it('sends a large upload in parts and reads back ranges that straddle them', async () => {
    const source = generatedSource(12 * MB + 123, 64 * 1024);

    const stored = await store.put(source.stream, { maxBytes: 20 * MB });

    expect(stored.sha256).toBe(source.digest());
    expect(await store.size(stored.sha256)).toBe(12 * MB + 123);
    const straddle = await buffer(store.read(stored.sha256, { start: 5 * MB - 10, end: 5 * MB + 9 }));
    expect(straddle.equals(patternBytes(5 * MB - 10, 20))).toBe(true);
    const all = await buffer(store.read(stored.sha256));
    expect(sha256Of(all)).toBe(stored.sha256);
    expect(await s3Server!.pendingUploads(bucket)).toEqual([]);
  });

  it('aborts multipart uploads abandoned more than an hour ago, keeps recent ones', async () => {
    const begin = async (key: string) =>
      (await store.client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }))).UploadId!;
    const stale = await begin('tmp/died-mid-upload');
    const recent = await begin('tmp/still-uploading');
    await s3Server!.setInitiated(stale, new Date(Date.now() - 2 * 60 * 60 * 1000), bucket);

    const result = await store.sweep(() => Promise.resolve(new Set<string>()));

    expect(result).toEqual({ removedTemporary: 1, removedBlobs: 0 });
    const pending = await s3Server!.pendingUploads(bucket);
    expect(pending).toContain(recent);
    expect(pending).not.toContain(stale);
  });

  it('fails its status when the bucket does not exist, answers without a capacity otherwise', async () => {
    expect(await store.status()).toEqual({ freeBytes: null });
    const elsewhere = new S3BlobStore({
      endpoint: s3Server!.endpoint,
      bucket: 'no-such-bucket',
      region: s3Server!.region,
      credentials: { accessKeyId: s3Server!.accessKeyId, secretAccessKey: s3Server!.secretAccessKey },
      forcePathStyle: true,
    });
    try {
      await expect(elsewhere.status()).rejects.toBeDefined();
    } finally {
      elsewhere.destroy();
    }
  });
});
