import { isUtf8 } from 'node:buffer';
import { hash } from 'node:crypto';
import type { ClientBase, Connection, Submittable } from 'pg';
import { canonicalPlainJson } from '@preuve/domain';
import type { AuditChainBreak, AuditChainBreakReason, AuditChainVerification } from './audit-chain.js';
import { HASH_SLOT_BYTES, type HashWorker } from './audit-chain-hasher.js';

/*
 * How verifyAuditChain reads and hashes a large log quickly: the rows come as a binary COPY (no
 * row objects, no Date or JSON parsing for the usual event) and each event's canonical content
 * (auditEventContent) is written byte by byte, from the row's bytes, into a reused buffer (or a
 * hash worker's slot) and hashed from there. What this fast path cannot render exactly as
 * auditEventContent would (text that is not valid UTF-8, a jsonb text it does not expect, a date
 * far from now...) goes the generic way, for that field only. audit-chain-copy.spec.ts and
 * test/audit-chain-verify.e2e-spec.ts hold it to that: the same bytes as auditEventContent of
 * the row the driver would give, hence the same hash and the same verdict.
 */

/**
 * The columns read, in the order the row decoder expects them. The last one is occurred_at as
 * text, only when the binary value is outside the range the decoder renders itself (1800–2199:
 * exact in a double, four-digit years): as the generic reading renders it, `to_char` with
 * milliseconds, or microseconds when there are some (and 'null' where to_char gives NULL).
 */
export const AUDIT_CHAIN_COLUMNS = `seq, occurred_at, action, actor_user_id, actor_token_id, organization_id, target_type,
  target_id, data, ip, user_agent, prev_hash, hash,
  CASE WHEN occurred_at >= '1800-01-01T00:00:00Z' AND occurred_at < '2200-01-01T00:00:00Z' THEN NULL
    ELSE coalesce(to_char(occurred_at AT TIME ZONE 'UTC', CASE WHEN date_trunc('milliseconds', occurred_at) = occurred_at
      THEN 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"' ELSE 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"' END), 'null') END`;

/** The number of columns in AUDIT_CHAIN_COLUMNS. */
export const AUDIT_CHAIN_FIELD_COUNT = 14;
const SEQ = 0;
const OCCURRED_AT = 1;
const ACTION = 2;
const ACTOR_USER_ID = 3;
const ACTOR_TOKEN_ID = 4;
const ORGANIZATION_ID = 5;
const TARGET_TYPE = 6;
const TARGET_ID = 7;
const DATA = 8;
const IP = 9;
const USER_AGENT = 10;
const PREV_HASH = 11;
const HASH = 12;
const OCCURRED_AT_TEXT = 13;

/** One batch of rows after `after` (a seq), at most `limit`, as a binary COPY. */
export function auditChainCopySql(after: string, limit: number): string {
  if (!/^-?\d{1,19}$/.test(after) || !Number.isSafeInteger(limit) || limit < 1)
    throw new RangeError(`audit chain batch: bad bounds ${after}, ${limit}`);
  return `COPY (SELECT ${AUDIT_CHAIN_COLUMNS} FROM audit_event WHERE seq > ${after} ORDER BY seq LIMIT ${limit}) TO STDOUT (FORMAT binary)`;
}

const BINARY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** Protocol message codes read while the COPY runs: CopyData, CopyOutResponse, CopyDone. */
const COPY_DATA = 0x64;
const COPY_OUT_RESPONSE = 0x48;
const COPY_DONE = 0x63;

/**
 * `COPY ... TO STDOUT (FORMAT binary)` on a pg client, each row handed to `onRow` as it arrives
 * (the backend sends one row per CopyData message), with the offset and length of each field in
 * `starts`/`lengths` (length -1: NULL) within the buffer given. The bytes are only valid during
 * the call. Resolves with the number of rows. Once `onRow` throws, the remaining rows are skipped
 * and the promise rejects with that error when the statement is over (the connection stays usable).
 *
 * While the rows flow, it reads the connection's socket itself (as pg-copy-streams does): the
 * CopyData frames are cut out of each chunk where they lie, with no object per row. At the first
 * other message (the end of the COPY, an error, a notice) it hands the socket back to pg's
 * parser, from that message on; rows pg's parser reads come through handleCopyData.
 */
export class BinaryCopyOut implements Submittable {
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly done: Promise<number>;
  rows = 0;
  private headerSeen = false;
  private failure: unknown = null;
  private settled = false;
  private resolve!: (rows: number) => void;
  private reject!: (error: unknown) => void;
  /** pg's own reader of the socket, while this one reads it. */
  private socket: Connection['stream'] | null = null;
  private pgReader: ((chunk: Buffer) => void) | null = null;
  private readonly reader = (chunk: Buffer): void => this.read(chunk);
  /** The start of a message cut by the end of a chunk. */
  private pending: Buffer | null = null;

