export * from './blob-store.js';
export * from './file-system-blob-store.js';
export * from './progress-bar.js';
export * from './s3-blob-store.js';
