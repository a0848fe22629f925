import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { PDF_FILE } from '../common/openapi/operation.decorator.js';
import { sendFile } from '../common/http/file-response.js';
import { READ_DOSSIERS } from '../common/dossier/dossier-access.js';
import { DossierReferencementDto, ListReferencementsQueryDto, ReferencementDto } from './dto/referencement.dto.js';
import { ReferencementService } from './referencement.service.js';
import { DownloadRoute, ReadRoute } from '../common/openapi/route.decorator.js';

@ApiTags('segur')
@Controller()
export class ReferencementsController {
  constructor(private readonly referencements: ReferencementService) {}

  @ReadRoute('referencements', 'public', [ReferencementDto], {
    operationId: 'listReferencements',
    summary: 'Public list of referenced Ségur solutions, newest first (no sign-in), e.g. ?dispositif=LGC',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  list(@Query() query: ListReferencementsQueryDto): Promise<ReferencementDto[]> {
    return this.referencements.list(query);
  }

  @ReadRoute('dossiers/:id/referencement', READ_DOSSIERS, DossierReferencementDto, {
    operationId: 'getReferencement',
    summary: 'Ségur phase 3: the référencement of an approved dossier',
    errors: { 404: 'DOSSIER_NOT_FOUND or REFERENCEMENT_NOT_FOUND' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DossierReferencementDto> {
    return this.referencements.forDossier(principal, id);
  }

  @DownloadRoute('dossiers/:id/referencement/attestation', READ_DOSSIERS, PDF_FILE, {
    operationId: 'downloadAttestation',
    summary: 'The PDF attestation of référencement (it prints the approved manifest’s SHA-256)',
    description: 'Content-Digest carries the SHA-256 of the PDF, the same as attestationSha256.',
    errors: { 404: 'DOSSIER_NOT_FOUND or REFERENCEMENT_NOT_FOUND' },
  })
  async attestation(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { bytes, fileName, sha256 } = await this.referencements.attestation(principal, id);
    response.setHeader('Content-Digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
    sendFile(response, { type: PDF_FILE.mediaType, fileName, content: bytes });
  }
}
