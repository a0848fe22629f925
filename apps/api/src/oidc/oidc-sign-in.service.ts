import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource, type EntityManager } from 'typeorm';
import { decideFirstSignIn, emailDomain, isStrongAuthentication } from '@preuve/domain';
import {
  OidcRepository,
  SessionRepository,
  UserRepository,
  type OidcProviderEntity,
  type UserWithOrganization,
} from '@preuve/persistence';
import { aboutOwnAccount, AuditService } from '../audit/audit.service.js';
import { AuthService, type IssuedSession } from '../auth/auth.service.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { verifyTotp } from '../auth/totp.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { hashPassword, randomToken, sha256 } from '../security/hashing.js';
import { open, seal } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';
import type { OidcCallbackDto } from './dto/oidc.dto.js';
import { OidcClients } from './oidc-clients.js';
import { OidcSettings } from './oidc-settings.js';

/** An authorization request (state, nonce, PKCE verifier) is good once, for this long. */
const AUTHORIZATION_TTL_MS = 10 * 60_000;
/** The TOTP step after a provider's weak authentication must come within this time. */
const PENDING_TTL_MS = 5 * 60_000;

export type CallbackOutcome =
  | { status: 'signed_in'; session: IssuedSession; acr: string | null; amr: string[]; strong: boolean }
  | { status: 'totp_required'; pendingToken: string; acr: string | null; amr: string[]; strong: boolean }
  | { status: 'linked'; acr: string | null; amr: string[]; strong: boolean };

interface ProviderClaims {
  sub: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  acr: string | null;
  amr: string[];
}

/** A display name fit for e-mail headers: one line, no control characters; else the e-mail. */
function displayNameOf(claims: Record<string, unknown>, email: string): string {
  const parts = [claims.given_name, claims.family_name].filter((part): part is string => typeof part === 'string');
  const name = typeof claims.name === 'string' ? claims.name : parts.join(' ');
  const trimmed = name.trim().slice(0, 200);
  // eslint-disable-next-line no-control-regex
  return trimmed && !/[\u0000-\u001f\u007f]/.test(trimmed) ? trimmed : email;
}

