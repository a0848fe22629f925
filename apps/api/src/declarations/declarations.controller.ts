import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal, CurrentSignedLink } from '../common/access/current-principal.decorator.js';
import { PDF_FILE } from '../common/openapi/operation.decorator.js';
import { sendFile } from '../common/http/file-response.js';
import { requestedDisposition, SignedLinkDto, SignedLinkOptionsDto } from '../common/http/signed-link.dto.js';
import type { Principal } from '../common/access/principal.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import type { LinkGrant } from '../common/access/link-grant.js';
import { SignedLinks } from '../security/signed-links.js';
import { DeclarationsService } from './declarations.service.js';
import { CreateDeclarationDto, DeclarationDto, StatementDto } from './dto/declaration.dto.js';
import { CreateRoute, DownloadRoute, ReadRoute, SignedLinkRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('declarations')
@Controller()
export class DeclarationsController {
  constructor(
    private readonly declarations: DeclarationsService,
    private readonly links: SignedLinks,
  ) {}

  @ReadRoute('declarations/statement', { roles: ANY_ROLE, scope: 'any' }, StatementDto, {
    operationId: 'getDeclarationStatement',
    summary: 'The sworn statement a declarant accepts, its version, the roles and the justification bounds',
  })
  statement(): StatementDto {
    return this.declarations.statement();
  }

  @CreateRoute('dossiers/:id/declarations', WRITE_DOSSIERS, DeclarationDto, {
    operationId: 'createDeclaration',
    summary: 'Signs a sworn declaration that a scenario does not apply (déclaration sur l’honneur)',
    description:
      'Never edited: a new declaration for the same scenario supersedes the previous one, and both are kept.',
    errors: {
      400: 'VALIDATION_FAILED or INVALID_CODE',
      404: 'DOSSIER_NOT_FOUND or SCENARIO_NOT_FOUND',
      409: 'DOSSIER_LOCKED',
      422: 'DECLARATION_NOT_REQUIRED',
    },
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CreateDeclarationDto,
  ): Promise<DeclarationDto> {
    return this.declarations.create(actor, id, body);
  }

  @ReadRoute('dossiers/:id/declarations', READ_DOSSIERS, [DeclarationDto], {
    operationId: 'listDeclarations',
    summary: 'Every declaration of a dossier, oldest first, superseded ones marked',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DeclarationDto[]> {
    return this.declarations.list(principal, id);
  }

  @ReadRoute('declarations/:id', READ_DOSSIERS, DeclarationDto, {
    operationId: 'getDeclaration',
    summary: 'A declaration, with the statement text it was signed with',
    errors: { 404: 'DECLARATION_NOT_FOUND' },
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<DeclarationDto> {
    return this.declarations.get(principal, id);
  }

  @SignedLinkRoute('declarations/:id/pdf-link', READ_DOSSIERS, {
    operationId: 'createDeclarationPdfLink',
    summary: 'A short-lived signed link to the declaration PDF, for a preview in an <iframe> (no Authorization needed)',
    description:
      'Like POST /evidence/{id}/link: the link opens GET /declarations/{id}/pdf for this declaration only, until ' +
      'expiresAt. `disposition` (body or query): `inline` to show it in the page, `attachment` (default) to download it.',
    errors: { 404: 'DECLARATION_NOT_FOUND' },
  })
  async pdfLink(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: SignedLinkOptionsDto,
    @Query() query: SignedLinkOptionsDto,
  ): Promise<SignedLinkDto> {
    const disposition = requestedDisposition(body, query);
    const declaration = await this.declarations.get(principal, id);
    return this.links.issueLink('declaration-pdf', declaration.id, disposition, principal);
  }

  @DownloadRoute('declarations/:id/pdf', { ...READ_DOSSIERS, signedLink: 'declaration-pdf' }, PDF_FILE, {
    operationId: 'downloadDeclarationPdf',
    summary: 'The declaration as a PDF, carrying its SHA-256',
    description:
      'With Authorization (as an attachment), or with a signed link (`?access=`, from POST /declarations/{id}/pdf-link) ' +
      'and no Authorization, as the link says.',
    errors: { 404: 'DECLARATION_NOT_FOUND' },
  })
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @CurrentSignedLink() link: LinkGrant | null,
    @Res() response: Response,
  ): Promise<void> {
    // The file name is ASCII (scenario code and id).
    const { fileName, content } = await this.declarations.pdf(principal, id);
    sendFile(response, { type: 'application/pdf', fileName, content, disposition: link?.disposition });
  }
}
