import { Body, Controller, Headers, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { AuthSettings } from './auth-settings.js';
import { clearSession, REFRESH_COOKIE, sendSession } from './session-cookies.js';
import { AuthService } from './auth.service.js';
import { LoginDto, LoginResponseDto, MeDto, TotpActivateDto, TotpEnrollmentDto } from './dto/auth.dto.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';

function userOnly(principal: Principal): Extract<Principal, { kind: 'user' }> {
  if (principal.kind !== 'user')
    throw new AppError(ErrorCode.Forbidden, 'Two-factor authentication belongs to users, not API tokens.');
  return principal;
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly settings: AuthSettings,
  ) {}

  @WriteRoute('POST', 'auth/login', 'public', LoginResponseDto, {
    operationId: 'login',
    summary: 'Sign in with e-mail and password (and the TOTP code once two-factor authentication is active)',
    description:
      'Returns a short-lived bearer access token. Browsers also get an HttpOnly session cookie for POST /auth/refresh. ' +
      'After 5 failures the account is locked for 15 minutes; the answer stays INVALID_CREDENTIALS.',
    errors: { 400: 'VALIDATION_FAILED', 401: 'INVALID_CREDENTIALS or TOTP_REQUIRED', 429: 'RATE_LIMITED' },
  })
  async login(
    @Body() body: LoginDto,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    return sendSession(response, await this.auth.login(body, context), this.settings.cookieSecure);
  }

  @WriteRoute('POST', 'auth/refresh', 'public', LoginResponseDto, {
    operationId: 'refreshSession',
    summary: 'A new access token for the browser session (session cookie and X-CSRF-Token header)',
    errors: { 401: 'INVALID_SESSION' },
  })
  async refresh(
    @Req() request: Request,
    @Headers('x-csrf-token') csrf: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    const cookies = request.cookies as Record<string, string | undefined>;
    return sendSession(response, await this.auth.refresh(cookies[REFRESH_COOKIE], csrf), this.settings.cookieSecure);
  }

  @WriteRoute('POST', 'auth/logout', 'public', null, {
    operationId: 'logout',
    summary: 'Closes the browser session (session cookie and X-CSRF-Token header)',
  })
  async logout(
    @Req() request: Request,
    @Headers('x-csrf-token') csrf: string | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const cookies = request.cookies as Record<string, string | undefined>;
    await this.auth.logout(cookies[REFRESH_COOKIE], csrf, context);
    clearSession(response, this.settings.cookieSecure);
  }

  @WriteRoute('POST', 'auth/totp/enroll', { roles: ANY_ROLE, duringTotpEnrollment: true }, TotpEnrollmentDto, {
    operationId: 'enrollTotp',
    summary: 'Starts two-factor enrolment: a new secret (for a QR code) and recovery codes, shown once',
    errors: { 409: 'TOTP_ALREADY_ACTIVE' },
  })
  enroll(@CurrentPrincipal() principal: Principal, @Context() context: RequestContext): Promise<TotpEnrollmentDto> {
    return this.auth.enrollTotp(userOnly(principal), context);
  }

  @WriteRoute('POST', 'auth/totp/activate', { roles: ANY_ROLE, duringTotpEnrollment: true }, null, {
    operationId: 'activateTotp',
    summary: 'Activates two-factor authentication with a first code from the app',
    errors: { 400: 'INVALID_TOTP_CODE or VALIDATION_FAILED', 409: 'TOTP_ALREADY_ACTIVE or TOTP_NOT_ENROLLED' },
  })
  activate(
    @CurrentPrincipal() principal: Principal,
    @Body() body: TotpActivateDto,
    @Context() context: RequestContext,
  ): Promise<void> {
    return this.auth.activateTotp(userOnly(principal), body.code, context);
  }

  @ReadRoute('me', { roles: ANY_ROLE, scope: 'any', duringTotpEnrollment: true }, MeDto, {
    operationId: 'getMe',
    summary: 'The current user or API token, with its organisation and role',
  })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.auth.me(principal);
  }
}