  constructor(
    private readonly text: string,
    private readonly fieldCount: number,
    private readonly onRow: (row: Buffer, copy: BinaryCopyOut) => void,
  ) {
    this.starts = new Int32Array(fieldCount);
    this.lengths = new Int32Array(fieldCount);
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  /** Runs it on `client`; resolves with the number of rows. */
  static run(
    client: ClientBase,
    text: string,
    fieldCount: number,
    onRow: (row: Buffer, copy: BinaryCopyOut) => void,
  ): Promise<number> {
    return client.query(new BinaryCopyOut(text, fieldCount, onRow)).done;
  }

  submit(connection: Connection): void {
    const socket = connection.stream;
    const readers = socket.listeners('data');
    if (readers.length === 1) {
      this.socket = socket;
      this.pgReader = readers[0] as (chunk: Buffer) => void;
      socket.removeListener('data', this.pgReader);
      socket.on('data', this.reader);
    }
    connection.query(this.text);
  }

  /** Skips the rows still to come (the statement runs to its end). */
  stop(): void {
    this.failure ??= STOPPED;
  }

  /** Whether stop() was called. */
  get stopped(): boolean {
    return this.failure === STOPPED;
  }

  /** A chunk of the socket: the CopyData frames in it, up to the first other message. */
  private read(chunk: Buffer): void {
    let at = this.pending === null ? 0 : this.completePending(chunk);
    if (at < 0) return;
    while (at + 5 <= chunk.length) {
      const code = chunk[at];
      if (code !== COPY_DATA && code !== COPY_OUT_RESPONSE && code !== COPY_DONE) {
        this.giveBack(chunk.subarray(at));
        return;
      }
      const end = at + 1 + chunk.readUInt32BE(at + 1);
      if (end > chunk.length) break;
      if (code === COPY_DATA) this.tuple(chunk, at + 5, end);
      at = end;
    }
    if (at < chunk.length) this.pending = Buffer.from(chunk.subarray(at));
  }

  /**
   * Completes the message the last chunk cut with the start of this one: where the rest of the
   * chunk starts, or -1 when there is nothing more to read here (still incomplete, or given back).
   */
  private completePending(chunk: Buffer): number {
    let message = this.pending!;
    this.pending = null;
    let used = 0;
    if (message.length < 5) {
      used = Math.min(5 - message.length, chunk.length);
      message = Buffer.concat([message, chunk.subarray(0, used)]);
      if (message.length < 5) {
        this.pending = message;
        return -1;
      }
    }
    const code = message[0];
    if (code !== COPY_DATA && code !== COPY_OUT_RESPONSE && code !== COPY_DONE) {
      this.giveBack(Buffer.concat([message, chunk.subarray(used)]));
      return -1;
    }
    const total = 1 + message.readUInt32BE(1);
    const taken = Math.min(total - message.length, chunk.length - used);
    message = Buffer.concat([message, chunk.subarray(used, used + taken)]);
    used += taken;
    if (message.length < total) {
      this.pending = message;
      return -1;
    }
    if (code === COPY_DATA) this.tuple(message, 5, total);
    return used;
  }

  /** pg's parser reads the socket again, from `rest` on. */
  private giveBack(rest: Buffer): void {
    const socket = this.socket!;
    const pgReader = this.pgReader!;
    socket.removeListener('data', this.reader);
    socket.on('data', pgReader);
    this.socket = null;
    this.pgReader = null;
    pgReader(rest);
  }

  /** A row that pg's parser read. */
  handleCopyData(message: { chunk: Buffer }): void {
    this.tuple(message.chunk, 0, message.chunk.length);
  }

  /** One CopyData payload, in buffer[start, end). */
  private tuple(buffer: Buffer, start: number, end: number): void {
    if (this.failure !== null) return;
    try {
      let at = start;
      if (!this.headerSeen) {
        if (end - start < 19 || !buffer.subarray(start, start + 11).equals(BINARY_SIGNATURE))
          throw new Error('COPY: not a binary COPY stream');
        at = start + 19 + buffer.readInt32BE(start + 15);
        this.headerSeen = true;
        if (at === end) return;
      }
      const count = buffer.readInt16BE(at);
      at += 2;
      if (count === -1) return; // the trailer
      if (count !== this.fieldCount) throw new Error(`COPY: ${count} fields in a row, ${this.fieldCount} expected`);
      const { starts, lengths } = this;
      for (let field = 0; field < count; field += 1) {
        if (at + 4 > end) throw new Error('COPY: a row ends within its fields');
        const length = (buffer[at] << 24) | (buffer[at + 1] << 16) | (buffer[at + 2] << 8) | buffer[at + 3];
        at += 4;
        starts[field] = at;
        lengths[field] = length;
        if (length > 0) at += length;
      }
      if (at !== end) throw new Error('COPY: a row does not end where its fields do');
      this.rows += 1;
      this.onRow(buffer, this);
    } catch (error) {
      this.failure = error;
    }
  }

  handleCommandComplete(): void {}

  handleReadyForQuery(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.failure === null || this.failure === STOPPED) this.resolve(this.rows);
    else this.reject(this.failure);
  }

  handleError(error: Error): void {
    // The connection failed (or the statement did): pg's parser reads the socket again, if it can.
    if (this.socket !== null) this.giveBack(Buffer.alloc(0));
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  handleCopyInResponse(connection: Connection): void {
    this.failure ??= new Error('COPY: the server asked for data');
    (connection as unknown as { sendCopyFail(message: string): void }).sendCopyFail('COPY TO expected');
  }

  handleRowDescription(): void {
    this.failure ??= new Error('COPY: rows came as a query result');
  }

  handleDataRow(): void {}

  handleEmptyQuery(): void {}

  handlePortalSuspended(): void {}
}

const STOPPED = Symbol('stopped');

/** Text written as is: 32-bit words (little-endian, as DataView reads them) and the last bytes. */
interface Constant {
  words: Uint32Array;
  tail: Uint8Array;
}

function constant(text: string): Constant {
  const bytes = Buffer.from(text, 'latin1');
  const whole = bytes.length >> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    words: Uint32Array.from({ length: whole }, (_, index) => view.getUint32(index * 4, true)),
    tail: Uint8Array.from(bytes.subarray(whole * 4)),
  };
}

