import { isUtf8 } from 'node:buffer';
import { NULL, type ContentBuffer } from './content-buffer.js';
import type { RowBytes } from './row-bytes.js';

/*
 * Text columns as JSON strings, as JSON.stringify writes the text the driver would decode: the
 * UTF-8 bytes copied between quotes (four at a time while none is special), `"`, `\` and control
 * characters escaped as JSON.stringify escapes them.
 */

/** Each byte's two lower-case hex digits, as one little-endian 16-bit word. */
export const HEX_PAIRS = Uint16Array.from({ length: 256 }, (_, byte) => {
  const digits = byte.toString(16).padStart(2, '0');
  return digits.charCodeAt(0) | (digits.charCodeAt(1) << 8);
});

/**
 * Whether none of the four bytes of `word` is special in a JSON string: a control character, `"`,
 * `\` or a byte ≥ 0x80 (SWAR: one test for four bytes, the usual has-zero-byte arithmetic).
 */
export function plainWord(word: number): boolean {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  const special =
    ((word - 0x20202020) & ~word) | ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash);
  return ((special | word) & 0x80808080) === 0;
}

/** Appends the JSON.stringify escape of a control character, `"` or `\`; returns the new position. */
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

/**
 * JSON.stringify of the text in source.row[start, start + length) (UTF-8, as the driver decodes
 * it). Bytes that are not valid UTF-8 are decoded (U+FFFD) and stringified the generic way. The
 * caller has reserved room for the worst case (6 bytes out for 1 in).
 */
export function writeJsonString(buffer: ContentBuffer, source: RowBytes, start: number, length: number): void {
  const { row, view: rowView, base } = source;
  const out = buffer.out;
  const outView = buffer.view;
  const begin = buffer.at;
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
  buffer.at = at;
  if (high && !isUtf8(row.subarray(start, end))) {
    buffer.at = begin;
    buffer.utf8(JSON.stringify(row.toString('utf8', start, end)));
  }
}

/** A text column that may be NULL: its JSON string, or null. */
export function writeNullableJsonString(buffer: ContentBuffer, source: RowBytes, start: number, length: number): void {
  if (length < 0) buffer.constant(NULL);
  else writeJsonString(buffer, source, start, length);
}
