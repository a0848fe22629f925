/**
 * Timestamps of log entries and `_lastUpdated` dates. Timestamps without an offset are read as
 * UTC; a bare calendar date is compared with the request's calendar day in Europe/Paris.
 */

const LINE_ISO =
  /^\s*\[?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)/i;
const CLF = /\[(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\s+([+-])(\d{2})(\d{2}))?/;

export function lineTime(line: string): Date | null {
  const iso = LINE_ISO.exec(line);
  if (iso !== null) return parseIso(iso[1]);
  const clf = CLF.exec(line);
  return clf === null ? null : parseClf(clf);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?/i;
/** FHIR dateTime, possibly partial; a `+` of the offset may have been decoded into a space. */
const FHIR_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+\- ]\d{2}:\d{2})?)?)?)?$/i;

export function parseTimestamp(value: unknown): Date | null {
  if (typeof value === 'number') return parseEpoch(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{9,13}(?:\.\d+)?$/.test(text)) return parseEpoch(Number(text));
  const iso = ISO_PARTS.exec(text);
  if (iso !== null) return parseIso(iso[0]);
  const clf = CLF.exec(`[${text.replace(/^\[/, '')}`);
  if (clf !== null) return parseClf(clf);
  // RFC 2822 / HTTP dates carry their zone, so Date.parse reads them the same everywhere.
  if (/\b(?:GMT|UTC)\b|[+-]\d{4}\b/.test(text) && /[A-Za-z]{3}/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? new Date(ms) : null;
  }
  return null;
}

function parseEpoch(n: number): Date | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const ms = n >= 1e11 ? n : n * 1000; // seconds until the year 5138
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date : null;
}

function parseIso(text: string): Date | null {
  const m = ISO_PARTS.exec(text);
  if (m === null) return null;
  return buildDate(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
}

function parseClf(m: RegExpExecArray): Date | null {
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return null;
  const zone = m[7] === undefined ? undefined : `${m[7]}${m[8]}:${m[9]}`;
  return buildDate(m[3], String(month).padStart(2, '0'), m[1], m[4], m[5], m[6], undefined, zone);
}

/** `ge2025-01-24` → the date, and whether it is a bare calendar date. */
export function parseFhirDate(text: string): { date: Date; dateOnly: boolean } | null {
  const m = FHIR_DATE.exec(text.trim());
  if (m === null) return null;
  const zone = m[8]?.replace(' ', '+');
  const date = buildDate(m[1], m[2] ?? '01', m[3] ?? '01', m[4], m[5], m[6], m[7], zone);
  return date === null ? null : { date, dateOnly: m[4] === undefined };
}

function buildDate(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): Date | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  let time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  if (new Date(time).getUTCDate() !== d) return null; // 31 April
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (z === null) return null;
    const offset = (Number(z[2]) * 60 + Number(z[3] ?? 0)) * (z[1] === '-' ? -1 : 1);
    time -= offset * 60_000;
  }
  return new Date(time);
}

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** Midnight UTC of the request's calendar day in Paris, and that day as « 2025-03-10 ». */
export function parisDay(date: Date): { midnight: number; day: string } {
  const parts = PARIS_DATE.formatToParts(date);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const y = part('year');
  const m = part('month');
  const d = part('day');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { midnight: Date.UTC(y, m - 1, d), day: `${y}-${pad(m)}-${pad(d)}` };
}
