import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows are never updated or deleted: a change is a new row. */
const APPEND_ONLY = ['segur_record', 'referencement', 'referential_milestones', 'referential_erratum'];

/**
 * The Ségur procedure: référentiels carry couloir, dispositif, vague and status; dossiers carry
 * their programme, phase and product version; the procedure's journal (administrative forms,
 * homologations, extensions), référencements, campaign dates and errata are append-only tables.
 */
export class SegurProcedure1796810000000 implements MigrationInterface {
  name = 'SegurProcedure1796810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referential" ADD "couloir" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "dispositif" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "referential" ADD "vague" character varying(4)`);
    await queryRunner.query(
      `ALTER TABLE "referential" ADD "status" character varying(16) NOT NULL DEFAULT 'published'`,
    );
    await queryRunner.query(
      `CREATE TABLE "segur_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "section" character varying(32) NOT NULL, "subject" character varying(64), "data" jsonb NOT NULL, "created_by" uuid, "created_by_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67cb8e83877cc749b220e79bbd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_segur_record_dossier" ON "segur_record"  ("dossier_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "referencement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "referential_id" uuid NOT NULL, "number" character varying(40) NOT NULL, "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "granted_by" uuid, "couloir" character varying(16) NOT NULL, "dispositif" character varying(16) NOT NULL, "vague" character varying(4) NOT NULL, "referential_version" character varying(16) NOT NULL, "legal_name" text NOT NULL, "siren" character varying(9) NOT NULL, "solution_name" text NOT NULL, "solution_version" text NOT NULL, "attestation" bytea NOT NULL, "attestation_sha256" character(64) NOT NULL, CONSTRAINT "PK_783f2bc46cb787d40f7acb3125f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_referencement_dispositif" ON "referencement"  ("dispositif", "granted_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_referencement_number" ON "referencement"  ("number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_referencement_dossier" ON "referencement"  ("dossier_id") `);
    await queryRunner.query(
      `CREATE TABLE "referential_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referential_id" uuid NOT NULL, "milestones" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_160f821377601c13c714af84ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_referential_milestones_referential" ON "referential_milestones"  ("referential_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "referential_erratum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referential_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "target" character varying(64) NOT NULL, "effective_from" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "source" text NOT NULL, "text" text NOT NULL, "data" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1dbe6ce43253890607678bcfb82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_referential_erratum_referential" ON "referential_erratum"  ("referential_id", "effective_from") `,
    );
    await queryRunner.query(`ALTER TABLE "dossier" ADD "programme" character varying(16) NOT NULL DEFAULT 'DMN'`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD "phase" character varying(16) NOT NULL DEFAULT 'proofs'`);
    await queryRunner.query(`ALTER TABLE "dossier" ADD "product_version" text`);
    await queryRunner.query(
      `ALTER TABLE "segur_record" ADD CONSTRAINT "FK_segur_record_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referencement" ADD CONSTRAINT "FK_referencement_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referential_milestones" ADD CONSTRAINT "FK_referential_milestones_referential" FOREIGN KEY ("referential_id") REFERENCES "referential"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referential_erratum" ADD CONSTRAINT "FK_referential_erratum_referential" FOREIGN KEY ("referential_id") REFERENCES "referential"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION segur_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION segur_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION segur_append_only()`);
    await queryRunner.query(`ALTER TABLE "referential_erratum" DROP CONSTRAINT "FK_referential_erratum_referential"`);
    await queryRunner.query(
      `ALTER TABLE "referential_milestones" DROP CONSTRAINT "FK_referential_milestones_referential"`,
    );
    await queryRunner.query(`ALTER TABLE "referencement" DROP CONSTRAINT "FK_referencement_dossier"`);
    await queryRunner.query(`ALTER TABLE "segur_record" DROP CONSTRAINT "FK_segur_record_dossier"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "product_version"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "phase"`);
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "programme"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referential_erratum_referential"`);
    await queryRunner.query(`DROP TABLE "referential_erratum"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referential_milestones_referential"`);
    await queryRunner.query(`DROP TABLE "referential_milestones"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_referencement_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_referencement_number"`);
    await queryRunner.query(`DROP INDEX "public"."IX_referencement_dispositif"`);
    await queryRunner.query(`DROP TABLE "referencement"`);
    await queryRunner.query(`DROP INDEX "public"."IX_segur_record_dossier"`);
    await queryRunner.query(`DROP TABLE "segur_record"`);
    await queryRunner.query(`ALTER TABLE "referential" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "referential" DROP COLUMN "vague"`);
    await queryRunner.query(`ALTER TABLE "referential" DROP COLUMN "dispositif"`);
    await queryRunner.query(`ALTER TABLE "referential" DROP COLUMN "couloir"`);
  }
}
