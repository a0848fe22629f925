// Loaded natively by jest (no module mapping here): import plain JavaScript only.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/persistence/src/embedded-postgres.js';

/**
 * One Postgres for the whole run: embedded in a temporary folder, or the server of
 * TEST_DATABASE_URL. Test files then clone a template database migrated once (test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'preuve-test-'));
    chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    (globalThis as Record<string, unknown>).__preuveTestPostgres = { embedded, dataDir };
    serverUrl = embedded.urlFor('postgres');
  }
  process.env.PREUVE_TEST_SERVER_URL = serverUrl;
  process.env.PREUVE_TEST_TEMPLATE = `preuve_template_${process.pid}_${Date.now().toString(36)}`;
}
