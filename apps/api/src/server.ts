import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type INestApplication, Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  chainPendingAuditEvents,
  createDataSource,
  runMigrations,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@preuve/persistence';
import { loadBuiltInReferentials } from '@preuve/referentials';
import { AppModule, type AppDependencies } from './app.module.js';
import type { AppConfig } from './config.js';
import { configureApp } from './configure-app.js';
import { demoSeedWanted } from './demo/demo-mode.js';
import { demoSignInLines, seedDemo, type DemoSeedResult } from './demo/demo-seed.js';
import { sweepBlobs } from './evidence/blob-maintenance.js';
import { ensureBootstrapAdmin } from './organizations/bootstrap-admin.js';
import { ReferentialPublisher } from './referentials/referential-publisher.js';
import { loadSecrets } from './security/secrets.js';

export interface OpenDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Connects, runs pending migrations and publishes the built-in référentiels. */
export async function openDatabase(url: string, logger: LoggerService = new Logger('Database')): Promise<OpenDatabase> {
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  try {
    const ran = await runMigrations(dataSource);
    if (ran.length > 0) logger.log(`migrations run: ${ran.join(', ')}`);
    const linked = await chainPendingAuditEvents(dataSource);
    if (linked > 0) logger.log(`audit chain: ${linked} pending event(s) linked (left by an interrupted pass)`);
    const publisher = new ReferentialPublisher(dataSource);
    for (const loaded of loadBuiltInReferentials()) {
      const outcome = await publisher.publish(loaded);
      logger.log(
        `référentiel ${loaded.referential.code} ${loaded.referential.version}: ${outcome} (${loaded.contentHash.slice(0, 12)})`,
      );
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, close: () => dataSource.destroy() };
}

export async function createApplication(
  dependencies: AppDependencies,
  logLevels: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(dependencies), { logger: logLevels, bodyParser: true });
  configureApp(app, { trustProxy: dependencies.config.trustProxy, webDir: dependencies.config.webDir });
  await app.init();
  return app;
}

export interface RunningServer {
  app: INestApplication;
  /** Base URL, e.g. http://localhost:3000 */
  url: string;
  databaseUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The whole start: database (embedded when no DATABASE_URL), migrations, référentiels, bootstrap
 * admin, blob sweep, Nest, the demo data when wanted (DEMO), HTTP.
 */
export async function startServer(
  config: AppConfig,
  logLevels: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<RunningServer> {
  const logger = new Logger('Preuve');
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      database: 'preuve',
      log: (message) => {
        if (logLevels && /ERROR|FATAL|PANIC|embedded Postgres/.test(message)) logger.log(message);
      },
    });
    databaseUrl = embedded.url;
    if (logLevels) logger.log(`embedded Postgres running on port ${embedded.port}, data in ${config.dataDir}`);
  }
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(databaseUrl, logLevels ? new Logger('Database') : silentLogger);
    const secrets = loadSecrets(config.secretKey, config.dataDir);
    if (secrets.source === 'data-dir' && config.databaseUrl && logLevels) {
      logger.warn(
        `SECRET_KEY is unset: using the key generated in ${config.dataDir}. Instances sharing this database must share it.`,
      );
    }
    if (config.bootstrapAdminEmail && config.bootstrapAdminPassword) {
      const outcome = await ensureBootstrapAdmin(
        database.dataSource,
        config.bootstrapAdminEmail,
        config.bootstrapAdminPassword,
      );
      if (logLevels)
        logger.log(
          outcome === 'created'
            ? `platform admin ${config.bootstrapAdminEmail} created`
            : 'a platform admin exists already',
        );
    }
    const swept = await sweepBlobs(database.dataSource, config.dataDir);
    if (logLevels && swept.removedBlobs + swept.removedTemporary > 0) {
      logger.log(
        `blob sweep: ${swept.removedBlobs} orphan blob(s) and ${swept.removedTemporary} temporary file(s) removed`,
      );
    }
    const app = await createApplication({ dataSource: database.dataSource, config, secrets }, logLevels);
    let demo: DemoSeedResult | undefined;
    if (demoSeedWanted(config)) {
      demo = await seedDemo(app, { platformAdmin: !config.bootstrapAdminEmail }).catch(async (error: unknown) => {
        await app.close();
        throw new Error(
          `Seeding the demo data failed: ${error instanceof Error ? error.message : String(error)}. ` +
            'Start with DEMO=0 to go without it, or with an empty DATA_DIR to seed afresh.',
          { cause: error },
        );
      });
      if (logLevels) logger.log(demo.seeded ? 'demo data seeded' : 'demo data present (seeded on an earlier start)');
    }
    await app.listen(config.port);
    const address = (app.getHttpServer() as Server).address() as AddressInfo;
    const url = `http://localhost:${address.port}`;
    if (demo && logLevels) for (const line of demoSignInLines(url, demo.accounts)) logger.log(line);
    const opened = database;
    return {
      app,
      url,
      databaseUrl,
      embedded: embedded !== undefined,
      async close() {
        await app.close();
        await opened.close();
        if (embedded) {
          // pg's pool.end() resolves once its sockets are told to close, not once they are
          // closed: let them go before stopping Postgres, so it has no session to cut.
          await waitForSessionsToEnd(embedded.url, 'preuve', 2_000);
          await embedded.stop();
        }
      },
    };
  } catch (error) {
    await database?.close();
    await embedded?.stop();
    throw error;
  }
}

async function waitForSessionsToEnd(url: string, applicationName: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'preuve-shutdown' });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ open: number }>(
        'SELECT count(*)::int AS open FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );
      if (rows[0].open === 0) return;
      await new Promise((done) => setTimeout(done, 20));
    }
  } finally {
    await client.end();
  }
}

const silentLogger: LoggerService = { log: () => undefined, warn: () => undefined, error: () => undefined };
