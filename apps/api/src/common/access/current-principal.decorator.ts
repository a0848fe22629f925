import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, RequestContext } from './principal.js';
import type { LinkGrant } from './link-grant.js';
import type { AuthenticatedRequest } from './principal.js';
import { requestContextOf } from './actor.decorator.js';

/** The caller of an authenticated handler (set by the access guard). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a handler that is not @Authenticated');
  return principal;
});

/** The caller plus the client's address and user agent, for audit events. */
export const Context = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return requestContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>());
});

/** The signed link the request came in with (`?access=`), or null when it sent Authorization. */
export const CurrentSignedLink = createParamDecorator((_data: unknown, context: ExecutionContext): LinkGrant | null => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().signedLink ?? null;
});
