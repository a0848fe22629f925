import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '@preuve/persistence';
import { Authenticated } from '../common/access/access.decorator.js';
import { AuditVerificationDto } from './dto/audit-verification.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('verify')
  @Authenticated({ roles: ['platform_admin'] })
  @ApiOperation({
    summary: 'Verifies the hash chain of the whole audit log and names the first broken link (platform admin)',
    description:
      'Recomputes the hash of every event in seq order and checks that each one carries the hash of the one before it. A changed event is reported as hash_mismatch, a removed one as prev_hash_mismatch at the next event.',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerificationDto> {
    return verifyAuditChain(this.dataSource.manager);
  }
}