const KEY_ACTION = constant('{"action":');
const KEY_ACTOR_TOKEN_ID = constant(',"actorTokenId":');
const KEY_ACTOR_USER_ID = constant(',"actorUserId":');
const KEY_DATA = constant(',"data":');
const KEY_IP = constant(',"ip":');
const KEY_OCCURRED_AT = constant(',"occurredAt":');
const KEY_ORGANIZATION_ID = constant(',"organizationId":');
const KEY_PREV_HASH = constant(',"prevHash":');
const KEY_SEQ = constant(',"seq":');
const KEY_TARGET_ID = constant(',"targetId":');
const KEY_TARGET_TYPE = constant(',"targetType":');
const KEY_USER_AGENT = constant(',"userAgent":');
const NULL = constant('null');
const QUOTED_NULL = constant('"null"');
const TRUE = constant('true');
const FALSE = constant('false');

/** Each byte's two lower-case hex digits, as one little-endian 16-bit word. */
const HEX_PAIRS = Uint16Array.from({ length: 256 }, (_, byte) => {
  const digits = byte.toString(16).padStart(2, '0');
  return digits.charCodeAt(0) | (digits.charCodeAt(1) << 8);
});

/** Thrown by reserve() when a content outgrows a worker's slot: the row is then hashed here. */
const DOES_NOT_FIT = new Error('the content does not fit in the slot');

/** Room enough for a row's content: every field escaped at worst (6 bytes for 1), and the keys. */
function contentBound(lengths: Int32Array): number {
  let bytes = 1024;
  for (let field = 0; field < AUDIT_CHAIN_FIELD_COUNT; field += 1) if (lengths[field] > 0) bytes += lengths[field];
  return bytes * 6;
}

/** µs from the Unix epoch to Postgres's (2000-01-01). */
const POSTGRES_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;
/** Values nested deeper go the generic way. */
const MAX_DEPTH = 64;
/** A hash as stored: 64 hex digits. */
const HASH_LENGTH = 64;

const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isLowerHex = (byte: number): boolean => isDigit(byte) || (byte >= 0x61 && byte <= 0x66);

/**
 * Whether none of the four bytes of `word` is special in a JSON string: a control character, `"`,
 * `\` or a byte ≥ 0x80 (SWAR: one test for four bytes, the usual has-zero-byte arithmetic).
 */
function plainWord(word: number): boolean {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  const special =
    ((word - 0x20202020) & ~word) | ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash);
  return ((special | word) & 0x80808080) === 0;
}

/**
 * Verifies events in seq order from binary COPY rows (AUDIT_CHAIN_COLUMNS): for each, the link
 * to the one before, then the hash of its canonical content, exactly as the generic path
 * (auditEventContent over the driver's row) would. Stops at the first broken link.
 *
 * The content is written into one reused buffer, four bytes at a time where it can (plain ASCII
 * runs are copied as 32-bit words), then hashed from there.
 */
export class AuditChainRowVerifier {
  /** Rows read so far, and the seq of the last one (decimal text). */
  read = 0;
  lastSeq: string | null = null;
  /** The first broken link found here (the worker's hashes are not known before finish()). */
  private broken: { index: number; link: AuditChainBreak } | null = null;

  /** The previous hash as 16 little-endian words, compared with each prev_hash. */
  private readonly previousWords = new Uint32Array(HASH_LENGTH / 4);
  /** The row being read, and a DataView on its memory (kept while rows share it). */
  private row: Buffer = Buffer.alloc(0);
  private rowMemory: ArrayBufferLike | null = null;
  private rowView: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private rowBase = 0;
  /** This thread's content buffer, grown as needed. */
  private own = Buffer.allocUnsafe(64 * 1024);
  private ownView = new DataView(this.own.buffer, this.own.byteOffset, this.own.length);
  /** Where the content is being written (its own buffer or a worker's slot), and how far it may go. */
  private out: Buffer = this.own;
  private outView: DataView<ArrayBufferLike> = this.ownView;
  private at = 0;
  private limit = 0;
  /** For the jsonb reader: where it is in the row, the end of the value, whether it saw bytes ≥ 0x80. */
  private position = 0;
  private end = 0;
  private nonAscii = false;
  /** Whether the string just read had an escape (a key to decode before it is compared). */
  private escaped = false;
  private depth = 0;
  /** Object members being sorted: key start, key end, output start, output end, key needs decoding. */
  private members = new Int32Array(5 * 64);
  private memberCount = 0;
  /** occurred_at: the ISO text of the minute last seen ('YYYY-MM-DDTHH:MM:'), and its start (Unix ms). */
  private readonly minute = new Uint8Array(17);
  private minuteStart = Number.NaN;

