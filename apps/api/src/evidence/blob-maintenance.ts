import type { DataSource } from 'typeorm';
import { EvidenceRepository } from '@preuve/persistence';
import type { SweepResult, VerifyProgress, VerifyResult } from '@preuve/storage';
import { type BlobStoreConfig, withBlobStore } from './blob-store.provider.js';

/**
 * Removes temporary files (S3: temporary objects and abandoned multipart uploads) and blobs older than
 * an hour that no evidence row references.
 */
export async function sweepBlobs(dataSource: DataSource, config: BlobStoreConfig): Promise<SweepResult> {
  const evidence = new EvidenceRepository();
  return withBlobStore(config, (store) =>
    store.sweep((hashes) => evidence.referencedHashes(dataSource.manager, hashes)),
  );
}

/** Re-hashes every blob, telling `onProgress` how far it is (the command line draws a bar). */
export async function verifyBlobs(
  config: BlobStoreConfig,
  onProgress: (progress: VerifyProgress) => void,
): Promise<VerifyResult> {
  return withBlobStore(config, (store) => store.verify(onProgress));
}
