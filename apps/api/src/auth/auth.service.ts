import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requiresTotp } from '@preuve/domain';
import {
  ApiTokenRepository,
  OrganizationRepository,
  RecoveryCodeRepository,
  SessionRepository,
  UserRepository,
  type UserEntity,
  type UserWithOrganization,
} from '@preuve/persistence';
import { aboutOwnAccount, AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { constantTimeEqual, randomToken, sha256, verifyAgainstNothing, verifyPassword } from '../security/hashing.js';
import { open, seal } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';
import { AccessTokens } from './access-tokens.js';
import { AuthSettings } from './auth-settings.js';
import type { LoginDto, LoginResponseDto, MeDto, TotpEnrollmentDto } from './dto/auth.dto.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { isRecoveryCodeShape, newRecoveryCodes, newTotpSecret, totpUri, verifyTotp } from './totp.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface IssuedSession {
  response: LoginResponseDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

type LoginOutcome =
  { ok: true; user: UserWithOrganization } | { ok: false; code: ErrorCode.InvalidCredentials | ErrorCode.TotpRequired };

const INVALID_CREDENTIALS = 'Wrong e-mail, password or code.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationRepository,
    private readonly apiTokens: ApiTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly recoveryCodes: RecoveryCodeRepository,
    private readonly accessTokens: AccessTokens,
    private readonly audit: AuditService,
    private readonly secrets: Secrets,
    private readonly settings: AuthSettings,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /**
   * Password, then the second factor when active. Unknown e-mail, wrong password, wrong code and
   * a locked account all answer the same 401 INVALID_CREDENTIALS, in about the same time. The
   * failure counters commit even though the request fails.
   */
  async login(input: LoginDto, context: RequestContext): Promise<IssuedSession> {
    await this.rateLimiter.hit(context.ip ?? 'unknown');
    const outcome = await this.dataSource.transaction((manager) => this.checkCredentials(manager, input, context));
    if (!outcome.ok) {
      throw new AppError(
        outcome.code,
        outcome.code === ErrorCode.TotpRequired
          ? 'Two-factor authentication is active: send the code of your authenticator app as `totp`.'
          : INVALID_CREDENTIALS,
      );
    }
    return this.dataSource.transaction((manager) => this.openSession(manager, outcome.user, context));
  }

  private async checkCredentials(
    manager: EntityManager,
    input: LoginDto,
    context: RequestContext,
  ): Promise<LoginOutcome> {
    const found = await this.users.findByEmail(manager, input.email);
    const failure = (data: Record<string, unknown>): Promise<void> =>
      this.audit.record(manager, context, {
        action: 'auth.login_failed',
        organizationId: found?.organizationId ?? null,
        actorUserId: found?.id,
        targetType: 'user',
        targetId: found?.id,
        data: { email: input.email.toLowerCase(), ...data },
      });
    if (!found) {
      await verifyAgainstNothing(input.password);
      await failure({ reason: 'unknown_email' });
      return { ok: false, code: ErrorCode.InvalidCredentials };
    }
    const user = (await this.users.lockById(manager, found.id))!;
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await verifyAgainstNothing(input.password);
      await failure({ reason: 'locked', lockedUntil: user.lockedUntil.toISOString() });
      return { ok: false, code: ErrorCode.InvalidCredentials };
    }
    const countFailure = async (reason: string): Promise<LoginOutcome> => {
      const failed = user.failedLogins + 1;
      if (failed >= MAX_FAILED_LOGINS) {
        const lockedUntil = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
        await this.users.update(manager, user.id, { failedLogins: 0, lockedUntil });
        await failure({ reason });
        await this.audit.record(manager, context, {
          action: 'auth.locked_out',
          ...aboutOwnAccount(user),
          data: { failedAttempts: failed, lockedUntil: lockedUntil.toISOString() },
        });
      } else {
        await this.users.update(manager, user.id, { failedLogins: failed });
        await failure({ reason, failedAttempts: failed });
      }
      return { ok: false, code: ErrorCode.InvalidCredentials };
    };
    if (!(await verifyPassword(user.passwordHash, input.password))) return countFailure('wrong_password');
    if (user.totpEnabledAt && user.totpSecret) {
      const code = input.totp?.trim();
      if (!code) return { ok: false, code: ErrorCode.TotpRequired };
      if (isRecoveryCodeShape(code)) {
        if (!(await this.recoveryCodes.consume(manager, user.id, sha256(code.toLowerCase()))))
          return countFailure('wrong_recovery_code');
        await this.audit.record(manager, context, {
          action: 'auth.recovery_code_used',
          ...aboutOwnAccount(user),
        });
      } else {
        const step = verifyTotp(
          open(this.secrets.totpKey, user.totpSecret),
          code,
          user.totpLastStep === null ? null : Number(user.totpLastStep),
        );
        if (step === null) return countFailure('wrong_totp');
        await this.users.update(manager, user.id, { totpLastStep: String(step) });
      }
    }
    if (user.failedLogins > 0 || user.lockedUntil)
      await this.users.update(manager, user.id, { failedLogins: 0, lockedUntil: null });
    await this.audit.record(manager, context, {
      action: 'auth.login_succeeded',
      ...aboutOwnAccount(user),
    });
    return { ok: true, user: found };
  }

  /** Opens a browser session for a user already authenticated (password here, or an identity provider). */
  async openSession(
    manager: EntityManager,
    user: UserWithOrganization,
    context: RequestContext,
  ): Promise<IssuedSession> {
    const refreshToken = randomToken();
    const csrfToken = randomToken(24);
    const refreshExpiresAt = new Date(Date.now() + this.settings.refreshTokenTtlSeconds * 1000);
    const session = await this.sessions.insert(manager, {
      userId: user.id,
      refreshHash: sha256(refreshToken),
      csrfHash: sha256(csrfToken),
      expiresAt: refreshExpiresAt,
      userAgent: context.userAgent,
      ip: context.ip,
    });
    return { response: await this.loginResponse(user, csrfToken, session.id), refreshToken, refreshExpiresAt };
  }

  private async loginResponse(
    user: UserWithOrganization,
    csrfToken: string,
    sessionId: string,
  ): Promise<LoginResponseDto> {
    const totpActive = user.totpEnabledAt !== null;
    return {
      accessToken: await this.accessTokens.issue(user.id, sessionId),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      csrfToken,
      user: {
        id: user.id,
        email: user.email,
        organizationId: user.organizationId,
        role: user.role,
        totpActive,
        totpEnrollmentRequired: requiresTotp(user.role) && !totpActive,
      },
    };
  }

  /** A new access token for a live browser session; the refresh token and CSRF token rotate. */
  async refresh(refreshToken: string | undefined, csrfHeader: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw new AppError(ErrorCode.InvalidSession, 'No session: sign in again.');
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.lockLiveByRefreshHash(manager, sha256(refreshToken));
      if (!session)
        throw new AppError(ErrorCode.InvalidSession, 'The session has expired or was closed: sign in again.');
      if (!csrfHeader || !constantTimeEqual(sha256(csrfHeader), session.csrfHash)) {
        throw new AppError(ErrorCode.CsrfCheckFailed, 'Send the CSRF token of the session in the X-CSRF-Token header.');
      }
      const user = await this.users.findById(manager, session.userId);
      if (!user) throw new AppError(ErrorCode.InvalidSession, 'The session has expired or was closed: sign in again.');
      const nextRefresh = randomToken();
      const nextCsrf = randomToken(24);
      await this.sessions.rotate(manager, session.id, sha256(nextRefresh), sha256(nextCsrf));
      return {
        response: await this.loginResponse(user, nextCsrf, session.id),
        refreshToken: nextRefresh,
        refreshExpiresAt: session.expiresAt,
      };
    });
  }

  /** Closes the browser session of this refresh cookie (idempotent). */
  async logout(
    refreshToken: string | undefined,
    csrfHeader: string | undefined,
    context: RequestContext,
  ): Promise<void> {
    if (!refreshToken) return;
    await this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.lockLiveByRefreshHash(manager, sha256(refreshToken));
      if (!session) return;
      if (!csrfHeader || !constantTimeEqual(sha256(csrfHeader), session.csrfHash)) {
        throw new AppError(ErrorCode.CsrfCheckFailed, 'Send the CSRF token of the session in the X-CSRF-Token header.');
      }
      await this.sessions.revoke(manager, session.id);
      await this.audit.record(manager, context, {
        action: 'auth.logout',
        actorUserId: session.userId,
        targetType: 'user',
        targetId: session.userId,
      });
    });
  }

  async enrollTotp(
    principal: Extract<Principal, { kind: 'user' }>,
    context: RequestContext,
  ): Promise<TotpEnrollmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockWithoutTotp(manager, principal);
      const secret = newTotpSecret();
      const recoveryCodes = newRecoveryCodes();
      await this.users.update(manager, user.id, { totpSecret: seal(this.secrets.totpKey, secret), totpLastStep: null });
      await this.recoveryCodes.replaceAll(
        manager,
        user.id,
        recoveryCodes.map((code) => sha256(code)),
      );
      await this.audit.record(manager, context, {
        action: 'auth.totp_enrollment_started',
        targetType: 'user',
        targetId: user.id,
      });
      return { secret, otpauthUrl: totpUri(secret, user.email), recoveryCodes };
    });
  }

  async activateTotp(
    principal: Extract<Principal, { kind: 'user' }>,
    code: string,
    context: RequestContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockWithoutTotp(manager, principal);
      if (!user.totpSecret) throw new AppError(ErrorCode.TotpNotEnrolled, 'Start with POST /api/v1/auth/totp/enroll.');
      const step = verifyTotp(open(this.secrets.totpKey, user.totpSecret), code, null);
      if (step === null)
        throw new AppError(
          ErrorCode.InvalidTotpCode,
          'This code does not match: check the clock of the device and try the current code.',
        );
      await this.users.update(manager, user.id, { totpEnabledAt: new Date(), totpLastStep: String(step) });
      await this.audit.record(manager, context, {
        action: 'auth.totp_activated',
        targetType: 'user',
        targetId: user.id,
      });
    });
  }

  /** The signed-in user, locked for the change, while two-factor authentication is not active yet. */
  private async lockWithoutTotp(
    manager: EntityManager,
    principal: Extract<Principal, { kind: 'user' }>,
  ): Promise<UserEntity> {
    const user = (await this.users.lockById(manager, principal.userId))!;
    if (user.totpEnabledAt)
      throw new AppError(ErrorCode.TotpAlreadyActive, 'Two-factor authentication is already active on this account.');
    return user;
  }

  async me(principal: Principal): Promise<MeDto> {
    const manager = this.dataSource.manager;
    const organization = await this.organizations.findById(manager, principal.organizationId);
    if (!organization) throw new AppError(ErrorCode.InvalidToken, 'The organisation of this token no longer exists.');
    const org = { id: organization.id, name: organization.name, kind: organization.kind };
    if (principal.kind === 'token') {
      const token = await this.apiTokens.findInOrganization(manager, principal.organizationId, principal.tokenId);
      return { kind: 'token', id: principal.tokenId, name: token?.name, scopes: principal.scopes, organization: org };
    }
    const user = await this.users.findById(manager, principal.userId);
    return {
      kind: 'user',
      id: principal.userId,
      email: principal.email,
      displayName: user?.displayName,
      role: principal.role,
      totpActive: user?.totpEnabledAt !== null,
      organization: org,
    };
  }
}