  /**
   * `previous`: the hash the first row must carry as prev_hash; `hasher`: the worker that hashes
   * the contents (null: each is hashed here, as it comes).
   */
  constructor(
    previous: string,
    private readonly hasher: HashWorker | null = null,
  ) {
    if (!/^[0-9a-f]{64}$/.test(previous)) throw new RangeError('audit chain: the first prev_hash is 64 hex digits');
    const bytes = Buffer.from(previous, 'latin1');
    for (let index = 0; index < HASH_LENGTH / 4; index += 1) this.previousWords[index] = bytes.readUInt32LE(index * 4);
  }

  /**
   * Checks one row (fields as BinaryCopyOut found them): its link now, its hash now or on the
   * worker. False once the walk can stop (a broken link found, here or by the worker).
   */
  verify(row: Buffer, starts: Int32Array, lengths: Int32Array): boolean {
    this.bind(row);
    const seq = this.seqText(starts[SEQ], lengths[SEQ]);
    const index = this.read;
    this.read += 1;
    this.lastSeq = seq;
    const prevStart = starts[PREV_HASH];
    const prevLength = lengths[PREV_HASH];
    if (prevLength < 0) return this.fail(index, seq, 'missing_hash', this.previousHash(), null);
    if (!this.isPrevious(prevStart, prevLength))
      return this.fail(
        index,
        seq,
        'prev_hash_mismatch',
        this.previousHash(),
        row.toString('utf8', prevStart, prevStart + prevLength),
      );

    const hashStart = starts[HASH];
    const hashLength = lengths[HASH];
    const bound = contentBound(lengths);
    const hasher = this.hasher;
    if (hasher !== null && hashLength === HASH_LENGTH) {
      const slot = hasher.slotFor(bound, index);
      if (hasher.failure !== null) return false;
      if (slot !== null) {
        this.out = slot.bytes;
        this.outView = slot.view;
        this.limit = HASH_SLOT_BYTES - HASH_LENGTH;
        const start = slot.offset;
        this.at = start;
        if (this.writeContent(starts, lengths, seq, bound)) {
          slot.offset = this.at;
          hasher.add(slot, start, seq, this.rowView, this.rowBase + hashStart);
          this.setPreviousWords(hashStart);
          return true;
        }
      }
    }
    // Hashed here: without a worker, and the rows it does not take (no stored hash, too large).
    this.out = this.own;
    this.outView = this.ownView;
    this.limit = this.own.length;
    this.at = 0;
    this.writeContent(starts, lengths, seq, bound);
    const computed = hash('sha256', this.out.subarray(0, this.at), 'hex');
    if (hashLength < 0) return this.fail(index, seq, 'missing_hash', computed, null);
    // Decoded as latin1, the stored bytes equal the hex digits exactly when their UTF-8 text does.
    if (hashLength !== HASH_LENGTH || row.toString('latin1', hashStart, hashStart + hashLength) !== computed)
      return this.fail(index, seq, 'hash_mismatch', computed, row.toString('utf8', hashStart, hashStart + hashLength));
    this.setPreviousWords(hashStart);
    return true;
  }

  /** The outcome once the rows are read (or the walk stopped), the worker's hashes included. */
  finish(): AuditChainVerification {
    this.hasher?.drain();
    const failure = this.hasher?.failure;
    if (failure && (this.broken === null || failure.index < this.broken.index)) {
      const { index, seq, computed, stored } = failure;
      return {
        ok: false,
        checked: index + 1,
        firstBroken: { seq, reason: 'hash_mismatch', expected: computed, found: stored },
      };
    }
    if (this.broken) return { ok: false, checked: this.broken.index + 1, firstBroken: this.broken.link };
    return this.read === 0 ? { ok: true, checked: 0 } : { ok: true, checked: this.read, lastHash: this.previousHash() };
  }

  /** The canonical content of a row (auditEventContent of it, as UTF-8), as verify() hashes it. */
  content(row: Buffer, starts: Int32Array, lengths: Int32Array): Buffer {
    this.bind(row);
    this.out = this.own;
    this.outView = this.ownView;
    this.limit = this.own.length;
    this.at = 0;
    this.writeContent(starts, lengths, this.seqText(starts[SEQ], lengths[SEQ]), contentBound(lengths));
    return Buffer.from(this.out.subarray(0, this.at));
  }

  private bind(row: Buffer): void {
    this.row = row;
    if (row.buffer !== this.rowMemory) {
      this.rowMemory = row.buffer;
      this.rowView = new DataView(row.buffer);
    }
    this.rowBase = row.byteOffset;
  }

  private fail(
    index: number,
    seq: string,
    reason: AuditChainBreakReason,
    expected: string,
    found: string | null,
  ): false {
    this.broken = { index, link: { seq, reason, expected, found } };
    return false;
  }

  /** The hash the next row must carry as prev_hash, as text. */
  private previousHash(): string {
    const bytes = Buffer.allocUnsafe(HASH_LENGTH);
    for (let index = 0; index < HASH_LENGTH / 4; index += 1) bytes.writeUInt32LE(this.previousWords[index], index * 4);
    return bytes.toString('latin1');
  }

  /** Keeps the words of the row's stored hash (at `start`), the one the next row must carry. */
  private setPreviousWords(start: number): void {
    const view = this.rowView;
    const at = this.rowBase + start;
    const words = this.previousWords;
    for (let index = 0; index < HASH_LENGTH / 4; index += 1) words[index] = view.getUint32(at + index * 4, true);
  }

