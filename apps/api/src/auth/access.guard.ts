import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { narrowToOrganization } from '@preuve/persistence';
import { PrincipalResolver } from './principal-resolver.js';
import { tenantOf, type AuthenticatedRequest, type Principal } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { ACCESS_METADATA, SIGNED_LINK_PARAMETER, type AccessPolicy } from '../common/access/access.decorator.js';

function check(policy: Extract<AccessPolicy, { kind: 'authenticated' }>, principal: Principal): void {
  switch (principal.kind) {
    case 'user':
      if (!principal.totpActive && !policy.duringTotpEnrollment) {
        throw new AppError(
          ErrorCode.TotpEnrollmentRequired,
          'Activate two-factor authentication first: POST /api/v1/auth/totp/enroll, then /api/v1/auth/totp/activate.',
        );
      }
      if (!policy.roles.includes(principal.role)) {
        throw new AppError(ErrorCode.Forbidden, `The role ${principal.role} may not do this.`);
      }
      return;
    case 'token':
      if (policy.scope === undefined)
        throw new AppError(ErrorCode.Forbidden, 'This route is for signed-in users, not API tokens.');
      if (policy.scope !== 'any' && !principal.scopes.includes(policy.scope)) {
        throw new AppError(ErrorCode.InsufficientScope, `This API token lacks the scope ${policy.scope}.`);
      }
      return;
    default: {
      const exhaustive: never = principal;
      return exhaustive;
    }
  }
}

/**
 * The database's tenant wall for the rest of the request, once the caller is known: a vendor's
 * handler runs in its organisation's row scope, so row-level security hides every other tenant's
 * rows even from a query that forgot its tenant condition. The authority, the platform operators
 * and public routes (sign-in, before anyone is known) stay in the request's first scope, across
 * tenants.
 */
function keepToTenant(principal: Principal): void {
  const tenant = tenantOf(principal);
  if (tenant.kind === 'vendor') narrowToOrganization(tenant.organizationId);
}

/**
 * Deny by default: a handler that declares no access policy is refused, so a route added without
 * thinking about who may call it is closed rather than open. Authenticated handlers get the
 * principal on the request.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === undefined)
      throw new AppError(ErrorCode.AccessNotDeclared, 'This route declares no access policy and is closed.');
    if (policy.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const access: unknown = (request.query as Record<string, unknown> | undefined)?.[SIGNED_LINK_PARAMETER];
    if (policy.signedLink && access !== undefined) {
      // A link names one file: it opens this route for the `:id` it was signed for, nothing else.
      const link = await this.principals.resolveLink(policy.signedLink, String(request.params.id ?? ''), access);
      check(policy, link.principal);
      request.principal = link.principal;
      request.signedLink = link.grant;
      keepToTenant(link.principal);
      return true;
    }
    const principal = await this.principals.resolve(request.header('authorization'));
    check(policy, principal);
    request.principal = principal;
    keepToTenant(principal);
    return true;
  }
}
