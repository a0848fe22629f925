import type { ContentBuffer } from './content-buffer.js';

/*
 * The members of the objects being written, and their sorting into canonicalJson's key order
 * (UTF-16 code units). jsonb prints keys by length first, so most objects of more than one key
 * need it; the members are written as they come, then rewritten in order.
 */

/** Per member: key start, key end (in the row), output start, output end, whether the key needs decoding. */
const RECORD = 5;

export class MemberList {
  private records = new Int32Array(RECORD * 64);
  /** Members recorded (objects nest: each sorts its own [base, count) and then truncates to base). */
  count = 0;

  push(keyStart: number, keyEnd: number, outStart: number, outEnd: number, decode: number): void {
    if ((this.count + 1) * RECORD > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    const slot = this.count * RECORD;
    const records = this.records;
    records[slot] = keyStart;
    records[slot + 1] = keyEnd;
    records[slot + 2] = outStart;
    records[slot + 3] = outEnd;
    records[slot + 4] = decode;
    this.count += 1;
  }

  /**
   * Puts the members of [base, count) in key order, rewriting them from `regionStart` in
   * buffer.out; false on a repeated key (the generic way then decides).
   */
  sort(base: number, regionStart: number, row: Buffer, buffer: ContentBuffer): boolean {
    const records = this.records;
    const count = this.count - base;
    let sorted = true;
    for (let index = base + 1; index < this.count; index += 1) {
      const order = compareKeys(row, records, (index - 1) * RECORD, index * RECORD);
      if (order === 0) return false;
      if (order > 0) sorted = false;
    }
    if (sorted) return true;
    // Insertion sort of the (few) member records. A repeated key meets its twin on its way left:
    // compared, they are equal.
    for (let index = 1; index < count; index += 1) {
      for (let other = index; other > 0; other -= 1) {
        const a = (base + other - 1) * RECORD;
        const b = (base + other) * RECORD;
        const order = compareKeys(row, records, a, b);
        if (order === 0) return false;
        if (order < 0) break;
        for (let field = 0; field < RECORD; field += 1) {
          const kept = records[a + field];
          records[a + field] = records[b + field];
          records[b + field] = kept;
        }
      }
    }
    // The members moved past the end (one copyWithin), then back in order: no allocation.
    const regionLength = buffer.at - regionStart;
    buffer.reserve(regionLength);
    const out = buffer.out;
    const moved = buffer.at;
    out.copyWithin(moved, regionStart, moved);
    let at = regionStart;
    for (let index = 0; index < count; index += 1) {
      const slot = (base + index) * RECORD;
      if (index > 0) out[at++] = 0x2c;
      out.copyWithin(at, moved + records[slot + 2] - regionStart, moved + records[slot + 3] - regionStart);
      at += records[slot + 3] - records[slot + 2];
    }
    buffer.at = at;
    return true;
  }
}

/** canonicalJson's key order (UTF-16 code units): bytes compare alike for keys without escapes or non-ASCII. */
function compareKeys(row: Buffer, records: Int32Array, a: number, b: number): number {
  const aStart = records[a];
  const aEnd = records[a + 1];
  const bStart = records[b];
  const bEnd = records[b + 1];
  if (records[a + 4] === 0 && records[b + 4] === 0) {
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
