import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobTooLargeError, EmptyBlobError, HEAD_BYTES, type StoredBlob } from './blob-store.js';

/** Passes bytes through while hashing them, counting them, checking UTF-8 and keeping the first few. */
export class InspectingTransform extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private validUtf8 = true;
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
      throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);
    }
    super();
  }

  /**
   * Streams `source` through this inspector into `sink`. Aborting `signal` rejects with the reason
   * the caller gave (pipeline would wrap it in its own AbortError).
   */
  async transfer(source: Readable, sink: Writable, signal: AbortSignal | undefined): Promise<void> {
    try {
      await pipeline(source, this, sink, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      throw error;
    }
  }

  /** What the blob is, once the source has ended; {@link EmptyBlobError} when no byte came. */
  stored(): Omit<StoredBlob, 'deduplicated'> {
    if (this.size === 0) throw new EmptyBlobError();
    return { sha256: this.sha256(), size: this.size, head: this.head(), utf8: this.utf8() };
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!(chunk instanceof Uint8Array)) {
      callback(new TypeError('The source must produce bytes'));
      return;
    }
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) {
      callback(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    if (this.validUtf8) {
      try {
        this.decoder.decode(chunk, { stream: true });
      } catch {
        this.validUtf8 = false;
      }
    }
    if (this.headLength < HEAD_BYTES) {
      // A copy, so that the head does not keep the whole chunk it was cut from alive.
      const part = Buffer.from(chunk.subarray(0, HEAD_BYTES - this.headLength));
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    callback(null, chunk);
  }

  private sha256(): string {
    return this.hash.digest('hex');
  }

  private head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }

  /** Call once, at the end: a multi-byte sequence left incomplete makes the content invalid. */
  private utf8(): boolean {
    if (!this.validUtf8) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
