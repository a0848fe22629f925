import { Command, InvalidArgumentError } from 'commander';
import { chainPendingAuditEvents, verifyAuditChain } from '@preuve/persistence';
import { formatBytes } from '@preuve/storage';
import { loadConfig } from '../config.js';
import { generateMigration } from '../database/generate-migration.js';
import { demoSignInLines, seedDemo } from '../demo/demo-seed.js';
import { sweepBlobs, verifyBlobs } from '../evidence/blob-maintenance.js';
import { writeOpenApi } from './openapi-file.js';
import { loadSecrets } from '../security/secrets.js';
import { createApplication } from '../server.js';
import { withDatabase } from './database.js';
import { exportGrid, printArchiveVerdict, verifyArchiveAt, writeArchive } from './interop-commands.js';
import { addImportCommand } from './import-command.js';
import { byteProgress, countProgress } from './progress.js';
import { addStartCommand } from './start-command.js';

function roundNumber(value: string): number {
  if (!/^[1-9]\d{0,4}$/.test(value)) throw new InvalidArgumentError('a round number (1, 2, …) is expected.');
  return Number(value);
}

/**
 * `npx preuve <command>` (package.json `bin`, which runs the built dist/cli.js). Commands that
 * need data work on DATABASE_URL, or on the embedded Postgres in DATA_DIR (stop the server that
 * uses it first: two processes cannot share it). Results go to stdout, progress bars to stderr
 * (drawn only on a terminal). Exit code 1 when a check fails, 2 on a usage error.
 */
export function buildProgram(setup: (program: Command) => Command = (program) => program): Command {
  // Subcommands copy exit and output settings when they are created: `setup` applies them first.
  const program = setup(new Command('preuve'))
    .description('Preuve from the command line: référentiels in and out, verifications, maintenance.')
    .showHelpAfterError()
    .addHelpText(
      'after',
      '\nThe database is DATABASE_URL, or the embedded Postgres in DATA_DIR (default ./.data); evidence files are in DATA_DIR/blobs.',
    );

  addImportCommand(program);

  program
    .command('export-grid')
    .description('write a dossier as the ANS grid (XLSX) with the vendor columns filled')
    .argument('<dossierId>', 'the dossier')
    .option('-o, --out <file>', 'where to write it (default: grille-<product>-<version>.xlsx)')
    .action(async (dossierId: string, options: { out?: string }) => {
      const path = await withDatabase((dataSource) => exportGrid(dataSource, dossierId, options.out));
      console.log(`wrote ${path}`);
    });

  program
    .command('archive')
    .description('write a submitted round as its verifiable ZIP (what GET …/rounds/{n}/archive.zip serves)')
    .argument('<dossierId>', 'the dossier')
    .argument('<round>', 'the round number', roundNumber)
    .option('-o, --out <file>', 'where to write it (default: <product>-<version>-tour-<n>.zip)')
    .action(async (dossierId: string, round: number, options: { out?: string }) => {
      const config = loadConfig();
      const written = await withDatabase((dataSource) =>
        writeArchive(dataSource, config, dossierId, round, options.out),
      );
      console.log(
        `wrote ${written.path} (${formatBytes(written.size)}); submission manifest sha256 ${written.manifestSha256}`,
      );
    });

  program
    .command('verify-archive')
    .description('check an archive (the ZIP, or its unzipped folder) as its own verify.mjs does, without a database')
    .argument('<path>', 'the .zip file or the unzipped folder')
    .action(async (path: string) => {
      process.exitCode = await printArchiveVerdict(await verifyArchiveAt(path));
    });

  program
    .command('verify-audit')
    .alias('audit:verify')
    .description("link the pending audit events, re-hash the audit log's chain and name its first broken link")
    .action(() =>
      withDatabase(async (dataSource) => {
        const started = Date.now();
        await chainPendingAuditEvents(dataSource);
        const [{ count }] = await dataSource.query<{ count: number }[]>(
          'SELECT count(*)::int AS count FROM audit_event',
        );
        const progress = countProgress('audit events', count);
        const result = await verifyAuditChain(dataSource.manager, (checked) => progress.update(checked)).finally(() =>
          progress.stop(),
        );
        const seconds = (Date.now() - started) / 1000;
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
      }),
    );

  program
    .command('verify-blobs')
    .alias('blobs:verify')
    .description('re-hash every stored evidence blob and report any that no longer matches its hash')
    .action(async () => {
      let progress: ReturnType<typeof byteProgress> | undefined;
      const result = await verifyBlobs(loadConfig(), ({ bytes, totalBytes, checked, total }) => {
        progress ??= byteProgress('blobs', totalBytes);
        progress.update(bytes, `${checked}/${total} blobs`);
      }).finally(() => progress?.stop());
      console.log(
        `${result.checked} blob(s) checked, ${result.mismatches.length} mismatch(es), ${result.missing.length} missing`,
      );
      for (const mismatch of result.mismatches)
        console.log(`MISMATCH ${mismatch.sha256}: content hashes to ${mismatch.actual}`);
      for (const missing of result.missing) console.log(`MISSING ${missing}`);
      if (result.mismatches.length > 0 || result.missing.length > 0) process.exitCode = 1;
    });

  program
    .command('seed-demo')
    .description('create the demo organisations, accounts and dossiers (once; skipped when they exist)')
    .action(() =>
      withDatabase(async (dataSource) => {
        const config = loadConfig();
        const app = await createApplication(
          { dataSource, config, secrets: loadSecrets(config.secretKey, config.dataDir) },
          false,
        );
        try {
          const result = await seedDemo(app, { platformAdmin: !config.bootstrapAdminEmail });
          console.log(result.seeded ? 'demo data seeded' : 'demo data present already: nothing done');
          for (const line of demoSignInLines(`http://localhost:${config.port}`, result.accounts)) console.log(line);
        } finally {
          await app.close();
        }
      }),
    );

  program
    .command('migrate')
    .description('run pending migrations and publish the built-in référentiels')
    .action(() => withDatabase(() => Promise.resolve(), { verbose: true }));

  program
    .command('migration:generate')
    .description('write migrations/<timestamp>-<name>.ts from the difference between the database and the entities')
    .argument('<name>', 'the migration name')
    .action((name: string) =>
      withDatabase(async (dataSource) => {
        const path = await generateMigration(dataSource, name);
        console.log(
          path
            ? `wrote ${path}: review it, then add it to migrations/index.ts`
            : 'the schema matches the entities: nothing to generate',
        );
      }),
    );

  program
    .command('openapi')
    .description('write openapi.json from the code (npm run openapi then derives the web client types)')
    .action(async () => {
      console.log(`wrote ${await writeOpenApi()}`);
    });

  program
    .command('blobs:sweep')
    .description('remove temporary files and unreferenced blobs older than an hour')
    .action(() =>
      withDatabase(async (dataSource) => {
        const result = await sweepBlobs(dataSource, loadConfig());
        console.log(`removed ${result.removedBlobs} orphan blob(s) and ${result.removedTemporary} temporary file(s)`);
      }),
    );

  addStartCommand(program);

  return program;
}
