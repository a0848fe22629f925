import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ORGANIZATION_ADMINS } from './organization-access.js';
import type { Principal } from '../common/access/principal.js';
import {
  ApiTokenDto,
  CreateApiTokenDto,
  CreatedApiTokenDto,
  CreateOrganizationDto,
  CreateUserDto,
  OrganizationDto,
  UserDto,
} from './dto/organization.dto.js';
import { OrganizationsService } from './organizations.service.js';
import { CreateRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @CreateRoute('/', { roles: ['platform_admin'] }, OrganizationDto, {
    operationId: 'createOrganization',
    summary: 'Creates a vendor or authority organisation (platform admin)',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  create(@Body() body: CreateOrganizationDto, @CurrentActor() actor: Actor): Promise<OrganizationDto> {
    return this.organizations.create(body, actor);
  }

  @ReadRoute('/', { roles: ['platform_admin'] }, [OrganizationDto], {
    operationId: 'listOrganizations',
    summary: 'Every organisation (platform admin)',
  })
  list(): Promise<OrganizationDto[]> {
    return this.organizations.list();
  }

  @ReadRoute(':orgId', { roles: ANY_ROLE }, OrganizationDto, {
    operationId: 'getOrganization',
    summary: 'An organisation: your own, or any for the platform admin',
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<OrganizationDto> {
    return this.organizations.get(principal, orgId);
  }

  @CreateRoute(':orgId/users', { roles: ORGANIZATION_ADMINS }, UserDto, {
    operationId: 'createUser',
    summary: "Adds a user to an organisation (platform admin, or that organisation's admin)",
    errors: {
      400: 'WEAK_PASSWORD, ROLE_NOT_ALLOWED or VALIDATION_FAILED',
      404: 'ORGANIZATION_NOT_FOUND',
      409: 'EMAIL_TAKEN',
    },
  })
  createUser(
    @CurrentActor() actor: Actor,
    @Param('orgId') orgId: string,
    @Body() body: CreateUserDto,
  ): Promise<UserDto> {
    return this.organizations.createUser(actor, orgId, body);
  }

  @ReadRoute(':orgId/users', { roles: ANY_ROLE }, [UserDto], {
    operationId: 'listUsers',
    summary: "An organisation's users (its members, or the platform admin)",
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  listUsers(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<UserDto[]> {
    return this.organizations.listUsers(principal, orgId);
  }

  @CreateRoute(':orgId/api-tokens', { roles: ORGANIZATION_ADMINS }, CreatedApiTokenDto, {
    operationId: 'createApiToken',
    summary: 'Creates an API token for integrations; the token is shown once',
    errors: { 400: 'SCOPE_NOT_ALLOWED or VALIDATION_FAILED', 404: 'ORGANIZATION_NOT_FOUND' },
  })
  createToken(
    @CurrentActor() actor: Actor,
    @Param('orgId') orgId: string,
    @Body() body: CreateApiTokenDto,
  ): Promise<CreatedApiTokenDto> {
    return this.organizations.createToken(actor, orgId, body);
  }

  @ReadRoute(':orgId/api-tokens', { roles: ORGANIZATION_ADMINS }, [ApiTokenDto], {
    operationId: 'listApiTokens',
    summary: "An organisation's API tokens, without their secrets",
    errors: { 404: 'ORGANIZATION_NOT_FOUND' },
  })
  listTokens(@CurrentPrincipal() principal: Principal, @Param('orgId') orgId: string): Promise<ApiTokenDto[]> {
    return this.organizations.listTokens(principal, orgId);
  }

  @WriteRoute('DELETE', ':orgId/api-tokens/:id', { roles: ORGANIZATION_ADMINS }, null, {
    operationId: 'revokeApiToken',
    summary: 'Revokes an API token, with immediate effect',
    errors: { 404: 'ORGANIZATION_NOT_FOUND or API_TOKEN_NOT_FOUND' },
  })
  revokeToken(@CurrentActor() actor: Actor, @Param('orgId') orgId: string, @Param('id') id: string): Promise<void> {
    return this.organizations.revokeToken(actor, orgId, id);
  }
}
