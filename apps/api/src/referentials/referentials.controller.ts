import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ANY_ROLE } from '../common/access/access.decorator.js';
import { CurrentPrincipal } from '../common/access/current-principal.decorator.js';
import type { Principal } from '../common/access/principal.js';
import {
  AssessRequestDto,
  AssessmentResponseDto,
  ListReferentialsQueryDto,
  ReferentialDto,
  ReferentialSummaryDto,
  ScenarioLookupDto,
} from './dto/index.js';
import { ReferentialsService } from './referentials.service.js';
import { ReadRoute, WriteRoute } from '../common/openapi/route.decorator.js';

@ApiTags('referentials')
@Controller('referentials')
export class ReferentialsController {
  constructor(private readonly referentials: ReferentialsService) {}

  @ReadRoute('/', { roles: ANY_ROLE, scope: 'any' }, [ReferentialSummaryDto], {
    operationId: 'listReferentials',
    summary: 'The référentiels, optionally filtered (e.g. ?programme=SEGUR&dispositif=LGC&vague=2)',
    errors: { 400: 'VALIDATION_FAILED' },
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListReferentialsQueryDto,
  ): Promise<ReferentialSummaryDto[]> {
    return this.referentials.list(query, principal);
  }

  @ReadRoute(':id', { roles: ANY_ROLE, scope: 'any' }, ReferentialDto, {
    operationId: 'getReferential',
    summary: 'A référentiel with its whole tree: questionnaire, requirements, scenarios, proofs',
    description: 'Immutable: the ETag is the content hash, so If-None-Match answers 304 once the client has it.',
    errors: { 404: 'REFERENTIAL_NOT_FOUND' },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    // Drafts answer 404 except to authority and platform admins, and are never cached by clients.
    const entry = await this.referentials.getForReader(principal, id);
    const cacheControl = entry.status === 'draft' ? 'private, no-cache' : 'public, max-age=300';
    entry.encoded.send(response, cacheControl);
  }

  @ReadRoute(':id/scenarios/:code', { roles: ANY_ROLE, scope: 'any' }, ScenarioLookupDto, {
    operationId: 'getScenario',
    summary: 'One scenario by code; « ANN 2.1 », « ANN.2.1 », « ann%202.1 » are the same code',
    errors: { 400: 'INVALID_CODE', 404: 'REFERENTIAL_NOT_FOUND or SCENARIO_NOT_FOUND' },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'code', example: 'ANN.2.1' })
  scenario(@Param('id') id: string, @Param('code') code: string): Promise<ScenarioLookupDto> {
    return this.referentials.scenario(id, code);
  }

  @WriteRoute('POST', ':id/assess', { roles: ANY_ROLE, scope: 'any' }, AssessmentResponseDto, {
    operationId: 'assessApplicability',
    summary: 'Which scenarios apply to a product with these answers, and why',
    description: 'Nothing is stored. Answers are validated against the questionnaire; errors name the key.',
    errors: { 400: 'INVALID_ANSWERS, VALIDATION_FAILED or MALFORMED_JSON', 404: 'REFERENTIAL_NOT_FOUND' },
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  assess(@Param('id') id: string, @Body() body: AssessRequestDto): Promise<AssessmentResponseDto> {
    return this.referentials.assess(id, body.answers);
  }
}