  /** Whether the row's prev_hash is the previous hash (same bytes as its ASCII digits). */
  private isPrevious(start: number, length: number): boolean {
    if (length !== HASH_LENGTH) return false;
    const view = this.rowView;
    const at = this.rowBase + start;
    const words = this.previousWords;
    for (let index = 0; index < HASH_LENGTH / 4; index += 1)
      if (view.getUint32(at + index * 4, true) !== words[index]) return false;
    return true;
  }

  /**
   * Writes the content from `at`; false when it may not fit before `limit` (in a worker's slot:
   * the row is then hashed here).
   */
  private writeContent(starts: Int32Array, lengths: Int32Array, seq: string, bound: number): boolean {
    try {
      this.reserve(bound);
    } catch (error) {
      if (error === DOES_NOT_FIT) return false;
      throw error;
    }
    this.constant(KEY_ACTION);
    if (lengths[ACTION] < 0) this.constant(QUOTED_NULL);
    else this.text(starts[ACTION], lengths[ACTION]);
    this.constant(KEY_ACTOR_TOKEN_ID);
    this.uuid(starts[ACTOR_TOKEN_ID], lengths[ACTOR_TOKEN_ID]);
    this.constant(KEY_ACTOR_USER_ID);
    this.uuid(starts[ACTOR_USER_ID], lengths[ACTOR_USER_ID]);
    this.constant(KEY_DATA);
    this.data(starts[DATA], lengths[DATA]);
    this.constant(KEY_IP);
    this.nullableText(starts[IP], lengths[IP]);
    this.constant(KEY_OCCURRED_AT);
    if (lengths[OCCURRED_AT_TEXT] >= 0) this.text(starts[OCCURRED_AT_TEXT], lengths[OCCURRED_AT_TEXT]);
    else this.timestamp(starts[OCCURRED_AT], lengths[OCCURRED_AT]);
    this.constant(KEY_ORGANIZATION_ID);
    this.uuid(starts[ORGANIZATION_ID], lengths[ORGANIZATION_ID]);
    this.constant(KEY_PREV_HASH);
    this.nullableText(starts[PREV_HASH], lengths[PREV_HASH]);
    this.constant(KEY_SEQ);
    this.quotedAscii(seq);
    this.constant(KEY_TARGET_ID);
    this.nullableText(starts[TARGET_ID], lengths[TARGET_ID]);
    this.constant(KEY_TARGET_TYPE);
    this.nullableText(starts[TARGET_TYPE], lengths[TARGET_TYPE]);
    this.constant(KEY_USER_AGENT);
    this.nullableText(starts[USER_AGENT], lengths[USER_AGENT]);
    this.out[this.at++] = 0x7d; // }
    return true;
  }

  /** Room for `bytes` more at `at`: its own buffer grows, a worker's slot does not (DOES_NOT_FIT). */
  private reserve(bytes: number): void {
    const needed = this.at + bytes;
    if (needed <= this.limit) return;
    if (this.out !== this.own) throw DOES_NOT_FIT;
    let size = this.own.length * 2;
    while (size < needed) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.own.copy(grown, 0, 0, this.at);
    this.own = grown;
    this.ownView = new DataView(grown.buffer, grown.byteOffset, grown.length);
    this.out = grown;
    this.outView = this.ownView;
    this.limit = size;
  }

  private constant({ words, tail }: Constant): void {
    const view = this.outView;
    let at = this.at;
    for (let index = 0; index < words.length; index += 1) {
      view.setUint32(at, words[index], true);
      at += 4;
    }
    const out = this.out;
    for (let index = 0; index < tail.length; index += 1) out[at++] = tail[index];
    this.at = at;
  }

  /** An ASCII string (the seq's digits), quoted. */
  private quotedAscii(text: string): void {
    const out = this.out;
    let at = this.at;
    out[at++] = 0x22;
    for (let index = 0; index < text.length; index += 1) out[at++] = text.charCodeAt(index);
    out[at++] = 0x22;
    this.at = at;
  }

  /** The bigint as decimal text, as the driver gives it. */
  private seqText(start: number, length: number): string {
    if (length !== 8) throw new Error('audit chain: seq is not a bigint');
    const high = this.row.readInt32BE(start);
    if (high >= -0x200000 && high < 0x200000) return String(high * TWO_32 + this.row.readUInt32BE(start + 4));
    return this.row.readBigInt64BE(start).toString();
  }

  private nullableText(start: number, length: number): void {
    if (length < 0) this.constant(NULL);
    else this.text(start, length);
  }

  /**
   * JSON.stringify of the text the bytes hold (UTF-8, as the driver decodes it): the bytes as they
   * are between quotes, `"` and `\` and control characters escaped as JSON.stringify escapes them.
   * Bytes that are not valid UTF-8 are decoded (U+FFFD) and stringified the generic way.
   */
  private text(start: number, length: number): void {
    const row = this.row;
    const rowView = this.rowView;
    const base = this.rowBase;
    const out = this.out;
    const outView = this.outView;
    const begin = this.at;
    let at = begin;
    let high = false;
    out[at++] = 0x22;
    const end = start + length;
    let index = start;
    while (index < end) {
      if (index + 4 <= end) {
        const word = rowView.getUint32(base + index, true);
        if (plainWord(word)) {
          outView.setUint32(at, word, true);
          at += 4;
          index += 4;
          continue;
        }
      }
      const byte = row[index];
      if (byte >= 0x20 && byte !== 0x22 && byte !== 0x5c) {
        if (byte >= 0x80) high = true;
        out[at++] = byte;
      } else at = escape(out, at, byte);
      index += 1;
    }
    out[at++] = 0x22;
    this.at = at;
    if (high && !isUtf8(row.subarray(start, end))) {
      this.at = begin;
      this.utf8(JSON.stringify(row.toString('utf8', start, end)));
    }
  }

