import { isUtf8 } from 'node:buffer';
import { canonicalPlainJson } from '@preuve/domain';
import { constant, NULL, type Constant, type ContentBuffer } from './content-buffer.js';
import { copyPlainWords } from './json-string.js';
import { MemberList } from './key-order.js';
import type { RowBytes } from './row-bytes.js';

/*
 * The data column (jsonb) as canonicalPlainJson(JSON.parse(its text)) would write it, straight
 * from the text Postgres sends: its strings are escaped as JSON.stringify escapes them, so they
 * are copied; keys are re-sorted (key-order.ts); numbers other than plain integers re-rendered
 * by JavaScript. Anything else (an escape jsonb does not print, a repeated key, deep nesting,
 * invalid UTF-8) goes through JSON.parse and canonicalPlainJson.
 */

const TRUE = constant('true');
const FALSE = constant('false');
/** Values nested deeper go the generic way. */
const MAX_DEPTH = 64;

const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
const isLowerHex = (byte: number): boolean => isDigit(byte) || (byte >= 0x61 && byte <= 0x66);

export class JsonbCanonicalWriter {
  /** Where it is in the row, the end of the value, whether it saw bytes ≥ 0x80. */
  private position = 0;
  private end = 0;
  private nonAscii = false;
  /** Whether the string just read had an escape (a key to decode before it is compared). */
  private escaped = false;
  private depth = 0;
  private readonly members = new MemberList();

  constructor(
    private readonly buffer: ContentBuffer,
    private readonly source: RowBytes,
  ) {}

  /** The jsonb column (a version byte, then its text) at row[start, start + length); null when NULL. */
  write(start: number, length: number): void {
    if (length < 0) return this.buffer.constant(NULL);
    if (length < 1 || this.source.row[start] !== 1) throw new Error('audit chain: data is not jsonb version 1');
    this.canonical(start + 1, start + length);
  }

  /** The canonical JSON of the JSON text in row[start, end): the fast path, else the generic one. */
  private canonical(start: number, end: number): void {
    const row = this.source.row;
    const buffer = this.buffer;
    const begin = buffer.at;
    this.position = start;
    this.end = end;
    this.nonAscii = false;
    this.depth = 0;
    this.members.count = 0;
    buffer.reserve(end - start + 64);
    let ok = this.value();
    if (ok) {
      while (this.position < end && isSpace(row[this.position])) this.position += 1;
      ok = this.position === end && (!this.nonAscii || isUtf8(row.subarray(start, end)));
    }
    if (!ok) {
      buffer.at = begin;
      buffer.utf8(canonicalPlainJson(JSON.parse(row.toString('utf8', start, end))));
    }
  }

  private value(): boolean {
    const row = this.source.row;
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
    const { view, base, row } = this.source;
    if (view.getUint32(base + position, true) !== word.words[0]) return false;
    if (length === 5 && row[position + 4] !== word.tail[0]) return false;
    this.buffer.constant(word);
    this.position = position + length;
    return true;
  }

  /** A string as jsonb prints it is the one JSON.stringify prints: copied once its escapes are checked. */
  private string(): boolean {
    const row = this.source.row;
    const end = this.end;
    const out = this.buffer.out;
    const outView = this.buffer.view;
    let position = this.position + 1;
    let at = this.buffer.at;
    out[at++] = 0x22;
    while (position < end) {
      const copied = copyPlainWords(this.source, position, end, outView, at);
      position += copied;
      at += copied;
      if (position === end) break;
      const byte = row[position];
      if (byte === 0x22) {
        out[at++] = 0x22;
        this.position = position + 1;
        this.buffer.at = at;
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
    const row = this.source.row;
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
    const buffer = this.buffer;
    if (plain) {
      const out = buffer.out;
      let at = buffer.at;
      for (let index = start; index < position; index += 1) out[at++] = row[index];
      buffer.at = at;
      return true;
    }
    const value = Number(row.toString('latin1', start, position));
    if (!Number.isFinite(value)) return false; // canonicalPlainJson refuses it: the generic way throws
    const text = JSON.stringify(value);
    buffer.reserve(text.length);
    const out = buffer.out;
    let at = buffer.at;
    for (let index = 0; index < text.length; index += 1) out[at++] = text.charCodeAt(index);
    buffer.at = at;
    return true;
  }

  private array(): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    const buffer = this.buffer;
    buffer.byte(0x5b);
    this.position += 1;
    if (!this.closes(0x5d)) {
      for (;;) {
        if (!this.value()) return false;
        if (this.closes(0x5d)) break;
        if (this.source.row[this.position] !== 0x2c) return false;
        this.position += 1;
        buffer.byte(0x2c);
      }
    }
    buffer.byte(0x5d);
    this.depth -= 1;
    return true;
  }

  /** Skips white space; true (and past it) when the next byte is `close`. */
  private closes(close: number): boolean {
    const row = this.source.row;
    let position = this.position;
    while (position < this.end && isSpace(row[position])) position += 1;
    this.position = position;
    if (position < this.end && row[position] === close) {
      this.position = position + 1;
      return true;
    }
    return false;
  }

  /** Members are written as they come, then put in canonicalJson's order when they are not. */
  private object(): boolean {
    if (++this.depth > MAX_DEPTH) return false;
    const row = this.source.row;
    const buffer = this.buffer;
    const members = this.members;
    const open = buffer.at;
    buffer.byte(0x7b);
    this.position += 1;
    const base = members.count;
    if (!this.closes(0x7d)) {
      for (;;) {
        let position = this.position;
        while (position < this.end && isSpace(row[position])) position += 1;
        if (row[position] !== 0x22) return false;
        this.position = position;
        const memberStart = buffer.at;
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
        buffer.byte(0x3a);
        if (!this.value()) return false;
        members.push(keyStart, keyEnd, memberStart, buffer.at, decode);
        if (this.closes(0x7d)) break;
        if (row[this.position] !== 0x2c) return false;
        this.position += 1;
        buffer.byte(0x2c);
      }
      if (!members.sort(base, open + 1, row, buffer)) return false;
    }
    members.count = base;
    buffer.byte(0x7d);
    this.depth -= 1;
    return true;
  }
}
