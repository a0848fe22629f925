import type { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '@preuve/persistence';
import { loadConfig } from '../config.js';
import { openDatabase } from '../server.js';

/**
 * Runs `work` on the migrated database of DATABASE_URL, or of the embedded Postgres in DATA_DIR,
 * connected as the schema owner (MIGRATION_DATABASE_URL when set): these are operators' commands.
 */
export async function withDatabase<T>(
  work: (dataSource: DataSource) => Promise<T>,
  options: { verbose?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'preuve' });
  try {
    const urls = embedded
      ? { owner: embedded.url, app: embedded.appUrl }
      : config.migrationDatabaseUrl
        ? { owner: config.migrationDatabaseUrl, app: config.databaseUrl! }
        : config.databaseUrl!;
    const database = await openDatabase(urls, options.verbose ? undefined : quietLogger);
    try {
      return await work(database.owner);
    } finally {
      await database.close();
    }
  } finally {
    await embedded?.stop();
  }
}

/** The command line prints its own results: the start's log lines would only be noise there. */
const quietLogger = {
  log: () => undefined,
  warn: (message: unknown) => console.warn(message),
  error: (message: unknown) => console.error(message),
};
