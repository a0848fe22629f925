import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review loop: verdicts per scenario, comment threads and decisions (append-only, guarded by
 * preuve_append_only()), and the dossier's waiting time and assignee for the reviewer queue.
 */
export class ReviewLoop1795707653873 implements MigrationInterface {
  name = 'ReviewLoop1795707653873';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scenario_verdict" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "round" integer NOT NULL, "scenario_code" character varying(40) NOT NULL, "verdict" character varying(32) NOT NULL, "subject" character varying(16) NOT NULL, "comment" text, "reviewer_id" uuid, "reviewer_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_623e221524a2ce6b109e93d4769" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_scenario_verdict_dossier" ON "scenario_verdict"  ("dossier_id", "round", "scenario_code", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scenario_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scenario_code" character varying(40) NOT NULL, "revision_of" uuid, "round" integer NOT NULL, "author_id" uuid, "author_token" uuid, "author_side" character varying(16) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_661f2e0e0082569d177a09fc6a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_scenario_comment_dossier" ON "scenario_comment"  ("dossier_id", "scenario_code", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "round" integer NOT NULL, "decision" character varying(32) NOT NULL, "comment" text, "manifest_sha256" character(64) NOT NULL, "reviewer_id" uuid, "reviewer_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_64e856d49c6dc05ed774dbb218e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_review_decision_dossier" ON "review_decision"  ("dossier_id", "round") `);
    await queryRunner.query(`ALTER TABLE "dossier" ADD "last_submitted_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD "assigned_to" uuid`);
    await queryRunner.query(
      `ALTER TABLE "scenario_verdict" ADD CONSTRAINT "FK_scenario_verdict_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_comment" ADD CONSTRAINT "FK_scenario_comment_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_decision" ADD CONSTRAINT "FK_review_decision_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: the queue reads submitted dossiers by waiting time.
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_queue" ON "dossier" ("last_submitted_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
    for (const table of ['scenario_verdict', 'scenario_comment', 'review_decision']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION preuve_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION preuve_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['scenario_verdict', 'scenario_comment', 'review_decision']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP INDEX "IX_dossier_queue"`);
    await queryRunner.query(`ALTER TABLE "review_decision" DROP CONSTRAINT "FK_review_decision_dossier"`);
    await queryRunner.query(`ALTER TABLE "scenario_comment" DROP CONSTRAINT "FK_scenario_comment_dossier"`);
    await queryRunner.query(`ALTER TABLE "scenario_verdict" DROP CONSTRAINT "FK_scenario_verdict_dossier"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "assigned_to"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "last_submitted_at"`);
    await queryRunner.query(`DROP INDEX "public"."IX_review_decision_dossier"`);
    await queryRunner.query(`DROP TABLE "review_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IX_scenario_comment_dossier"`);
    await queryRunner.query(`DROP TABLE "scenario_comment"`);
    await queryRunner.query(`DROP INDEX "public"."IX_scenario_verdict_dossier"`);
    await queryRunner.query(`DROP TABLE "scenario_verdict"`);
  }
}
