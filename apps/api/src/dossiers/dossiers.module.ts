import { Module } from '@nestjs/common';
import { DossiersController } from './dossiers.controller.js';
import { DossiersService } from './dossiers.service.js';
import { SubmissionsService } from './submissions.service.js';

/**
 * Dossiers: answers, the dossier view, completeness and submission. It reads référentiels, the
 * Ségur state and HDS hosting through their global modules (see docs/architecture.md, "Modules").
 */
@Module({
  controllers: [DossiersController],
  providers: [DossiersService, SubmissionsService],
  exports: [DossiersService],
})
export class DossiersModule {}
