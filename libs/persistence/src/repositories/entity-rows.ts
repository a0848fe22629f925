import type {
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindOptionsOrder,
  FindOptionsWhere,
  ObjectLiteral,
} from 'typeorm';

/** Inserts one row of `entity` and returns it as stored: its generated id and dates filled in. */
export async function insertRow<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  row: NoInfer<DeepPartial<Row>>,
): Promise<Row> {
  const repository = manager.getRepository(entity);
  return repository.save(repository.create(row));
}

/** The rows of `entity` matching `where`, oldest first (the id breaks ties). */
export async function oldestFirst<Row extends { id: string; createdAt: Date }>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  where: FindOptionsWhere<Row> = {},
): Promise<Row[]> {
  return manager.getRepository(entity).find({ where, order: { createdAt: 'ASC', id: 'ASC' } as FindOptionsOrder<Row> });
}

/**
 * Rows read with plain SQL (or built by `json_agg`) as entities, by the entity's own column
 * metadata: each column a row has goes to its property, timestamps as Dates (JSON gives them as
 * text) and bigints as decimal strings, as TypeORM reads them. Columns a row lacks stay unset.
 */
export function toEntities<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  const metadata = manager.connection.getMetadata(entity);
  return rows.map((row) => {
    const out = metadata.create() as Record<string, unknown>;
    for (const column of metadata.columns) {
      if (!(column.databaseName in row)) continue;
      const value = row[column.databaseName];
      let converted: unknown = value;
      if (value !== null && value !== undefined) {
        if (column.type === 'timestamptz' || column.type === 'timestamp') converted = new Date(value as string);
        else if (column.type === 'bigint' && (typeof value === 'number' || typeof value === 'string'))
          converted = String(value);
      }
      out[column.propertyName] = converted ?? null;
    }
    return out as T;
  });
}

/** {@link toEntities} of one row. */
export function toEntity<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  return toEntities(manager, entity, [row])[0];
}
