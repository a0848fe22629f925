import { Body, Controller, Headers, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AUTH_PATH, clearSession, REFRESH_COOKIE, sendSession } from '../auth/session-cookies.js';
import { AuthSettings } from '../auth/auth-settings.js';
import { LoginResponseDto } from '../auth/dto/auth.dto.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import {
  AuthorizationUrlDto,
  OidcCallbackDto,
  OidcCallbackResponseDto,
  OidcLogoutDto,
  OidcTotpDto,
  PublicOidcProviderDto,
  StartOidcDto,
} from './dto/oidc.dto.js';
import { OidcAdminService } from './oidc-admin.service.js';
import { OidcSignInService } from './oidc-sign-in.service.js';
import { ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';

/** Binds an authorization request to the browser that started it (login CSRF). */
export const OIDC_STATE_COOKIE = 'preuve_oidc_state';

/** What starting a sign-in or a link may answer besides the URL. */
const START_ERRORS = {
  400: 'VALIDATION_FAILED',
  404: 'OIDC_PROVIDER_NOT_FOUND',
  503: 'OIDC_PROVIDER_UNAVAILABLE',
} as const;

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcSignInController {
  constructor(
    private readonly signIn: OidcSignInService,
    private readonly admin: OidcAdminService,
    private readonly settings: AuthSettings,
  ) {}

  /**
   * Starts an authorization request (a sign-in when `userId` is null, else a link to that user) and
   * binds it to this browser: the URL to send the browser to.
   */
  private async startBound(
    response: Response,
    providerId: string,
    userId: string | null,
  ): Promise<AuthorizationUrlDto> {
    const { authorizationUrl, state } = await this.signIn.start(providerId, userId);
    // Lax: the browser comes back from the provider by a top-level navigation.
    response.cookie(OIDC_STATE_COOKIE, state, {
      httpOnly: true,
      secure: this.settings.cookieSecure,
      sameSite: 'lax',
      path: `${AUTH_PATH}/oidc`,
      maxAge: 10 * 60_000,
    });
    response.setHeader('Cache-Control', 'no-store');
    return { authorizationUrl };
  }

  @ReadRoute('providers', 'public', [PublicOidcProviderDto], {
    operationId: 'listSignInProviders',
    summary: 'The identity providers one can sign in with (for the sign-in page)',
  })
  providers(): Promise<PublicOidcProviderDto[]> {
    return this.admin.publicProviders();
  }

  @WriteRoute('POST', 'authorize', 'public', AuthorizationUrlDto, {
    operationId: 'startOidcSignIn',
    summary: 'Starts a sign-in with an identity provider (authorization code with PKCE)',
    description:
      'Answers the URL to send the browser to and binds the request to the browser in an HttpOnly cookie; the provider sends the browser back to /connexion/oidc, whose page calls POST /auth/oidc/callback.',
    errors: START_ERRORS,
  })
  authorize(@Body() body: StartOidcDto, @Res({ passthrough: true }) response: Response): Promise<AuthorizationUrlDto> {
    return this.startBound(response, body.providerId, null);
  }

  @WriteRoute('POST', 'link', { roles: ANY_ROLE, duringTotpEnrollment: true }, AuthorizationUrlDto, {
    operationId: 'startOidcLink',
    summary: 'Starts linking an identity provider account to the signed-in user',
    errors: START_ERRORS,
  })
  link(
    @CurrentPrincipal() principal: Principal,
    @Body() body: StartOidcDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AuthorizationUrlDto> {
    return this.startBound(response, body.providerId, OidcSignInService.userIdOf(principal));
  }

  @WriteRoute('POST', 'callback', 'public', OidcCallbackResponseDto, {
    operationId: 'completeOidcSignIn',
    summary: 'Completes a sign-in (or a link) with what the provider sent back: state and code',
    description:
      'The first sign-in of a provider account joins the organisation that invited its e-mail, or that registered its domain. ' +
      "TOTP is asked after the provider only when the user has it active and the provider's authentication was not strong.",
    errors: {
      400: 'OIDC_STATE_INVALID (forged, replayed, expired or from another browser), OIDC_CODE_REJECTED, VALIDATION_FAILED',
      401: 'OIDC_ID_TOKEN_INVALID (signature by an unknown key, wrong nonce, issuer, audience, expiry)',
      403: 'OIDC_DOMAIN_UNKNOWN or OIDC_EMAIL_UNVERIFIED',
      409: 'OIDC_ACCOUNT_NOT_LINKED or OIDC_IDENTITY_TAKEN',
      503: 'OIDC_PROVIDER_UNAVAILABLE',
    },
  })
  async callback(
    @Body() body: OidcCallbackDto,
    @Req() request: Request,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OidcCallbackResponseDto> {
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;
    response.clearCookie(OIDC_STATE_COOKIE, { path: `${AUTH_PATH}/oidc` });
    const outcome = await this.signIn.callback(body, cookies[OIDC_STATE_COOKIE], context);
    response.setHeader('Cache-Control', 'no-store');
    const facts = { acr: outcome.acr, amr: outcome.amr, strong: outcome.strong };
    switch (outcome.status) {
      case 'signed_in':
        return {
          status: 'signed_in',
          session: sendSession(response, outcome.session, this.settings.cookieSecure),
          ...facts,
        };
      case 'totp_required':
        return { status: 'totp_required', pendingToken: outcome.pendingToken, ...facts };
      case 'linked':
        return { status: 'linked', ...facts };
    }
  }

  @WriteRoute('POST', 'totp', 'public', LoginResponseDto, {
    operationId: 'completeOidcTotp',
    summary: "The TOTP step after a provider's sign-in that was not strong (one try)",
    errors: { 400: 'OIDC_PENDING_INVALID or VALIDATION_FAILED', 401: 'INVALID_CREDENTIALS' },
  })
  async totp(
    @Body() body: OidcTotpDto,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    return sendSession(
      response,
      await this.signIn.completeWithTotp(body.pendingToken, body.totp, context),
      this.settings.cookieSecure,
    );
  }

  @WriteRoute('POST', 'logout', 'public', OidcLogoutDto, {
    operationId: 'oidcLogout',
    summary:
      "Closes the browser session and answers the provider's logout URL when the session came from one that has it",
  })
  async logout(
    @Req() request: Request,
    @Headers('x-csrf-token') csrf: string | undefined,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OidcLogoutDto> {
    const cookies = (request.cookies ?? {}) as Record<string, string | undefined>;
    const endSessionUrl = await this.signIn.logout(cookies[REFRESH_COOKIE], csrf, context);
    clearSession(response, this.settings.cookieSecure);
    return { endSessionUrl };
  }
}
