import { Module } from '@nestjs/common';
import { ReferentialsModule } from '../referentials/referentials.module.js';
import { PreparationController } from './preparation.controller.js';
import { PreparationService } from './preparation.service.js';
import { ReadinessExports } from './readiness-exports.js';

/** Vendor preparation: working statuses, conformity texts, waiver justifications, remediation plans, readiness. */
@Module({
  imports: [ReferentialsModule],
  controllers: [PreparationController],
  providers: [PreparationService, ReadinessExports],
})
export class PreparationModule {}
