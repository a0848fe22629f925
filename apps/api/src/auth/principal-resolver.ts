import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requiresTotp, type Scope } from '@preuve/domain';
import { ApiTokenRepository, UserRepository } from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { sha256 } from '../security/hashing.js';
import { AccessTokens } from './access-tokens.js';
import { ApiTokenCache } from './api-token-cache.js';
import type { Principal } from './principal.js';

export const API_TOKEN_PREFIX = 'prv_';
const TOUCH_EVERY_MS = 60_000;

/** Turns a bearer token into a principal, reading the user or token fresh from the database. */
@Injectable()
export class PrincipalResolver {
  /** When this process last recorded each API token's use: one write a minute, not one a request. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly apiTokens: ApiTokenRepository,
    private readonly accessTokens: AccessTokens,
    private readonly tokenCache: ApiTokenCache,
  ) {}

  async resolve(authorization: string | undefined): Promise<Principal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) {
      throw new AppError(
        ErrorCode.AuthenticationRequired,
        'Send a token: Authorization: Bearer <access token or API token>.',
      );
    }
    const token = match[1];
    return token.startsWith(API_TOKEN_PREFIX) ? this.fromApiToken(token) : this.fromAccessToken(token);
  }

  private async fromApiToken(token: string): Promise<Principal> {
    const hash = sha256(token);
    const principal = this.tokenCache.get(hash) ?? (await this.lookUpApiToken(hash));
    const now = Date.now();
    if (principal.kind === 'token' && (this.touched.get(principal.tokenId) ?? 0) < now - TOUCH_EVERY_MS) {
      this.touched.set(principal.tokenId, now);
      await this.apiTokens.touch(this.dataSource.manager, principal.tokenId);
    }
    return principal;
  }

  private async lookUpApiToken(hash: string): Promise<Principal> {
    const readAt = Date.now();
    const row = await this.apiTokens.findByHash(this.dataSource.manager, hash);
    if (!row) throw new AppError(ErrorCode.InvalidToken, 'This API token is not valid.');
    if (row.revokedAt) {
      throw new AppError(
        ErrorCode.InvalidToken,
        'This API token was revoked. Ask an administrator of your organisation for a new one.',
      );
    }
    const principal: Principal = {
      kind: 'token',
      tokenId: row.id,
      scopes: row.scopes as Scope[],
      organizationId: row.organizationId,
      organizationKind: row.organizationKind,
    };
    this.tokenCache.set(hash, principal, readAt);
    return principal;
  }

  private async fromAccessToken(token: string): Promise<Principal> {
    const verified = await this.accessTokens.verify(token);
    if ('refused' in verified) {
      throw new AppError(
        ErrorCode.InvalidToken,
        verified.refused === 'expired'
          ? 'The access token has expired: sign in again, or refresh the session.'
          : 'The access token is not valid.',
      );
    }
    const user = await this.users.findById(this.dataSource.manager, verified.userId, verified.sessionId ?? undefined);
    if (!user) throw new AppError(ErrorCode.InvalidToken, 'The access token names no existing user.');
    if (verified.sessionId && !user.sessionOpen) {
      throw new AppError(ErrorCode.InvalidToken, 'This session was closed (sign-out) or has expired: sign in again.');
    }
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      role: user.role,
      organizationId: user.organizationId,
      organizationKind: user.organizationKind,
      totpActive: user.totpEnabledAt !== null || !requiresTotp(user.role),
    };
  }
}
