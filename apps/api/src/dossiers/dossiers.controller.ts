import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { DossiersService } from './dossiers.service.js';
import { CompletenessReportDto, SubmissionDto, SubmissionResultDto } from './dto/submission.dto.js';
import { SubmissionsService } from './submissions.service.js';
import {
  AuditEventDto,
  CreateDossierDto,
  DossierDto,
  DossierPageDto,
  ListDossiersQueryDto,
  PutAnswersDto,
} from './dto/dossier.dto.js';
import {
  CreateRoute,
  ReadRoute,
  ValidatedPageRoute,
  ValidatedRoute,
  WriteRoute,
} from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly dossiers: DossiersService,
    private readonly submissions: SubmissionsService,
  ) {}

  @CreateRoute('/', WRITE_DOSSIERS, DossierDto, {
    operationId: 'createDossier',
    summary: 'Opens a draft dossier for a product against a référentiel version',
    errors: { 400: 'VALIDATION_FAILED', 404: 'PRODUCT_NOT_FOUND or REFERENTIAL_NOT_FOUND' },
  })
  create(@CurrentActor() actor: Actor, @Body() body: CreateDossierDto): Promise<DossierDto> {
    return this.dossiers.create(actor, body);
  }

  @ValidatedPageRoute('/', READ_DOSSIERS, DossierPageDto, {
    operationId: 'listDossiers',
    summary: 'Dossiers, newest first: a vendor its own; reviewers every dossier submitted at least once',
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListDossiersQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    (await this.dossiers.list(principal, query)).send(response, 'private, no-cache');
  }

  @ValidatedRoute(':id', READ_DOSSIERS, DossierDto, {
    operationId: 'getDossier',
    summary: 'A dossier with its scenario tree: applicability, reasons, expected proofs, completeness',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const encoded = await this.dossiers.getEncoded(principal, id);
    // Private: another organisation's cache must not keep it; no-cache: revalidated every time.
    encoded.send(response, 'private, no-cache');
  }

  @WriteRoute('PUT', ':id/answers', WRITE_DOSSIERS, DossierDto, {
    operationId: 'saveAnswers',
    summary: 'Replaces the questionnaire answers and recomputes which scenarios apply',
    errors: {
      400: 'INVALID_ANSWERS (details.answers names each key) or VALIDATION_FAILED',
      404: 'DOSSIER_NOT_FOUND',
      409: 'DOSSIER_LOCKED',
    },
  })
  putAnswers(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PutAnswersDto): Promise<DossierDto> {
    return this.dossiers.putAnswers(actor, id, body.answers);
  }

  @ReadRoute(':id/completeness', READ_DOSSIERS, CompletenessReportDto, {
    operationId: 'getCompleteness',
    summary: 'What the dossier still lacks, in référentiel order (proofs without evidence, declarations not signed)',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  completeness(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<CompletenessReportDto> {
    return this.submissions.completeness(principal, id);
  }

  @WriteRoute('POST', ':id/submit', WRITE_DOSSIERS, SubmissionResultDto, {
    operationId: 'submitDossier',
    summary: 'Submits the dossier: freezes round N as a manifest with its SHA-256',
    description:
      'An incomplete dossier is refused with 422 DOSSIER_INCOMPLETE and details.missing. Afterwards the content is locked.',
    errors: { 404: 'DOSSIER_NOT_FOUND', 409: 'DOSSIER_LOCKED (already submitted)', 422: 'DOSSIER_INCOMPLETE' },
  })
  submit(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SubmissionResultDto> {
    return this.submissions.submit(actor, id);
  }

  @ReadRoute(':id/submissions', READ_DOSSIERS, [SubmissionDto], {
    operationId: 'listSubmissions',
    summary: 'The submissions of a dossier, one per round, with their frozen manifests',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  submissionsOf(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<SubmissionDto[]> {
    return this.submissions.list(principal, id);
  }

  @ReadRoute(':id/audit', READ_DOSSIERS, [AuditEventDto], {
    operationId: 'listDossierAudit',
    summary: "The dossier's audit events, oldest first",
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  audit(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<AuditEventDto[]> {
    return this.dossiers.auditTrail(principal, id);
  }
}
