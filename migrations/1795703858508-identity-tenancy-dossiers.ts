import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations, users, two-factor recovery codes, API tokens, browser sessions, products,
 * dossiers and the audit log (append-only: a trigger refuses UPDATE, DELETE and TRUNCATE).
 */
export class IdentityTenancyDossiers1795703858508 implements MigrationInterface {
  name = 'IdentityTenancyDossiers1795703858508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "prefix" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_api_token_organization" ON "api_token"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_token_hash" ON "api_token"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("seq" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP(6) WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(64) NOT NULL, "actor_user_id" uuid, "actor_token_id" uuid, "organization_id" uuid, "target_type" character varying(32), "target_id" text, "data" jsonb NOT NULL, "ip" text, "user_agent" text, "prev_hash" character(64), "hash" character(64), CONSTRAINT "PK_53300da00860bdf4dc3ef7daae6" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_audit_event_organization" ON "audit_event"  ("organization_id", "seq") `);
    await queryRunner.query(
      `CREATE INDEX "IX_audit_event_target" ON "audit_event"  ("target_type", "target_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "version" text NOT NULL, "description" text, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_product_organization_created" ON "product"  ("organization_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "product_id" uuid NOT NULL, "referential_id" uuid NOT NULL, "status" character varying(32) NOT NULL, "round" integer NOT NULL DEFAULT '1', "answers" jsonb NOT NULL, "first_submitted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_submitted_created" ON "dossier"  ("created_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_organization_created" ON "dossier"  ("organization_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "role" character varying(32) NOT NULL, "password_hash" text NOT NULL, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "totp_secret" text, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_email" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_recovery_code_user" ON "recovery_code"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_hash" character(64) NOT NULL, "csrf_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_session_refresh_hash" ON "session"  ("refresh_hash") `);
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_api_token_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_product_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier" ADD CONSTRAINT "FK_dossier_referential" FOREIGN KEY ("referential_id") REFERENCES "referential"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recovery_code" ADD CONSTRAINT "FK_recovery_code_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: history cannot be rewritten, not even by the application's own role.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_session_user"`);
    await queryRunner.query(`ALTER TABLE "recovery_code" DROP CONSTRAINT "FK_recovery_code_user"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_app_user_organization"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_referential"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_product"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP CONSTRAINT "FK_dossier_organization"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_product_organization"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_api_token_organization"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_session_refresh_hash"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IX_recovery_code_user"`);
    await queryRunner.query(`DROP TABLE "recovery_code"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_email"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IX_dossier_organization_created"`);
    await queryRunner.query(`DROP INDEX "public"."IX_dossier_submitted_created"`);
    await queryRunner.query(`DROP TABLE "dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IX_product_organization_created"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_target"`);
    await queryRunner.query(`DROP INDEX "public"."IX_audit_event_organization"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_api_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IX_api_token_organization"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
