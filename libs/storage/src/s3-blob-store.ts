import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { assertByteRange, assertSha256, BlobNotFoundError, BlobStoreUnavailableError, isSha256 } from './blob-store.js';
import type { BlobStore, BlobStoreStatus, ByteRange, PutOptions, StoredBlob } from './blob-store.js';
import type { SweepOptions, SweepResult, VerifyProgress, VerifyResult } from './blob-store.js';
import { InspectingTransform } from './inspecting-transform.js';
import { sweepCutoff, UnreferencedBlobs, verifyBlobs } from './maintenance.js';

/** Where an S3-compatible store is and how to sign in to it. */
export interface S3Settings {
  /** Unset: AWS itself, found from the region. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Unset: the SDK's own chain (environment, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** `bucket` in the path rather than the host name: what MinIO and most self-hosted servers want. */
  forcePathStyle: boolean;
}

export interface S3TransferOptions {
  /** Bytes per multipart part (at least 5 MiB, S3's minimum); memory holds at most `partSize × queueSize`. */
  partSize?: number;
  /** Parts sent at once. */
  queueSize?: number;
}

/** The largest object a single CopyObject moves: larger uploads are refused by configuration. */
export const S3_MAX_COPY_BYTES = 5 * 1024 ** 3;

const BLOB_PREFIX = 'blobs/';
const TEMPORARY_PREFIX = 'tmp/';
/** An empty object written when an upload finds its blob already there: the sweep keeps that blob. */
const TOUCH_PREFIX = 'touched/';
const MiB = 1024 * 1024;

/**
 * Blobs as objects named by their SHA-256 (`blobs/<sha256>`) in one bucket of an S3-compatible store.
 * An upload streams to `tmp/<random>` (multipart, a few parts in memory at most) while it is hashed;
 * once the hash is known the object is copied, inside the store, to its content address, and the
 * temporary object removed. A blob key therefore only ever holds complete content.
 */
export class S3BlobStore implements BlobStore {
  readonly client: S3Client;
  readonly bucket: string;
  readonly partSize: number;
  readonly queueSize: number;

