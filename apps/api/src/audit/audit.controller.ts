import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { chainPendingAuditEvents, verifyAuditChain } from '@preuve/persistence';
import { AuditVerificationDto } from './dto/audit-verification.dto.js';
import { ReadRoute } from '../common/openapi/route.decorator.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @ReadRoute('verify', { roles: ['platform_admin'] }, AuditVerificationDto, {
    operationId: 'verifyAuditChain',
    summary: 'Verifies the hash chain of the whole audit log and names the first broken link (platform admin)',
    description:
      'Links any audit event still pending into the chain, then recomputes the hash of every event in seq order and checks that each one carries the hash of the one before it. A changed event is reported as hash_mismatch, a removed one as prev_hash_mismatch at the next event.',
  })
  async verify(): Promise<AuditVerificationDto> {
    // Events committed but not linked yet (a pass interrupted) are linked first, so that all are checked.
    await chainPendingAuditEvents(this.dataSource);
    return verifyAuditChain(this.dataSource.manager);
  }
}
