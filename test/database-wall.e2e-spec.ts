import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { roleStanding, startEmbeddedPostgres, TABLE_PRIVILEGES } from '@preuve/persistence';
import { loadConfig } from '../apps/api/src/config.js';
import { openDatabase, startServer, type RunningServer } from '../apps/api/src/server.js';
import { createTestDatabase, TEST_APP_ROLE, type TestDatabase } from './support/test-database.js';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** The SQLSTATE a statement fails with (undefined if it succeeds). */
async function failure(dataSource: DataSource, sql: string): Promise<string | undefined> {
  try {
    await dataSource.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

const APPEND_ONLY = Object.entries(TABLE_PRIVILEGES)
  .filter(([, privileges]) => privileges === 'append-only')
  .map(([table]) => table);

describe('the database as a second wall: the app role owns nothing', () => {
  let database: TestDatabase;
  let opened: Awaited<ReturnType<typeof openDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    opened = await openDatabase({ owner: database.url, app: database.appUrl }, quiet);
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
    await database?.drop();
  }, 60_000);

  it('connects the app as a role that is no superuser, has no BYPASSRLS and owns no object', async () => {
    const [{ user }] = await opened.dataSource.query<{ user: string }[]>('SELECT current_user AS "user"');
    expect(user).toBe(TEST_APP_ROLE);
    expect(opened.walled).toBe(true);
    expect(await roleStanding(opened.dataSource)).toEqual({
      superuser: false,
      bypassRls: false,
      createRole: false,
      owns: 0,
    });
  });

  it('classifies every table of the schema (a new table must choose its privileges)', async () => {
    const rows = await opened.owner.query<{ relname: string }[]>(
      `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    expect(rows.map((row) => row.relname)).toEqual(Object.keys(TABLE_PRIVILEGES).sort());
  });

  it('grants no UPDATE, DELETE nor TRUNCATE on any append-only table, and no UPDATE on audit_pending', async () => {
    const rows = await opened.owner.query<{ table_name: string; privileges: string }[]>(
      `SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) AS privileges
         FROM information_schema.role_table_grants WHERE grantee = $1 GROUP BY table_name`,
      [TEST_APP_ROLE],
    );
    const granted = Object.fromEntries(rows.map((row) => [row.table_name, row.privileges]));
    expect(APPEND_ONLY.length).toBeGreaterThanOrEqual(10);
    for (const table of APPEND_ONLY) expect([table, granted[table]]).toEqual([table, 'INSERT,SELECT']);
    expect(granted.audit_pending).toBe('DELETE,INSERT,SELECT');
    expect(granted.webhook_delivery).toBe('INSERT,SELECT,UPDATE');
    expect(granted.dossier).toBe('DELETE,INSERT,SELECT,UPDATE');
  });

  it('cannot update or delete append-only rows, even where a trigger would not stop it', async () => {
    for (const table of APPEND_ONLY) {
      const [{ column }] = await opened.owner.query<{ column: string }[]>(
        `SELECT column_name AS "column" FROM information_schema.columns WHERE table_name = $1 LIMIT 1`,
        [table],
      );
      const update = `UPDATE "${table}" SET "${column}" = "${column}" WHERE false`;
      expect([table, await failure(opened.dataSource, update)]).toEqual([table, '42501']);
      expect([table, await failure(opened.dataSource, `DELETE FROM "${table}" WHERE false`)]).toEqual([table, '42501']);
      expect([table, await failure(opened.dataSource, `TRUNCATE "${table}"`)]).toEqual([table, '42501']);
    }
    expect(await failure(opened.dataSource, 'UPDATE audit_pending SET id = id WHERE false')).toBe('42501');
  });

  it('cannot drop, disable or replace the append-only triggers, nor change a table', async () => {
    const attempts = [
      'DROP TRIGGER audit_event_no_update_delete ON audit_event',
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete',
      'ALTER TABLE evidence DISABLE TRIGGER ALL',
      `CREATE OR REPLACE FUNCTION preuve_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      'ALTER TABLE dossier DISABLE ROW LEVEL SECURITY',
      'DROP TABLE audit_pending',
      'SET session_replication_role = replica',
    ];
    for (const sql of attempts) expect([sql, await failure(opened.dataSource, sql)]).toEqual([sql, '42501']);
  });

  it('refuses to start the app as a role that could undo the wall', async () => {
    const superuser = new URL(database.url);
    superuser.searchParams.set('application_name', 'preuve-superuser');
    await expect(openDatabase({ owner: database.url, app: superuser.toString() }, quiet)).rejects.toThrow(
      /is a superuser.*MIGRATION_DATABASE_URL/,
    );
  });

  it('starts from an operator’s DATABASE_URL (app role) and MIGRATION_DATABASE_URL (owner)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'preuve-wall-'));
    let server: RunningServer | undefined;
    try {
      server = await startServer(
        loadConfig({
          PORT: '0',
          DATA_DIR: dataDir,
          DATABASE_URL: database.appUrl,
          MIGRATION_DATABASE_URL: database.url,
          SECRET_KEY: 'k'.repeat(40),
        }),
        false,
      );
      const dataSource = server.app.get(DataSource);
      const [{ user }] = await dataSource.query<{ user: string }[]>('SELECT current_user AS "user"');
      expect(user).toBe(TEST_APP_ROLE);
      const health = await fetch(`${server.url}/api/v1/health/ready`);
      expect(health.status).toBe(200);
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the embedded Postgres creates both roles itself', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'preuve-wall-embedded-'));
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let opened: Awaited<ReturnType<typeof openDatabase>> | undefined;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir, database: 'preuve' });
    opened = await openDatabase({ owner: embedded.url, app: embedded.appUrl }, quiet);
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('runs the app as preuve_app, which cannot rewrite evidence nor drop its trigger', async () => {
    const [{ user }] = await opened!.dataSource.query<{ user: string }[]>('SELECT current_user AS "user"');
    expect(user).toBe('preuve_app');
    expect(await roleStanding(opened!.dataSource)).toEqual({
      superuser: false,
      bypassRls: false,
      createRole: false,
      owns: 0,
    });
    expect(await failure(opened!.dataSource, 'DELETE FROM evidence')).toBe('42501');
    expect(await failure(opened!.dataSource, 'DROP TRIGGER evidence_no_update_delete ON evidence')).toBe('42501');
  });
});