  constructor(settings: S3Settings, transfer: S3TransferOptions = {}) {
    this.bucket = settings.bucket;
    this.partSize = Math.max(transfer.partSize ?? 8 * MiB, 5 * MiB);
    this.queueSize = Math.max(transfer.queueSize ?? 2, 1);
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      credentials: settings.credentials,
      forcePathStyle: settings.forcePathStyle,
      // Checksums only where S3 requires them: several S3-compatible servers refuse the newer trailing ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(source: Readable, options: PutOptions): Promise<StoredBlob> {
    const inspector = new InspectingTransform(options.maxBytes);
    if (options.signal?.aborted) {
      source.destroy();
      throw options.signal.reason;
    }
    const temporaryKey = `${TEMPORARY_PREFIX}${randomUUID()}`;
    const body = new PassThrough();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: temporaryKey, Body: body },
      partSize: this.partSize,
      queueSize: this.queueSize,
    });
    const uploaded = upload.done().catch((error: unknown) => {
      throw new BlobStoreUnavailableError(error);
    });
    // The store failing stops the reading too (the pipeline below then rejects with its error).
    uploaded.catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
    try {
      try {
        await inspector.transfer(source, body, options.signal);
      } catch (error) {
        void upload.abort();
        throw error;
      }
      await uploaded;
      const stored = inspector.stored();
      const { sha256 } = stored;
      const key = this.blobKey(sha256);
      try {
        if ((await this.headSize(key)) !== null) {
          // Marked so that a concurrent sweep keeps it for the caller about to reference it.
          await this.client.send(
            new PutObjectCommand({
              Bucket: this.bucket,
              Key: `${TOUCH_PREFIX}${sha256}`,
              Body: new Uint8Array(0),
              ContentLength: 0,
            }),
          );
          return { ...stored, deduplicated: true };
        }
        await this.client.send(
          new CopyObjectCommand({ Bucket: this.bucket, Key: key, CopySource: `${this.bucket}/${temporaryKey}` }),
        );
      } catch (error) {
        throw new BlobStoreUnavailableError(error);
      }
      return { ...stored, deduplicated: false };
    } finally {
      uploaded.catch(() => undefined);
      await this.client
        .send(new DeleteObjectCommand({ Bucket: this.bucket, Key: temporaryKey }))
        .catch(() => undefined); // left behind, the sweep removes it
    }
  }

  async size(sha256: string): Promise<number | null> {
    const key = this.blobKey(sha256);
    return this.headSize(key).catch((error: unknown) => {
      throw new BlobStoreUnavailableError(error);
    });
  }

  read(sha256: string, range?: ByteRange): Readable {
    const key = this.blobKey(sha256);
    if (range !== undefined) assertByteRange(range);
    const out = new PassThrough();
    const abort = new AbortController();
    // The reader went away (or is done): stop the request rather than download for nobody.
    out.once('close', () => abort.abort());
    this.client
      .send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range === undefined ? undefined : `bytes=${range.start}-${range.end}`,
        }),
        { abortSignal: abort.signal },
      )
      .then((response) => pipeline(response.Body as Readable, out))
      .catch((error: unknown) => {
        if (out.destroyed) return;
        out.destroy(isNotFound(error) ? new BlobNotFoundError(sha256) : new BlobStoreUnavailableError(error));
      });
    return out;
  }

  async sweep(
    isReferenced: (sha256s: string[]) => Promise<Set<string>>,
    options: SweepOptions = {},
  ): Promise<SweepResult> {
    const cutoff = sweepCutoff(options);

    let removedTemporary = 0;
    for await (const object of this.list(TEMPORARY_PREFIX)) {
      if (object.modified < cutoff && (await this.deleteKey(object.key))) removedTemporary++;
    }
    removedTemporary += await this.abortStaleMultipartUploads(cutoff);

    const touched = new Set<string>();
    for await (const object of this.list(TOUCH_PREFIX)) {
      const sha256 = object.key.slice(TOUCH_PREFIX.length);
      if (object.modified >= cutoff) touched.add(sha256);
      else await this.deleteKey(object.key);
    }

    let removedBlobs = 0;
    const unreferenced = new UnreferencedBlobs(isReferenced, async (sha256) => {
      if (touched.has(sha256)) return;
      // Asked again: an upload may have found this blob and marked it while the callback ran.
      if (await this.touchedSince(sha256, cutoff)) return;
      if (await this.deleteKey(this.blobKey(sha256))) removedBlobs++;
    });
    for await (const object of this.list(BLOB_PREFIX)) {
      const sha256 = object.key.slice(BLOB_PREFIX.length);
      if (isSha256(sha256) && object.modified < cutoff) await unreferenced.add(sha256);
    }
    await unreferenced.flush();
    return { removedTemporary, removedBlobs };
  }

  async verify(onProgress?: (progress: VerifyProgress) => void): Promise<VerifyResult> {
    const blobs: { sha256: string; size: number }[] = [];
    for await (const object of this.list(BLOB_PREFIX)) {
      const sha256 = object.key.slice(BLOB_PREFIX.length);
      if (isSha256(sha256)) blobs.push({ sha256, size: object.size });
    }
    const isMissing = (error: unknown): boolean => error instanceof BlobNotFoundError;
    return verifyBlobs(blobs, (sha256) => this.read(sha256), isMissing, onProgress);
  }

  async status(): Promise<BlobStoreStatus> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      throw new BlobStoreUnavailableError(error);
    }
    return { freeBytes: null };
  }

  /** Closes the client's connections. */
  destroy(): void {
    this.client.destroy();
  }

  /** The key of a blob, built only from a checked id. */
  private blobKey(sha256: string): string {
    assertSha256(sha256);
    return `${BLOB_PREFIX}${sha256}`;
  }

  private async headSize(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return head.ContentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async touchedSince(sha256: string, cutoff: number): Promise<boolean> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: `${TOUCH_PREFIX}${sha256}` }),
      );
      return (head.LastModified?.getTime() ?? 0) >= cutoff;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Removes an object; false if it was not there. */
  private async deleteKey(key: string): Promise<boolean> {
    if ((await this.headSize(key)) === null) return false;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    return true;
  }

  /**
   * Multipart uploads under `tmp/` begun before `cutoff` and never completed (a process that died mid-upload)
   * hold parts the store keeps, invisibly, until they are aborted. A server that cannot list them is left as is.
   */
  private async abortStaleMultipartUploads(cutoff: number): Promise<number> {
    let aborted = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      let page;
      try {
        page = await this.client.send(
          new ListMultipartUploadsCommand({
            Bucket: this.bucket,
            Prefix: TEMPORARY_PREFIX,
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker,
          }),
        );
      } catch (error) {
        if (isNotImplemented(error)) return aborted;
        throw error;
      }
      for (const upload of page.Uploads ?? []) {
        if (!upload.Key || !upload.UploadId || (upload.Initiated?.getTime() ?? Infinity) >= cutoff) continue;
        await this.client.send(
          new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: upload.Key, UploadId: upload.UploadId }),
        );
        aborted++;
      }
      if (!page.IsTruncated) return aborted;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  }

  /** Every object under `prefix`, page by page. */
  private async *list(prefix: string): AsyncGenerator<{ key: string; size: number; modified: number }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key === undefined) continue;
        yield { key: object.Key, size: object.Size ?? 0, modified: object.LastModified?.getTime() ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404;
}

function isNotImplemented(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'NotImplemented' || statusOf(error) === 501;
}