/**
 * Sign-in through an OpenID Connect provider: authorization code with PKCE (S256), `state` and
 * `nonce` kept server-side and good once, the id token checked by openid-client (signature
 * against the provider's published keys, issuer, audience, expiry, nonce).
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly oidc: OidcRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly clients: OidcClients,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly secrets: Secrets,
    private readonly settings: OidcSettings,
  ) {}

  private async enabledProvider(manager: EntityManager, providerId: string): Promise<OidcProviderEntity> {
    const provider = await this.oidc.findProvider(manager, providerId);
    if (!provider || provider.disabledAt)
      throw new AppError(ErrorCode.OidcProviderNotFound, `No identity provider « ${providerId} » is enabled.`);
    return provider;
  }

  /**
   * Starts an authorization request: returns the provider's URL to send the browser to and the
   * state, which the controller also binds to the browser in a cookie. `linkUserId`: a signed-in
   * user linking this provider to their account.
   */
  async start(providerId: string, linkUserId: string | null): Promise<{ authorizationUrl: string; state: string }> {
    const provider = await this.enabledProvider(this.dataSource.manager, providerId);
    const configuration = await this.clients.configuration(provider);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    await this.oidc.insertAuthorization(this.dataSource.manager, {
      stateHash: sha256(state),
      providerId: provider.id,
      nonce,
      codeVerifier,
      linkUserId,
      expiresAt: new Date(Date.now() + AUTHORIZATION_TTL_MS),
    });
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: provider.scopes.join(' '),
      response_type: 'code',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    };
    if (provider.acrValues.length > 0) parameters.acr_values = provider.acrValues.join(' ');
    return { authorizationUrl: client.buildAuthorizationUrl(configuration, parameters).href, state };
  }

  /** The provider sent the browser back with `state` and `code` (or an error). */
  async callback(
    input: OidcCallbackDto,
    boundState: string | undefined,
    context: RequestContext,
  ): Promise<CallbackOutcome> {
    // The state is used up first, whatever follows: a code cannot be tried twice.
    const authorization = await this.oidc.consumeAuthorization(this.dataSource.manager, sha256(input.state));
    if (!authorization || boundState !== input.state) {
      throw new AppError(
        ErrorCode.OidcStateInvalid,
        'This sign-in was not started here, was already used, or took longer than 10 minutes: start again.',
      );
    }
    const provider = await this.enabledProvider(this.dataSource.manager, authorization.providerId);
    if (input.error) {
      throw new AppError(ErrorCode.OidcCodeRejected, `${provider.name} refused the sign-in: ${input.error}.`, {
        error: input.error,
        description: input.errorDescription,
      });
    }
    if (!input.code) throw new AppError(ErrorCode.OidcCodeRejected, 'The provider sent no authorization code.');
    const configuration = await this.clients.configuration(provider);
    const claims = await this.exchange(provider, configuration, input, authorization);
    const strong = isStrongAuthentication(claims, provider);
    const facts = { acr: claims.acr, amr: claims.amr, strong };

    if (authorization.linkUserId) {
      await this.link(provider, claims, authorization.linkUserId, context);
      return { status: 'linked', ...facts };
    }

    return this.dataSource.transaction(async (manager) => {
      const user = await this.accountFor(manager, provider, claims, context);
      const idTokenSealed = seal(this.secrets.oidcSecretKey, claims.idToken);
      const signInData = {
        providerId: provider.id,
        userId: user.id,
        subject: claims.sub,
        acr: claims.acr,
        amr: claims.amr,
        strong,
      };
      if (user.totpEnabledAt && !strong) {
        const pendingToken = randomToken();
        await this.oidc.insertSignIn(manager, {
          ...signInData,
          idTokenSealed,
          sessionId: null,
          pendingHash: sha256(pendingToken),
          pendingExpiresAt: new Date(Date.now() + PENDING_TTL_MS),
        });
        return { status: 'totp_required', pendingToken, ...facts };
      }
      const session = await this.auth.openSession(manager, user, context);
      await this.oidc.insertSignIn(manager, {
        ...signInData,
        idTokenSealed,
        sessionId: await this.sessionIdOf(manager, session),
        pendingHash: null,
        pendingExpiresAt: null,
      });
      await this.recordSignIn(manager, context, user, provider, claims, strong);
      return { status: 'signed_in', session, ...facts };
    });
  }

  /** The TOTP step of a sign-in whose provider authentication was not strong. One try per step. */
  async completeWithTotp(pendingToken: string, code: string, context: RequestContext): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const signIn = await this.oidc.lockPendingSignIn(manager, sha256(pendingToken));
      if (!signIn) return { ok: false as const, code: ErrorCode.OidcPendingInvalid };
      const user = (await this.users.lockById(manager, signIn.userId))!;
      const step =
        user.totpSecret && /^\d{6}$/.test(code.trim())
          ? verifyTotp(
              open(this.secrets.totpKey, user.totpSecret),
              code.trim(),
              user.totpLastStep === null ? null : Number(user.totpLastStep),
            )
          : null;
      if (step === null) {
        await this.oidc.settlePendingSignIn(manager, signIn.id, null);
        await this.audit.record(manager, context, {
          action: 'auth.login_failed',
          ...aboutOwnAccount(user),
          data: { method: 'oidc', reason: 'wrong_totp', providerId: signIn.providerId },
        });
        return { ok: false as const, code: ErrorCode.InvalidCredentials };
      }
      await this.users.update(manager, user.id, { totpLastStep: String(step) });
      const full = (await this.users.findById(manager, user.id))!;
      const session = await this.auth.openSession(manager, full, context);
      await this.oidc.settlePendingSignIn(manager, signIn.id, await this.sessionIdOf(manager, session));
      const provider = (await this.oidc.findProvider(manager, signIn.providerId))!;
      await this.recordSignIn(manager, context, full, provider, { acr: signIn.acr, amr: signIn.amr }, false);
      return { ok: true as const, session };
    });
    if (!outcome.ok) {
      throw new AppError(
        outcome.code,
        outcome.code === ErrorCode.OidcPendingInvalid
          ? 'This sign-in step expired or was already used: sign in with the provider again.'
          : 'Wrong code: sign in with the provider again.',
      );
    }
    return outcome.session;
  }

  /**
   * Ends the browser session of this refresh cookie (as POST /auth/logout) and, when it came from
   * a provider that publishes an end-session endpoint, answers the URL that ends the provider's
   * session too (RP-initiated logout, with the id token as hint).
   */
  async logout(
    refreshToken: string | undefined,
    csrf: string | undefined,
    context: RequestContext,
  ): Promise<string | null> {
    let endSessionUrl: string | null = null;
    if (refreshToken) {
      const { signIn, provider } = await this.dataSource.transaction(async (manager) => {
        const session = await this.sessions.lockLiveByRefreshHash(manager, sha256(refreshToken));
        const signIn = session ? await this.oidc.signInOfSession(manager, session.id) : null;
        const provider = signIn ? await this.oidc.findProvider(manager, signIn.providerId) : null;
        return { signIn, provider };
      });
      if (signIn && provider) {
        try {
          const configuration = await this.clients.configuration(provider);
          if (configuration.serverMetadata().end_session_endpoint) {
            endSessionUrl = client.buildEndSessionUrl(configuration, {
              id_token_hint: open(this.secrets.oidcSecretKey, signIn.idTokenSealed),
              post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
            }).href;
          }
        } catch (error) {
          this.logger.warn(`no logout at ${provider.name}: ${String(error)}`);
        }
      }
    }
    await this.auth.logout(refreshToken, csrf, context);
    return endSessionUrl;
  }

  private async sessionIdOf(manager: EntityManager, session: IssuedSession): Promise<string> {
    const row = await this.sessions.lockLiveByRefreshHash(manager, sha256(session.refreshToken));
    return row!.id;
  }

  private async exchange(
    provider: OidcProviderEntity,
    configuration: client.Configuration,
    input: OidcCallbackDto,
    authorization: { nonce: string; codeVerifier: string },
  ): Promise<ProviderClaims & { idToken: string; raw: Record<string, unknown> }> {
    const callbackUrl = new URL(this.settings.redirectUri);
    callbackUrl.searchParams.set('code', input.code!);
    callbackUrl.searchParams.set('state', input.state);
    if (input.iss) callbackUrl.searchParams.set('iss', input.iss);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: authorization.codeVerifier,
        expectedNonce: authorization.nonce,
        expectedState: input.state,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.exchangeError(provider, error);
    }
    const claims = tokens.claims()!;
    const raw = claims as unknown as Record<string, unknown>;
    const email = typeof raw.email === 'string' ? raw.email.toLowerCase() : null;
    return {
      sub: claims.sub,
      email,
      emailVerified: raw.email_verified === true || raw.email_verified === 'true',
      name: email ? displayNameOf(raw, email) : null,
      acr: typeof raw.acr === 'string' ? raw.acr : null,
      amr: Array.isArray(raw.amr) ? raw.amr.filter((value): value is string => typeof value === 'string') : [],
      idToken: tokens.id_token!,
      raw,
    };
  }

  private exchangeError(provider: OidcProviderEntity, error: unknown): AppError {
    if (error instanceof client.ResponseBodyError || error instanceof client.AuthorizationResponseError) {
      return new AppError(
        ErrorCode.OidcCodeRejected,
        `${provider.name} refused the authorization code (${error.error}): it expired or was already used; sign in again.`,
        { error: error.error, description: error.error_description },
      );
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('OAUTH_')) {
      return new AppError(
        ErrorCode.OidcIdTokenInvalid,
        `The answer of ${provider.name} failed its checks (signature, issuer, audience, nonce or expiry): sign-in refused.`,
        { reason: code, message: error instanceof Error ? error.message : undefined },
      );
    }
    return new AppError(ErrorCode.OidcProviderUnavailable, `${provider.name} cannot be reached; try again later.`, {
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  private async link(
    provider: OidcProviderEntity,
    claims: ProviderClaims,
    userId: string,
    context: RequestContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.oidc.findIdentity(manager, provider.id, claims.sub);
      if (existing && existing.userId !== userId) {
        throw new AppError(
          ErrorCode.OidcIdentityTaken,
          `This ${provider.name} account is already linked to another account of Preuve.`,
        );
      }
      if (existing) return;
      await this.oidc.insertIdentity(manager, {
        providerId: provider.id,
        subject: claims.sub,
        userId,
        email: claims.email,
      });
      const user = await this.users.findById(manager, userId);
      await this.audit.record(manager, context, {
        action: 'auth.oidc_linked',
        organizationId: user?.organizationId ?? null,
        actorUserId: userId,
        targetType: 'user',
        targetId: userId,
        data: {
          providerId: provider.id,
          provider: provider.name,
          email: claims.email,
          acr: claims.acr,
          amr: claims.amr,
        },
      });
    });
  }

  /** The account of a provider subject: linked already, or created by invitation or domain. */
  private async accountFor(
    manager: EntityManager,
    provider: OidcProviderEntity,
    claims: ProviderClaims,
    context: RequestContext,
  ): Promise<UserWithOrganization> {
    const identity = await this.oidc.findIdentity(manager, provider.id, claims.sub);
    if (identity) {
      const user = await this.users.findById(manager, identity.userId);
      if (user) return user;
    }
    const email = claims.email;
    const domain = email ? emailDomain(email) : null;
    const [accountExists, invitation, domainRow] = email
      ? await Promise.all([
          this.users.emailExists(manager, email),
          this.oidc.openInvitation(manager, email),
          domain ? this.oidc.findDomain(manager, domain) : Promise.resolve(null),
        ])
      : [false, null, null];
    const decision = decideFirstSignIn({
      email,
      emailVerified: claims.emailVerified,
      accountExists,
      invitation: invitation
        ? { id: invitation.id, organizationId: invitation.organizationId, role: invitation.role }
        : null,
      domain: domainRow ? { organizationId: domainRow.organizationId, role: domainRow.role } : null,
    });
    switch (decision.kind) {
      case 'link_required':
        throw new AppError(
          ErrorCode.OidcAccountNotLinked,
          `An account with the e-mail ${email} exists already: sign in with its password, then link ${provider.name} from your profile.`,
        );
      case 'refused':
        if (decision.reason === 'domain_unknown')
          throw new AppError(
            ErrorCode.OidcDomainUnknown,
            `No organisation receives people of « ${domain} » and no invitation waits for ${email}: ask your organisation's administrator for an invitation.`,
            { domain },
          );
        throw new AppError(
          ErrorCode.OidcEmailUnverified,
          `${provider.name} gave no verified e-mail address, which a first sign-in needs.`,
          { reason: decision.reason },
        );
      case 'join': {
        // No password: the account signs in through its provider (a random hash nobody knows).
        const created = await this.users.insert(manager, {
          organizationId: decision.organizationId,
          email: email!,
          displayName: claims.name ?? email!,
          role: decision.role,
          passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
        });
        if (decision.invitationId) await this.oidc.acceptInvitation(manager, decision.invitationId, created.id);
        await this.oidc.insertIdentity(manager, {
          providerId: provider.id,
          subject: claims.sub,
          userId: created.id,
          email,
        });
        await this.audit.record(manager, context, {
          action: 'user.created',
          organizationId: decision.organizationId,
          actorUserId: created.id,
          targetType: 'user',
          targetId: created.id,
          data: { email, role: decision.role, via: decision.via, providerId: provider.id, provider: provider.name },
        });
        return (await this.users.findById(manager, created.id))!;
      }
    }
  }

  private async recordSignIn(
    manager: EntityManager,
    context: RequestContext,
    user: UserWithOrganization,
    provider: OidcProviderEntity,
    claims: { acr: string | null; amr: string[] },
    strong: boolean,
  ): Promise<void> {
    await this.audit.record(manager, context, {
      action: 'auth.login_succeeded',
      ...aboutOwnAccount(user),
      data: {
        method: 'oidc',
        providerId: provider.id,
        provider: provider.name,
        acr: claims.acr,
        amr: claims.amr,
        strong,
      },
    });
  }

  /** For the profile: whether the signed-in user may link (users only). */
  static userIdOf(principal: Principal): string {
    if (principal.kind !== 'user')
      throw new AppError(ErrorCode.Forbidden, 'Only a signed-in user links an identity provider.');
    return principal.userId;
  }
}
