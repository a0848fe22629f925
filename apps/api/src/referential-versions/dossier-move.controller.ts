import { Body, Controller, Param } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../common/access/principal.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { READ_DOSSIERS, WRITE_DOSSIERS } from '../common/dossier/dossier-access.js';
import { MoveDossierRequestDto, MoveOutcomeDto } from './dto/referential-versions.dto.js';
import { DossierMoveService } from './dossier-move.service.js';
import { WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('dossiers')
@Controller('dossiers')
export class DossierMoveController {
  constructor(private readonly moves: DossierMoveService) {}

  @WriteRoute('POST', ':id/move', WRITE_DOSSIERS, MoveOutcomeDto, {
    operationId: 'moveDossier',
    summary: 'Moves an open dossier to a newer published version of its référentiel (audited)',
    description:
      'Evidence and declarations follow where their proof or scenario code still exists; the rest is listed in ' +
      '`needsAttention`, with answers the new questionnaire no longer accepts and scenarios that are new or changed.',
    errors: {
      400: 'VALIDATION_FAILED or MALFORMED_JSON',
      404: 'DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND',
      409: 'DOSSIER_LOCKED (not open), MOVE_REFUSED (another référentiel, or not a newer version)',
    },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  move(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: MoveDossierRequestDto,
  ): Promise<MoveOutcomeDto> {
    return this.moves.move(actor, id, body.referentialId);
  }

  @WriteRoute('POST', ':id/move/preview', READ_DOSSIERS, MoveOutcomeDto, {
    operationId: 'previewDossierMove',
    summary: 'What a move to that version would carry and leave needing attention, without moving',
    errors: {
      400: 'VALIDATION_FAILED or MALFORMED_JSON',
      404: 'DOSSIER_NOT_FOUND or REFERENTIAL_NOT_FOUND',
      409: 'DOSSIER_LOCKED or MOVE_REFUSED',
    },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  preview(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: MoveDossierRequestDto,
  ): Promise<MoveOutcomeDto> {
    return this.moves.preview(principal, id, body.referentialId);
  }
}
