import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Statement names by text: the few shapes of the hot queries, each hashed once. */
const names = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement: each pooled connection parses and plans it once,
 * then only binds and executes it. For the hot reads (the reviewer queue, dossier lists), where
 * parsing and planning a join cost Postgres more than running it.
 *
 * The name is derived from the text, so the same text always reuses its statement and different
 * texts never collide. Callers keep the number of distinct texts small: values go in parameters,
 * only the shape of the query (which filters are on) varies.
 */
export async function preparedQuery<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined) {
    name = `preuve_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < 10_000) names.set(text, name);
  }
  // TypeORM hands its first argument to pg's client.query, which takes a query config object:
  // the name is what makes pg prepare the statement once per connection.
  return manager.query<T[]>({ name, text } as unknown as string, values);
}

/**
 * Rows built as JSON objects by Postgres (`json_build_object`, aggregated into one array) and
 * parsed at once: for pages of many small rows, pg's per-field parsing costs the server more
 * than the query. `objects` is the SQL of a `json_agg(...)` over the page. Timestamps arrive as
 * ISO 8601 strings with their offset, which `new Date()` reads.
 */
export async function jsonRows<T>(
  manager: EntityManager,
  objects: string,
  from: string,
  values: unknown[],
): Promise<T[]> {
  const [row] = await preparedQuery<{ page: string }>(
    manager,
    `SELECT coalesce(${objects}, '[]')::text AS page ${from}`,
    values,
  );
  return JSON.parse(row.page) as T[];
}
