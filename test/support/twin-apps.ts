import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../apps/api/src/config.js';
import { ensureBootstrapAdmin } from '../../apps/api/src/organizations/bootstrap-admin.js';
import { loadSecrets } from '../../apps/api/src/security/secrets.js';
import { createApplication, openDatabase } from '../../apps/api/src/server.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './test-app.js';
import { createTestDatabase } from './test-database.js';

/**
 * Two app instances as a deployment behind a load balancer runs them: one database, one blob
 * store (the same DATA_DIR), one SECRET_KEY, but each its own Nest application, connection pool,
 * LISTEN connections, outbox workers and in-memory caches. Each is a TestApp, so the usual actors
 * helpers work through either.
 */
export async function startTwinApps(env: Record<string, string> = {}): Promise<{
  instances: [TestApp, TestApp];
  close(): Promise<void>;
}> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'preuve-twins-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SECRET_KEY: randomBytes(32).toString('base64url'),
    COOKIE_SECURE: 'false',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    ...env,
  });
  const quiet = { log: () => undefined, warn: () => undefined, error: console.error };
  const started: TestApp[] = [];
  const closers: (() => Promise<void>)[] = [];
  const close = async (): Promise<void> => {
    for (const closer of closers.reverse()) await closer();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let index = 0; index < 2; index += 1) {
      // Each instance opens the database as a starting server does (migrations find nothing to run).
      const opened = await openDatabase({ owner: database.url, app: database.appUrl }, quiet);
      closers.push(() => opened.close());
      if (index === 0) await ensureBootstrapAdmin(opened.owner, ADMIN_EMAIL, ADMIN_PASSWORD);
      const app = await createApplication(
        { dataSource: opened.dataSource, config, secrets: loadSecrets(config.secretKey, config.dataDir) },
        ['error'],
      );
      closers.push(() => app.close());
      const server = app.getHttpServer();
      started.push({
        app,
        dataSource: opened.owner,
        appDataSource: opened.dataSource,
        config,
        http: () => request(server),
        close: () => Promise.reject(new Error('close the twins together')),
      });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { instances: [started[0], started[1]], close };
}
