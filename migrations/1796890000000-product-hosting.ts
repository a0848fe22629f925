import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Products' HDS hosting declarations: append-only, the latest row is the current one. */
export class ProductHosting1796890000000 implements MigrationInterface {
  name = 'ProductHosting1796890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "product_hosting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "hosts" jsonb NOT NULL, "exemption" jsonb, "created_by" uuid, "created_by_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33a5eeb437d59790513ca70aaec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_product_hosting_product" ON "product_hosting"  ("product_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "product_hosting" ADD CONSTRAINT "FK_product_hosting_product" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: a declaration is never altered, a change is a new row.
    await queryRunner.query(
      `CREATE TRIGGER product_hosting_no_update_delete BEFORE UPDATE OR DELETE ON "product_hosting" FOR EACH ROW EXECUTE FUNCTION preuve_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER product_hosting_no_truncate BEFORE TRUNCATE ON "product_hosting" FOR EACH STATEMENT EXECUTE FUNCTION preuve_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER product_hosting_no_truncate ON "product_hosting"`);
    await queryRunner.query(`DROP TRIGGER product_hosting_no_update_delete ON "product_hosting"`);
    await queryRunner.query(`ALTER TABLE "product_hosting" DROP CONSTRAINT "FK_product_hosting_product"`);
    await queryRunner.query(`DROP INDEX "public"."IX_product_hosting_product"`);
    await queryRunner.query(`DROP TABLE "product_hosting"`);
  }
}
