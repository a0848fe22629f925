// Loaded natively by jest (no module mapping here): import plain JavaScript only.
import { rmSync } from 'node:fs';
import pg from 'pg';

interface TestPostgres {
  embedded: { stop(): Promise<void> };
  dataDir: string;
}

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__preuveTestPostgres as TestPostgres | undefined;
  if (state) {
    await state.embedded.stop();
    rmSync(state.dataDir, { recursive: true, force: true });
    return;
  }
  // A shared server (TEST_DATABASE_URL): drop this run's template, leave the rest as it was.
  const client = new pg.Client({ connectionString: process.env.PREUVE_TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${process.env.PREUVE_TEST_TEMPLATE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
