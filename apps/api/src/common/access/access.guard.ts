import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PrincipalResolver } from '../../auth/principal-resolver.js';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { ACCESS_METADATA, type AccessPolicy } from './access.decorator.js';

export type AuthenticatedRequest = Request & { principal?: Principal };

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
    const principal = await this.principals.resolve(request.header('authorization'));
    check(policy, principal);
    request.principal = principal;
    return true;
  }
}
