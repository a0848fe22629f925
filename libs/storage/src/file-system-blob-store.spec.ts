import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { BlobTooLargeError, EmptyBlobError, HEAD_BYTES, InvalidBlobIdError } from './blob-store.js';
import { FileSystemBlobStore } from './file-system-blob-store.js';

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

describe('FileSystemBlobStore', () => {
  let root: string;
  let store: FileSystemBlobStore;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'preuve-storage-'));
    store = new FileSystemBlobStore(root);
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
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
      expect(filesUnder(root)).toEqual([path.join(stored.sha256.slice(0, 2), stored.sha256)]);
    });

    it('keeps the whole content as head when it is shorter than the head', async () => {
      const stored = await store.put(Readable.from([Buffer.from('%PDF-1.7\n')]), { maxBytes: MB });

      expect(stored.head.toString()).toBe('%PDF-1.7\n');
    });

    it('makes stored blobs read-only', async () => {
      const stored = await store.put(Readable.from([Buffer.from('evidence')]), { maxBytes: MB });

      const mode = fs.statSync(path.join(root, stored.sha256.slice(0, 2), stored.sha256)).mode & 0o777;
      expect(mode).toBe(0o444);
    });

    it('stores identical content once and says so', async () => {
      const content = Buffer.from('même capture, envoyée deux fois');

      const first = await store.put(Readable.from([content]), { maxBytes: MB });
      const second = await store.put(Readable.from([content.subarray(0, 5), content.subarray(5)]), { maxBytes: MB });

      expect(first.deduplicated).toBe(false);
      expect(second.deduplicated).toBe(true);
      expect(second.sha256).toBe(first.sha256);
      expect(filesUnder(root)).toEqual([path.join(first.sha256.slice(0, 2), first.sha256)]);
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
      expect(filesUnder(root)).toEqual([]);
    });

    it('accepts content of exactly the limit', async () => {
      const stored = await store.put(Readable.from([patternBytes(0, 1000)]), { maxBytes: 1000 });

      expect(stored.size).toBe(1000);
    });

    it('refuses empty content', async () => {
      await expect(store.put(Readable.from([]), { maxBytes: MB })).rejects.toThrow(EmptyBlobError);

      expect(filesUnder(root)).toEqual([]);
    });

    it('rejects with the error of a source that fails mid-way', async () => {
      const failure = new Error('connection reset by vendor');
      function* failing() {
        yield patternBytes(0, 64 * 1024);
        yield patternBytes(1, 64 * 1024);
        throw failure;
      }

      await expect(store.put(Readable.from(failing()), { maxBytes: MB })).rejects.toBe(failure);

      expect(filesUnder(root)).toEqual([]);
    });

    it('rejects with the reason of an abort mid-way', async () => {
      const controller = new AbortController();
      const reason = new Error('upload cancelled');
      const source = generatedSource(10 * MB, 64 * 1024, (index) => {
        if (index === 3) controller.abort(reason);
      });

      await expect(store.put(source.stream, { maxBytes: 20 * MB, signal: controller.signal })).rejects.toBe(reason);

      expect(source.state.produced).toBeLessThan(10 * MB);
      expect(filesUnder(root)).toEqual([]);
    });

    it('does not start when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('too late'));

      await expect(
        store.put(Readable.from([Buffer.from('x')]), { maxBytes: MB, signal: controller.signal }),
      ).rejects.toThrow('too late');

      expect(filesUnder(root)).toEqual([]);
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
      const time = new Date(modifiedAt);
      fs.utimesSync(path.join(root, sha256.slice(0, 2), sha256), time, time);
      return sha256;
    }

    function leftoverTemporary(name: string, modifiedAt: number): string {
      const file = path.join(root, 'tmp', name);
      fs.writeFileSync(file, 'half an upload');
      const time = new Date(modifiedAt);
      fs.utimesSync(file, time, time);
      return file;
    }

    it('removes old unreferenced blobs and old temporary files, keeps referenced and young ones', async () => {
      const referenced = await putText('referenced by a proof', NOW - 3 * HOUR);
      const orphan = await putText('nothing points here', NOW - 2 * HOUR);
      const young = await putText('uploaded a minute ago, not yet referenced', NOW - 60_000);
      const oldPart = leftoverTemporary('old.part', NOW - 2 * HOUR);
      const youngPart = leftoverTemporary('young.part', NOW - 60_000);
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
      expect(fs.existsSync(oldPart)).toBe(false);
      expect(fs.existsSync(youngPart)).toBe(true);
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
      for (let i = 0; i < 501; i++) ids.push(await putText(`blob ${i}`, NOW - 2 * HOUR));
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
      const file = path.join(root, tampered.slice(0, 2), tampered);
      fs.chmodSync(file, 0o644);
      fs.writeFileSync(file, 'second proof, a bit longeR');
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
