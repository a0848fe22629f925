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
function plainWord(word: number): boolean {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  const special =
    ((word - 0x20202020) & ~word) | ((quote - 0x01010101) & ~quote) | ((backslash - 0x01010101) & ~backslash);
  return ((special | word) & 0x80808080) === 0;
}

/**
 * The letter after `\` of JSON.stringify's short escapes, by byte: `\"`, `\\`, `\b`, `\t`, `\n`,
 * `\f`, `\r`; 0 for the other control characters, escaped as `\u00XX`.
 */
const SHORT_ESCAPES = new Uint8Array(0x80);
for (const [byte, letter] of [
  [0x22, 0x22],
  [0x5c, 0x5c],
  [0x08, 0x62],
  [0x09, 0x74],
  [0x0a, 0x6e],
  [0x0c, 0x66],
  [0x0d, 0x72],
])
  SHORT_ESCAPES[byte] = letter;

/** Appends the JSON.stringify escape of a control character, `"` or `\`; returns the new position. */
function escape(out: Buffer, at: number, byte: number): number {
  out[at++] = 0x5c;
  const letter = SHORT_ESCAPES[byte];
  if (letter !== 0) {
    out[at++] = letter;
    return at;
  }
  const pair = HEX_PAIRS[byte];
  out[at++] = 0x75;
  out[at++] = 0x30;
  out[at++] = 0x30;
  out[at++] = pair & 0xff;
  out[at++] = pair >> 8;
  return at;
}

/**
 * Copies the bytes of source.row from `index` to out at `at` four at a time, as long as none of
 * the four is special in a JSON string (see plainWord) and four remain before `end`; returns how
 * many it copied.
 */
export function copyPlainWords(source: RowBytes, index: number, end: number, out: DataView, at: number): number {
  const { view, base } = source;
  let copied = 0;
  while (index + copied + 4 <= end) {
    const word = view.getUint32(base + index + copied, true);
    if (!plainWord(word)) break;
    out.setUint32(at + copied, word, true);
    copied += 4;
  }
  return copied;
}

/**
 * JSON.stringify of the text in source.row[start, start + length) (UTF-8, as the driver decodes
 * it). Bytes that are not valid UTF-8 are decoded (U+FFFD) and stringified the generic way. The
 * caller has reserved room for the worst case (6 bytes out for 1 in).
 */
export function writeJsonString(buffer: ContentBuffer, source: RowBytes, start: number, length: number): void {
  const row = source.row;
  const out = buffer.out;
  const outView = buffer.view;
  const begin = buffer.at;
  let at = begin;
  let high = false;
  out[at++] = 0x22;
  const end = start + length;
  let index = start;
  while (index < end) {
    const copied = copyPlainWords(source, index, end, outView, at);
    index += copied;
    at += copied;
    if (index === end) break;
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
