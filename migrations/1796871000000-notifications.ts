import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: the in-app list and e-mail outbox (one row per user and event), and per-user preferences. */
export class Notifications1796871000000 implements MigrationInterface {
  name = 'Notifications1796871000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_key" text NOT NULL, "kind" character varying(32) NOT NULL, "dossier_id" uuid, "title" text NOT NULL, "body" text NOT NULL, "data" jsonb NOT NULL, "in_app" boolean NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, "email_status" character varying(16) NOT NULL, "email_attempts" integer NOT NULL DEFAULT '0', "email_next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "email_sent_at" TIMESTAMP(3) WITH TIME ZONE, "email_error" text, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_notification_email_due" ON "notification"  ("email_next_attempt_at") WHERE "email_status" = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "IX_notification_user" ON "notification"  ("user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notification_event" ON "notification"  ("user_id", "event_key") `);
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "email" boolean NOT NULL, "in_app" boolean NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_notification_preference_user"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_notification_user"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notification_event"`);
    await queryRunner.query(`DROP INDEX "public"."IX_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."IX_notification_email_due"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
