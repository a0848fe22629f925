import { Body, Controller, Get, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
import { setFileSecurityHeaders } from '../common/http/file-response.js';
import { DOSSIER_READERS, DOSSIER_WRITERS } from '../common/dossier/dossier-access.js';
import {
  AssessmentRecordDto,
  CreateRemediationDto,
  PatchRemediationDto,
  PutAssessmentDto,
  ReadinessDto,
  RemediationDto,
} from './dto/preparation.dto.js';
import { ScenarioWorkingStatusDto } from '../dossiers/dto/working-status.dto.js';
import { PreparationService } from './preparation.service.js';
import { ReadinessExports } from './readiness-exports.js';

@ApiTags('preparation')
@Controller()
export class PreparationController {
  constructor(
    private readonly preparation: PreparationService,
    private readonly exports: ReadinessExports,
  ) {}

  @Put('dossiers/:id/scenarios/:code/assessment')
  @Authenticated({ roles: DOSSIER_WRITERS, scope: 'dossiers:write' })
  @ApiOperation({
    operationId: 'saveAssessment',
    summary: 'Sets the working status of a scenario (with its conformity text or waiver justification)',
    description:
      'Append-only: each change is a new record and the history stays (GET /dossiers/{id}/assessments). The status ' +
      'the evidence suggests is shown beside it, never applied by itself. « a_confirmer » needs a reasonCode.',
  })
  @ApiOkResponse({ type: ScenarioWorkingStatusDto })
  @ApiErrors({
    400: 'UNKNOWN_WORKING_STATUS, UNKNOWN_REASON_CODE, REASON_CODE_REQUIRED, VALIDATION_FAILED or INVALID_CODE',
    404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND',
    409: 'DOSSIER_LOCKED or SCENARIO_FROZEN',
  })
  putAssessment(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: PutAssessmentDto,
    @Context() context: RequestContext,
  ): Promise<ScenarioWorkingStatusDto> {
    return this.preparation.putAssessment(principal, id, code, body, context);
  }

  @Get('dossiers/:id/assessments')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'listAssessments',
    summary: 'Every working status recorded on the dossier, oldest first (the history)',
  })
  @ApiOkResponse({ type: [AssessmentRecordDto] })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  history(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<AssessmentRecordDto[]> {
    return this.preparation.history(principal, id);
  }

  @Post('dossiers/:id/remediation')
  @Authenticated({ roles: DOSSIER_WRITERS, scope: 'dossiers:write' })
  @ApiOperation({
    operationId: 'createRemediation',
    summary: 'Adds an action to the remediation plan (a past target date is accepted and shows as overdue)',
  })
  @ApiCreatedResponse({ type: RemediationDto })
  @ApiErrors({ 400: 'VALIDATION_FAILED', 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND', 409: 'DOSSIER_LOCKED' })
  createRemediation(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: CreateRemediationDto,
    @Context() context: RequestContext,
  ): Promise<RemediationDto> {
    return this.preparation.createRemediation(principal, id, body, context);
  }

  @Get('dossiers/:id/remediation')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'listRemediation',
    summary: 'The remediation plan: every action with its current state, overdue ones flagged',
  })
  @ApiOkResponse({ type: [RemediationDto] })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  listRemediation(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RemediationDto[]> {
    return this.preparation.listRemediation(principal, id);
  }

  @Patch('remediation/:id')
  @Authenticated({ roles: DOSSIER_WRITERS, scope: 'dossiers:write' })
  @ApiOperation({
    operationId: 'updateRemediation',
    summary: 'Moves a remediation action to a new state (recorded as a new state change)',
  })
  @ApiOkResponse({ type: RemediationDto })
  @ApiErrors({ 400: 'UNKNOWN_REMEDIATION_STATE or VALIDATION_FAILED', 404: 'REMEDIATION_NOT_FOUND' })
  patchRemediation(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: PatchRemediationDto,
    @Context() context: RequestContext,
  ): Promise<RemediationDto> {
    return this.preparation.patchRemediation(principal, id, body.state, context);
  }

  @Get('dossiers/:id/readiness')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'getReadinessReport',
    summary: 'Readiness: working statuses per family, what blocks submission, overdue remediation actions',
  })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  readiness(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ReadinessDto> {
    return this.preparation.readiness(principal, id);
  }

  @Get('dossiers/:id/readiness.pdf')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({ operationId: 'downloadReadinessPdf', summary: 'The readiness report as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  async readinessPdf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.exports.pdf(principal, id);
    this.send(response, content, 'application/pdf', `preparation-${id.slice(0, 8)}.pdf`);
  }

  @Get('dossiers/:id/readiness.xlsx')
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'downloadReadinessXlsx',
    summary: 'The readiness report as a workbook: statuses, blockers, remediation plan',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The workbook',
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiErrors({ 404: 'DOSSIER_NOT_FOUND' })
  async readinessXlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.exports.xlsx(principal, id);
    this.send(
      response,
      content,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `preparation-${id.slice(0, 8)}.xlsx`,
    );
  }

  private send(response: Response, content: Buffer, type: string, fileName: string): void {
    response.setHeader('Content-Type', type);
    // ASCII file name (a slice of the dossier id): no RFC 6266 `filename*` needed.
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    setFileSecurityHeaders(response);
    response.setHeader('Content-Length', content.length);
    response.end(content);
  }
}
