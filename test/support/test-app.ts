import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import request, { type Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../apps/api/src/config.js';
import { ensureBootstrapAdmin } from '../../apps/api/src/organizations/bootstrap-admin.js';
import { loadSecrets } from '../../apps/api/src/security/secrets.js';
import { createApplication, openDatabase } from '../../apps/api/src/server.js';
import { createTestDatabase } from './test-database.js';

export const ADMIN_EMAIL = 'admin@preuve.test';
export const ADMIN_PASSWORD = 'plateforme-preuve-2026-racine';

export interface TestApp {
  app: INestApplication;
  /** The schema owner's data source: fixtures and checks that go around the app. */
  dataSource: DataSource;
  /** The app's own data source, connected as a role that owns nothing. */
  appDataSource: DataSource;
  config: AppConfig;
  /** supertest bound to the running app; paths are absolute (`/api/v1/...`). */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real app on its own database (cloned from the migrated template), started as the server
 * starts: migrations, built-in référentiels, bootstrap admin, then Nest.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    /** The connection string the app uses for its database (e.g. through a relay the test controls). */
    connectVia?: (url: string) => string;
    /** The app's pino logger (tests that read the log lines give one writing to memory). */
    logger?: PinoLogger;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const quiet = { log: () => undefined, warn: () => undefined, error: console.error };
  const opened = await openDatabase(
    { owner: database.url, app: options.connectVia ? options.connectVia(database.appUrl) : database.appUrl },
    quiet,
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'preuve-app-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SECRET_KEY: randomBytes(32).toString('base64url'),
    COOKIE_SECURE: 'false',
    // Tests' webhook receivers listen on 127.0.0.1; the SSRF tests turn this off again.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    ...env,
  });
  await ensureBootstrapAdmin(opened.owner, ADMIN_EMAIL, ADMIN_PASSWORD);
  const app = await createApplication(
    {
      dataSource: opened.dataSource,
      config,
      secrets: loadSecrets(config.secretKey, config.dataDir),
      logger: options.logger,
    },
    ['error'],
  );
  const server = app.getHttpServer();
  return {
    app,
    dataSource: opened.owner,
    appDataSource: opened.dataSource,
    config,
    http: () => request(server),
    async close() {
      await app.close();
      await opened.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A supertest parser that reads any response body as the exact bytes received (superagent hands
 * the parser the raw message): `.buffer(true).parse(binary)`.
 */
export function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}
