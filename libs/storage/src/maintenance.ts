import { createHash } from 'node:crypto';
import type { SweepOptions, VerifyProgress, VerifyResult } from './blob-store.js';

/*
 * What both blob stores do the same way when they sweep and verify; each supplies how it lists,
 * reads and removes.
 */

const DEFAULT_OLDER_THAN_MS = 60 * 60 * 1000;
const REFERENCE_BATCH = 500;

/** The epoch milliseconds before which a file or object counts as old enough to sweep. */
export function sweepCutoff(options: SweepOptions): number {
  return (options.now ?? Date.now()) - (options.olderThanMs ?? DEFAULT_OLDER_THAN_MS);
}

/**
 * Blobs a sweep found old enough to remove, asked about in batches: `remove` is called for each
 * one nothing references (and checks again that it may go: a put may have found it meanwhile).
 */
export class UnreferencedBlobs {
  private candidates: string[] = [];

  constructor(
    private readonly isReferenced: (sha256s: string[]) => Promise<Set<string>>,
    private readonly remove: (sha256: string) => Promise<void>,
  ) {}

  async add(sha256: string): Promise<void> {
    this.candidates.push(sha256);
    if (this.candidates.length >= REFERENCE_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.candidates;
    this.candidates = [];
    if (batch.length === 0) return;
    const referenced = await this.isReferenced(batch);
    for (const sha256 of batch) {
      if (!referenced.has(sha256)) await this.remove(sha256);
    }
  }
}

/**
 * Re-hashes each blob listed, reading it with `read`; a blob whose read fails with an error
 * `isMissing` recognises was removed meanwhile and is reported missing.
 */
export async function verifyBlobs(
  blobs: { sha256: string; size: number }[],
  read: (sha256: string) => AsyncIterable<unknown>,
  isMissing: (error: unknown) => boolean,
  onProgress?: (progress: VerifyProgress) => void,
): Promise<VerifyResult> {
  const total = blobs.length;
  const totalBytes = blobs.reduce((sum, blob) => sum + blob.size, 0);
  const result: VerifyResult = { checked: 0, mismatches: [], missing: [] };
  let bytes = 0;
  onProgress?.({ checked: 0, total, bytes, totalBytes });
  for (const blob of blobs) {
    try {
      const hash = createHash('sha256');
      for await (const chunk of read(blob.sha256)) hash.update(chunk as Buffer);
      const actual = hash.digest('hex');
      if (actual !== blob.sha256) result.mismatches.push({ sha256: blob.sha256, actual });
    } catch (error) {
      if (!isMissing(error)) throw error;
      result.missing.push(blob.sha256);
    }
    result.checked++;
    bytes += blob.size;
    onProgress?.({ checked: result.checked, total, bytes, totalBytes });
  }
  return result;
}
