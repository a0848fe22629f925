import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@preuve/persistence';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0], 10);
}

/** The pid of a process that has already exited: what a crashed app leaves in the lock file. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
}

describe('the embedded Postgres of DATA_DIR', () => {
  let dataDir: string;
  let handle: EmbeddedPostgresHandle | undefined;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'preuve-embedded-'));
    chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await handle?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps its data across a clean stop and a restart', async () => {
    handle = await startEmbeddedPostgres({ dataDir, database: 'preuve' });
    await query(handle.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before restart')");
    await handle.stop();
    expect(existsSync(join(dataDir, 'preuve.pid'))).toBe(false);
    handle = await startEmbeddedPostgres({ dataDir, database: 'preuve' });
    expect(await query(handle.url, 'SELECT note FROM kept')).toEqual([{ note: 'before restart' }]);
  });

  it('refuses to share DATA_DIR with a live instance, naming the other process', async () => {
    writeFileSync(join(dataDir, 'preuve.pid'), `${process.ppid}\n`);
    await expect(startEmbeddedPostgres({ dataDir, database: 'preuve' })).rejects.toThrow(
      /in use by another Preuve process \(pid \d+\)/,
    );
    writeFileSync(join(dataDir, 'preuve.pid'), `${process.pid}\n`);
  });

  it('starts after a crash that left its Postgres running (the app was killed)', async () => {
    handle?.forget(); // the app was killed: nothing watches its Postgres any more
    const orphan = postmasterPid(dataDir);
    writeFileSync(join(dataDir, 'preuve.pid'), `${deadPid()}\n`);
    handle = await startEmbeddedPostgres({ dataDir, database: 'preuve' });
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(await query(handle.url, 'SELECT note FROM kept')).toEqual([{ note: 'before restart' }]);
  });

  it('starts after a crash that left a stale postmaster.pid (Postgres itself was killed)', async () => {
    // The app died first (its watcher would otherwise start this Postgres again), then Postgres.
    handle?.forget();
    const pid = postmasterPid(dataDir);
    process.kill(pid, 'SIGKILL');
    for (let tries = 0; tries < 200; tries += 1) {
      try {
        process.kill(pid, 0);
        await new Promise((done) => setImmediate(done));
      } catch {
        break;
      }
    }
    writeFileSync(join(dataDir, 'preuve.pid'), `${deadPid()}\n`);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    handle = await startEmbeddedPostgres({ dataDir, database: 'preuve' });
    expect(await query(handle.url, 'SELECT note FROM kept')).toEqual([{ note: 'before restart' }]);
  });
});
