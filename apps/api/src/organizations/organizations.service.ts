import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkPassword, rolesFor, scopesFor, type Scope } from '@preuve/domain';
import {
  ApiTokenRepository,
  OrganizationRepository,
  UserRepository,
  type ApiTokenEntity,
  type OrganizationEntity,
  type UserEntity,
} from '@preuve/persistence';
import { aboutRecordOf, AuditService } from '../audit/audit.service.js';
import { OrganizationAccess } from './organization-access.js';
import { ApiTokenCache } from '../auth/api-token-cache.js';
import { API_TOKEN_PREFIX } from '../auth/principal-resolver.js';
import { type Principal, type RequestContext, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { hashPassword, randomToken, sha256 } from '../security/hashing.js';
import type {
  ApiTokenDto,
  CreateApiTokenDto,
  CreatedApiTokenDto,
  CreateOrganizationDto,
  CreateUserDto,
  OrganizationDto,
  UserDto,
} from './dto/organization.dto.js';
import type { Actor } from '../common/access/actor.decorator.js';

function organizationDto(organization: OrganizationEntity): OrganizationDto {
  return pick(organization, ['id', 'name', 'kind', 'createdAt']);
}

function userDto(user: UserEntity): UserDto {
  return {
    ...pick(user, ['id', 'email', 'displayName', 'role', 'organizationId']),
    totpActive: user.totpEnabledAt !== null,
    createdAt: user.createdAt,
  };
}

function tokenDto(token: ApiTokenEntity): ApiTokenDto {
  return pick(token, ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt']);
}

/** A password the policy accepts, hashed; or 400 WEAK_PASSWORD with what to change. */
export async function acceptablePasswordHash(password: string, email: string): Promise<string> {
  const check = checkPassword(password, email);
  if (!check.ok)
    throw new AppError(ErrorCode.WeakPassword, check.problems.join(' '), {
      problems: check.problems,
      bits: Math.floor(check.bits),
    });
  return hashPassword(password);
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly apiTokens: ApiTokenRepository,
    private readonly audit: AuditService,
    private readonly access: OrganizationAccess,
    private readonly tokenCache: ApiTokenCache,
  ) {}

  async create(input: CreateOrganizationDto, context: RequestContext): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.insert(manager, input.name, input.kind);
      await this.audit.record(manager, context, {
        action: 'organization.created',
        organizationId: organization.id,
        targetType: 'organization',
        targetId: organization.id,
        data: { name: organization.name, kind: organization.kind },
      });
      return organizationDto(organization);
    });
  }

  async list(): Promise<OrganizationDto[]> {
    return (await this.organizations.list(this.dataSource.manager)).map(organizationDto);
  }

  async get(principal: Principal, organizationId: string): Promise<OrganizationDto> {
    return organizationDto(await this.access.visible(this.dataSource.manager, principal, organizationId));
  }

  async createUser(actor: Actor, organizationId: string, input: CreateUserDto): Promise<UserDto> {
    const { principal } = actor;
    // Who may act is settled before the (deliberately slow) password hashing.
    await this.access.administered(this.dataSource.manager, principal, organizationId);
    const passwordHash = await acceptablePasswordHash(input.password, input.email);
    return this.access.administer(actor, organizationId, async (manager, organization) => {
      if (!rolesFor(organization.kind).includes(input.role)) {
        throw new AppError(
          ErrorCode.RoleNotAllowed,
          `A ${organization.kind} organisation has these roles: ${rolesFor(organization.kind).join(', ')}.`,
        );
      }
      if (await this.users.emailExists(manager, input.email)) {
        throw new AppError(ErrorCode.EmailTaken, `An account already uses ${input.email.toLowerCase()}.`);
      }
      const user = await this.users.insert(manager, {
        organizationId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
      });
      await this.audit.record(manager, actor, {
        action: 'user.created',
        ...aboutRecordOf(organizationId, 'user', user.id),
        data: { email: user.email, role: user.role },
      });
      return userDto(user);
    });
  }

  async listUsers(principal: Principal, organizationId: string): Promise<UserDto[]> {
    const manager = this.dataSource.manager;
    await this.access.visible(manager, principal, organizationId);
    return (await this.users.listByOrganization(manager, organizationId)).map(userDto);
  }

  async createToken(actor: Actor, organizationId: string, input: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    const { principal } = actor;
    return this.access.administer(actor, organizationId, async (manager, organization) => {
      const allowed = scopesFor(organization.kind);
      const refused = input.scopes.filter((scope: Scope) => !allowed.includes(scope));
      if (input.scopes.length === 0 || refused.length > 0) {
        throw new AppError(
          ErrorCode.ScopeNotAllowed,
          `A ${organization.kind} organisation's token takes one or more of these scopes: ${allowed.join(', ') || 'none'}${refused.length ? ` (refused: ${refused.join(', ')})` : ''}.`,
        );
      }
      const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
      const row = await this.apiTokens.insert(manager, {
        organizationId,
        name: input.name,
        prefix: token.slice(0, 8),
        tokenHash: sha256(token),
        scopes: input.scopes,
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'api_token.created',
        ...aboutRecordOf(organizationId, 'api_token', row.id),
        data: { name: row.name, scopes: row.scopes, prefix: row.prefix },
      });
      return { ...tokenDto(row), token };
    });
  }

  async listTokens(principal: Principal, organizationId: string): Promise<ApiTokenDto[]> {
    return this.access.readAdministered(principal, organizationId, async (manager) =>
      (await this.apiTokens.listByOrganization(manager, organizationId)).map(tokenDto),
    );
  }

  async revokeToken(actor: Actor, organizationId: string, tokenId: string): Promise<void> {
    const revokedHash = await this.access.administer(actor, organizationId, async (manager) => {
      const token = await this.apiTokens.findInOrganization(manager, organizationId, tokenId);
      if (!token) throw new AppError(ErrorCode.ApiTokenNotFound, `No API token « ${tokenId} » in this organisation.`);
      if (token.revokedAt) return null;
      if (!(await this.apiTokens.revoke(manager, token.id))) return null;
      // Every instance forgets the token when this commits (this one too, and at once below).
      await this.tokenCache.publishRevoked(manager, token.tokenHash);
      await this.audit.record(manager, actor, {
        action: 'api_token.revoked',
        ...aboutRecordOf(organizationId, 'api_token', token.id),
        data: { name: token.name, prefix: token.prefix },
      });
      return token.tokenHash;
    });
    // Other instances hear the NOTIFY; this one forgets the token before answering.
    if (revokedHash) this.tokenCache.evict(revokedHash);
  }
}
