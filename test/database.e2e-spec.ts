import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { MIGRATIONS } from '@preuve/migrations';
import { createDataSource, pendingSchemaChanges, runMigrations } from '@preuve/persistence';
import { loadBuiltInReferentials, parseReferential } from '@preuve/referentials';
import { openDatabase } from '../apps/api/src/server.js';
import {
  PublishedReferentialChangedError,
  ReferentialPublisher,
} from '../apps/api/src/referentials/referential-publisher.js';
import { createEmptyDatabase, type TestDatabase } from './support/test-database.js';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe('schema and référentiel publication', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase();
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  }, 60_000);

  it('migrates an empty database to exactly the entities: generating a migration would yield nothing', async () => {
    const dataSource = createDataSource({ url: database.url, poolSize: 1, migrations: MIGRATIONS });
    await dataSource.initialize();
    try {
      expect((await runMigrations(dataSource)).length).toBeGreaterThan(0);
      expect(await runMigrations(dataSource)).toEqual([]);
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('publishes the built-in référentiels once, however often the app starts', async () => {
    for (let start = 0; start < 2; start += 1) {
      const opened = await openDatabase(database.url, quiet);
      await opened.close();
    }
    const opened = await openDatabase(database.url, quiet);
    try {
      const rows = await opened.dataSource.query('SELECT code, version, content_hash FROM referential ORDER BY code');
      const [dmn, ...segur] = loadBuiltInReferentials();
      expect(rows).toEqual([
        { code: 'DMN', version: '1.2.2', content_hash: dmn.contentHash },
        ...segur.map((loaded) => ({
          code: loaded.referential.code,
          version: loaded.referential.version,
          content_hash: loaded.contentHash,
        })),
      ]);
      expect(await new ReferentialPublisher(opened.dataSource).publish(dmn)).toBe('unchanged');
    } finally {
      await opened.close();
    }
  });

  it('refuses a changed file under a published code and version, and keeps the published tree', async () => {
    const opened = await openDatabase(database.url, quiet);
    try {
      const [dmn] = loadBuiltInReferentials();
      const changed = structuredClone(dmn.referential);
      changed.requirements[0].title = `${changed.requirements[0].title} (modifié)`;
      const loaded = parseReferential(stringify(changed), 'changed-dmn.yaml');
      const publishing = new ReferentialPublisher(opened.dataSource).publish(loaded);
      await expect(publishing).rejects.toThrow(PublishedReferentialChangedError);
      await expect(publishing).rejects.toThrow(/DMN 1\.2\.2 is already published.*new version/s);
      const [row] = await opened.dataSource.query('SELECT content_hash FROM referential WHERE code = $1', ['DMN']);
      expect(row.content_hash).toBe(dmn.contentHash);
    } finally {
      await opened.close();
    }
  });

  it('publishes the same change under a new version beside the old one', async () => {
    const opened = await openDatabase(database.url, quiet);
    try {
      const [dmn] = loadBuiltInReferentials();
      const next = { ...structuredClone(dmn.referential), version: '1.2.3' };
      expect(
        await new ReferentialPublisher(opened.dataSource).publish(parseReferential(stringify(next), 'dmn-1.2.3.yaml')),
      ).toBe('published');
      const rows = await opened.dataSource.query("SELECT version FROM referential WHERE code = 'DMN' ORDER BY version");
      expect(rows.map((row: { version: string }) => row.version)).toEqual(['1.2.2', '1.2.3']);
    } finally {
      await opened.close();
    }
  });
});
