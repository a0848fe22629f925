const LOCALE = 'fr-FR';

const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium' });
// Calendar days as regulatory texts write them (05/01/2026), on the UTC day the API's own texts name.
const day = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const number = new Intl.NumberFormat(LOCALE);
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

export const formatDateTime = (value: string | Date): string => dateTime.format(new Date(value));
export const formatDate = (value: string | Date): string => dateOnly.format(new Date(value));
/** « 05/01/2026 ». */
export const formatDay = (value: string | Date): string => day.format(new Date(value));
export const formatNumber = (value: number): string => number.format(value);
export const formatPercent = (ratio: number): string => percent.format(ratio);

const UNITS = ['o', 'Ko', 'Mo', 'Go', 'To'];

/** 1536 → « 1,5 Ko » (French units: octets). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** A waiting time in words: « 3 j 4 h », « 2 h 10 min », « 5 min ». */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${days} j ${hours} h` : `${days} j`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${minutes} min`;
}
