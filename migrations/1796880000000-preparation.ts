import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadBuiltInReferentials } from '@preuve/referentials';

/** Content hash of the built-in DMN 1.2.2 working copy before the ANN 3 / ANN 5 correction. */
const DMN_WORKING_COPY_BEFORE = '5134472173c66a62e6054fedb4227dfa81f2a0f48ea99a38176819e5060298d2';

/**
 * Vendor preparation: working statuses per scenario, remediation actions and their state changes,
 * all append-only (guarded by preuve_append_only()).
 *
 * Also corrects the built-in DMN 1.2.2 working copy where a database still holds the earlier
 * content: the ANN 3 / ANN 5 rule (the médecin traitant is a sufficient condition, other
 * correspondents count too) and the conformity texts it asks for. The working copy is ours, not
 * the ANS's grid; submitted manifests keep the assessment and the content hash they were made with.
 */
export class Preparation1796880000000 implements MigrationInterface {
  name = 'Preparation1796880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scenario_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "scenario_code" character varying(40) NOT NULL, "round" integer NOT NULL, "status" character varying(24) NOT NULL, "reason_code" character varying(32), "conformity_text" text, "justification" text, "created_by" uuid, "created_by_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6b01fd04be3cab4d75dce5b1d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_scenario_assessment_dossier" ON "scenario_assessment"  ("dossier_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "remediation_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "title" text NOT NULL, "scenarios" jsonb NOT NULL, "effort" double precision NOT NULL, "owner" text NOT NULL, "target_date" date NOT NULL, "created_by" uuid, "created_by_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcd836cf0a544eca02521640059" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_remediation_action_dossier" ON "remediation_action"  ("dossier_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "remediation_state_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "state" character varying(16) NOT NULL, "created_by" uuid, "created_by_token" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_376eff8e1c292e93234271b2406" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_remediation_state_change_action" ON "remediation_state_change"  ("action_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_assessment" ADD CONSTRAINT "FK_scenario_assessment_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "remediation_action" ADD CONSTRAINT "FK_remediation_action_dossier" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "remediation_state_change" ADD CONSTRAINT "FK_remediation_state_change_action" FOREIGN KEY ("action_id") REFERENCES "remediation_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: a working status, an action or a state change is never rewritten.
    for (const table of ['scenario_assessment', 'remediation_action', 'remediation_state_change']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION preuve_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION preuve_append_only()`,
      );
    }
    await this.correctDmnWorkingCopy(queryRunner);
  }

  private async correctDmnWorkingCopy(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      `SELECT id FROM referential WHERE code = 'DMN' AND version = '1.2.2' AND content_hash = $1`,
      [DMN_WORKING_COPY_BEFORE],
    )) as { id: string }[];
    if (rows.length === 0) return; // a new database: the corrected copy is published on start
    const dmn = loadBuiltInReferentials().find(
      (loaded) => loaded.referential.code === 'DMN' && loaded.referential.version === '1.2.2',
    );
    if (!dmn) return;
    await queryRunner.query(`ALTER TABLE "referential" DISABLE TRIGGER referential_published_immutable`);
    await queryRunner.query(`UPDATE "referential" SET content = $1, content_hash = $2 WHERE id = $3`, [
      JSON.stringify(dmn.referential),
      dmn.contentHash,
      rows[0].id,
    ]);
    await queryRunner.query(`ALTER TABLE "referential" ENABLE TRIGGER referential_published_immutable`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['remediation_state_change', 'remediation_action', 'scenario_assessment']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_update_delete ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "remediation_state_change" DROP CONSTRAINT "FK_remediation_state_change_action"`,
    );
    await queryRunner.query(`ALTER TABLE "remediation_action" DROP CONSTRAINT "FK_remediation_action_dossier"`);
    await queryRunner.query(`ALTER TABLE "scenario_assessment" DROP CONSTRAINT "FK_scenario_assessment_dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IX_remediation_state_change_action"`);
    await queryRunner.query(`DROP TABLE "remediation_state_change"`);
    await queryRunner.query(`DROP INDEX "public"."IX_remediation_action_dossier"`);
    await queryRunner.query(`DROP TABLE "remediation_action"`);
    await queryRunner.query(`DROP INDEX "public"."IX_scenario_assessment_dossier"`);
    await queryRunner.query(`DROP TABLE "scenario_assessment"`);
  }
}
