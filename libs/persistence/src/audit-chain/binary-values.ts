import { NULL, type ContentBuffer } from './content-buffer.js';
import { HEX_PAIRS } from './json-string.js';
import type { RowBytes } from './row-bytes.js';

/* Postgres binary values other than text, dates and jsonb: the seq (bigint) and uuids. */

export const TWO_32 = 4_294_967_296;

/** The bigint as decimal text, as the driver gives it. */
export function seqText(source: RowBytes, start: number, length: number): string {
  if (length !== 8) throw new Error('audit chain: seq is not a bigint');
  const row = source.row;
  const high = row.readInt32BE(start);
  if (high >= -0x200000 && high < 0x200000) return String(high * TWO_32 + row.readUInt32BE(start + 4));
  return row.readBigInt64BE(start).toString();
}

/** A uuid (16 bytes) as its canonical text, quoted; null when NULL. */
export function writeUuid(buffer: ContentBuffer, source: RowBytes, start: number, length: number): void {
  if (length < 0) return buffer.constant(NULL);
  if (length !== 16) throw new Error('audit chain: a uuid of the wrong size');
  const row = source.row;
  const out = buffer.out;
  const view = buffer.view;
  let at = buffer.at;
  out[at++] = 0x22;
  // Two bytes (four digits) at a time; a dash after bytes 4, 6, 8 and 10.
  for (let index = 0; index < 16; index += 2) {
    if (index === 4 || index === 6 || index === 8 || index === 10) out[at++] = 0x2d;
    view.setUint32(at, HEX_PAIRS[row[start + index]] | (HEX_PAIRS[row[start + index + 1]] << 16), true);
    at += 4;
  }
  out[at++] = 0x22;
  buffer.at = at;
}
