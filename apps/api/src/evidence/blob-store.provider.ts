import { join } from 'node:path';
import type { Provider } from '@nestjs/common';
import { FileSystemBlobStore, S3BlobStore, type BlobStore } from '@preuve/storage';
import type { AppConfig } from '../config.js';

/** The injection token of the blob store (an interface: the filesystem and S3-compatible adapters fill it). */
export const BLOB_STORE = Symbol('BLOB_STORE');

/** What choosing and opening the blob store needs from the configuration. */
export type BlobStoreConfig = Pick<AppConfig, 'dataDir' | 'blobStore' | 's3'>;

export function blobStoreRoot(dataDir: string): string {
  return join(dataDir, 'blobs');
}

/** The configured adapter: files under DATA_DIR/blobs, or a bucket of an S3-compatible store (BLOB_STORE=s3). */
export function createBlobStore(config: BlobStoreConfig): BlobStore & { destroy?: () => void } {
  if (config.blobStore === 'fs' || config.s3 === undefined)
    return new FileSystemBlobStore(blobStoreRoot(config.dataDir));
  const { endpoint, bucket, region, accessKeyId, secretAccessKey, forcePathStyle } = config.s3;
  return new S3BlobStore({
    endpoint,
    bucket,
    region,
    forcePathStyle,
    credentials:
      accessKeyId !== undefined && secretAccessKey !== undefined ? { accessKeyId, secretAccessKey } : undefined,
  });
}

/** Runs `work` with the configured store, then lets go of its connections. */
export async function withBlobStore<T>(config: BlobStoreConfig, work: (store: BlobStore) => Promise<T>): Promise<T> {
  const store = createBlobStore(config);
  try {
    return await work(store);
  } finally {
    store.destroy?.();
  }
}

/** The store as a provider; its connections close with the application. */
export function blobStoreProvider(config: BlobStoreConfig): Provider<BlobStore> {
  return {
    provide: BLOB_STORE,
    useFactory: () => {
      const store = createBlobStore(config);
      return Object.assign(store, { onApplicationShutdown: () => store.destroy?.() });
    },
  };
}

/** The upload limit, as a provider. */
export class UploadSettings {
  constructor(readonly maxUploadBytes: number) {}
}
