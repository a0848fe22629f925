import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requiresTotp, type Scope } from '@preuve/domain';
import {
  ApiTokenRepository,
  UserRepository,
  type ApiTokenWithOrganization,
  type UserWithOrganization,
} from '@preuve/persistence';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { sha256 } from '../security/hashing.js';
import type { LinkGrant, LinkPurpose } from '../common/access/link-grant.js';
import { SignedLinks } from '../security/signed-links.js';
import { AccessTokens } from './access-tokens.js';
import { ApiTokenCache } from './api-token-cache.js';
import type { Principal } from '../common/access/principal.js';

export const API_TOKEN_PREFIX = 'prv_';
const TOUCH_EVERY_MS = 60_000;

/** Where a new link comes from, for the messages of refused links. */
const RENEWAL: Record<LinkPurpose, (id: string) => string> = {
  'evidence-content': (id) => `POST /api/v1/evidence/${id}/link`,
  'declaration-pdf': (id) => `POST /api/v1/declarations/${id}/pdf-link`,
};

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
    private readonly links: SignedLinks,
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
    const principal = this.tokenPrincipal(row);
    this.tokenCache.set(hash, principal, readAt);
    return principal;
  }

  /**
   * The issuer of a signed link presented for `resourceId`, read fresh: a link dies with the
   * session it was issued in (sign-out) or with the API token that issued it (revocation).
   */
  async resolveLink(
    purpose: LinkPurpose,
    resourceId: string,
    access: unknown,
  ): Promise<{ principal: Principal; grant: LinkGrant }> {
    const renew = `Ask for a new one: ${RENEWAL[purpose](resourceId)}.`;
    const checked = this.links.verify(purpose, resourceId, access);
    if (!checked.valid) {
      throw new AppError(
        ErrorCode.InvalidLink,
        checked.reason === 'expired'
          ? `This link expired at ${checked.expiresAt.toISOString()} (links last ${Math.round(this.links.ttlSeconds / 60)} minutes). ${renew}`
          : `This link is not valid for this file: it was altered, cut short, or made for another file. ${renew}`,
      );
    }
    const { issuer } = checked.grant;
    if (issuer.kind === 'token') {
      const row = await this.apiTokens.findById(this.dataSource.manager, issuer.tokenId);
      if (!row || row.revokedAt) {
        throw new AppError(ErrorCode.InvalidLink, `The API token that issued this link was revoked. ${renew}`);
      }
      return { principal: this.tokenPrincipal(row), grant: checked.grant };
    }
    const user = await this.users.findById(this.dataSource.manager, issuer.userId, issuer.sessionId ?? undefined);
    if (!user || (issuer.sessionId && !user.sessionOpen)) {
      throw new AppError(
        ErrorCode.InvalidLink,
        `The session this link was issued in has ended (sign-out or expiry): sign in again. ${renew}`,
      );
    }
    return { principal: this.userPrincipal(user, issuer.sessionId), grant: checked.grant };
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
    return this.userPrincipal(user, verified.sessionId);
  }

  private tokenPrincipal(row: ApiTokenWithOrganization): Principal {
    return {
      kind: 'token',
      tokenId: row.id,
      scopes: row.scopes as Scope[],
      organizationId: row.organizationId,
      organizationKind: row.organizationKind,
    };
  }

  private userPrincipal(user: UserWithOrganization, sessionId: string | null): Principal {
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      role: user.role,
      organizationId: user.organizationId,
      organizationKind: user.organizationKind,
      totpActive: user.totpEnabledAt !== null || !requiresTotp(user.role),
      sessionId,
    };
  }
}
