import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { FileSystemBlobStore, type BlobStore } from '@preuve/storage';

/** The injection token of the blob store (an interface: S3-compatible adapters can follow). */
export const BLOB_STORE = Symbol('BLOB_STORE');

export function blobStoreRoot(dataDir: string): string {
  return join(dataDir, 'blobs');
}

export function blobStoreProvider(dataDir: string): Provider<BlobStore> {
  return { provide: BLOB_STORE, useValue: new FileSystemBlobStore(blobStoreRoot(dataDir)) };
}

/** The upload limit, as a provider. */
export class UploadSettings {
  constructor(readonly maxUploadBytes: number) {}
}
