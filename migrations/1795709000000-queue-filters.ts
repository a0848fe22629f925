import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reviewer queue's usual filters (a vendor, a vendor and a status, a status, a reviewer), each walked in waiting order. */
export class QueueFilters1795709000000 implements MigrationInterface {
  name = 'QueueFilters1795709000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_queue_vendor" ON "dossier" ("organization_id", "last_submitted_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_queue_vendor_status" ON "dossier" ("organization_id", "status", "last_submitted_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_queue_status" ON "dossier" ("status", "last_submitted_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IX_dossier_queue_assignee" ON "dossier" ("assigned_to", "last_submitted_at", "id") WHERE "first_submitted_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IX_dossier_queue_assignee"`);
    await queryRunner.query(`DROP INDEX "IX_dossier_queue_status"`);
    await queryRunner.query(`DROP INDEX "IX_dossier_queue_vendor_status"`);
    await queryRunner.query(`DROP INDEX "IX_dossier_queue_vendor"`);
  }
}
