import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isValidEmailDomain, rolesFor } from '@preuve/domain';
import { OidcRepository, type OidcProviderEntity } from '@preuve/persistence';
import { aboutRecordOf, AuditService } from '../audit/audit.service.js';
import { type Principal, type RequestContext, actingUser } from '../common/access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { pick } from '../common/pick.js';
import { OrganizationAccess } from '../organizations/organization-access.js';
import { seal } from '../security/secret-box.js';
import { Secrets } from '../security/secrets.js';
import type {
  CreateEmailDomainDto,
  CreateInvitationDto,
  CreateOidcProviderDto,
  EmailDomainDto,
  InvitationDto,
  LinkedIdentityDto,
  OidcProviderDto,
  PublicOidcProviderDto,
} from './dto/oidc.dto.js';
import { issuerProblem } from './oidc-clients.js';
import type { Actor } from '../common/access/actor.decorator.js';

/** An invitation waits this long for its first sign-in. */
export const INVITATION_DAYS = 14;

function providerDto(provider: OidcProviderEntity): OidcProviderDto {
  const fields = ['id', 'name', 'issuer', 'clientId', 'scopes', 'acrValues', 'strongAcrValues'] as const;
  return { ...pick(provider, fields), createdAt: provider.createdAt, disabledAt: provider.disabledAt };
}

/** Providers (platform admin), and how people join organisations through them: domains and invitations. */
@Injectable()
export class OidcAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly oidc: OidcRepository,
    private readonly audit: AuditService,
    private readonly secrets: Secrets,
    private readonly organizationAccess: OrganizationAccess,
  ) {}

  async createProvider(actor: Actor, input: CreateOidcProviderDto): Promise<OidcProviderDto> {
    const { principal } = actor;
    const problem = issuerProblem(input.issuer);
    if (problem) throw new AppError(ErrorCode.InvalidOidcProvider, problem, { field: 'issuer' });
    const scopes = input.scopes ?? ['openid', 'email', 'profile'];
    if (!scopes.includes('openid')) {
      throw new AppError(ErrorCode.InvalidOidcProvider, 'scopes must include openid', { field: 'scopes' });
    }
    return this.dataSource.transaction(async (manager) => {
      const provider = await this.oidc.insertProvider(manager, {
        name: input.name,
        issuer: input.issuer,
        clientId: input.clientId,
        clientSecretSealed: seal(this.secrets.oidcSecretKey, input.clientSecret),
        scopes,
        acrValues: input.acrValues ?? [],
        strongAcrValues: input.strongAcrValues ?? [],
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'oidc.provider_created',
        targetType: 'oidc_provider',
        targetId: provider.id,
        data: { name: provider.name, issuer: provider.issuer, clientId: provider.clientId },
      });
      return providerDto(provider);
    });
  }

  async listProviders(): Promise<OidcProviderDto[]> {
    return (await this.oidc.listProviders(this.dataSource.manager, false)).map(providerDto);
  }

  async publicProviders(): Promise<PublicOidcProviderDto[]> {
    return (await this.oidc.listProviders(this.dataSource.manager, true)).map(({ id, name }) => ({ id, name }));
  }

  async disableProvider(id: string, context: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const provider = await this.oidc.findProvider(manager, id);
      if (!provider) throw new AppError(ErrorCode.OidcProviderNotFound, `No identity provider « ${id} ».`);
      if (provider.disabledAt) return;
      await this.oidc.disableProvider(manager, id);
      await this.audit.record(manager, context, {
        action: 'oidc.provider_disabled',
        targetType: 'oidc_provider',
        targetId: id,
      });
    });
  }

  async addDomain(actor: Actor, organizationId: string, input: CreateEmailDomainDto): Promise<EmailDomainDto> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizationAccess.visible(manager, principal, organizationId);
      if (principal.kind !== 'user' || principal.role !== 'platform_admin') {
        throw new AppError(ErrorCode.Forbidden, 'Only the platform admin links an e-mail domain to an organisation.');
      }
      const domain = input.domain.toLowerCase();
      if (!isValidEmailDomain(domain)) {
        throw new AppError(
          ErrorCode.InvalidEmailDomain,
          `« ${input.domain} » is not a domain name (e.g. editeur.example).`,
        );
      }
      if (!rolesFor(organization.kind).includes(input.role)) {
        throw new AppError(
          ErrorCode.RoleNotAllowed,
          `A ${organization.kind} organisation has no role « ${input.role} ».`,
        );
      }
      const taken = await this.oidc.findDomain(manager, domain);
      if (taken)
        throw new AppError(ErrorCode.EmailDomainTaken, `The domain « ${domain} » already belongs to an organisation.`);
      const created = await this.oidc.insertDomain(manager, {
        organizationId,
        domain,
        role: input.role,
        createdBy: actingUser(principal),
      });
      await this.audit.record(manager, actor, {
        action: 'organization.email_domain_added',
        ...aboutRecordOf(organizationId, 'organization', organizationId),
        data: { domain, role: input.role },
      });
      return { id: created.id, domain: created.domain, role: created.role, createdAt: created.createdAt };
    });
  }

  async domains(principal: Principal, organizationId: string): Promise<EmailDomainDto[]> {
    return this.organizationAccess.readAdministered(principal, organizationId, async (manager) =>
      (await this.oidc.domainsOf(manager, organizationId)).map(({ id, domain, role, createdAt }) => ({
        id,
        domain,
        role,
        createdAt,
      })),
    );
  }

  async invite(actor: Actor, organizationId: string, input: CreateInvitationDto): Promise<InvitationDto> {
    const { principal } = actor;
    return this.organizationAccess.administer(actor, organizationId, async (manager, organization) => {
      if (!rolesFor(organization.kind).includes(input.role)) {
        throw new AppError(
          ErrorCode.RoleNotAllowed,
          `A ${organization.kind} organisation has no role « ${input.role} ».`,
        );
      }
      const email = input.email.toLowerCase();
      const invitation = await this.oidc.insertInvitation(manager, {
        organizationId,
        email,
        role: input.role,
        invitedBy: actingUser(principal),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await this.audit.record(manager, actor, {
        action: 'organization.invitation_created',
        ...aboutRecordOf(organizationId, 'invitation', invitation.id),
        data: { email, role: input.role },
      });
      return this.invitationDto(invitation);
    });
  }

  async invitations(principal: Principal, organizationId: string): Promise<InvitationDto[]> {
    return this.organizationAccess.readAdministered(principal, organizationId, async (manager) =>
      (await this.oidc.invitationsOf(manager, organizationId)).map((invitation) => this.invitationDto(invitation)),
    );
  }

  async identities(principal: Principal): Promise<LinkedIdentityDto[]> {
    if (principal.kind !== 'user') return [];
    return (await this.oidc.identitiesOfUser(this.dataSource.manager, principal.userId)).map((identity) => ({
      id: identity.id,
      providerId: identity.providerId,
      providerName: identity.providerName,
      email: identity.email,
      createdAt: identity.createdAt,
    }));
  }

  private invitationDto(invitation: {
    id: string;
    email: string;
    role: string;
    createdAt: Date;
    expiresAt: Date;
    acceptedAt: Date | null;
  }): InvitationDto {
    const { id, email, role, createdAt, expiresAt, acceptedAt } = invitation;
    return { id, email, role, createdAt, expiresAt, acceptedAt };
  }
}
