import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS } from '@preuve/migrations';
import { createDataSource, runMigrations } from '@preuve/persistence';

function env(name: 'PREUVE_TEST_SERVER_URL' | 'PREUVE_TEST_TEMPLATE'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is unset: run e2e tests through jest (its global setup starts Postgres).`);
  return value;
}

export function databaseUrl(database: string): string {
  const url = new URL(env('PREUVE_TEST_SERVER_URL'));
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The role test apps connect as, like a production app: it owns nothing and gets its privileges
 * from grantAppRole at the app's start. Shared by every test database of the server (roles are
 * per server); its password only matters on the embedded test server.
 */
export const TEST_APP_ROLE = 'preuve_test_app';
const TEST_APP_PASSWORD = 'preuve-test-app';

/** The same database, logged in as TEST_APP_ROLE. */
export function appDatabaseUrl(database: string): string {
  const url = new URL(databaseUrl(database));
  url.username = TEST_APP_ROLE;
  url.password = TEST_APP_PASSWORD;
  return url.toString();
}

async function ensureAppRole(client: pg.Client): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [TEST_APP_ROLE]);
  if (exists.rowCount !== 0) return;
  try {
    await client.query(
      `CREATE ROLE ${TEST_APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${TEST_APP_PASSWORD}'`,
    );
  } catch (error) {
    // Another run on the same server (TEST_DATABASE_URL) created it first.
    if ((error as { code?: string }).code !== '42710' && (error as { code?: string }).code !== '23505') throw error;
  }
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: env('PREUVE_TEST_SERVER_URL') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The run's template database, migrated once. Test files run in parallel workers: the first one
 * to get the advisory lock builds it, the others wait for the lock and find it ready.
 */
async function ensureTemplate(): Promise<string> {
  const template = env('PREUVE_TEST_TEMPLATE');
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount !== 0) return;
      await ensureAppRole(client);
      await client.query(`CREATE DATABASE ${template}`);
      const dataSource = createDataSource({ url: databaseUrl(template), poolSize: 1, migrations: MIGRATIONS });
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  /** As the owner (the test server's superuser). */
  url: string;
  /** As TEST_APP_ROLE, which owns nothing. */
  appUrl: string;
  drop(): Promise<void>;
}

async function create(prefix: string, template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  return {
    name,
    url: databaseUrl(name),
    appUrl: appDatabaseUrl(name),
    drop: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  return create('preuve_test', await ensureTemplate());
}

/** An empty database (no migrations), for tests of the migrations and the start itself. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  return create('preuve_empty');
}
