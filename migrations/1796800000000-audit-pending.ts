import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events wait in audit_pending from their commit until the chain pass that follows it links
 * them into audit_event: audited writes no longer hold the chain lock until they commit. Rows are
 * inserted and deleted (by the chain pass), never updated.
 */
export class AuditPending1796800000000 implements MigrationInterface {
  name = 'AuditPending1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_pending" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP(6) WITH TIME ZONE NOT NULL, "action" character varying(64) NOT NULL, "actor_user_id" uuid, "actor_token_id" uuid, "organization_id" uuid, "target_type" character varying(32), "target_id" text, "data" jsonb NOT NULL, "ip" text, "user_agent" text, CONSTRAINT "PK_75e10a15f610386e81e7f88cc29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_pending_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_pending is insert and delete only: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON "audit_pending" FOR EACH ROW EXECUTE FUNCTION audit_pending_no_update()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_pending_no_update ON "audit_pending"`);
    await queryRunner.query(`DROP FUNCTION audit_pending_no_update()`);
    await queryRunner.query(`DROP TABLE "audit_pending"`);
  }
}
