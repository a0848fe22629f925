import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApplication, openDatabase } from '../../apps/api/src/server.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  /** supertest bound to the running app; paths are absolute (`/api/v1/...`). */
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real app on its own database (cloned from the migrated template), started exactly as the
 * server starts: migrations, built-in référentiels, then Nest.
 */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const opened = await openDatabase(database.url, {
    log: () => undefined,
    warn: () => undefined,
    error: console.error,
  });
  const app = await createApplication(opened.dataSource, ['error']);
  const server = app.getHttpServer();
  return {
    app,
    dataSource: opened.dataSource,
    http: () => request(server),
    async close() {
      await app.close();
      await opened.close();
      await database.drop();
    },
  };
}
