import type { Readable } from 'node:stream';

/** How many leading bytes a stored blob keeps in memory: enough for `file-type` to sniff the content. */
export const HEAD_BYTES = 4100;

/** A blob once written: what the caller needs to record it, without ever reading it back. */
export interface StoredBlob {
  /** SHA-256 of the content, lower-case hex: also the blob's id. */
  sha256: string;
  size: number;
  /** The first {@link HEAD_BYTES} bytes (or fewer), for content sniffing. */
  head: Buffer;
  /** The whole content is valid UTF-8 (checked while streaming). */
  utf8: boolean;
  /** The same content was already stored: nothing new was written. */
  deduplicated: boolean;
}

/** The source carried more than `maxBytes`: reading stopped there and nothing was kept. */
export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The content exceeds the limit of ${limit} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

/** The source carried no byte at all: an empty file is no evidence. */
export class EmptyBlobError extends Error {
  constructor() {
    super('The content is empty');
    this.name = 'EmptyBlobError';
  }
}

/** A blob id that is not 64 lower-case hex digits: refused before any path is built from it. */
export class InvalidBlobIdError extends Error {
  constructor(readonly id: string) {
    super(`Not a blob id (64 lower-case hex digits): ${JSON.stringify(id.slice(0, 80))}`);
    this.name = 'InvalidBlobIdError';
  }
}

/** A read of a blob that is not there; `code` is `ENOENT` whichever adapter answers. */
export class BlobNotFoundError extends Error {
  readonly code = 'ENOENT';
  constructor(readonly sha256: string) {
    super(`No blob ${sha256}`);
    this.name = 'BlobNotFoundError';
  }
}

/** The store could not be reached or refused a request: the service is unavailable, the input is not at fault. */
export class BlobStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The blob store failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'BlobStoreUnavailableError';
  }
}

/** What readiness needs to know of the store. */
export interface BlobStoreStatus {
  /** Free bytes where blobs are written; null where the store has no fixed capacity (an object store). */
  freeBytes: number | null;
}

/** Byte range, both ends inclusive, as in an HTTP `Range` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutOptions {
  /** Reading stops, and the put fails with {@link BlobTooLargeError}, as soon as more bytes than this arrive. */
  maxBytes: number;
  /** Aborting stops reading, removes what was written, and rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface SweepOptions {
  /** Only temporary files and blobs last modified longer ago than this are removed; default one hour. */
  olderThanMs?: number;
  /** The current time in epoch milliseconds; default `Date.now()`. */
  now?: number;
}

export interface SweepResult {
  removedTemporary: number;
  removedBlobs: number;
}

export interface VerifyProgress {
  checked: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export interface VerifyResult {
  checked: number;
  /** Blobs whose content no longer hashes to their id. */
  mismatches: { sha256: string; actual: string }[];
  /** Blobs listed at the start that were gone when their turn came. */
  missing: string[];
}

/** Content-addressed storage of large files, streamed in and out: the port an S3-compatible adapter can also fill. */
export interface BlobStore {
  put(source: Readable, options: PutOptions): Promise<StoredBlob>;
  /** The stored size in bytes, or null if there is no such blob. */
  size(sha256: string): Promise<number | null>;
  /** The content, or the bytes of `range`; the stream errors if there is no such blob. */
  read(sha256: string, range?: ByteRange): Readable;
  /**
   * Removes temporary files left by interrupted uploads and blobs nothing references. `isReferenced` is asked
   * about ids in batches and returns those still in use. Young files are kept, except the temporary files
   * of a process of this host that has died (a crash mid-upload): those nobody will ever finish.
   */
  sweep(isReferenced: (sha256s: string[]) => Promise<Set<string>>, options?: SweepOptions): Promise<SweepResult>;
  /** Re-hashes every blob and reports those whose content no longer matches their id. */
  verify(onProgress?: (progress: VerifyProgress) => void): Promise<VerifyResult>;
  /** Rejects when the store cannot be reached; otherwise says how much room is left. */
  status(): Promise<BlobStoreStatus>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** Throws {@link InvalidBlobIdError} unless `value` is 64 lower-case hex digits. */
export function assertSha256(value: string): void {
  if (typeof value !== 'string' || !SHA256_HEX.test(value)) throw new InvalidBlobIdError(String(value));
}

/** Throws a RangeError unless `range` has whole, non-negative ends in order. */
export function assertByteRange({ start, end }: ByteRange): void {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid byte range ${start}-${end}`);
  }
}