  private utf8(text: string): void {
    this.reserve(Buffer.byteLength(text));
    this.at += this.out.write(text, this.at, 'utf8');
  }

  /** A uuid (16 bytes) as its canonical text, quoted; null when NULL. */
  private uuid(start: number, length: number): void {
    if (length < 0) return this.constant(NULL);
    if (length !== 16) throw new Error('audit chain: a uuid of the wrong size');
    const row = this.row;
    const out = this.out;
    const view = this.outView;
    let at = this.at;
    out[at++] = 0x22;
    // Two bytes (four digits) at a time; a dash after bytes 4, 6, 8 and 10.
    for (let index = 0; index < 16; index += 2) {
      if (index === 4 || index === 6 || index === 8 || index === 10) out[at++] = 0x2d;
      view.setUint32(at, HEX_PAIRS[row[start + index]] | (HEX_PAIRS[row[start + index + 1]] << 16), true);
      at += 4;
    }
    out[at++] = 0x22;
    this.at = at;
  }

  /**
   * A timestamptz (µs since 2000-01-01 UTC, in 1800–2199: AUDIT_CHAIN_COLUMNS gives the others as
   * text) as toISOString() renders it, with six fractional digits when it has microseconds.
   */
  private timestamp(start: number, length: number): void {
    if (length !== 8) throw new Error('audit chain: occurred_at is not a timestamp');
    const high = this.row.readInt32BE(start);
    if (high < -0x200000 || high >= 0x200000) throw new Error('audit chain: occurred_at out of range');
    const micros = high * TWO_32 + this.row.readUInt32BE(start + 4);
    const subMillis = ((micros % 1000) + 1000) % 1000; // exact: % and this division are, on integers below 2^53
    const unixMillis = (micros - subMillis) / 1000 + POSTGRES_EPOCH_MS;
    let inMinute = unixMillis - this.minuteStart;
    if (!(inMinute >= 0 && inMinute < 60_000)) {
      inMinute = ((unixMillis % 60_000) + 60_000) % 60_000;
      this.minuteStart = unixMillis - inMinute;
      this.minute.set(Buffer.from(new Date(this.minuteStart).toISOString().slice(0, 17), 'latin1'));
    }
    const out = this.out;
    let at = this.at;
    out[at++] = 0x22;
    const minute = this.minute;
    for (let index = 0; index < 17; index += 1) out[at++] = minute[index];
    const seconds = Math.floor(inMinute / 1000);
    const fraction = inMinute - seconds * 1000;
    out[at++] = 0x30 + Math.floor(seconds / 10);
    out[at++] = 0x30 + (seconds % 10);
    out[at++] = 0x2e;
    out[at++] = 0x30 + Math.floor(fraction / 100);
    out[at++] = 0x30 + (Math.floor(fraction / 10) % 10);
    out[at++] = 0x30 + (fraction % 10);
    if (subMillis !== 0) {
      out[at++] = 0x30 + Math.floor(subMillis / 100);
      out[at++] = 0x30 + (Math.floor(subMillis / 10) % 10);
      out[at++] = 0x30 + (subMillis % 10);
    }
    out[at++] = 0x5a; // Z
    out[at++] = 0x22;
    this.at = at;
  }

  /** jsonb (a version byte, then its text) as canonicalPlainJson(JSON.parse(text)). */
  private data(start: number, length: number): void {
    if (length < 0) return this.constant(NULL);
    if (length < 1 || this.row[start] !== 1) throw new Error('audit chain: data is not jsonb version 1');
    this.canonicalJsonb(start + 1, start + length);
  }

  /**
   * Writes the canonical JSON of the JSON text in row[start, end): the fast path for what jsonb
   * prints (its strings are escaped as JSON.stringify escapes them, so they are copied; keys are
   * re-sorted; numbers other than plain integers re-rendered by JavaScript), and JSON.parse then
   * canonicalPlainJson for anything else.
   */
  private canonicalJsonb(start: number, end: number): void {
    const row = this.row;
    const begin = this.at;
    this.position = start;
    this.end = end;
    this.nonAscii = false;
    this.depth = 0;
    this.memberCount = 0;
    this.reserve(end - start + 64);
    let ok = this.value();
    if (ok) {
      while (this.position < end && isSpace(row[this.position])) this.position += 1;
      ok = this.position === end && (!this.nonAscii || isUtf8(row.subarray(start, end)));
    }
    if (!ok) {
      this.at = begin;
      this.utf8(canonicalPlainJson(JSON.parse(row.toString('utf8', start, end))));
    }
  }

  private value(): boolean {
    const row = this.row;
    let position = this.position;
    while (position < this.end && isSpace(row[position])) position += 1;
    if (position >= this.end) return false;
    this.position = position;
    const byte = row[position];
    if (byte === 0x22) return this.string();
    if (byte === 0x7b) return this.object();
    if (byte === 0x5b) return this.array();
    if (byte === 0x2d || isDigit(byte)) return this.number();
    if (byte === 0x74) return this.literal(TRUE, 4);
    if (byte === 0x66) return this.literal(FALSE, 5);
    if (byte === 0x6e) return this.literal(NULL, 4);
    return false;
  }

