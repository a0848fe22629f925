import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '@preuve/domain';

/** Tables that hold vendor data; each has an `organization_id`. */
export type TenantTable = 'product' | 'dossier';

/**
 * The one place tenant walls are drawn. Every query on vendor data goes through it:
 * - a vendor sees only its own organisation's rows;
 * - the authority sees dossiers submitted at least once (never drafts), and their products;
 * - the platform operators see no vendor data at all.
 */
export function withinTenant<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  table: TenantTable,
  alias: string,
  scope: TenantScope,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'vendor':
      return query.andWhere(`${alias}.organization_id = :tenantOrganizationId`, {
        tenantOrganizationId: scope.organizationId,
      });
    case 'authority':
      return table === 'dossier'
        ? query.andWhere(`${alias}.first_submitted_at IS NOT NULL`)
        : query.andWhere(
            `EXISTS (SELECT 1 FROM dossier submitted WHERE submitted.product_id = ${alias}.id AND submitted.first_submitted_at IS NOT NULL)`,
          );
    case 'platform':
      return query.andWhere('false');
    default: {
      const exhaustive: never = scope;
      return exhaustive;
    }
  }
}
