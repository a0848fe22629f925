import { EventEmitter } from 'node:events';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@preuve/persistence';

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0], 10);
}

/** The app's embedded Postgres dies under it (killed, out of memory): it comes back by itself. */
describe('the embedded Postgres, killed under a running app', () => {
  let dataDir: string;
  let handle: EmbeddedPostgresHandle;
  const logs = new EventEmitter();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'preuve-restart-'));
    chmodSync(dataDir, 0o755);
    handle = await startEmbeddedPostgres({
      dataDir,
      database: 'preuve',
      log: (message) => logs.emit('line', message),
    });
  }, 120_000);
  afterAll(async () => {
    await handle.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it.each([1, 2])(
    'is started again on the same port after SIGKILL (%i), with every committed row',
    async (round) => {
      await query(handle.url, 'CREATE TABLE IF NOT EXISTS acknowledged (n int PRIMARY KEY)');
      await query(handle.url, 'INSERT INTO acknowledged SELECT generate_series($1::int, $1::int + 99)', [round * 1000]);
      const before = postmasterPid(dataDir);
      const running = new Promise<string>((resolve) => {
        const listener = (line: string): void => {
          if (/running again/.test(line)) {
            logs.off('line', listener);
            resolve(line);
          }
        };
        logs.on('line', listener);
      });
      process.kill(before, 'SIGKILL');
      expect(await running).toMatch(new RegExp(`running again on port ${handle.port}`));
      expect(postmasterPid(dataDir)).not.toBe(before);
      const rows = await query<{ n: number }>(handle.url, 'SELECT count(*)::int AS n FROM acknowledged');
      expect(rows[0].n).toBe(round * 100);
    },
    120_000,
  );

  it('stays stopped once stopped on purpose', async () => {
    const pid = postmasterPid(dataDir);
    const said: string[] = [];
    const record = (line: string): void => void said.push(line);
    logs.on('line', record);
    // The exit is seen (and judged wanted) before stop() resolves: stop waits for it.
    await handle.stop();
    logs.off('line', record);
    expect(() => process.kill(pid, 0)).toThrow();
    expect(said.filter((line) => /stopped unexpectedly|running again/.test(line))).toEqual([]);
    handle = await startEmbeddedPostgres({ dataDir, database: 'preuve', log: (message) => logs.emit('line', message) });
  }, 120_000);
});
