import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { runAcrossTenants, runInOrganization } from '@preuve/persistence';
import { bearer, createDossier, createVendor, type Vendor } from './support/actors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Tables with an organisation column that deliberately have no row-level security, and why. Any
 * other table with an `organization_id` must have a policy: a new one fails the first test below.
 */
const WITHOUT_ROW_SECURITY: Record<string, string> = {
  app_user:
    'a vendor’s request reads the authority’s users (reviewers notified of a submission, authors of comments); users are walled by the application and carry no evidence',
};

describe('row-level security: the database keeps each vendor’s rows to that vendor', () => {
  let app: TestApp;
  let vendorA: Vendor;
  let vendorB: Vendor;
  let dossierA: string;
  let dossierB: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendorA = await createVendor(app);
    vendorB = await createVendor(app);
    dossierA = (await createDossier(app, vendorA.member.token)).dossierId;
    dossierB = (await createDossier(app, vendorB.member.token)).dossierId;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  }, 60_000);

  it('has a policy on every table with an organisation column (or a stated reason not to)', async () => {
    const rows = await app.dataSource.query<{ table: string; enabled: boolean; policies: number }[]>(
      `SELECT c.relname AS "table", c.relrowsecurity AS enabled,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'organization_id' AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const unguarded = rows
      .filter((row) => !(row.table in WITHOUT_ROW_SECURITY))
      .filter((row) => !row.enabled || row.policies === 0)
      .map((row) => row.table);
    expect(unguarded).toEqual([]);
    for (const table of Object.keys(WITHOUT_ROW_SECURITY)) expect(rows.map((row) => row.table)).toContain(table);
  });

  it('a query without its tenant condition, in a vendor’s scope, gets nothing of the other vendor', async () => {
    const seen = await runInOrganization(vendorA.organization.id, async () => ({
      dossiers: await app.appDataSource.query<
        {
          id: string;
          organization_id: string;
        }[]
      >('SELECT id, organization_id FROM dossier'),
      products: await app.appDataSource.query<{ organization_id: string }[]>('SELECT organization_id FROM product'),
      audit: await app.appDataSource.query<
        {
          organization_id: string | null;
        }[]
      >('SELECT DISTINCT organization_id FROM audit_event'),
      byId: await app.appDataSource.query<unknown[]>('SELECT id FROM dossier WHERE id = $1', [dossierB]),
    }));
    expect(seen.dossiers.map((row) => row.id)).toEqual([dossierA]);
    expect(new Set(seen.products.map((row) => row.organization_id))).toEqual(new Set([vendorA.organization.id]));
    expect(seen.audit.map((row) => row.organization_id)).toEqual([vendorA.organization.id]);
    expect(seen.byId).toEqual([]);
  });

  it('a vendor’s scope can neither change nor create the other vendor’s rows', async () => {
    const code = await runInOrganization(vendorA.organization.id, async () => {
      const [, changed] = await app.appDataSource.query<[unknown, number]>(
        `UPDATE dossier SET updated_at = now() WHERE id = $1`,
        [dossierB],
      );
      expect(changed).toBe(0);
      try {
        await app.appDataSource.query(
          `INSERT INTO product (organization_id, name, version) VALUES ($1, 'Intrus', '1')`,
          [vendorB.organization.id],
        );
        return 'inserted';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    expect(code).toBe('42501');
  });

  it('the scope follows the code, not the pooled connection; across tenants sees both', async () => {
    const [a, b, all] = await Promise.all([
      runInOrganization(vendorA.organization.id, () => app.appDataSource.query('SELECT id FROM dossier')),
      runInOrganization(vendorB.organization.id, () => app.appDataSource.query('SELECT id FROM dossier')),
      runAcrossTenants(() => app.appDataSource.query('SELECT id FROM dossier ORDER BY id')),
    ]);
    expect(a).toEqual([{ id: dossierA }]);
    expect(b).toEqual([{ id: dossierB }]);
    expect((all as { id: string }[]).map((row) => row.id).sort()).toEqual([dossierA, dossierB].sort());
  });

  it('a session of the app role that states no tenant sees no tenant row at all', async () => {
    const url = (app.appDataSource.options as { url: string }).url;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: number }>('SELECT count(*)::int AS count FROM dossier');
      expect(rows[0].count).toBe(0);
      const setting = await client.query<{ value: string | null }>(
        `SELECT current_setting('preuve.tenant', true) AS value`,
      );
      expect(setting.rows[0].value ?? '').toBe('');
      // A tenant that is neither `all` nor an id (the app writes no such thing) shuts the wall too.
      await client.query(`SELECT set_config('preuve.tenant', 'not-an-organisation', false)`);
      await expect(client.query('SELECT count(*)::int AS count FROM dossier')).rejects.toMatchObject({ code: '22P02' });
    } finally {
      await client.end();
    }
  });

  it('the API still serves each vendor its own data, and the other’s as 404', async () => {
    await app.http().get(`/api/v1/dossiers/${dossierA}`).set(bearer(vendorA.member.token)).expect(200);
    await app.http().get(`/api/v1/dossiers/${dossierB}`).set(bearer(vendorA.member.token)).expect(404);
  });
});
