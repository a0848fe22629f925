import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ANY_ROLE, Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ErrorResponse } from '../common/http/error-response.js';
import type { Principal, RequestContext } from '../auth/principal.js';
import { DOSSIER_READERS, DOSSIER_WRITERS } from '../dossiers/dossier-access.js';
import { DeclarationsService } from './declarations.service.js';
import { CreateDeclarationDto, DeclarationDto, StatementDto } from './dto/declaration.dto.js';

@ApiTags('declarations')
@Controller()
export class DeclarationsController {
  constructor(private readonly declarations: DeclarationsService) {}

  @Get('declarations/statement')
  @Authenticated({ roles: ANY_ROLE, scope: 'any' })
  @ApiOperation({
    summary: 'The sworn statement a declarant accepts, its version, the roles and the justification bounds',
  })
  @ApiOkResponse({ type: StatementDto })
  statement(): StatementDto {
    return this.declarations.statement();
  }

  @Post('dossiers/:id/declarations')
  @Authenticated({ roles: DOSSIER_WRITERS, scope: 'dossiers:write' })
  @ApiOperation({
    summary: 'Signs a sworn declaration that a scenario does not apply (déclaration sur l’honneur)',
    description:
      'Never edited: a new declaration for the same scenario supersedes the previous one, and both are kept.',
  })
  @ApiCreatedResponse({ type: DeclarationDto })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED or INVALID_CODE' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'DOSSIER_LOCKED' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponse, description: 'DECLARATION_NOT_REQUIRED' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: CreateDeclarationDto,
    @Context() context: RequestContext,
  ): Promise<DeclarationDto> {
    return this.declarations.create(principal, id, body, context);
  }

  @Get('dossiers/:id/declarations')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({ summary: 'Every declaration of a dossier, oldest first, superseded ones marked' })
  @ApiOkResponse({ type: [DeclarationDto] })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DOSSIER_NOT_FOUND' })
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DeclarationDto[]> {
    return this.declarations.list(principal, id);
  }

  @Get('declarations/:id')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({ summary: 'A declaration, with the statement text it was signed with' })
  @ApiOkResponse({ type: DeclarationDto })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DECLARATION_NOT_FOUND' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DeclarationDto> {
    return this.declarations.get(principal, id);
  }

  @Get('declarations/:id/pdf')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({ summary: 'The declaration as a PDF, carrying its SHA-256' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'DECLARATION_NOT_FOUND' })
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { fileName, content } = await this.declarations.pdf(principal, id);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Content-Length', content.length);
    response.end(content);
  }
}
