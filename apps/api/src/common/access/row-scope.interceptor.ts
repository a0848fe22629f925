import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { currentRowScope, runAcrossTenants, runInOrganization } from '@preuve/persistence';
import { tenantOf } from './principal.js';
import type { AuthenticatedRequest } from './principal.js';

/**
 * The database's tenant wall for a request, once the access guard knows who calls: a vendor's
 * handler runs in its organisation's row scope, so row-level security hides every other tenant's
 * rows even from a query that forgot its tenant condition. The authority, the platform operators
 * and public routes (sign-in, before anyone is known) run across tenants, stated here.
 */
@Injectable()
export class RowScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    const tenant = principal ? tenantOf(principal) : undefined;
    // Across tenants is the scope a request starts in (no middleware states one): then there is
    // nothing to wrap, and the authority's, the platform's and public requests pay nothing here.
    if (tenant?.kind !== 'vendor' && currentRowScope() === 'all') return next.handle();
    return new Observable((subscriber) => {
      const subscribe = () => next.handle().subscribe(subscriber);
      const subscription =
        tenant?.kind === 'vendor' ? runInOrganization(tenant.organizationId, subscribe) : runAcrossTenants(subscribe);
      return () => subscription.unsubscribe();
    });
  }
}
