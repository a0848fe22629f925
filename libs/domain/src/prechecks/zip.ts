/**
 * Just enough of a ZIP reader for the pre-checks: the central directory, then each entry stored
 * or deflated. Bounded (entries, bytes per entry, bytes in all) so that a ZIP bomb costs nothing,
 * and total: a damaged archive gives what could be read and says what could not.
 */
import { inflateRawSync } from 'node:zlib';

export const ZIP_LIMITS = {
  maxEntries: 2_000,
  /** Bytes of one entry once inflated; a larger entry is listed but not read. */
  maxEntryBytes: 16 * 1024 * 1024,
  /** Bytes of all entries read, inflated. */
  maxTotalBytes: 64 * 1024 * 1024,
} as const;

export interface ZipEntry {
  /** The path inside the archive, `/`-separated, as written. */
  name: string;
  size: number;
  /** The content, when it could be read within the limits. */
  data?: Buffer;
  /** Why the content is missing: `too_large`, `encrypted`, `unsupported_method`, `damaged`. */
  problem?: 'too_large' | 'encrypted' | 'unsupported_method' | 'damaged';
}

export interface ZipContents {
  /** False when no central directory was found: not a ZIP, or cut short. */
  readable: boolean;
  entries: ZipEntry[];
  /** More entries than ZIP_LIMITS.maxEntries: only the first ones are listed. */
  capped: boolean;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export function readZip(buffer: Buffer): ZipContents {
  const end = findEndOfCentralDirectory(buffer);
  if (end < 0) return { readable: false, entries: [], capped: false };
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (entries.length >= ZIP_LIMITS.maxEntries) return { readable: true, entries, capped: true };
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_HEADER) break;
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer
      .subarray(offset + 46, offset + 46 + nameLength)
      .toString(flags & 0x800 ? 'utf8' : 'latin1')
      .replace(/\\/g, '/');
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder
    const entry: ZipEntry = { name, size };
    if (flags & 0x1) entry.problem = 'encrypted';
    else if (method !== 0 && method !== 8) entry.problem = 'unsupported_method';
    else if (size > ZIP_LIMITS.maxEntryBytes || total + size > ZIP_LIMITS.maxTotalBytes) entry.problem = 'too_large';
    else {
      const data = entryData(buffer, localOffset, method, compressedSize, size);
      if (data === undefined) entry.problem = 'damaged';
      else {
        entry.data = data;
        total += data.length;
      }
    }
    entries.push(entry);
  }
  return { readable: true, entries, capped: false };
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65 535 bytes.
  const lowest = Math.max(0, buffer.length - 22 - 65_535);
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}

function entryData(
  buffer: Buffer,
  localOffset: number,
  method: number,
  compressedSize: number,
  size: number,
): Buffer | undefined {
  if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) return undefined;
  const start = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
  if (start + compressedSize > buffer.length) return undefined;
  const raw = buffer.subarray(start, start + compressedSize);
  if (method === 0) return raw.length === size ? Buffer.from(raw) : undefined;
  try {
    const data = inflateRawSync(raw, { maxOutputLength: ZIP_LIMITS.maxEntryBytes });
    return data.length === size ? data : undefined;
  } catch {
    return undefined;
  }
}