  private literal(word: Constant, length: number): boolean {
    const position = this.position;
    if (position + length > this.end) return false;
    const view = this.rowView;
    const at = this.rowBase + position;
    if (view.getUint32(at, true) !== word.words[0]) return false;
    if (length === 5 && this.row[position + 4] !== word.tail[0]) return false;
    this.constant(word);
    this.position = position + length;
    return true;
  }

  /** A string as jsonb prints it is the one JSON.stringify prints: copied once its escapes are checked. */
  private string(): boolean {
    const row = this.row;
    const rowView = this.rowView;
    const base = this.rowBase;
    const end = this.end;
    const out = this.out;
    const outView = this.outView;
    let position = this.position + 1;
    let at = this.at;
    out[at++] = 0x22;
    while (position < end) {
      if (position + 4 <= end) {
        const word = rowView.getUint32(base + position, true);
        if (plainWord(word)) {
          outView.setUint32(at, word, true);
          at += 4;
          position += 4;
          continue;
        }
      }
      const byte = row[position];
      if (byte === 0x22) {
        out[at++] = 0x22;
        this.position = position + 1;
        this.at = at;
        return true;
      }
      if (byte === 0x5c) {
        this.escaped = true;
        const next = row[position + 1];
        if (
          next === 0x22 ||
          next === 0x5c ||
          next === 0x62 ||
          next === 0x66 ||
          next === 0x6e ||
          next === 0x72 ||
          next === 0x74
        ) {
          out[at++] = 0x5c;
          out[at++] = next;
          position += 2;
          continue;
        }
        // \u00XX, lower case, for the control characters without a short escape only.
        if (
          next !== 0x75 ||
          position + 5 >= end ||
          row[position + 2] !== 0x30 ||
          row[position + 3] !== 0x30 ||
          (row[position + 4] !== 0x30 && row[position + 4] !== 0x31) ||
          !isLowerHex(row[position + 5])
        )
          return false;
        const low = row[position + 5];
        if (
          row[position + 4] === 0x30 &&
          (low === 0x38 || low === 0x39 || low === 0x61 || low === 0x63 || low === 0x64)
        )
          return false; // \b \t \n \f \r
        for (let index = 0; index < 6; index += 1) out[at++] = row[position + index];
        position += 6;
        continue;
      }
      if (byte < 0x20) return false;
      if (byte >= 0x80) this.nonAscii = true;
      out[at++] = byte;
      position += 1;
    }
    return false;
  }

  /** Plain integers of up to 15 digits are copied; other numbers go through Number and back. */
  private number(): boolean {
    const row = this.row;
    const end = this.end;
    const start = this.position;
    let position = start;
    if (row[position] === 0x2d) position += 1;
    const digits = position;
    if (position >= end || !isDigit(row[position])) return false;
    if (row[position] === 0x30) position += 1;
    else while (position < end && isDigit(row[position])) position += 1;
    let plain = position - digits <= 15 && !(row[start] === 0x2d && row[digits] === 0x30);
    if (position < end && row[position] === 0x2e) {
      plain = false;
      position += 1;
      if (position >= end || !isDigit(row[position])) return false;
      while (position < end && isDigit(row[position])) position += 1;
    }
    if (position < end && (row[position] === 0x65 || row[position] === 0x45)) {
      plain = false;
      position += 1;
      if (position < end && (row[position] === 0x2b || row[position] === 0x2d)) position += 1;
      if (position >= end || !isDigit(row[position])) return false;
      while (position < end && isDigit(row[position])) position += 1;
    }
    this.position = position;
    if (plain) {
      const out = this.out;
      let at = this.at;
      for (let index = start; index < position; index += 1) out[at++] = row[index];
      this.at = at;
      return true;
    }
    const value = Number(row.toString('latin1', start, position));
    if (!Number.isFinite(value)) return false; // canonicalPlainJson refuses it: the generic way throws
    const text = JSON.stringify(value);
    this.reserve(text.length);
    const out = this.out;
    let at = this.at;
    for (let index = 0; index < text.length; index += 1) out[at++] = text.charCodeAt(index);
    this.at = at;
    return true;
  }

