import { inflateRawSync } from 'node:zlib';
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

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

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
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no ZIP central directory (a truncated or damaged file)');
  const count = buffer.readUInt16LE(eocd + 10);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw suspicious('it uses ZIP64, which no grid needs');
  if (count > limits.maxEntries) throw suspicious(`${count} entries, more than ${limits.maxEntries}`);

  let declaredTotal = 0;
  let actualTotal = 0;
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL)
      throw unreadable('a damaged ZIP central directory');
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const compressed = buffer.readUInt32LE(offset + 20);
    const uncompressed = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x1) throw suspicious(`« ${name} » is encrypted`);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff)
      throw suspicious('it uses ZIP64, which no grid needs');
    if (method !== 0 && method !== 8) throw suspicious(`« ${name} » uses compression method ${method}`);
    declaredTotal += uncompressed;
    if (declaredTotal > limits.maxUncompressed)
      throw suspicious(`it would expand to more than ${Math.round(limits.maxUncompressed / 1024 / 1024)} MiB`);
    if (uncompressed > 1024 * 1024 && uncompressed / Math.max(compressed, 1) > limits.maxRatio)
      throw suspicious(`« ${name} » is compressed ${Math.round(uncompressed / Math.max(compressed, 1))} to 1`);

    if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL)
      throw unreadable(`a damaged ZIP entry « ${name} »`);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    if (dataStart + compressed > buffer.length) throw unreadable(`a truncated ZIP entry « ${name} »`);
    const data = buffer.subarray(dataStart, dataStart + compressed);
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
