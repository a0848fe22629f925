import type { DataSource, EntityManager } from 'typeorm';

/**
 * What the application's own database role may do on each table. The migrations run as the owner
 * role; the app connects as a role that owns nothing and gets exactly these grants, re-applied after
 * the migrations at every start. Append-only tables get no UPDATE nor DELETE at all: even with the
 * triggers gone (only the owner could drop them) the app could not rewrite history.
 */
export type TablePrivileges =
  /** Ordinary mutable rows. */
  | 'read-write'
  /** Nothing submitted is altered: rows are added, never changed or removed. */
  | 'append-only'
  /** Rows are added and updated (delivery state, a disabled flag) but never removed. */
  | 'no-delete'
  /** A queue: rows are added and consumed (deleted), never changed. */
  | 'insert-delete'
  /** Read by the app, written only by migrations. */
  | 'read-only';

const GRANTS: Record<TablePrivileges, string> = {
  'read-write': 'SELECT, INSERT, UPDATE, DELETE',
  'append-only': 'SELECT, INSERT',
  'no-delete': 'SELECT, INSERT, UPDATE',
  'insert-delete': 'SELECT, INSERT, DELETE',
  'read-only': 'SELECT',
};

/**
 * Every table of the schema, classified. A test fails when a table is missing here, so a new table
 * gets its privileges chosen on purpose; until then it is granted read-write (and the start logs it).
 */
export const TABLE_PRIVILEGES: Record<string, TablePrivileges> = {
  typeorm_migrations: 'read-only',
  referential: 'read-write', // drafts change; a trigger refuses any change to a published version
  referential_milestones: 'append-only',
  referential_erratum: 'append-only',
  organization: 'read-write',
  organization_email_domain: 'read-write',
  organization_invitation: 'read-write',
  app_user: 'read-write',
  session: 'read-write',
  recovery_code: 'read-write',
  api_token: 'read-write',
  product: 'read-write',
  dossier: 'read-write',
  evidence: 'append-only',
  declaration: 'append-only',
  submission: 'append-only',
  scenario_verdict: 'append-only',
  scenario_comment: 'append-only',
  review_decision: 'append-only',
  audit_event: 'append-only',
  audit_pending: 'insert-delete',
  segur_record: 'append-only',
  referencement: 'append-only',
  webhook_endpoint: 'no-delete',
  webhook_delivery: 'no-delete',
  oidc_provider: 'read-write',
  oidc_identity: 'read-write',
  oidc_authorization: 'read-write',
  oidc_sign_in: 'read-write',
  notification: 'read-write',
  notification_preference: 'read-write',
  scenario_assessment: 'append-only',
  remediation_action: 'append-only',
  remediation_state_change: 'append-only',
  product_hosting: 'append-only',
  login_rate_window: 'read-write',
  list_stamp: 'no-delete', // moved by triggers with every change a list shows
};

/** The user name in a connection string (the role the connection logs in as). */
export function roleOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('The database connection string names no user: the role cannot be told.');
  return user;
}

export interface AppRoleGrants {
  /** Tables found in the schema that TABLE_PRIVILEGES does not classify (granted read-write). */
  unclassified: string[];
}

async function tablesOf(manager: EntityManager): Promise<string[]> {
  const rows = await manager.query<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/**
 * Gives `role` (connected by the app) exactly the privileges of TABLE_PRIVILEGES, run by the owner
 * after the migrations; idempotent (all revoked, then granted, in one transaction). Instances
 * starting together take turns on an advisory lock.
 */
export async function grantAppRole(owner: DataSource, role: string): Promise<AppRoleGrants> {
  return owner.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('preuve.app-role-grants'))`);
    const quoted = `"${role.replaceAll('"', '""')}"`;
    const tables = await tablesOf(manager);
    const unclassified = tables.filter((table) => !(table in TABLE_PRIVILEGES));
    await manager.query(`GRANT USAGE ON SCHEMA public TO ${quoted}`);
    await manager.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${quoted}`);
    await manager.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${quoted}`);
    for (const table of tables) {
      const privileges = GRANTS[TABLE_PRIVILEGES[table] ?? 'read-write'];
      await manager.query(`GRANT ${privileges} ON "${table}" TO ${quoted}`);
    }
    await manager.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`);
    return { unclassified };
  });
}

export interface RoleStanding {
  superuser: boolean;
  bypassRls: boolean;
  createRole: boolean;
  /** Tables, views, sequences and functions of the schema the role owns. */
  owns: number;
}

/** What the connected role could do beyond its grants: all of it must be false/0 for the app. */
export async function roleStanding(dataSource: DataSource): Promise<RoleStanding> {
  const rows = await dataSource.query<RoleStanding[]>(
    `SELECT r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls", r.rolcreaterole AS "createRole",
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND pg_has_role(current_user, c.relowner, 'USAGE'))
          + (SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = current_schema() AND pg_has_role(current_user, p.proowner, 'USAGE')) AS owns
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  return rows[0];
}

/** Refuses to run the app as a role that could undo the wall (owner, superuser, BYPASSRLS). */
export async function assertUnprivileged(dataSource: DataSource, role: string): Promise<void> {
  const standing = await roleStanding(dataSource);
  const problems = [
    standing.superuser && 'is a superuser',
    standing.bypassRls && 'has BYPASSRLS',
    standing.owns > 0 && `owns (or is a member of the owner of) ${standing.owns} object(s) of the schema`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `The application's database role « ${role} » ${problems.join(', ')}: give DATABASE_URL a role that owns nothing, and MIGRATION_DATABASE_URL the owner (docs/operations.md).`,
    );
  }
}
