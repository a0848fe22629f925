import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORITY_ROLES, VENDOR_ROLES } from '@preuve/domain';
import type { Principal, RequestContext } from '../auth/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ErrorResponse } from '../common/http/error-response.js';
import { DossiersService } from './dossiers.service.js';
import {
  AuditEventDto,
  CreateDossierDto,
  DossierDto,
  DossierPageDto,
  ListDossiersQueryDto,
  PutAnswersDto,
} from './dto/dossier.dto.js';

const READERS = [...VENDOR_ROLES, ...AUTHORITY_ROLES];

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Post()
  @Authenticated({ roles: VENDOR_ROLES, scope: 'dossiers:write' })
  @ApiOperation({ summary: 'Opens a draft dossier for a product against a référentiel version' })
  @ApiCreatedResponse({ type: DossierDto })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'PRODUCT_NOT_FOUND or REFERENTIAL_NOT_FOUND' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateDossierDto,
    @Context() context: RequestContext,
  ): Promise<DossierDto> {
    return this.dossiers.create(principal, body, context);
  }

  @Get()
  @Authenticated({ roles: READERS, scope: 'dossiers:read' })
  @ApiOperation({
    summary: 'Dossiers, newest first: a vendor its own; reviewers every dossier submitted at least once',
  })
  @ApiOkResponse({ type: DossierPageDto })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'INVALID_CURSOR or VALIDATION_FAILED' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListDossiersQueryDto): Promise<DossierPageDto> {
    return this.dossiers.list(principal, query);
  }

  @Get(':id')
  @Authenticated({ roles: READERS, scope: 'dossiers:read' })
  @ApiOperation({ summary: 'A dossier with its scenario tree: applicability, reasons, expected proofs, completeness' })
  @ApiOkResponse({ type: DossierDto })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DOSSIER_NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DossierDto> {
    return this.dossiers.get(principal, id);
  }

  @Put(':id/answers')
  @Authenticated({ roles: VENDOR_ROLES, scope: 'dossiers:write' })
  @ApiOperation({ summary: 'Replaces the questionnaire answers and recomputes which scenarios apply' })
  @ApiOkResponse({ type: DossierDto })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description: 'INVALID_ANSWERS (details.answers names each key) or VALIDATION_FAILED',
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DOSSIER_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'DOSSIER_LOCKED' })
  putAnswers(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: PutAnswersDto,
    @Context() context: RequestContext,
  ): Promise<DossierDto> {
    return this.dossiers.putAnswers(principal, id, body.answers, context);
  }

  @Get(':id/audit')
  @Authenticated({ roles: READERS, scope: 'dossiers:read' })
  @ApiOperation({ summary: "The dossier's audit events, oldest first" })
  @ApiOkResponse({ type: [AuditEventDto] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DOSSIER_NOT_FOUND' })
  audit(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<AuditEventDto[]> {
    return this.dossiers.auditTrail(principal, id);
  }
}
