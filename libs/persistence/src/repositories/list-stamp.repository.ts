import type { EntityManager } from 'typeorm';
import type { TenantScope } from '@preuve/domain';
import { preparedQuery } from './prepared.js';

/**
 * The stamp of what a scope's dossier lists show (see the list_stamp migration): triggers move an
 * organisation's stamp in the transaction of every change its lists show, so a stamp read after a
 * commit differs from one read before it. A vendor's lists follow its organisation's stamp; the
 * authority's (every vendor's submitted dossiers) follow the sum of all of them, which moves
 * whenever any of them does (stamps only grow, and rows are never removed).
 */
export class ListStampRepository {
  async current(manager: EntityManager, scope: TenantScope): Promise<string> {
    if (scope.kind === 'platform') return '0'; // the platform operators see no vendor data
    const [row] =
      scope.kind === 'vendor'
        ? await preparedQuery<{ stamp: string }>(
            manager,
            'SELECT stamp::text FROM list_stamp WHERE organization_id = $1',
            [scope.organizationId],
          )
        : await preparedQuery<{ stamp: string }>(
            manager,
            'SELECT coalesce(sum(stamp), 0)::text AS stamp FROM list_stamp',
            [],
          );
    return row?.stamp ?? '0';
  }
}
