import 'reflect-metadata';
import { loadConfig } from './config.js';
import { startEmbeddedPostgres } from '@preuve/persistence';
import { writeOpenApi } from './openapi/openapi-file.js';
import { openDatabase } from './server.js';

const USAGE = `Usage: node dist/cli.js <command>
  migrate    run pending migrations and publish the built-in référentiels
             (DATABASE_URL, or the embedded Postgres in DATA_DIR)
  openapi    write openapi.json from the code`;

async function migrate(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'preuve' });
  try {
    const database = await openDatabase(config.databaseUrl ?? embedded!.url);
    await database.close();
  } finally {
    await embedded?.stop();
  }
}

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'migrate':
      await migrate();
      return;
    case 'openapi':
      console.log(`wrote ${await writeOpenApi()}`);
      return;
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main(process.argv[2]).then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
