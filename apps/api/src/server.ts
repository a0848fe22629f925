import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type INestApplication, Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import {
  assertUnprivileged,
  chainPendingAuditEvents,
  grantAppRole,
  roleOf,
  createDataSource,
  runMigrations,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@preuve/persistence';
import { MIGRATIONS } from '@preuve/migrations';
import { loadBuiltInReferentials } from '@preuve/referentials';
import { AppModule, type AppDependencies } from './app.module.js';
import type { AppConfig } from './config.js';
import { configureApp } from './configure-app.js';
import { sweepBlobs } from './evidence/blob-maintenance.js';
import { createRootLogger, levelFor, nestLoggerOver } from './logging/logging.js';
import { ensureBootstrapAdmin } from './organizations/bootstrap-admin.js';
import { ReferentialPublisher } from './referentials/referential-publisher.js';
import { loadSecrets } from './security/secrets.js';

export interface OpenDatabase {
  /** The app's data source: the role that owns nothing (the owner's itself when there is one role). */
  dataSource: DataSource;
  /** The schema owner's data source (migrations, start-up chores, tests' fixtures). */
  owner: DataSource;
  /** True when the app's role is not the owner: the database is a second wall. */
  walled: boolean;
  /** Closes the owner's connections once the start-up no longer needs them (a no-op with one role). */
  releaseOwner(): Promise<void>;
  close(): Promise<void>;
}

/** The owner runs the migrations; the app connects as `app`. One string: one role does both. */
export interface DatabaseUrls {
  owner: string;
  app: string;
}

/**
 * Connects as the owner, runs pending migrations, publishes the built-in référentiels, grants the
 * app's role its privileges, then connects as the app's role (refused if it could undo the wall).
 */
export async function openDatabase(
  urls: string | DatabaseUrls,
  logger: LoggerService = new Logger('Database'),
): Promise<OpenDatabase> {
  const { owner: ownerUrl, app: appUrl } = typeof urls === 'string' ? { owner: urls, app: urls } : urls;
  const walled = ownerUrl !== appUrl;
  const owner = createDataSource({ url: ownerUrl, migrations: MIGRATIONS });
  await owner.initialize();
  let dataSource = owner;
  try {
    const ran = await runMigrations(owner);
    if (ran.length > 0) logger.log(`migrations run: ${ran.join(', ')}`);
    const linked = await chainPendingAuditEvents(owner);
    if (linked > 0) logger.log(`audit chain: ${linked} pending event(s) linked (left by an interrupted pass)`);
    const publisher = new ReferentialPublisher(owner);
    for (const loaded of loadBuiltInReferentials()) {
      const outcome = await publisher.publish(loaded);
      logger.log(
        `référentiel ${loaded.referential.code} ${loaded.referential.version}: ${outcome} (${loaded.contentHash.slice(0, 12)})`,
      );
    }
    if (walled) {
      const role = roleOf(appUrl);
      const { unclassified } = await grantAppRole(owner, role);
      if (unclassified.length > 0) {
        logger.warn(`tables without a privilege class (granted read-write): ${unclassified.join(', ')}`);
      }
      dataSource = createDataSource({ url: appUrl });
      await dataSource.initialize();
      await assertUnprivileged(dataSource, role);
    }
  } catch (error) {
    if (dataSource !== owner && dataSource.isInitialized) await dataSource.destroy();
    await owner.destroy();
    throw error;
  }
  const app = dataSource;
  const releaseOwner = async () => {
    if (walled && owner.isInitialized) await owner.destroy();
  };
  return {
    dataSource: app,
    owner,
    walled,
    releaseOwner,
    async close() {
      await releaseOwner();
      if (app.isInitialized) await app.destroy();
    },
  };
}

export async function createApplication(
  dependencies: AppDependencies,
  logLevels: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<INestApplication> {
  const logger =
    dependencies.logger ??
    createRootLogger({
      level: levelFor(logLevels, dependencies.config.logLevel),
      format: dependencies.config.logFormat,
    });
  const app = await NestFactory.create(AppModule.forRoot(dependencies), {
    bufferLogs: true,
    bodyParser: false, // configureApp adds them (parseThenCheck)
  });
  app.useLogger(nestLoggerOver(logger));
  configureApp(app, {
    logger,
    trustProxy: dependencies.config.trustProxy,
    webDir: dependencies.config.webDir,
    metricsToken: dependencies.config.metricsToken,
  });
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
 * admin, blob sweep, Nest, then `options.prepare` (the command line's `start` seeds the demo data
 * there), HTTP.
 */
export interface StartOptions {
  /**
   * Work on the application before it listens; what it answers gives the lines to log once the
   * address is known.
   */
  prepare?: (app: INestApplication) => Promise<((url: string) => string[]) | undefined>;
}

export async function startServer(
  config: AppConfig,
  logLevels: LogLevel[] | false = ['log', 'warn', 'error'],
  options: StartOptions = {},
): Promise<RunningServer> {
  const root = createRootLogger({ level: levelFor(logLevels, config.logLevel), format: config.logFormat });
  Logger.overrideLogger(nestLoggerOver(root));
  const logger = new Logger('Preuve');
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.migrationDatabaseUrl ?? config.databaseUrl;
  let urls: string | DatabaseUrls | undefined =
    config.databaseUrl && config.migrationDatabaseUrl
      ? { owner: config.migrationDatabaseUrl, app: config.databaseUrl }
      : config.databaseUrl;
  if (!urls) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      database: 'preuve',
      log: (message) => {
        if (logLevels && /ERROR|FATAL|PANIC|embedded Postgres/.test(message)) logger.log(message);
      },
    });
    databaseUrl = embedded.url;
    urls = { owner: embedded.url, app: embedded.appUrl };
    if (logLevels) logger.log(`embedded Postgres running on port ${embedded.port}, data in ${config.dataDir}`);
  }
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(urls, logLevels ? new Logger('Database') : silentLogger);
    if (!database.walled && logLevels) {
      logger.warn(
        'DATABASE_URL is the schema owner and MIGRATION_DATABASE_URL is unset: the app can do anything the owner can (no database wall; see docs/operations.md).',
      );
    }
    const secrets = loadSecrets(config.secretKey, config.dataDir);
    if (secrets.source === 'data-dir' && config.databaseUrl && logLevels) {
      logger.warn(
        `SECRET_KEY is unset: using the key generated in ${config.dataDir}. Instances sharing this database must share it.`,
      );
    }
    if (config.bootstrapAdminEmail && config.bootstrapAdminPassword) {
      const outcome = await ensureBootstrapAdmin(
        database.owner,
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
    const swept = await sweepBlobs(database.owner, config);
    if (logLevels && swept.removedBlobs + swept.removedTemporary > 0) {
      logger.log(
        `blob sweep: ${swept.removedBlobs} orphan blob(s) and ${swept.removedTemporary} temporary file(s) removed`,
      );
    }
    await database.releaseOwner();
    const app = await createApplication({ dataSource: database.dataSource, config, secrets, logger: root }, logLevels);
    let prepared: ((url: string) => string[]) | undefined;
    try {
      prepared = await options.prepare?.(app);
    } catch (error) {
      await app.close();
      throw error;
    }
    await app.listen(config.port);
    const address = (app.getHttpServer() as Server).address() as AddressInfo;
    const url = `http://localhost:${address.port}`;
    if (prepared && logLevels) for (const line of prepared(url)) logger.log(line);
    const opened = database;
    return {
      app,
      url,
      databaseUrl: databaseUrl!,
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
