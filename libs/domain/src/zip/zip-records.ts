/**
 * The records of a ZIP file, read straight from its bytes: the end of the central directory, the
 * central directory's entries, and where each entry's (compressed) data lies. No inflating and
 * no limits: the readers built on it (the pre-checks' reader, the grid import's guard) decide
 * what to refuse and how much to inflate.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The end of the central directory: how many entries it lists, and where it starts. */
export interface ZipDirectoryEnd {
  count: number;
  offset: number;
}

/** One entry of the central directory, as declared there. */
export interface ZipDirectoryRecord {
  /** Bit 0: encrypted; bit 11: the name is UTF-8. */
  flags: number;
  /** 0: stored; 8: deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header is. */
  localOffset: number;
  /** The name's bytes. */
  name: Buffer;
  /** Where the next record of the central directory starts. */
  next: number;
}

/** The end of the central directory, or null when there is none: not a ZIP, or cut short. */
export function zipDirectoryEnd(buffer: Buffer): ZipDirectoryEnd | null {
  // The record is 22 bytes, followed by a comment of at most 65 535 bytes.
  const lowest = Math.max(0, buffer.length - 22 - 65_535);
  for (let end = buffer.length - 22; end >= lowest; end--) {
    if (buffer.readUInt32LE(end) === END_OF_CENTRAL_DIRECTORY)
      return { count: buffer.readUInt16LE(end + 10), offset: buffer.readUInt32LE(end + 16) };
  }
  return null;
}

/** The central directory record at `offset`, or null when there is none there (a damaged directory). */
export function zipDirectoryRecord(buffer: Buffer, offset: number): ZipDirectoryRecord | null {
  if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_HEADER) return null;
  const nameLength = buffer.readUInt16LE(offset + 28);
  const extraLength = buffer.readUInt16LE(offset + 30);
  const commentLength = buffer.readUInt16LE(offset + 32);
  return {
    flags: buffer.readUInt16LE(offset + 8),
    method: buffer.readUInt16LE(offset + 10),
    compressedSize: buffer.readUInt32LE(offset + 20),
    size: buffer.readUInt32LE(offset + 24),
    localOffset: buffer.readUInt32LE(offset + 42),
    name: buffer.subarray(offset + 46, offset + 46 + nameLength),
    next: offset + 46 + nameLength + extraLength + commentLength,
  };
}

/**
 * The entry's data as stored (compressed or not), found through its local header; `damaged`
 * when there is no local header where the record says, `truncated` when the data runs past the end.
 */
export function zipEntryBytes(buffer: Buffer, record: ZipDirectoryRecord): Buffer | 'damaged' | 'truncated' {
  const local = record.localOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL_HEADER) return 'damaged';
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  if (start + record.compressedSize > buffer.length) return 'truncated';
  return buffer.subarray(start, start + record.compressedSize);
}
