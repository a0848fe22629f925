import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config.js';
import { ReferentialsModule } from '../referentials/referentials.module.js';
import { DossierMoveController } from './dossier-move.controller.js';
import { DossierMoveService } from './dossier-move.service.js';
import { ReferentialVersionsController } from './referential-versions.controller.js';
import { GridImportSettings, ReferentialVersionsService } from './referential-versions.service.js';

/** Référentiel versions: grid import, overlays, publication, diff, and moving a dossier to a newer version. */
@Module({
  imports: [ReferentialsModule],
  controllers: [ReferentialVersionsController, DossierMoveController],
  providers: [
    ReferentialVersionsService,
    DossierMoveService,
    {
      provide: GridImportSettings,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        new GridImportSettings(config.get('maxGridBytes', { infer: true })),
    },
  ],
  exports: [ReferentialVersionsService],
})
export class ReferentialVersionsModule {}
