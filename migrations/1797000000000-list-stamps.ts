import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stamp per organisation that moves, in the same transaction, with every change to what its
 * dossier lists and the reviewer queue show: a dossier added, changed or removed, a product or an
 * organisation renamed. The app keeps list pages between requests and serves one again only while
 * the stamp it was read at is still current (apps/api/src/common/stamped-reads.ts). Statement-level
 * triggers: one upsert per organisation and statement, whatever the number of rows.
 */
export class ListStamps1797000000000 implements MigrationInterface {
  name = 'ListStamps1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE list_stamp (
      organization_id uuid PRIMARY KEY,
      stamp bigint NOT NULL)`);
    // Walled like every tenant table: a vendor's scope reads and moves its own stamp only.
    const visible = 'preuve_across_tenants() OR organization_id = preuve_tenant_id()';
    await queryRunner.query('ALTER TABLE list_stamp ENABLE ROW LEVEL SECURITY');
    await queryRunner.query(`CREATE POLICY tenant_wall ON list_stamp USING (${visible}) WITH CHECK (${visible})`);
    // Rows in a fixed order: two statements stamping the same organisations never deadlock.
    await queryRunner.query(`CREATE FUNCTION preuve_stamp_dossier_lists() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO list_stamp (organization_id, stamp)
          SELECT DISTINCT organization_id, 1 FROM changed_rows ORDER BY organization_id
        ON CONFLICT (organization_id) DO UPDATE SET stamp = list_stamp.stamp + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION preuve_stamp_lists_of(organization uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO list_stamp (organization_id, stamp) VALUES (organization, 1)
      ON CONFLICT (organization_id) DO UPDATE SET stamp = list_stamp.stamp + 1 $$`);
    for (const [event, table] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ])
      await queryRunner.query(`CREATE TRIGGER dossier_list_stamp_${event.toLowerCase()} AFTER ${event} ON dossier
        REFERENCING ${table} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION preuve_stamp_dossier_lists()`);
    // What the lists show of a product and of an organisation: their names (and a product's version).
    await queryRunner.query(`CREATE FUNCTION preuve_stamp_product_lists() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM preuve_stamp_lists_of(NEW.organization_id); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER product_list_stamp AFTER UPDATE OF name, version ON product FOR EACH ROW
      WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.version IS DISTINCT FROM NEW.version)
      EXECUTE FUNCTION preuve_stamp_product_lists()`);
    await queryRunner.query(`CREATE FUNCTION preuve_stamp_organization_lists() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM preuve_stamp_lists_of(NEW.id); RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER organization_list_stamp AFTER UPDATE OF name ON organization FOR EACH ROW
      WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION preuve_stamp_organization_lists()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER organization_list_stamp ON organization');
    await queryRunner.query('DROP TRIGGER product_list_stamp ON product');
    for (const event of ['insert', 'update', 'delete'])
      await queryRunner.query(`DROP TRIGGER dossier_list_stamp_${event} ON dossier`);
    await queryRunner.query('DROP FUNCTION preuve_stamp_organization_lists()');
    await queryRunner.query('DROP FUNCTION preuve_stamp_product_lists()');
    await queryRunner.query('DROP FUNCTION preuve_stamp_dossier_lists()');
    await queryRunner.query('DROP FUNCTION preuve_stamp_lists_of(uuid)');
    await queryRunner.query('DROP TABLE list_stamp');
  }
}
