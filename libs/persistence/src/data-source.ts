import pg from 'pg';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import { AuditChainSubscriber } from './audit-chain/index.js';
import { ENTITIES } from './entities/index.js';
import { scopeConnections } from './row-security.js';

export interface DataSourceSettings {
  url: string;
  /** Connection pool size; the default suits a 2-core machine. */
  poolSize?: number;
  applicationName?: string;
  /**
   * The schema's migrations, oldest first: `runMigrations` runs them. The app passes the list
   * (`@preuve/migrations`); a data source that never migrates (reads, the OpenAPI export) needs none.
   */
  migrations?: readonly (new () => MigrationInterface)[];
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into Postgres 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    url: settings.url,
    entities: ENTITIES,
    // Links the audit events a transaction wrote into the hash chain once it has committed.
    subscribers: [AuditChainSubscriber],
    migrations: [...(settings.migrations ?? [])],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Failing queries surface as errors where they happen (a 500 is logged with its correlation id).
    logging: ['warn', 'migration'],
    extra: {
      max: settings.poolSize ?? 10,
      // A database that does not answer (a dropped network, a full server) fails the request with
      // 503 DATABASE_UNAVAILABLE after this long rather than holding it forever.
      connectionTimeoutMillis: 10_000,
      application_name: settings.applicationName ?? 'preuve',
      // Plans for SSDs or a cached working set (Postgres's default of 4 assumes spinning disks):
      // otherwise the prepared, generic plans of pages sort a vendor's whole queue rather than
      // walk the index already in order.
      options: '-c random_page_cost=1.1',
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  const dataSource = new DataSource(dataSourceOptions(settings));
  // Each connection taken from the pool carries the row scope (tenant) of the code taking it.
  scopeConnections(dataSource);
  return dataSource;
}

/** The session advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 'preuve:migrations';

/**
 * Runs every pending migration; returns the names of those it ran. Several instances started at
 * once on one database take turns (a session advisory lock held on a connection of its own): the
 * first migrates, the others then find nothing pending, instead of racing to create the same tables.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  if (dataSource.migrations.length === 0) {
    throw new Error(
      'This data source has no migrations to run: create it with `migrations` (from @preuve/migrations).',
    );
  }
  // The lock is held on a connection outside the pool: a pool of one must still migrate.
  const url = (dataSource.options as { url?: string }).url;
  const lock = url ? new pg.Client({ connectionString: url, application_name: 'preuve-migrations' }) : null;
  await lock?.connect();
  try {
    await lock?.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await lock?.end().catch(() => undefined);
  }
}

/**
 * The SQL that would bring the database to the entities, empty when the migrations and the
 * entities agree. CI fails when it is not empty: every schema change goes through a migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}
