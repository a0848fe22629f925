import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Référentiel versions: imported grids start as drafts, with their import report, the grid's own
 * tree and an overlay; an authority admin publishes them. A published row never changes again:
 * a trigger refuses its UPDATE and DELETE (a draft may still change, and become published).
 */
export class ReferentialVersions1796820000000 implements MigrationInterface {
  name = 'ReferentialVersions1796820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referential" ADD "base_content" jsonb`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "overlay" text`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "import_report" jsonb`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "created_by" uuid`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "published_by" uuid`);
    await queryRunner.query(`UPDATE "referential" SET "published_at" = "loaded_at"`);
    await queryRunner.query(`CREATE FUNCTION referential_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'referential %: a published version is immutable (% refused)', OLD.id, TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER referential_published_immutable BEFORE UPDATE OR DELETE ON "referential" FOR EACH ROW EXECUTE FUNCTION referential_published_immutable()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER referential_published_immutable ON "referential"`);
    await queryRunner.query(`DROP FUNCTION referential_published_immutable()`);
    for (const column of ['published_by', 'published_at', 'created_by', 'import_report', 'overlay', 'base_content'])
      await queryRunner.query(`ALTER TABLE "referential" DROP COLUMN "${column}"`);
  }
}
