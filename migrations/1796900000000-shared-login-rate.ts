import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in rate windows in the database, shared by every app instance (they lived in each process). */
export class SharedLoginRate1796900000000 implements MigrationInterface {
  name = 'SharedLoginRate1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_rate_window" ("client" text NOT NULL, "window_start" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL, CONSTRAINT "PK_login_rate_window" PRIMARY KEY ("client"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_login_rate_window_start" ON "login_rate_window" ("window_start") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IX_login_rate_window_start"`);
    await queryRunner.query(`DROP TABLE "login_rate_window"`);
  }
}
