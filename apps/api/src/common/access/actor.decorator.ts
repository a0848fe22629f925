import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, Principal, RequestContext } from './principal.js';

/**
 * The caller of an authenticated handler with its request metadata: what services that act take,
 * the principal for access and tenancy, the whole for audit events (it is a `RequestContext`).
 */
export interface Actor extends RequestContext {
  principal: Principal;
}

/** The request metadata kept with audit events: the caller (if any), the client's address and user agent. */
export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  return {
    principal: request.principal ?? null,
    ip: request.ip ?? null,
    userAgent: request.header('user-agent') ?? null,
  };
}

/** The caller of an authenticated handler (set by the access guard), as an `Actor`. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const { principal, ...request } = requestContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
  if (!principal) throw new Error('CurrentActor used on a handler that is not @Authenticated');
  return { principal, ...request };
});
