import { dirname, join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { Command } from 'commander';
import { loadConfig, type AppConfig } from '../config.js';
import { demoSeedWanted } from '../demo/demo-mode.js';
import { demoSignInLines, seedDemo } from '../demo/demo-seed.js';
import { startServer } from '../server.js';
import { ownShutdown, runningLine } from '../shutdown.js';

/** Seeds the demo data before the server listens; the sign-in lines are printed once it does. */
async function withDemo(app: INestApplication, config: AppConfig): Promise<(url: string) => string[]> {
  const logger = new Logger('Preuve');
  const result = await seedDemo(app, { platformAdmin: !config.bootstrapAdminEmail }).catch((error: unknown) => {
    throw new Error(
      `Seeding the demo data failed: ${error instanceof Error ? error.message : String(error)}. ` +
        'Start with DEMO=0 to go without it, or with an empty DATA_DIR to seed afresh.',
      { cause: error },
    );
  });
  logger.log(result.seeded ? 'demo data seeded' : 'demo data present (seeded on an earlier start)');
  return (url) => demoSignInLines(url, result.accounts);
}

/**
 * `preuve start` (what `npm start` runs): the server of dist/main.js, plus the demo data when DEMO
 * asks for it (by default: only with the embedded Postgres, never on an operator's database).
 */
export function addStartCommand(program: Command): void {
  program
    .command('start')
    .description(
      'start the server, seeding the demo data first when DEMO asks for it (default: embedded Postgres only)',
    )
    .action(async () => {
      const config = loadConfig();
      // dist/cli.js, or bin/preuve.mjs which runs it: the web app is built into dist/web.
      const script = resolve(process.argv[1]);
      config.webDir ??= join(script.endsWith('.mjs') ? join(dirname(script), '..', 'dist') : dirname(script), 'web');
      const server = await startServer(config, undefined, {
        prepare: demoSeedWanted(config) ? (app) => withDemo(app, config) : undefined,
      });
      ownShutdown(() => server.close());
      new Logger('Preuve').log(runningLine(server.url));
      await new Promise<never>(() => undefined); // runs until a signal stops it
    });
}
