import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { dosDateTimeOf } from '../apps/api/src/interop/zip-time.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SUBMITTED_AT = '2026-03-29T00:59:58.000Z'; // Paris changes to summer time an hour later

/**
 * A ZIP of one stored entry dated SUBMITTED_AT, made by yazl in a Node process whose time zone is
 * `tz` (a zone is fixed when a process starts, hence one process per zone). `plain`: a plain Date,
 * as yazl would be given without utcDosDate. Node runs the TypeScript helper as is (types stripped).
 */
async function zipIn(tz: string, plain = false): Promise<Buffer> {
  const script = `
    const { utcDosDate } = await import('./apps/api/src/interop/zip-time.ts');
    const yazl = (await import('yazl')).default;
    const at = new Date('${SUBMITTED_AT}');
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('contenu'), 'a.txt', { mtime: ${plain ? 'at' : 'utcDosDate(at)'}, compress: false });
    zip.end();
    const chunks = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk);
    process.stdout.write(Buffer.concat(chunks).toString('hex'));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
  });
  return Buffer.from(stdout, 'hex');
}

/** The DOS time and date of the first local file header (offsets 10 and 12). */
function headerTime(zip: Buffer): { date: number; time: number } {
  return { date: zip.readUInt16LE(12), time: zip.readUInt16LE(10) };
}

/** Archives' DOS timestamps in UTC whatever the server's zone (yazl reads a Date's local getters). */
describe('ZIP entry times: UTC, whatever the time zone', () => {
  const instant = new Date(SUBMITTED_AT);

  it('writes the UTC wall-clock time in the DOS fields and the exact instant in the extended field', async () => {
    const zips = await Promise.all(
      ['UTC', 'Europe/Paris', 'Pacific/Noumea', 'America/St_Johns'].map((tz) => zipIn(tz)),
    );
    for (const zip of zips) {
      expect(headerTime(zip)).toEqual(dosDateTimeOf(instant));
      // The "UT" extra field of the local header: tag 0x5455, size, flags, then Unix seconds.
      const extra = zip.indexOf(Buffer.from([0x55, 0x54, 0x05, 0x00]));
      expect(zip.readUInt32LE(extra + 5)).toBe(Math.floor(instant.getTime() / 1000));
    }
    expect(new Set(zips.map((zip) => zip.toString('hex'))).size).toBe(1);
  }, 60_000);

  it('would depend on the zone with a plain Date (what utcDosDate prevents)', async () => {
    const local = headerTime(await zipIn('Europe/Paris', true));
    expect(local).not.toEqual(dosDateTimeOf(instant));
    expect(local.time >> 11).toBe(1); // 01:59 in Paris
  }, 60_000);
});
