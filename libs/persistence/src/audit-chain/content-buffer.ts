/*
 * Where an event's canonical content is written before it is hashed: this thread's own buffer
 * (grown as needed), or a slot of the hash worker's shared memory (which does not grow: a content
 * too large for it is written again in the own buffer). The writers keep `out`, `view` and `at`
 * in locals in their loops and store `at` back.
 */

/** Text written as is: 32-bit words (little-endian, as DataView reads them) and the last bytes. */
export interface Constant {
  words: Uint32Array;
  tail: Uint8Array;
}

export function constant(text: string): Constant {
  const bytes = Buffer.from(text, 'latin1');
  const whole = bytes.length >> 2;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    words: Uint32Array.from({ length: whole }, (_, index) => view.getUint32(index * 4, true)),
    tail: Uint8Array.from(bytes.subarray(whole * 4)),
  };
}

export const NULL = constant('null');

/** Thrown by reserve() when a content outgrows a worker's slot: the row is then hashed here. */
export const DOES_NOT_FIT = new Error('the content does not fit in the slot');

export class ContentBuffer {
  /** Where the content is being written, a DataView on it, the next position and how far it may go. */
  out: Buffer;
  view: DataView<ArrayBufferLike>;
  at = 0;
  limit = 0;
  /** This thread's buffer, grown as needed. */
  private own = Buffer.allocUnsafe(64 * 1024);
  private ownView = new DataView(this.own.buffer, this.own.byteOffset, this.own.length);

  constructor() {
    this.out = this.own;
    this.view = this.ownView;
  }

  /** Writes from the start of the own buffer. */
  useOwn(): void {
    this.out = this.own;
    this.view = this.ownView;
    this.limit = this.own.length;
    this.at = 0;
  }

  /** Writes into a worker's slot from `start`, up to `limit`. */
  useSlot(bytes: Buffer, view: DataView<ArrayBufferLike>, start: number, limit: number): void {
    this.out = bytes;
    this.view = view;
    this.at = start;
    this.limit = limit;
  }

  /** Room for `bytes` more at `at`: the own buffer grows, a worker's slot does not (DOES_NOT_FIT). */
  reserve(bytes: number): void {
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
    this.view = this.ownView;
    this.limit = size;
  }

  constant({ words, tail }: Constant): void {
    const view = this.view;
    let at = this.at;
    for (let index = 0; index < words.length; index += 1) {
      view.setUint32(at, words[index], true);
      at += 4;
    }
    const out = this.out;
    for (let index = 0; index < tail.length; index += 1) out[at++] = tail[index];
    this.at = at;
  }

  /** An ASCII string (a seq's digits), quoted. */
  quotedAscii(text: string): void {
    const out = this.out;
    let at = this.at;
    out[at++] = 0x22;
    for (let index = 0; index < text.length; index += 1) out[at++] = text.charCodeAt(index);
    out[at++] = 0x22;
    this.at = at;
  }

  /** Text already in its final form, as UTF-8. */
  utf8(text: string): void {
    this.reserve(Buffer.byteLength(text));
    this.at += this.out.write(text, this.at, 'utf8');
  }

  byte(value: number): void {
    this.out[this.at++] = value;
  }
}
