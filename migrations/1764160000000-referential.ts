import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Published référentiels: one immutable row per code and version, the tree as JSONB. */
export class Referential1764160000000 implements MigrationInterface {
  name = 'Referential1764160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "referential" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "programme" character varying(16) NOT NULL,
        "code" character varying(32) NOT NULL,
        "version" character varying(16) NOT NULL,
        "title" text NOT NULL,
        "content_hash" character(64) NOT NULL,
        "content" jsonb NOT NULL,
        "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_referential_id" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_referential_code_version" ON "referential" ("code", "version")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "referential"`);
  }
}
