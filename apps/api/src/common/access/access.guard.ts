import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { ACCESS_METADATA, type AccessPolicy } from './access.decorator.js';

/**
 * Deny by default: a handler that declares no access policy is refused, so a route added without
 * thinking about who may call it is closed rather than open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'public') return true;
    throw new AppError(ErrorCode.AccessNotDeclared, 'This route declares no access policy and is closed.');
  }
}
