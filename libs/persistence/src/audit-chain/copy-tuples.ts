/*
 * The binary COPY format (a header, tuples, a trailer), cut into tuples from chunks of any size:
 * for each tuple, the offset and length of each field (length -1: NULL) within the buffer handed
 * to the handler. Tuples that lie whole in a chunk are read where they lie; one cut by the end of
 * a chunk is completed from the start of the next one, copying only its own bytes.
 */

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Signature, flags, length of the header extension. */
const HEADER_FIXED = 19;
/** The first bytes of a chunk taken to complete a cut tuple (more when it is larger). */
const COMPLETION_STEP = 4096;

/**
 * Handles one tuple, its fields found at `starts`/`lengths` of `row` (valid during the call only);
 * returns false to skip the tuples still to come.
 */
export type TupleHandler = (row: Buffer, starts: Int32Array, lengths: Int32Array) => boolean | void;

export class BinaryCopyTuples {
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  /** Tuples handed over. */
  rows = 0;
  /** Whether the trailer was read (the stream is complete). */
  finished = false;
  /** Whether the handler asked to skip the rest. */
  stopped = false;
  private headerSeen = false;
  /** The start of a unit (header or tuple) cut by the end of the last chunk. */
  private pending: Buffer | null = null;

  constructor(
    private readonly fieldCount: number,
    private readonly onTuple: TupleHandler,
  ) {
    this.starts = new Int32Array(fieldCount);
    this.lengths = new Int32Array(fieldCount);
  }

  /** The next chunk of the COPY stream. */
  push(chunk: Buffer): void {
    if (this.stopped) return;
    let at = 0;
    if (this.pending !== null) {
      at = this.completePending(chunk);
      if (at < 0) return;
    }
    while (at < chunk.length && !this.stopped) {
      const next = this.unit(chunk, at, chunk.length);
      if (next < 0) {
        this.pending = Buffer.from(chunk.subarray(at));
        return;
      }
      at = next;
    }
  }

  /**
   * Completes the unit the last chunk cut, with as few bytes of this one as it needs: where the
   * rest of the chunk starts, or -1 when the chunk did not complete it.
   */
  private completePending(chunk: Buffer): number {
    const pending = this.pending!;
    this.pending = null;
    let take = Math.min(chunk.length, COMPLETION_STEP);
    for (;;) {
      const joined = Buffer.concat([pending, chunk.subarray(0, take)]);
      const end = this.unit(joined, 0, joined.length);
      if (end >= 0) return end - pending.length;
      if (take === chunk.length) {
        this.pending = joined;
        return -1;
      }
      take = Math.min(chunk.length, take * 4);
    }
  }

  /** Reads the unit at `at` in buffer[at, end): the position after it, or -1 when it is not whole there. */
  private unit(buffer: Buffer, at: number, end: number): number {
    if (this.finished) throw new Error('COPY: data after the trailer');
    if (!this.headerSeen) {
      if (end - at < HEADER_FIXED) return -1;
      if (!buffer.subarray(at, at + SIGNATURE.length).equals(SIGNATURE))
        throw new Error('COPY: not a binary COPY stream');
      const next = at + HEADER_FIXED + buffer.readInt32BE(at + 15);
      if (next > end) return -1;
      this.headerSeen = true;
      return next;
    }
    if (end - at < 2) return -1;
    const count = buffer.readInt16BE(at);
    if (count === -1) {
      this.finished = true;
      return at + 2;
    }
    if (count !== this.fieldCount) throw new Error(`COPY: ${count} fields in a row, ${this.fieldCount} expected`);
    const { starts, lengths } = this;
    let position = at + 2;
    for (let field = 0; field < count; field += 1) {
      if (position + 4 > end) return -1;
      const length =
        (buffer[position] << 24) | (buffer[position + 1] << 16) | (buffer[position + 2] << 8) | buffer[position + 3];
      position += 4;
      starts[field] = position;
      lengths[field] = length;
      if (length > 0) position += length;
    }
    if (position > end) return -1;
    this.rows += 1;
    if (this.onTuple(buffer, starts, lengths) === false) this.stopped = true;
    return position;
  }
}
