/**
 * The named fields of a record, copied as they are, in the order named: an entity's fields that its
 * DTO shows under the same names and types. The result is typed `Pick<T, K>`, so a DTO field left
 * out or of another type does not compile.
 */
export function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = source[key];
  return picked;
}
