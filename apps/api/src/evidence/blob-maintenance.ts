import type { DataSource } from 'typeorm';
import { EvidenceRepository } from '@preuve/persistence';
import { FileSystemBlobStore, renderProgress, type SweepResult, type VerifyResult } from '@preuve/storage';
import { blobStoreRoot } from './blob-store.provider.js';

/** Removes temporary files and blobs older than an hour that no evidence row references. */
export async function sweepBlobs(dataSource: DataSource, dataDir: string): Promise<SweepResult> {
  const evidence = new EvidenceRepository();
  return new FileSystemBlobStore(blobStoreRoot(dataDir)).sweep((hashes) =>
    evidence.referencedHashes(dataSource.manager, hashes),
  );
}

/** Re-hashes every blob, drawing a progress bar on `write` (a TTY line, redrawn in place). */
export async function verifyBlobs(dataDir: string, write: (text: string) => void): Promise<VerifyResult> {
  const store = new FileSystemBlobStore(blobStoreRoot(dataDir));
  const result = await store.verify((progress) => write(`\r${renderProgress(progress)}`));
  write('\n');
  return result;
}
