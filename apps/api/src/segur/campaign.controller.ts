import { Body, Controller, Param, ParseArrayPipe } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { CampaignAdminService } from './campaign-admin.service.js';
import {
  ExtensionDto,
  ExtensionRequestDto,
  HomologationDto,
  HomologationRequestDto,
  MilestoneInputDto,
  MilestoneViewDto,
} from './dto/campaign.dto.js';
import { HomologationsService } from './homologations.service.js';
import { CreateRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('segur')
@Controller()
export class CampaignController {
  constructor(
    private readonly campaign: CampaignAdminService,
    private readonly homologations: HomologationsService,
  ) {}

  @ReadRoute('referentials/:id/milestones', { roles: ANY_ROLE, scope: 'any' }, [MilestoneViewDto], {
    operationId: 'getMilestones',
    summary: 'The campaign dates (jalons) of a Ségur référentiel in force',
    errors: { 404: 'REFERENTIAL_NOT_FOUND', 409: 'NOT_SEGUR_REFERENTIAL' },
  })
  milestones(@Param('id') id: string): Promise<MilestoneViewDto[]> {
    return this.campaign.milestones(id);
  }

  @WriteRoute('PUT', 'referentials/:id/milestones', { roles: ['platform_admin', 'review_lead'] }, [MilestoneViewDto], {
    operationId: 'setMilestones',
    summary: 'Sets the campaign dates of a Ségur référentiel (platform admin or review lead); the previous set is kept',
    errors: { 400: 'VALIDATION_FAILED', 404: 'REFERENTIAL_NOT_FOUND', 409: 'NOT_SEGUR_REFERENTIAL' },
  })
  @ApiBody({ type: [MilestoneInputDto] })
  setMilestones(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body(new ParseArrayPipe({ items: MilestoneInputDto, whitelist: true, forbidNonWhitelisted: true }))
    body: MilestoneInputDto[],
  ): Promise<MilestoneViewDto[]> {
    return this.campaign.setMilestones(actor, id, body);
  }

  @CreateRoute('dossiers/:id/extensions', { roles: ['review_lead'] }, ExtensionDto, {
    operationId: 'grantExtension',
    summary: 'Review lead: extends one milestone for one Ségur dossier (audited)',
    errors: {
      400: 'VALIDATION_FAILED (until in the past…)',
      404: 'DOSSIER_NOT_FOUND',
      409: 'NOT_SEGUR_DOSSIER',
      422: 'UNKNOWN_MILESTONE',
    },
  })
  extend(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ExtensionRequestDto,
  ): Promise<ExtensionDto> {
    return this.campaign.extend(actor, id, body);
  }

  @ReadRoute('dossiers/:id/homologations', READ_DOSSIERS, [HomologationDto], {
    operationId: 'listHomologations',
    summary: 'Every homologation the référentiel asks for: missing, granted or in progress, and whether it holds today',
    errors: { 404: 'DOSSIER_NOT_FOUND', 409: 'NOT_SEGUR_DOSSIER' },
  })
  listHomologations(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<HomologationDto[]> {
    return this.homologations.list(principal, id);
  }

  @CreateRoute('dossiers/:id/homologations', WRITE_DOSSIERS, HomologationDto, {
    operationId: 'recordHomologation',
    summary:
      'Records a homologation: granted (number, date, attestation) or in progress (pre-examination attestation or screenshot)',
    errors: {
      400: 'VALIDATION_FAILED',
      404: 'DOSSIER_NOT_FOUND or EVIDENCE_NOT_FOUND',
      409: 'NOT_SEGUR_DOSSIER, PHASE_NOT_OPEN, DOSSIER_LOCKED',
      422: 'UNKNOWN_HOMOLOGATION',
    },
  })
  recordHomologation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: HomologationRequestDto,
  ): Promise<HomologationDto> {
    return this.homologations.record(actor, id, body);
  }
}
