import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/** Writes `size` bytes to `path`, `block` repeated (the last one cut short), then fsyncs. */
export function writeRepeated(path: string, block: Buffer, size: number): string {
  const fd = openSync(path, 'w');
  for (let written = 0; written < size; written += block.length)
    writeSync(fd, block, 0, Math.min(block.length, size - written));
  fsyncSync(fd);
  closeSync(fd);
  return path;
}
