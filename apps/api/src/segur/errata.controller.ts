import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { ErratumDto, ErratumRequestDto } from './dto/errata.dto.js';
import { ErrataService } from './errata.service.js';
import { CreateRoute, ReadRoute } from '../common/openapi/route.decorator.js';
import { CurrentActor, type Actor } from '../common/access/actor.decorator.js';

@ApiTags('referentials')
@Controller('referentials/:id/errata')
export class ErrataController {
  constructor(private readonly errata: ErrataService) {}

  @ReadRoute('/', { roles: ANY_ROLE, scope: 'any' }, [ErratumDto], {
    operationId: 'listErrata',
    summary: 'The errata of a référentiel (FAQ answers amending it), oldest first',
    errors: { 404: 'REFERENTIAL_NOT_FOUND' },
  })
  list(@Param('id') id: string): Promise<ErratumDto[]> {
    return this.errata.list(id);
  }

  @CreateRoute('/', { roles: ['platform_admin', 'reviewer', 'review_lead'], scope: 'review:write' }, ErratumDto, {
    operationId: 'createErratum',
    summary:
      'Authority: records a dated erratum (reference replaced, requirement withdrawn, alternative proof, clarification)',
    description:
      'Never edited. From effectiveFrom it applies to every dossier not yet decided: a withdrawn requirement needs nothing, an alternative proof is offered.',
    errors: { 400: 'VALIDATION_FAILED', 404: 'REFERENTIAL_NOT_FOUND', 422: 'UNKNOWN_ERRATUM_TARGET' },
  })
  create(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ErratumRequestDto): Promise<ErratumDto> {
    return this.errata.create(actor, id, body);
  }
}
