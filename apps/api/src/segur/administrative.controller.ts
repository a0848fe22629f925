import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AUTHORITY_ROLES } from '@preuve/domain';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { AdministrativeService } from './administrative.service.js';
import {
  AdministrativeDecisionDto,
  AdministrativeDto,
  CandidatureDto,
  CharterAcceptanceDto,
  CharterAcceptedDto,
  EligibilityDto,
  ObsoleteVersionsDto,
} from './dto/administrative.dto.js';
import { CreateRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

const NOT_FOUND = 'DOSSIER_NOT_FOUND';
const CONFLICT = 'NOT_SEGUR_DOSSIER (a DMN dossier), DOSSIER_LOCKED (submitted or accepted)';

@ApiTags('segur')
@Controller('dossiers/:id/administrative')
export class AdministrativeController {
  constructor(private readonly administrative: AdministrativeService) {}

  @ReadRoute('/', READ_DOSSIERS, AdministrativeDto, {
    operationId: 'getAdministrative',
    summary: 'Ségur phase 1: the administrative dossier (candidature, charter, eligibility, obsolete versions)',
    errors: { 404: NOT_FOUND, 409: 'NOT_SEGUR_DOSSIER' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<AdministrativeDto> {
    return this.administrative.get(principal, id);
  }

  @WriteRoute('PUT', 'candidature', WRITE_DOSSIERS, AdministrativeDto, {
    operationId: 'saveCandidature',
    summary: 'Records the candidature: legal entity (SIREN and SIRET checked by their keys), solution, contact',
    errors: {
      400: 'INVALID_COMPANY_NUMBER (details.field is siren or siret) or VALIDATION_FAILED',
      404: NOT_FOUND,
      409: CONFLICT,
    },
  })
  putCandidature(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CandidatureDto,
  ): Promise<AdministrativeDto> {
    return this.administrative.putCandidature(actor, id, body);
  }

  @CreateRoute('charter', { roles: ['vendor_admin'] }, CharterAcceptedDto, {
    operationId: 'acceptCharter',
    summary: 'Accepts the Charte de référencement (vendor administrators only; a member gets 403)',
    description:
      'Keeps the signatory, role, time and the SHA-256 of the charter text version accepted. A new acceptance adds a row.',
    errors: { 400: 'VALIDATION_FAILED', 404: NOT_FOUND, 409: CONFLICT },
  })
  acceptCharter(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CharterAcceptanceDto,
  ): Promise<CharterAcceptedDto> {
    return this.administrative.acceptCharter(actor, id, body);
  }

  @WriteRoute('PUT', 'eligibility', WRITE_DOSSIERS, AdministrativeDto, {
    operationId: 'saveEligibility',
    summary: 'Records the eligibility form (validated against the référentiel’s eligibility questions)',
    errors: { 400: 'INVALID_ANSWERS (details.answers names each key)', 404: NOT_FOUND, 409: CONFLICT },
  })
  putEligibility(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: EligibilityDto,
  ): Promise<AdministrativeDto> {
    return this.administrative.putEligibility(actor, id, body.answers);
  }

  @WriteRoute('PUT', 'obsolete-versions', WRITE_DOSSIERS, AdministrativeDto, {
    operationId: 'saveObsoleteVersions',
    summary: 'Records the declaration of obsolete versions (each with its end dates, or none with a justification)',
    errors: { 400: 'VALIDATION_FAILED (details.problems)', 404: NOT_FOUND, 409: CONFLICT },
  })
  putObsoleteVersions(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ObsoleteVersionsDto,
  ): Promise<AdministrativeDto> {
    return this.administrative.putObsoleteVersions(actor, id, body);
  }

  @WriteRoute('POST', 'submit', WRITE_DOSSIERS, AdministrativeDto, {
    operationId: 'submitAdministrative',
    summary: 'Submits the administrative dossier for review',
    errors: {
      404: NOT_FOUND,
      409: `${CONFLICT}, DEADLINE_PASSED`,
      422: 'ADMINISTRATIVE_INCOMPLETE (details.missing)',
    },
  })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AdministrativeDto> {
    return this.administrative.submit(actor, id);
  }

  @WriteRoute('POST', 'decision', { roles: AUTHORITY_ROLES, scope: 'review:write' }, AdministrativeDto, {
    operationId: 'decideAdministrative',
    summary: 'Reviewers: accepts the administrative dossier (phase 2 opens) or sends it back with a comment',
    errors: {
      400: 'VALIDATION_FAILED (a change request needs a comment)',
      404: NOT_FOUND,
      409: 'NOT_SEGUR_DOSSIER, TRANSITION_REFUSED (not submitted)',
    },
  })
  decide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AdministrativeDecisionDto,
  ): Promise<AdministrativeDto> {
    return this.administrative.decide(actor, id, body);
  }
}
