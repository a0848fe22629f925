import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '@preuve/persistence';
import { CpuMeter } from './cpu.js';

export const BENCH_ADMIN_EMAIL = 'bench-root@preuve.test';
export const BENCH_ADMIN_PASSWORD = 'banc-d-essai-plateforme-2026';

export interface BenchEnvironment {
  url: string;
  /** The server's database, as its owner (the benchmark seeds it in SQL). */
  databaseUrl: string;
  /** The same database as the app's role, which the server connects as. */
  appDatabaseUrl: string;
  /** A pool on the server's database, for seeding. */
  pool: pg.Pool;
  /** The server's process id (for its memory figures) and its DATA_DIR. */
  serverPid: number;
  dataDir: string;
  /** CPU time of the server and of Postgres, for the cost of a request. */
  cpu: CpuMeter;
  /** Variables the server (and a second instance) starts with besides the benchmark's own. */
  serverEnv: Record<string, string>;
  stop(): Promise<void>;
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the server was not healthy after ${timeoutMs} ms`);
}

/**
 * The built server (dist/main.js) in a process of its own, once it answers: connected as the app's
 * role (`appUrl`, which owns nothing and is subject to row-level security) with the owner's
 * `databaseUrl` for its migrations, as a deployment runs it.
 */
async function startServerProcess(
  databaseUrl: string,
  appUrl: string,
  appDir: string,
  serverEnv: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...serverEnv,
    PORT: String(port),
    DATA_DIR: appDir,
    DATABASE_URL: appUrl,
    MIGRATION_DATABASE_URL: databaseUrl,
    BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
    NODE_ENV: 'production',
  };
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, resolve('dist/main.js')], {
    env,
    stdio: ['ignore', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { child, url };
}

/** A second app instance on the environment's database (its own DATA_DIR), as a load balancer would have. */
export async function startSecondInstance(
  environment: BenchEnvironment,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const { child, url } = await startServerProcess(
    environment.databaseUrl,
    environment.appDatabaseUrl,
    join(environment.dataDir, 'app-2'),
    environment.serverEnv,
  );
  return {
    url,
    pid: child.pid!,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A fresh embedded Postgres owned by the benchmark (so it can seed through SQL), and the built
 * server (dist/main.js) in its own process on DATABASE_URL, as a deployment runs it.
 */
export async function startBenchEnvironment(serverEnv: Record<string, string> = {}): Promise<BenchEnvironment> {
  const dataDir = mkdtempSync(join(tmpdir(), 'preuve-bench-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'db'), database: 'preuve' });
  let child: ChildProcess;
  let url: string;
  try {
    ({ child, url } = await startServerProcess(postgres.url, postgres.appUrl, join(dataDir, 'app'), serverEnv));
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  const pool = new pg.Pool({ connectionString: postgres.url, max: 4 });
  return {
    url,
    databaseUrl: postgres.url,
    appDatabaseUrl: postgres.appUrl,
    pool,
    serverPid: child.pid!,
    dataDir,
    cpu: new CpuMeter(child.pid!, join(dataDir, 'db', 'postgres')),
    serverEnv,
    async stop() {
      await pool.end();
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
