import { Global, Module } from '@nestjs/common';
import { ReferentialsModule } from '../referentials/referentials.module.js';
import { AdministrativeController } from './administrative.controller.js';
import { AdministrativeService } from './administrative.service.js';
import { CampaignAdminService } from './campaign-admin.service.js';
import { CampaignController } from './campaign.controller.js';
import { CampaignService } from './campaign.service.js';
import { ErrataController } from './errata.controller.js';
import { ErrataService } from './errata.service.js';
import { HomologationsService } from './homologations.service.js';
import { SegurStateService } from './segur-state.service.js';
import { ReferencementService } from './referencement.service.js';
import { ReferencementsController } from './referencements.controller.js';
import { SegurDossiers } from './segur-dossiers.js';

/**
 * The Ségur référencement procedure: administrative dossier, référencement, campaign dates.
 * Global: dossiers read its state (view extras, submission gates) and review its référencements,
 * and both come before it in AppModule.
 */
@Global()
@Module({
  imports: [ReferentialsModule],
  controllers: [AdministrativeController, ReferencementsController, CampaignController, ErrataController],
  providers: [
    SegurDossiers,
    AdministrativeService,
    CampaignService,
    CampaignAdminService,
    HomologationsService,
    ErrataService,
    SegurStateService,
    ReferencementService,
  ],
  exports: [CampaignService, SegurStateService, ReferencementService],
})
export class SegurModule {}
