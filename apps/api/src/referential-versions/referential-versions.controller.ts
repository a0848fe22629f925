import { Body, Controller, Param, Req } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal } from '../common/access/principal.js';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import { REFERENTIAL_ADMINS } from '../referentials/referentials.service.js';
import {
  ImportGridRequestDto,
  ImportGridResponseDto,
  OverlayRequestDto,
  ReferentialDiffDto,
  ReferentialVersionDto,
} from './dto/referential-versions.dto.js';
import { receiveGrid } from './grid-upload.js';
import { ReferentialVersionsService } from './referential-versions.service.js';
import { ReadRoute, UploadRoute, WriteRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('referentials')
@Controller('referentials')
export class ReferentialVersionsController {
  constructor(private readonly versions: ReferentialVersionsService) {}

  @UploadRoute('import', { roles: REFERENTIAL_ADMINS }, ImportGridRequestDto, ImportGridResponseDto, {
    operationId: 'importGrid',
    summary: 'Imports the « Exigences » grid (XLSX or CSV) as a new draft version',
    description:
      'Columns are found by their header whatever the order, case or accents; extra columns are ignored. ' +
      'A grid with any bad row is refused whole (422 GRID_INVALID, `details.rows` names every bad row and column ' +
      'as `{ row, column, code, params, message }`: `code` a GRID_* problem code, `message` its English text). ' +
      'OVERLAY_INVALID gives `details.problems` (texts) and `details.overlayProblems` (`{ code, params, message }`). ' +
      'Authority and platform admins only.',
    errors: {
      400: 'VALIDATION_FAILED (missing or bad fields)',
      409: 'REFERENTIAL_VERSION_EXISTS',
      413: 'GRID_TOO_LARGE (MAX_GRID_BYTES, 10 MiB by default)',
      415: 'UNSUPPORTED_MEDIA_TYPE: not multipart',
      422: 'GRID_INVALID, GRID_UNREADABLE, GRID_COMPRESSION_SUSPICIOUS (a ZIP bomb), GRID_MIXED_ENCODING or OVERLAY_INVALID',
    },
  })
  async importGrid(@Req() request: Request, @CurrentActor() actor: Actor): Promise<ImportGridResponseDto> {
    const { file, fileName, fields } = await receiveGrid(request, this.versions.settings.maxGridBytes);
    return this.versions.importGridFile(file, fileName, fields, actor);
  }

  @WriteRoute('PUT', ':id/overlay', { roles: REFERENTIAL_ADMINS }, ReferentialVersionDto, {
    operationId: 'attachOverlay',
    summary: 'Attaches a YAML overlay (applicability rules, questionnaire) to a draft, replacing the previous one',
    errors: {
      400: 'VALIDATION_FAILED',
      404: 'REFERENTIAL_NOT_FOUND',
      409: 'REFERENTIAL_PUBLISHED: a published version never changes',
      422: 'OVERLAY_INVALID, with every problem: `details.problems` (texts), `details.overlayProblems` (`{ code, params, message }`)',
    },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  attachOverlay(
    @Param('id') id: string,
    @Body() body: OverlayRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<ReferentialVersionDto> {
    return this.versions.attachOverlay(id, body.overlay, actor);
  }

  @WriteRoute('POST', ':id/publish', { roles: REFERENTIAL_ADMINS }, ReferentialVersionDto, {
    operationId: 'publishReferential',
    summary: 'Publishes a draft: from then on it is immutable and dossiers may use it',
    errors: { 404: 'REFERENTIAL_NOT_FOUND', 409: 'REFERENTIAL_PUBLISHED: already published' },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  publish(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ReferentialVersionDto> {
    return this.versions.publish(id, actor);
  }

  @ReadRoute(':id/diff/:otherId', { roles: ANY_ROLE, scope: 'any' }, ReferentialDiffDto, {
    operationId: 'diffReferentials',
    summary: 'What the second version adds, removes and changes relative to the first, at each level',
    errors: { 404: 'REFERENTIAL_NOT_FOUND (drafts too, except for admins)' },
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The version compared from' })
  @ApiParam({ name: 'otherId', format: 'uuid', description: 'The version compared to' })
  diff(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Param('otherId') otherId: string,
  ): Promise<ReferentialDiffDto> {
    return this.versions.diff(principal, id, otherId);
  }
}
