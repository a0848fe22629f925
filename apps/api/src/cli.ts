import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { chainPendingAuditEvents, startEmbeddedPostgres, verifyAuditChain } from '@preuve/persistence';
import { loadConfig } from './config.js';
import { generateMigration } from './database/generate-migration.js';
import { sweepBlobs, verifyBlobs } from './evidence/blob-maintenance.js';
import { writeOpenApi } from './openapi/openapi-file.js';
import { openDatabase } from './server.js';

const USAGE = `Usage: node dist/cli.js <command>
  migrate                    run pending migrations and publish the built-in référentiels
  migration:generate <Name>  write migrations/<timestamp>-<name>.ts from the difference between
                             the migrated database and the entities
  openapi                    write openapi.json from the code
  blobs:sweep                remove temporary files and unreferenced blobs older than an hour
  blobs:verify               re-hash every stored blob and report any mismatch (exit 1 if any)
  audit:verify               link the pending audit events, re-hash the audit log's chain and name
                             its first broken link (exit 1 if any)
The database is DATABASE_URL, or the embedded Postgres in DATA_DIR.`;

/** Runs `work` on the migrated database of DATABASE_URL, or of the embedded Postgres in DATA_DIR. */
async function withDatabase(work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'preuve' });
  try {
    const database = await openDatabase(config.databaseUrl ?? embedded!.url);
    try {
      await work(database.dataSource);
    } finally {
      await database.close();
    }
  } finally {
    await embedded?.stop();
  }
}

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'migrate':
      await withDatabase(() => Promise.resolve());
      return;
    case 'migration:generate':
      await withDatabase(async (dataSource) => {
        const path = await generateMigration(dataSource, process.argv[3] ?? '');
        console.log(
          path
            ? `wrote ${path}: review it, then add it to migrations/index.ts`
            : 'the schema matches the entities: nothing to generate',
        );
      });
      return;
    case 'blobs:sweep':
      await withDatabase(async (dataSource) => {
        const result = await sweepBlobs(dataSource, loadConfig().dataDir);
        console.log(`removed ${result.removedBlobs} orphan blob(s) and ${result.removedTemporary} temporary file(s)`);
      });
      return;
    case 'blobs:verify': {
      const result = await verifyBlobs(loadConfig().dataDir, (text) => process.stdout.write(text));
      console.log(
        `${result.checked} blob(s) checked, ${result.mismatches.length} mismatch(es), ${result.missing.length} missing`,
      );
      for (const mismatch of result.mismatches)
        console.log(`MISMATCH ${mismatch.sha256}: content hashes to ${mismatch.actual}`);
      if (result.mismatches.length > 0 || result.missing.length > 0) process.exitCode = 1;
      return;
    }
    case 'audit:verify':
      await withDatabase(async (dataSource) => {
        const started = Date.now();
        await chainPendingAuditEvents(dataSource);
        const result = await verifyAuditChain(dataSource.manager, (checked) =>
          process.stdout.write(`\rchecking the audit chain: ${checked} event(s)`),
        );
        const seconds = (Date.now() - started) / 1000;
        process.stdout.write('\n');
        console.log(
          `${result.checked} audit event(s) checked in ${seconds.toFixed(1)} s (${Math.round(result.checked / Math.max(seconds, 0.001))} events/s)`,
        );
        if (result.ok) {
          console.log(
            result.lastHash ? `chain intact; last hash ${result.lastHash}` : 'chain intact (the log is empty)',
          );
          return;
        }
        const broken = result.firstBroken!;
        console.log(`BROKEN at seq ${broken.seq}: ${broken.reason}`);
        console.log(`  expected ${broken.expected}`);
        console.log(`  found    ${broken.found ?? '(none)'}`);
        process.exitCode = 1;
      });
      return;
    case 'openapi':
      for (const path of await writeOpenApi()) console.log(`wrote ${path}`);
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
