import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '@preuve/domain';

/** Tables that hold vendor data; each has an `organization_id`. */
export type TenantTable = 'product' | 'dossier';

/**
 * The one place tenant walls are drawn, as an SQL condition on `alias`. Every query on vendor
 * data goes through it (raw SQL through this function, query builders through `withinTenant`):
 * - a vendor sees only its own organisation's rows;
 * - the authority sees dossiers submitted at least once (never drafts), and their products;
 * - the platform operators see no vendor data at all.
 * `parameter` binds a value and returns its placeholder.
 */
export function tenantCondition(
  table: TenantTable,
  alias: string,
  scope: TenantScope,
  parameter: (value: string) => string,
): string {
  switch (scope.kind) {
    case 'vendor':
      return `${alias}.organization_id = ${parameter(scope.organizationId)}`;
    case 'authority':
      return table === 'dossier'
        ? `${alias}.first_submitted_at IS NOT NULL`
        : `EXISTS (SELECT 1 FROM dossier submitted WHERE submitted.product_id = ${alias}.id AND submitted.first_submitted_at IS NOT NULL)`;
    case 'platform':
      return 'false';
    default: {
      const exhaustive: never = scope;
      return exhaustive;
    }
  }
}

export function withinTenant<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  table: TenantTable,
  alias: string,
  scope: TenantScope,
): SelectQueryBuilder<T> {
  return query.andWhere(
    tenantCondition(table, alias, scope, (value) => {
      query.setParameter('tenantOrganizationId', value);
      return ':tenantOrganizationId';
    }),
  );
}

/** Positional parameters for raw SQL: `bind(value)` returns `$n`. */
export function positional(initial: unknown[] = []): { values: unknown[]; bind: (value: unknown) => string } {
  const values = [...initial];
  return {
    values,
    bind(value: unknown) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
