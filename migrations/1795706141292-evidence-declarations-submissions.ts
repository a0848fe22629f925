import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence versions, sworn declarations and submissions: append-only, like the audit log (one
 * trigger function, named after the table it guards).
 */
export class EvidenceDeclarationsSubmissions1795706141292 implements MigrationInterface {
  name = 'EvidenceDeclarationsSubmissions1795706141292';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scenario_code" character varying(40) NOT NULL, "round" integer NOT NULL, "declarant_name" text NOT NULL, "declarant_role" character varying(32) NOT NULL, "justification" text NOT NULL, "statement_version" character varying(32) NOT NULL, "statement_text" text NOT NULL, "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "signed_by" uuid, "signed_by_token" uuid, "ip" text, "user_agent" text, "sha256" character(64) NOT NULL, CONSTRAINT "PK_162458b77df5671bc1cd2df4fa7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_declaration_dossier_scenario" ON "declaration"  ("dossier_id", "scenario_code", "signed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scenario_code" character varying(40) NOT NULL, "proof_code" character varying(40) NOT NULL, "version" integer NOT NULL, "round" integer NOT NULL, "sha256" character(64) NOT NULL, "size" bigint NOT NULL, "media_type" character varying(100) NOT NULL, "file_name" text NOT NULL, "description" text, "uploaded_by" uuid, "uploaded_by_token" uuid, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "findings" jsonb, CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IX_evidence_sha256" ON "evidence"  ("sha256") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_evidence_dossier_proof_version" ON "evidence"  ("dossier_id", "proof_code", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "round" integer NOT NULL, "manifest" jsonb NOT NULL, "manifest_sha256" character(64) NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "submitted_by" uuid, "submitted_by_token" uuid, CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_submission_dossier_round" ON "submission"  ("dossier_id", "round") `,
    );
    await queryRunner.query(
      `ALTER TABLE "declaration" ADD CONSTRAINT "FK_declaration_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_evidence_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "FK_submission_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: what a vendor submitted is never altered.
    await queryRunner.query(`CREATE FUNCTION preuve_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['evidence', 'declaration', 'submission']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION preuve_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION preuve_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['evidence', 'declaration', 'submission']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION preuve_append_only()`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_submission_dossier"`);
    await queryRunner.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_evidence_dossier"`);
    await queryRunner.query(`ALTER TABLE "declaration" DROP CONSTRAINT "FK_declaration_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_submission_dossier_round"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_evidence_dossier_proof_version"`);
    await queryRunner.query(`DROP INDEX "public"."IX_evidence_sha256"`);
    await queryRunner.query(`DROP TABLE "evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IX_declaration_dossier_scenario"`);
    await queryRunner.query(`DROP TABLE "declaration"`);
  }
}
