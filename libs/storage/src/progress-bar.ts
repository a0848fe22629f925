import type { VerifyProgress } from './blob-store.js';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** A byte count in decimal units, one decimal place past bytes: `512 B`, `1.2 GB`. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 999.95 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/**
 * One line of progress for a terminal: `[#######.......]  48% 12/25 blobs, 1.2 GB / 2.5 GB`.
 * The share done is counted in bytes (a large blob takes longer), in blobs when there are no bytes.
 * The percentage is rounded down, so 100 % means done.
 */
export function renderProgress(progress: VerifyProgress, width = 20): string {
  const { checked, total, bytes, totalBytes } = progress;
  const ratio = totalBytes > 0 ? bytes / totalBytes : total > 0 ? checked / total : 1;
  const done = Math.min(1, Math.max(0, ratio));
  const filled = Math.round(done * width);
  const percent = String(Math.floor(done * 100)).padStart(3);
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ` +
    `${checked}/${total} blobs, ${formatBytes(bytes)} / ${formatBytes(totalBytes)}`
  );
}
