import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { PDF_FILE, XLSX_FILE } from '../common/openapi/operation.decorator.js';
import { sendFile } from '../common/http/file-response.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
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
import { CreateRoute, DownloadRoute, ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('preparation')
@Controller()
export class PreparationController {
  constructor(
    private readonly preparation: PreparationService,
    private readonly exports: ReadinessExports,
  ) {}

  @WriteRoute('PUT', 'dossiers/:id/scenarios/:code/assessment', WRITE_DOSSIERS, ScenarioWorkingStatusDto, {
    operationId: 'saveAssessment',
    summary: 'Sets the working status of a scenario (with its conformity text or waiver justification)',
    description:
      'Append-only: each change is a new record and the history stays (GET /dossiers/{id}/assessments). The status ' +
      'the evidence suggests is shown beside it, never applied by itself. « a_confirmer » needs a reasonCode.',
    errors: {
      400: 'UNKNOWN_WORKING_STATUS, UNKNOWN_REASON_CODE, REASON_CODE_REQUIRED, VALIDATION_FAILED or INVALID_CODE',
      404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND',
      409: 'DOSSIER_LOCKED or SCENARIO_FROZEN',
    },
  })
  putAssessment(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('code') code: string,
    @Body() body: PutAssessmentDto,
  ): Promise<ScenarioWorkingStatusDto> {
    return this.preparation.putAssessment(actor, id, code, body);
  }

  @ReadRoute('dossiers/:id/assessments', READ_DOSSIERS, [AssessmentRecordDto], {
    operationId: 'listAssessments',
    summary: 'Every working status recorded on the dossier, oldest first (the history)',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  history(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<AssessmentRecordDto[]> {
    return this.preparation.history(principal, id);
  }

  @CreateRoute('dossiers/:id/remediation', WRITE_DOSSIERS, RemediationDto, {
    operationId: 'createRemediation',
    summary: 'Adds an action to the remediation plan (a past target date is accepted and shows as overdue)',
    errors: { 400: 'VALIDATION_FAILED', 404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND', 409: 'DOSSIER_LOCKED' },
  })
  createRemediation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CreateRemediationDto,
  ): Promise<RemediationDto> {
    return this.preparation.createRemediation(actor, id, body);
  }

  @ReadRoute('dossiers/:id/remediation', READ_DOSSIERS, [RemediationDto], {
    operationId: 'listRemediation',
    summary: 'The remediation plan: every action with its current state, overdue ones flagged',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  listRemediation(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<RemediationDto[]> {
    return this.preparation.listRemediation(principal, id);
  }

  @WriteRoute('PATCH', 'remediation/:id', WRITE_DOSSIERS, RemediationDto, {
    operationId: 'updateRemediation',
    summary: 'Moves a remediation action to a new state (recorded as a new state change)',
    errors: { 400: 'UNKNOWN_REMEDIATION_STATE or VALIDATION_FAILED', 404: 'REMEDIATION_NOT_FOUND' },
  })
  patchRemediation(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: PatchRemediationDto,
  ): Promise<RemediationDto> {
    return this.preparation.patchRemediation(actor, id, body.state);
  }

  @ReadRoute('dossiers/:id/readiness', READ_DOSSIERS, ReadinessDto, {
    operationId: 'getReadinessReport',
    summary: 'Readiness: working statuses per family, what blocks submission, overdue remediation actions',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  readiness(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ReadinessDto> {
    return this.preparation.readiness(principal, id);
  }

  @DownloadRoute('dossiers/:id/readiness.pdf', READ_DOSSIERS, PDF_FILE, {
    operationId: 'downloadReadinessPdf',
    summary: 'The readiness report as a PDF',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  async readinessPdf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.exports.pdf(principal, id);
    sendFile(response, { type: PDF_FILE.mediaType, fileName: `preparation-${id.slice(0, 8)}.pdf`, content });
  }

  @DownloadRoute('dossiers/:id/readiness.xlsx', READ_DOSSIERS, XLSX_FILE, {
    operationId: 'downloadReadinessXlsx',
    summary: 'The readiness report as a workbook: statuses, blockers, remediation plan',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  async readinessXlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const content = await this.exports.xlsx(principal, id);
    sendFile(response, { type: XLSX_FILE.mediaType, fileName: `preparation-${id.slice(0, 8)}.xlsx`, content });
  }
}
