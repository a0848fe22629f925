import { TWO_32 } from './binary-values.js';
import type { ContentBuffer } from './content-buffer.js';
import type { RowBytes } from './row-bytes.js';

/** ms from the Unix epoch to Postgres's (2000-01-01). */
const POSTGRES_EPOCH_MS = 946_684_800_000;

/**
 * occurred_at (a binary timestamptz: µs since 2000-01-01 UTC, in 1800–2199, AUDIT_CHAIN_COLUMNS
 * giving the others as text) as toISOString() renders it, with six fractional digits when it has
 * microseconds. Consecutive events mostly fall in the same minute: its text is kept and only the
 * seconds and fraction are written.
 */
export class TimestampWriter {
  /** The ISO text of the minute last seen ('YYYY-MM-DDTHH:MM:'), and its start (Unix ms). */
  private readonly minute = new Uint8Array(17);
  private minuteStart = Number.NaN;

  write(buffer: ContentBuffer, source: RowBytes, start: number, length: number): void {
    if (length !== 8) throw new Error('audit chain: occurred_at is not a timestamp');
    const row = source.row;
    const high = row.readInt32BE(start);
    if (high < -0x200000 || high >= 0x200000) throw new Error('audit chain: occurred_at out of range');
    const micros = high * TWO_32 + row.readUInt32BE(start + 4);
    const subMillis = ((micros % 1000) + 1000) % 1000; // exact: % and this division are, on integers below 2^53
    const unixMillis = (micros - subMillis) / 1000 + POSTGRES_EPOCH_MS;
    let inMinute = unixMillis - this.minuteStart;
    if (!(inMinute >= 0 && inMinute < 60_000)) {
      inMinute = ((unixMillis % 60_000) + 60_000) % 60_000;
      this.minuteStart = unixMillis - inMinute;
      this.minute.set(Buffer.from(new Date(this.minuteStart).toISOString().slice(0, 17), 'latin1'));
    }
    const out = buffer.out;
    let at = buffer.at;
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
    buffer.at = at;
  }
}
