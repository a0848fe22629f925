/**
 * Just enough of a ZIP reader for the pre-checks: the central directory, then each entry stored
 * or deflated. Bounded (entries, bytes per entry, bytes in all) so that a ZIP bomb costs nothing,
 * and total: a damaged archive gives what could be read and says what could not.
 */
import { inflateRawSync } from 'node:zlib';
import { zipDirectoryEnd, zipDirectoryRecord, zipEntryBytes, type ZipDirectoryRecord } from '../zip/zip-records.js';

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

export function readZip(buffer: Buffer): ZipContents {
  const end = zipDirectoryEnd(buffer);
  if (!end) return { readable: false, entries: [], capped: false };
  let offset = end.offset;
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < end.count; i++) {
    if (entries.length >= ZIP_LIMITS.maxEntries) return { readable: true, entries, capped: true };
    const record = zipDirectoryRecord(buffer, offset);
    if (!record) break;
    offset = record.next;
    const name = record.name.toString(record.flags & 0x800 ? 'utf8' : 'latin1').replace(/\\/g, '/');
    if (name.endsWith('/')) continue; // a folder
    const { flags, method, size } = record;
    const entry: ZipEntry = { name, size };
    if (flags & 0x1) entry.problem = 'encrypted';
    else if (method !== 0 && method !== 8) entry.problem = 'unsupported_method';
    else if (size > ZIP_LIMITS.maxEntryBytes || total + size > ZIP_LIMITS.maxTotalBytes) entry.problem = 'too_large';
    else {
      const data = entryData(buffer, record);
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

function entryData(buffer: Buffer, record: ZipDirectoryRecord): Buffer | undefined {
  const raw = zipEntryBytes(buffer, record);
  if (typeof raw === 'string') return undefined;
  if (record.method === 0) return raw.length === record.size ? Buffer.from(raw) : undefined;
  try {
    const data = inflateRawSync(raw, { maxOutputLength: ZIP_LIMITS.maxEntryBytes });
    return data.length === record.size ? data : undefined;
  } catch {
    return undefined;
  }
}
