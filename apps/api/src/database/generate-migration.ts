import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';

function literal(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/**
 * Writes `migrations/<timestamp>-<name>.ts` with the SQL that brings the migrated database to the
 * entities (TypeORM's schema diff), or nothing when they already agree. Review it, then add it
 * to migrations/index.ts.
 */
export async function generateMigration(
  dataSource: DataSource,
  name: string,
  root = process.cwd(),
): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('The migration name is PascalCase, e.g. AddDossierIndexes');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const up = sql.upQueries.map((query) => `    await queryRunner.query(${literal(query.query)});`).join('\n');
  const down = [...sql.downQueries]
    .reverse()
    .map((query) => `    await queryRunner.query(${literal(query.query)});`)
    .join('\n');
  const path = resolve(root, 'migrations', `${timestamp}-${kebab}.ts`);
  writeFileSync(
    path,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  return path;
}
