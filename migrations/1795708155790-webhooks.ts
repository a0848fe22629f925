import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: organisations' endpoints (secrets sealed) and the outbox of deliveries, which is also
 * the delivery log. Neither table loses a row: deleting an endpoint disables it, and the worker
 * updates a delivery's status and attempts but never deletes it (a trigger refuses DELETE and
 * TRUNCATE; UPDATE stays allowed).
 */
export class Webhooks1795708155790 implements MigrationInterface {
  name = 'Webhooks1795708155790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "description" text, "secret_sealed" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "disabled_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_webhook_endpoint_organization" ON "webhook_endpoint"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "event_type" character varying(64) NOT NULL, "sequence" integer NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_webhook_delivery_log" ON "webhook_delivery"  ("endpoint_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_webhook_delivery_due" ON "webhook_delivery"  ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_webhook_delivery_sequence" ON "webhook_delivery"  ("dossier_id", "endpoint_id", "sequence") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_endpoint" ADD CONSTRAINT "FK_webhook_endpoint_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_webhook_delivery_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_webhook_delivery_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: the rows are updated, never deleted.
    await queryRunner.query(`CREATE FUNCTION preuve_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% keeps every row: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['webhook_endpoint', 'webhook_delivery']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION preuve_never_deleted()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION preuve_never_deleted()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['webhook_endpoint', 'webhook_delivery']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION preuve_never_deleted()`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_webhook_delivery_dossier"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_webhook_delivery_endpoint"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_webhook_endpoint_organization"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_webhook_delivery_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_delivery_log"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IX_webhook_endpoint_organization"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
  }
}
