import { inflateRawSync } from 'node:zlib';
import { zipDirectoryEnd, zipDirectoryRecord, zipEntryBytes } from '@preuve/domain';
import { GridRefusedError } from './grid-table.js';

/**
 * Checks an XLSX file (a ZIP) before any spreadsheet library opens it: a ZIP bomb disguised as a
 * grid must cost us a few milliseconds, not the server's memory.
 *
 * Reads the central directory, refuses more entries than a grid needs, ZIP64, encryption and
 * unknown compression methods, declared sizes over the budget and extreme ratios; then inflates
 * every entry with a hard output cap (its declared size), so an entry that lies about its size is
 * caught too. Only the budget's worth of bytes is ever produced.
 */
export interface ZipLimits {
  /** Uncompressed bytes of all entries together. */
  maxUncompressed: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio of one entry, checked for entries over 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressed: 64 * 1024 * 1024, maxEntries: 2_000, maxRatio: 200 };

function suspicious(message: string): GridRefusedError {
  return new GridRefusedError(
    'GRID_COMPRESSION_SUSPICIOUS',
    `The XLSX file was refused before it was opened: ${message}.`,
  );
}

function unreadable(message: string): GridRefusedError {
  return new GridRefusedError('GRID_UNREADABLE', `The file is not a readable XLSX workbook: ${message}.`);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function checkZip(
  buffer: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): { entries: number; uncompressed: number } {
  const end = zipDirectoryEnd(buffer);
  if (!end) throw unreadable('no ZIP central directory (a truncated or damaged file)');
  const { count } = end;
  if (count === 0xffff || end.offset === 0xffffffff) throw suspicious('it uses ZIP64, which no grid needs');
  if (count > limits.maxEntries) throw suspicious(`${count} entries, more than ${limits.maxEntries}`);

  let declaredTotal = 0;
  let actualTotal = 0;
  let offset = end.offset;
  for (let index = 0; index < count; index++) {
    const record = zipDirectoryRecord(buffer, offset);
    if (!record) throw unreadable('a damaged ZIP central directory');
    offset = record.next;
    const { flags, method, compressedSize: compressed, size: uncompressed } = record;
    const name = record.name.toString('utf8');

    if (flags & 0x1) throw suspicious(`« ${name} » is encrypted`);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      throw suspicious('it uses ZIP64, which no grid needs');
    if (method !== 0 && method !== 8) throw suspicious(`« ${name} » uses compression method ${method}`);
    declaredTotal += uncompressed;
    if (declaredTotal > limits.maxUncompressed)
      throw suspicious(`it would expand to more than ${Math.round(limits.maxUncompressed / 1024 / 1024)} MiB`);
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > limits.maxRatio)
      throw suspicious(`« ${name} » is compressed ${Math.round(uncompressed / Math.max(compressed, 1))} to 1`);

    const data = zipEntryBytes(buffer, record);
    if (data === 'damaged') throw unreadable(`a damaged ZIP entry « ${name} »`);
    if (data === 'truncated') throw unreadable(`a truncated ZIP entry « ${name} »`);
    let produced: number;
    if (method === 0) produced = compressed;
    else {
      try {
        // One byte more than declared: an entry that inflates past its declared size is a liar.
        produced = inflateRawSync(data, { maxOutputLength: Math.max(uncompressed, 1) + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw suspicious(`« ${name} » expands past the size it declares`);
        throw unreadable(`« ${name} » cannot be decompressed`);
      }
    }
    if (produced !== uncompressed) throw suspicious(`« ${name} » does not expand to the size it declares`);
    actualTotal += produced;
  }
  return { entries: count, uncompressed: actualTotal };
}
