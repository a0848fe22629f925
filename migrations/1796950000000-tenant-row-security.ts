import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security on every tenant table (each has an `organization_id`): a row is seen and
 * accepted only when the session's `preuve.tenant` is `all` or that organisation's id (see
 * libs/persistence/src/row-security.ts). The owner, who runs the migrations, is not subject to it;
 * the app's role, which owns nothing, is. Audit rows without an organisation (a sign-in) may be
 * written from any scope but are read only across tenants.
 */
export const ROW_SECURITY_TABLES = [
  'api_token',
  'audit_event',
  'audit_pending',
  'declaration',
  'dossier',
  'evidence',
  'organization_email_domain',
  'organization_invitation',
  'product',
  'product_hosting',
  'referencement',
  'remediation_action',
  'remediation_state_change',
  'review_decision',
  'scenario_assessment',
  'scenario_comment',
  'scenario_verdict',
  'segur_record',
  'submission',
  'webhook_endpoint',
];

const AUDIT = new Set(['audit_event', 'audit_pending']);

export class TenantRowSecurity1796950000000 implements MigrationInterface {
  name = 'TenantRowSecurity1796950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION preuve_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN current_setting('preuve.tenant', true) ~ '^[0-9a-fA-F-]{36}$'
                  THEN current_setting('preuve.tenant', true)::uuid END $$`);
    await queryRunner.query(`CREATE FUNCTION preuve_across_tenants() RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT coalesce(current_setting('preuve.tenant', true) = 'all', false) $$`);
    for (const table of ROW_SECURITY_TABLES) {
      const visible = `preuve_across_tenants() OR "organization_id" = preuve_tenant_id()`;
      const accepted = AUDIT.has(table) ? `"organization_id" IS NULL OR ${visible}` : visible;
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY tenant_wall ON "${table}" USING (${visible}) WITH CHECK (${accepted})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROW_SECURITY_TABLES) {
      await queryRunner.query(`DROP POLICY tenant_wall ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION preuve_across_tenants()`);
    await queryRunner.query(`DROP FUNCTION preuve_tenant_id()`);
  }
}
