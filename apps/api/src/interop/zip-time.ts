/**
 * ZIP entries carry two timestamps: the DOS date and time of the headers (a wall-clock time with
 * no zone, which yazl fills from the Date's *local* getters) and, unless forced off, an extended
 * timestamp (Unix seconds, UTC). Built from a plain Date, an archive's DOS times would depend on
 * the server's time zone: the same round would give different bytes in Paris and in UTC.
 *
 * `utcDosDate` returns a Date whose local getters answer in UTC: the DOS fields say the UTC
 * wall-clock time whatever the server's zone, while getTime() (the extended timestamp) stays the
 * exact instant. Archives are then byte-for-byte the same on every machine.
 */

/** The local getters yazl reads for the DOS fields, each answered by its UTC twin (`getUTC…`). */
const WALL_CLOCK_FIELDS = ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds'] as const;

export function utcDosDate(date: Date): Date {
  const utc = new Date(date.getTime());
  for (const field of WALL_CLOCK_FIELDS) {
    Object.defineProperty(utc, `get${field}`, { value: utc[`getUTC${field}`].bind(utc) });
  }
  return utc;
}

/** The DOS date and time fields of a UTC instant (2-second resolution), as a ZIP header holds them. */
export function dosDateTimeOf(date: Date): { date: number; time: number } {
  return {
    date: date.getUTCDate() | ((date.getUTCMonth() + 1) << 5) | ((date.getUTCFullYear() - 1980) << 9),
    time: Math.floor(date.getUTCSeconds() / 2) | (date.getUTCMinutes() << 5) | (date.getUTCHours() << 11),
  };
}
