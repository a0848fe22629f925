import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, stat, statfs, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { type Readable, Writable } from 'node:stream';
import { assertByteRange, assertSha256, isSha256 } from './blob-store.js';
import type { BlobStore, BlobStoreStatus, ByteRange, PutOptions, StoredBlob } from './blob-store.js';
import type { SweepOptions, SweepResult, VerifyProgress, VerifyResult } from './blob-store.js';
import { InspectingTransform } from './inspecting-transform.js';
import { sweepCutoff, UnreferencedBlobs, verifyBlobs } from './maintenance.js';

const TEMPORARY_DIR = 'tmp';
const TEMPORARY_SUFFIX = '.part';
const BLOB_MODE = 0o444;
const TEMPORARY_MODE = 0o600;
const SHARD = /^[0-9a-f]{2}$/;

/**
 * A temporary file is named after the process writing it: `<pid>@<host>~<run>~<random>.part`, where
 * `run` is drawn once per process. A sweep can then tell an upload cut short by a crash (a process
 * of this host that is gone, or an earlier run under the same pid, as after a container restart)
 * from one still arriving, and remove it at once instead of an hour later.
 */
const RUN = randomUUID().slice(0, 8);
const TEMPORARY_NAME = /^(\d+)@(.+)~([0-9a-f]{8})~[0-9a-f-]{36}\.part$/;

function temporaryName(): string {
  return `${process.pid}@${hostname()}~${RUN}~${randomUUID()}${TEMPORARY_SUFFIX}`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a temporary file was left by a process of this host that no longer writes it. */
export function abandonedTemporary(name: string): boolean {
  const match = TEMPORARY_NAME.exec(name);
  if (!match || match[2] !== hostname() || match[3] === RUN) return false;
  const pid = Number(match[1]);
  return pid === process.pid || !processAlive(pid);
}

/**
 * Blobs as files named by their SHA-256: `<root>/<first two hex digits>/<sha256>`, read-only once stored.
 * Uploads are written to `<root>/tmp/<owner>~<random>.part` on the same file system, then renamed into place, so a
 * blob path only ever holds complete, synced content.
 */
export class FileSystemBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async put(source: Readable, options: PutOptions): Promise<StoredBlob> {
    const inspector = new InspectingTransform(options.maxBytes);
    const temporaryDir = join(this.root, TEMPORARY_DIR);
    const temporaryPath = join(temporaryDir, temporaryName());
    let handle: FileHandle | undefined;
    try {
      await mkdir(temporaryDir, { recursive: true });
      handle = await open(temporaryPath, 'wx', TEMPORARY_MODE);
    } catch (error) {
      source.destroy(); // Otherwise an upload would hang, never read.
      throw error;
    }
    let moved = false;
    try {
      await inspector.transfer(source, new FileHandleSink(handle), options.signal);
      const stored = inspector.stored();
      await handle.chmod(BLOB_MODE);
      await handle.sync();
      await handle.close();
      handle = undefined;

      const { sha256 } = stored;
      const shardDir = join(this.root, sha256.slice(0, 2));
      const finalPath = join(shardDir, sha256);
      if (await touchIfPresent(finalPath)) {
        // Touched so that a concurrent sweep takes it for young and keeps it for the caller about to reference it.
        return { ...stored, deduplicated: true };
      }
      const createdDir = await mkdir(shardDir, { recursive: true });
      await rename(temporaryPath, finalPath);
      moved = true;
      await syncDirectory(shardDir);
      if (createdDir !== undefined) await syncDirectory(this.root);
      return { ...stored, deduplicated: false };
    } finally {
      await handle?.close().catch(() => undefined);
      if (!moved) await unlink(temporaryPath).catch(() => undefined);
    }
  }

  async size(sha256: string): Promise<number | null> {
    const path = this.blobPath(sha256);
    try {
      return (await stat(path)).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  read(sha256: string, range?: ByteRange): Readable {
    const path = this.blobPath(sha256);
    if (range === undefined) return createReadStream(path);
    assertByteRange(range);
    return createReadStream(path, { start: range.start, end: range.end });
  }

  async sweep(
    isReferenced: (sha256s: string[]) => Promise<Set<string>>,
    options: SweepOptions = {},
  ): Promise<SweepResult> {
    const cutoff = sweepCutoff(options);
    const isOld = async (path: string): Promise<boolean> => {
      try {
        return (await stat(path)).mtimeMs < cutoff;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    };

    let removedTemporary = 0;
    const temporaryDir = join(this.root, TEMPORARY_DIR);
    for (const name of await listDirectory(temporaryDir)) {
      const path = join(temporaryDir, name);
      if ((abandonedTemporary(name) || (await isOld(path))) && (await removeFile(path))) removedTemporary++;
    }

    let removedBlobs = 0;
    const unreferenced = new UnreferencedBlobs(isReferenced, async (sha256) => {
      // Checked again: a put may have found this blob and touched it while the callback ran.
      const path = this.blobPath(sha256);
      if ((await isOld(path)) && (await removeFile(path))) removedBlobs++;
    });
    for await (const { sha256, path } of this.listBlobs()) {
      if (await isOld(path)) await unreferenced.add(sha256);
    }
    await unreferenced.flush();
    return { removedTemporary, removedBlobs };
  }

  async verify(onProgress?: (progress: VerifyProgress) => void): Promise<VerifyResult> {
    const blobs: { sha256: string; size: number }[] = [];
    for await (const { sha256, path } of this.listBlobs()) {
      try {
        blobs.push({ sha256, size: (await stat(path)).size });
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    return verifyBlobs(blobs, (sha256) => this.read(sha256), isMissing, onProgress);
  }

  async status(): Promise<BlobStoreStatus> {
    // Before the first upload the directory may not exist yet: its parent's file system is the one it will use.
    const space = await statfs(this.root).catch(() => statfs(dirname(this.root)));
    return { freeBytes: Number(space.bavail) * Number(space.bsize) };
  }

  /** The path of a blob, built only from a checked id. */
  private blobPath(sha256: string): string {
    assertSha256(sha256);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Every file in a shard directory whose name is a blob id belonging to that shard. */
  private async *listBlobs(): AsyncGenerator<{ sha256: string; path: string }> {
    const shards = (await listDirectory(this.root)).filter((name) => SHARD.test(name)).sort();
    for (const shard of shards) {
      const names = await listDirectory(join(this.root, shard));
      for (const name of names.sort()) {
        if (isSha256(name) && name.startsWith(shard)) yield { sha256: name, path: join(this.root, shard, name) };
      }
    }
  }
}

/** Writes into an open file handle and leaves it open, so that it can be synced before it is closed. */
class FileHandleSink extends Writable {
  constructor(private readonly handle: FileHandle) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.writeAll(chunk).then(() => callback(), callback);
  }

  private async writeAll(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const { bytesWritten } = await this.handle.write(chunk, offset, chunk.length - offset, null);
      offset += bytesWritten;
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

async function listDirectory(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Removes a file; false if it was already gone. */
async function removeFile(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Sets the modification time of a file to now; false if there is no such file. */
async function touchIfPresent(path: string): Promise<boolean> {
  const now = new Date();
  try {
    await utimes(path, now, now);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Makes a rename or a new directory entry durable; not every file system allows it, hence best effort. */
async function syncDirectory(path: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // Best effort.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
