import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal, RequestContext } from '../common/access/principal.js';
import { Authenticated } from '../common/access/access.decorator.js';
import { Context, CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { ApiErrors } from '../common/openapi/api-errors.decorator.js';
import { DOSSIER_READERS, DOSSIER_WRITERS } from '../common/dossier/dossier-access.js';
import { MoveDossierRequestDto, MoveOutcomeDto } from './dto/referential-versions.dto.js';
import { DossierMoveService } from './dossier-move.service.js';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossierMoveController {
  constructor(private readonly moves: DossierMoveService) {}

  @Post(':id/move')
  @HttpCode(200)
  @Authenticated({ roles: DOSSIER_WRITERS, scope: 'dossiers:write' })
  @ApiOperation({
    operationId: 'moveDossier',
    summary: 'Moves an open dossier to a newer published version of its référentiel (audited)',
    description:
      'Evidence and declarations follow where their proof or scenario code still exists; the rest is listed in ' +
      '`needsAttention`, with answers the new questionnaire no longer accepts and scenarios that are new or changed.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: MoveOutcomeDto })
  @ApiErrors({
    400: 'VALIDATION_FAILED or MALFORMED_JSON',
    404: 'DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND',
    409: 'DOSSIER_LOCKED (not open), MOVE_REFUSED (another référentiel, or not a newer version)',
  })
  move(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: MoveDossierRequestDto,
    @Context() context: RequestContext,
  ): Promise<MoveOutcomeDto> {
    return this.moves.move(principal, id, body.referentialId, context);
  }

  @Post(':id/move/preview')
  @HttpCode(200)
  @Authenticated({ roles: DOSSIER_READERS, scope: 'dossiers:read' })
  @ApiOperation({
    operationId: 'previewDossierMove',
    summary: 'What a move to that version would carry and leave needing attention, without moving',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: MoveOutcomeDto })
  @ApiErrors({
    400: 'VALIDATION_FAILED or MALFORMED_JSON',
    404: 'DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND',
    409: 'DOSSIER_LOCKED or MOVE_REFUSED',
  })
  preview(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: MoveDossierRequestDto,
  ): Promise<MoveOutcomeDto> {
    return this.moves.preview(principal, id, body.referentialId);
  }
}
