import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { BlobTooLargeError, HEAD_BYTES } from './blob-store.js';

/** Passes bytes through while hashing them, counting them, checking UTF-8 and keeping the first few. */
export class InspectingTransform extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private validUtf8 = true;
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
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

  sha256(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }

  /** Call once, at the end: a multi-byte sequence left incomplete makes the content invalid. */
  utf8(): boolean {
    if (!this.validUtf8) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
