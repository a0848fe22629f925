import { hash } from 'node:crypto';
import { seqText } from './binary-values.js';
import { Field } from './columns.js';
import { contentBound, EventContentWriter } from './content-writer.js';
import { HASH_LENGTH, HASH_SLOT_BYTES, type HashWorker } from './hash-worker.js';
import type { AuditChainBreakReason, AuditChainBreak, AuditChainVerification } from './verification.js';

/**
 * Verifies events in seq order from binary COPY rows (AUDIT_CHAIN_COLUMNS): for each, the link
 * to the one before, then the hash of its canonical content, exactly as the generic path
 * (auditEventContent over the driver's row) would. Stops at the first broken link. The content
 * is written (EventContentWriter) into a worker's slot when there is a worker, else into one
 * reused buffer and hashed here.
 */
export class AuditChainRowVerifier {
  /** Rows read so far, and the seq of the last one (decimal text). */
  read = 0;
  lastSeq: string | null = null;
  /** The first broken link found here (the worker's hashes are not known before finish()). */
  private broken: { index: number; link: AuditChainBreak } | null = null;
  /** The previous hash as 16 little-endian words, compared with each prev_hash. */
  private readonly previousWords = new Uint32Array(HASH_LENGTH / 4);
  private readonly writer = new EventContentWriter();

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
   * Checks one row (fields as the COPY reader found them): its link now, its hash now or on the
   * worker. False once the walk can stop (a broken link found, here or by the worker).
   */
  verify(row: Buffer, starts: Int32Array, lengths: Int32Array): boolean {
    const { writer } = this;
    const { buffer, source } = writer;
    source.bind(row);
    const seq = seqText(source, starts[Field.SEQ], lengths[Field.SEQ]);
    const index = this.read;
    this.read += 1;
    this.lastSeq = seq;
    const prevStart = starts[Field.PREV_HASH];
    const prevLength = lengths[Field.PREV_HASH];
    if (prevLength < 0) return this.fail(index, seq, 'missing_hash', this.previousHash(), null);
    if (!this.isPrevious(prevStart, prevLength))
      return this.fail(
        index,
        seq,
        'prev_hash_mismatch',
        this.previousHash(),
        row.toString('utf8', prevStart, prevStart + prevLength),
      );

    const hashStart = starts[Field.HASH];
    const hashLength = lengths[Field.HASH];
    const bound = contentBound(lengths);
    const hasher = this.hasher;
    if (hasher !== null && hashLength === HASH_LENGTH) {
      const slot = hasher.slotFor(bound, index);
      if (hasher.failure !== null) return false;
      if (slot !== null) {
        const start = slot.offset;
        buffer.useSlot(slot.bytes, slot.view, start, HASH_SLOT_BYTES - HASH_LENGTH);
        if (writer.write(starts, lengths, seq, bound)) {
          slot.offset = buffer.at;
          hasher.add(slot, start, seq, source.view, source.base + hashStart);
          this.setPreviousWords(hashStart);
          return true;
        }
      }
    }
    // Hashed here: without a worker, and the rows it does not take (no stored hash, too large).
    buffer.useOwn();
    writer.write(starts, lengths, seq, bound);
    const computed = hash('sha256', buffer.out.subarray(0, buffer.at), 'hex');
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
    const { buffer, source } = this.writer;
    source.bind(row);
    buffer.useOwn();
    this.writer.write(starts, lengths, seqText(source, starts[Field.SEQ], lengths[Field.SEQ]), contentBound(lengths));
    return Buffer.from(buffer.out.subarray(0, buffer.at));
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
    const { view, base } = this.writer.source;
    const at = base + start;
    const words = this.previousWords;
    for (let index = 0; index < HASH_LENGTH / 4; index += 1) words[index] = view.getUint32(at + index * 4, true);
  }

  /** Whether the row's prev_hash is the previous hash (same bytes as its ASCII digits). */
  private isPrevious(start: number, length: number): boolean {
    if (length !== HASH_LENGTH) return false;
    const { view, base } = this.writer.source;
    const at = base + start;
    const words = this.previousWords;
    for (let index = 0; index < HASH_LENGTH / 4; index += 1)
      if (view.getUint32(at + index * 4, true) !== words[index]) return false;
    return true;
  }
}
