import { describe, expect, it } from '@jest/globals';
import { formatBytes, renderProgress } from './progress-bar.js';

describe('renderProgress', () => {
  it('draws the bar, the share done, the blob count and the bytes', () => {
    expect(renderProgress({ checked: 12, total: 25, bytes: 1.2e9, totalBytes: 2.5e9 }, 14)).toBe(
      '[#######.......]  48% 12/25 blobs, 1.2 GB / 2.5 GB',
    );
  });

  it('counts progress in bytes, so one large blob weighs more than many small ones', () => {
    expect(renderProgress({ checked: 9, total: 10, bytes: 9e3, totalBytes: 1e9 }, 10)).toBe(
      '[..........]   0% 9/10 blobs, 9.0 kB / 1.0 GB',
    );
  });

  it('only shows 100% when everything is checked', () => {
    expect(renderProgress({ checked: 999, total: 1000, bytes: 999, totalBytes: 1000 })).toContain(' 99% ');
    expect(renderProgress({ checked: 3, total: 3, bytes: 1000, totalBytes: 1000 }, 4)).toBe(
      '[####] 100% 3/3 blobs, 1.0 kB / 1.0 kB',
    );
  });

  it('shows an empty store as done', () => {
    expect(renderProgress({ checked: 0, total: 0, bytes: 0, totalBytes: 0 }, 4)).toBe(
      '[####] 100% 0/0 blobs, 0 B / 0 B',
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 kB'],
    [5 * 1024 * 1024, '5.2 MB'],
    [999_960_000, '1.0 GB'],
    [3.4e12, '3.4 TB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
