import { pipeline } from 'node:stream/promises';
import { Body, Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../common/access/principal.js';
import { Authenticated, type AccessRule } from '../common/access/access.decorator.js';
import { CurrentPrincipal, CurrentSignedLink } from '../common/access/current-principal.decorator.js';
import { ApiOperationDoc } from '../common/openapi/operation.decorator.js';
import { AppError } from '../common/errors/app-error.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { drainThenClose } from '../common/http/drain.js';
import { setFileSecurityHeaders } from '../common/http/file-response.js';
import { requestedDisposition, SignedLinkDto, SignedLinkOptionsDto } from '../common/http/signed-link.dto.js';
import type { LinkGrant } from '../common/access/link-grant.js';
import { SignedLinks } from '../security/signed-links.js';
import { DOSSIER_WRITERS, READ_DOSSIERS } from '../common/dossier/dossier-access.js';
import { EvidenceDto, EvidenceUploadDto } from './dto/evidence.dto.js';
import { EvidenceService, evidenceDto } from './evidence.service.js';
import { contentDisposition, parseRange } from './range.js';
import { ReadRoute, SignedLinkRoute, UploadRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

/** Who uploads evidence: the dossier's writers, and API tokens with the scope evidence:write. */
const UPLOAD_EVIDENCE: AccessRule = { roles: DOSSIER_WRITERS, scope: 'evidence:write' };

/** Types a browser may show in the page; everything else downloads. */
const INLINE = /^(video|image)\/|^application\/pdf$/;

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly links: SignedLinks,
  ) {}

  @UploadRoute('dossiers/:id/evidence', UPLOAD_EVIDENCE, EvidenceUploadDto, EvidenceDto, {
    operationId: 'uploadEvidence',
    summary: 'Uploads evidence for a proof (streamed; a new upload to the same proof is version n+1)',
    description:
      'multipart/form-data with `proof`, `file` and optionally `description`; send `proof` before `file` to be refused early. ' +
      'The real type is sniffed from the bytes and must suit the proof.',
    errors: {
      400: 'VALIDATION_FAILED (no proof, no file, an empty file, two files) or INVALID_CODE (not a proof code)',
      404: 'DOSSIER_NOT_FOUND or PROOF_NOT_FOUND',
      409: 'DOSSIER_LOCKED',
      413: 'PAYLOAD_TOO_LARGE (MAX_UPLOAD_BYTES)',
      415: 'UNSUPPORTED_MEDIA_TYPE: the real content type does not suit the proof',
      422: 'PROOF_NOT_APPLICABLE',
    },
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceDto> {
    try {
      return await this.evidence.upload(actor, id, request);
    } catch (error) {
      // Refused mid-body: answer, read (and drop) the rest long enough for the client to read the answer, close.
      drainThenClose(request, response);
      throw error;
    }
  }

  @ReadRoute('dossiers/:id/evidence', READ_DOSSIERS, [EvidenceDto], {
    operationId: 'listEvidence',
    summary: 'Every evidence version of a dossier',
    errors: { 404: 'DOSSIER_NOT_FOUND' },
  })
  list(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<EvidenceDto[]> {
    return this.evidence.list(principal, id);
  }

  @ReadRoute('evidence/:id', READ_DOSSIERS, EvidenceDto, {
    operationId: 'getEvidence',
    summary: 'One evidence version, with its pre-check findings',
    errors: { 404: 'EVIDENCE_NOT_FOUND' },
  })
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<EvidenceDto> {
    return evidenceDto(await this.evidence.get(principal, id));
  }

  @SignedLinkRoute('evidence/:id/link', READ_DOSSIERS, {
    operationId: 'createEvidenceLink',
    summary: 'A short-lived signed link to the content, for <video>, <img> and PDF previews (no Authorization needed)',
    description:
      'Who may read the content may ask for a link. The link opens GET /evidence/{id}/content for this evidence ' +
      'only, Range requests included, until expiresAt (30 minutes by default), and stops working when the ' +
      "issuer's session ends or its API token is revoked. `disposition` (body or query): `inline` to show the " +
      'file in the page, `attachment` (default) to download it.',
    errors: { 404: 'EVIDENCE_NOT_FOUND' },
  })
  async link(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: SignedLinkOptionsDto,
    @Query() query: SignedLinkOptionsDto,
  ): Promise<SignedLinkDto> {
    const disposition = requestedDisposition(body, query);
    const evidence = await this.evidence.get(principal, id);
    return this.links.issueLink('evidence-content', evidence.id, disposition, principal);
  }

  @Get('evidence/:id/content')
  @Authenticated({ ...READ_DOSSIERS, signedLink: 'evidence-content' })
  // Not ApiDownload: the media type is each file's own, and the errors stay documented as JSON.
  @ApiOperationDoc(
    {
      operationId: 'downloadEvidence',
      summary: 'The exact bytes, streamed, with Content-Digest (RFC 9530); Range requests are served (206)',
      description:
        'With Authorization, or with a signed link (`?access=`, from POST /evidence/{id}/link) and no Authorization. ' +
        'Images, videos and PDFs are served inline, other files as attachments; through a link, as the link says.',
      errors: { 404: 'EVIDENCE_NOT_FOUND' },
    },
    ApiOkResponse({
      description: 'The file',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    }),
  )
  async content(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Headers('range') rangeHeader: string | undefined,
    @CurrentSignedLink() link: LinkGrant | null,
    @Res() response: Response,
  ): Promise<void> {
    const evidence = await this.evidence.get(principal, id);
    const size = Number(evidence.size);
    const digest = `sha-256=:${Buffer.from(evidence.sha256, 'hex').toString('base64')}:`;
    const range = parseRange(rangeHeader, size);
    if (range === 'invalid') {
      response.setHeader('Content-Range', `bytes */${size}`);
      throw new AppError(
        ErrorCode.RangeNotSatisfiable,
        `Ask for one range of bytes within 0-${size - 1}, e.g. « bytes=0-1023 ».`,
      );
    }
    response.setHeader('Content-Type', evidence.mediaType);
    const disposition = link?.disposition ?? (INLINE.test(evidence.mediaType) ? 'inline' : 'attachment');
    response.setHeader('Content-Disposition', contentDisposition(disposition, evidence.fileName));
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('ETag', `"${evidence.sha256}"`);
    response.setHeader('Repr-Digest', digest);
    setFileSecurityHeaders(response);
    response.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
    if (range) {
      response.status(206);
      response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      response.setHeader('Content-Length', range.end - range.start + 1);
    } else {
      response.setHeader('Content-Digest', digest);
      response.setHeader('Content-Length', size);
    }
    await pipeline(this.evidence.read(evidence, range ?? undefined), response).catch(() => {
      // The client went away mid-download: nothing to answer any more.
      response.destroy();
    });
  }
}
