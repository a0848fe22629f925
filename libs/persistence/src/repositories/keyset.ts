import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A position in a list ordered newest first: (createdAt, id), both descending. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  items: T[];
  next: KeysetPosition | null;
}

/** Applies keyset pagination: stable order, no OFFSET, the same cost on page 1 and page 1,000. */
export async function keysetPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  after: KeysetPosition | null,
  limit: number,
): Promise<Page<T>> {
  if (after) {
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: after.createdAt,
      afterId: after.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