  private array(): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    this.out[this.at++] = 0x5b;
    this.position += 1;
    if (!this.closes(0x5d)) {
      for (;;) {
        if (!this.value()) return false;
        if (this.closes(0x5d)) break;
        if (this.row[this.position] !== 0x2c) return false;
        this.position += 1;
        this.out[this.at++] = 0x2c;
      }
    }
    this.out[this.at++] = 0x5d;
    this.depth -= 1;
    return true;
  }

  /** Skips white space; true (and past it) when the next byte is `close`. */
  private closes(close: number): boolean {
    const row = this.row;
    let position = this.position;
    while (position < this.end && isSpace(row[position])) position += 1;
    this.position = position;
    if (position < this.end && row[position] === close) {
      this.position = position + 1;
      return true;
    }
    return false;
  }

  /**
   * Members are written as they come (jsonb orders keys by length first), then, when the keys
   * are not in canonicalJson's order (UTF-16 code units), rewritten in that order.
   */
  private object(): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    const row = this.row;
    const open = this.at;
    this.out[this.at++] = 0x7b;
    this.position += 1;
    const base = this.memberCount;
    if (!this.closes(0x7d)) {
      for (;;) {
        let position = this.position;
        while (position < this.end && isSpace(row[position])) position += 1;
        if (row[position] !== 0x22) return false;
        this.position = position;
        const memberStart = this.at;
        const keyStart = position + 1;
        const nonAscii = this.nonAscii;
        this.nonAscii = false;
        this.escaped = false;
        if (!this.string()) return false;
        const keyEnd = this.position - 1;
        const decode = this.nonAscii || this.escaped ? 1 : 0;
        this.nonAscii ||= nonAscii;
        position = this.position;
        while (position < this.end && isSpace(row[position])) position += 1;
        if (row[position] !== 0x3a) return false;
        this.position = position + 1;
        this.out[this.at++] = 0x3a;
        if (!this.value()) return false;
        this.pushMember(keyStart, keyEnd, memberStart, this.at, decode);
        if (this.closes(0x7d)) break;
        if (row[this.position] !== 0x2c) return false;
        this.position += 1;
        this.out[this.at++] = 0x2c;
      }
      if (!this.sortMembers(base, open + 1)) return false;
    }
    this.memberCount = base;
    this.out[this.at++] = 0x7d;
    this.depth -= 1;
    return true;
  }

  private pushMember(keyStart: number, keyEnd: number, outStart: number, outEnd: number, decode: number): void {
    if ((this.memberCount + 1) * 5 > this.members.length) {
      const grown = new Int32Array(this.members.length * 2);
      grown.set(this.members);
      this.members = grown;
    }
    const slot = this.memberCount * 5;
    const members = this.members;
    members[slot] = keyStart;
    members[slot + 1] = keyEnd;
    members[slot + 2] = outStart;
    members[slot + 3] = outEnd;
    members[slot + 4] = decode;
    this.memberCount += 1;
  }

  /** Puts the members of [base, memberCount) in key order; false on a repeated key. */
  private sortMembers(base: number, regionStart: number): boolean {
    const row = this.row;
    const members = this.members;
    const count = this.memberCount - base;
    let sorted = true;
    for (let index = base + 1; index < this.memberCount; index += 1) {
      const order = compareKeys(row, members, (index - 1) * 5, index * 5);
      if (order === 0) return false;
      if (order > 0) sorted = false;
    }
    if (sorted) return true;
    // Insertion sort of the (few) member records, then the members rewritten in that order. A
    // repeated key meets its twin on its way left: compared, they are equal.
    for (let index = 1; index < count; index += 1) {
      for (let other = index; other > 0; other -= 1) {
        const a = (base + other - 1) * 5;
        const b = (base + other) * 5;
        const order = compareKeys(row, members, a, b);
        if (order === 0) return false;
        if (order < 0) break;
        for (let field = 0; field < 5; field += 1) {
          const kept = members[a + field];
          members[a + field] = members[b + field];
          members[b + field] = kept;
        }
      }
    }
    // The members moved past the end (one copyWithin), then back in order: no allocation.
    const regionLength = this.at - regionStart;
    this.reserve(regionLength);
    const out = this.out;
    const moved = this.at;
    out.copyWithin(moved, regionStart, moved);
    let at = regionStart;
    for (let index = 0; index < count; index += 1) {
      const slot = (base + index) * 5;
      if (index > 0) out[at++] = 0x2c;
      out.copyWithin(at, moved + members[slot + 2] - regionStart, moved + members[slot + 3] - regionStart);
      at += members[slot + 3] - members[slot + 2];
    }
    this.at = at;
    return true;
  }
}

/** Appends the JSON.stringify escape of a control character, `"` or `\`. */
function escape(out: Buffer, at: number, byte: number): number {
  out[at++] = 0x5c;
  switch (byte) {
    case 0x22:
    case 0x5c:
      out[at++] = byte;
      return at;
    case 0x08:
      out[at++] = 0x62;
      return at;
    case 0x09:
      out[at++] = 0x74;
      return at;
    case 0x0a:
      out[at++] = 0x6e;
      return at;
    case 0x0c:
      out[at++] = 0x66;
      return at;
    case 0x0d:
      out[at++] = 0x72;
      return at;
    default: {
      const pair = HEX_PAIRS[byte];
      out[at++] = 0x75;
      out[at++] = 0x30;
      out[at++] = 0x30;
      out[at++] = pair & 0xff;
      out[at++] = pair >> 8;
      return at;
    }
  }
}

/** canonicalJson's key order (UTF-16 code units): bytes compare alike for keys without escapes or non-ASCII. */
function compareKeys(row: Buffer, members: Int32Array, a: number, b: number): number {
  const aStart = members[a];
  const aEnd = members[a + 1];
  const bStart = members[b];
  const bEnd = members[b + 1];
  if (members[a + 4] === 0 && members[b + 4] === 0) {
    const common = Math.min(aEnd - aStart, bEnd - bStart);
    for (let index = 0; index < common; index += 1) {
      const difference = row[aStart + index] - row[bStart + index];
      if (difference !== 0) return difference;
    }
    return aEnd - aStart - (bEnd - bStart);
  }
  const aKey = JSON.parse(row.toString('utf8', aStart - 1, aEnd + 1)) as string;
  const bKey = JSON.parse(row.toString('utf8', bStart - 1, bEnd + 1)) as string;
  return aKey < bKey ? -1 : aKey > bKey ? 1 : 0;
}
