import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ORGANIZATION_ADMINS } from '../organizations/organization-access.js';
import {
  CreateEmailDomainDto,
  CreateInvitationDto,
  CreateOidcProviderDto,
  EmailDomainDto,
  InvitationDto,
  LinkedIdentityDto,
  OidcProviderDto,
} from './dto/oidc.dto.js';
import { OidcAdminService } from './oidc-admin.service.js';
import { CreateRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('identity providers')
@Controller()
export class OidcAdminController {
  constructor(private readonly admin: OidcAdminService) {}

  @CreateRoute('oidc-providers', { roles: ['platform_admin'] }, OidcProviderDto, {
    operationId: 'createOidcProvider',
    summary: 'Configures an OpenID Connect identity provider (platform admin)',
    errors: { 400: 'INVALID_OIDC_PROVIDER or VALIDATION_FAILED' },
  })
  createProvider(@CurrentActor() actor: Actor, @Body() body: CreateOidcProviderDto): Promise<OidcProviderDto> {
    return this.admin.createProvider(actor, body);
  }

  @ReadRoute('oidc-providers', { roles: ['platform_admin'] }, [OidcProviderDto], {
    operationId: 'listOidcProviders',
    summary: 'Every identity provider, disabled ones included (platform admin)',
  })
  providers(): Promise<OidcProviderDto[]> {
    return this.admin.listProviders();
  }

  @WriteRoute('DELETE', 'oidc-providers/:providerId', { roles: ['platform_admin'] }, null, {
    operationId: 'disableOidcProvider',
    summary: 'Disables an identity provider (its links and sign-ins stay on record)',
    errors: { 404: 'OIDC_PROVIDER_NOT_FOUND' },
  })
  disable(@Param('providerId') providerId: string, @CurrentActor() actor: Actor): Promise<void> {
    return this.admin.disableProvider(providerId, actor);
  }

  @ReadRoute('me/identities', { roles: ANY_ROLE, duringTotpEnrollment: true }, [LinkedIdentityDto], {
    operationId: 'listMyIdentities',
    summary: 'The identity provider accounts linked to the signed-in user',
  })
  identities(@CurrentPrincipal() principal: Principal): Promise<LinkedIdentityDto[]> {
    return this.admin.identities(principal);
  }

  @CreateRoute('organizations/:orgId/email-domains', { roles: ['platform_admin'] }, EmailDomainDto, {
    operationId: 'addEmailDomain',
    summary: 'Links an e-mail domain to an organisation: its people join it at their first sign-in with a provider',
    errors: {
      400: 'INVALID_EMAIL_DOMAIN, ROLE_NOT_ALLOWED or VALIDATION_FAILED',
      404: 'ORGANIZATION_NOT_FOUND',
      409: 'EMAIL_DOMAIN_TAKEN',
    },
  })
  addDomain(
    @CurrentActor() actor: Actor,
    @Param('orgId') orgId: string,
    @Body() body: CreateEmailDomainDto,
  ): Promise<EmailDomainDto> {
    return this.admin.addDomain(actor, orgId, body);
  }

  @ReadRoute('organizations/:orgId/email-domains', { roles: ORGANIZATION_ADMINS }, [EmailDomainDto], {
    operationId: 'listEmailDomains',
    summary: "An organisation's e-mail domains (platform admin, or that organisation's admin)",
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  domains(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<EmailDomainDto[]> {
    return this.admin.domains(principal, orgId);
  }

  @CreateRoute('organizations/:orgId/invitations', { roles: ORGANIZATION_ADMINS }, InvitationDto, {
    operationId: 'inviteUser',
    summary:
      "Invites an e-mail to join an organisation at its first sign-in with a provider (platform admin, or that organisation's admin)",
    errors: { 400: 'ROLE_NOT_ALLOWED or VALIDATION_FAILED', 404: 'ORGANIZATION_NOT_FOUND' },
  })
  invite(
    @CurrentActor() actor: Actor,
    @Param('orgId') orgId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationDto> {
    return this.admin.invite(actor, orgId, body);
  }

  @ReadRoute('organizations/:orgId/invitations', { roles: ORGANIZATION_ADMINS }, [InvitationDto], {
    operationId: 'listInvitations',
    summary: "An organisation's invitations (platform admin, or that organisation's admin)",
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  invitations(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<InvitationDto[]> {
    return this.admin.invitations(principal, orgId);
  }
}
