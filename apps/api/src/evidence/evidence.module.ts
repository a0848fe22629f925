import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config.js';
import { UploadSettings } from './blob-store.provider.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';

/** Evidence uploads and downloads; the blob store itself is shared from CoreModule (health reads it too). */
@Module({})
export class EvidenceModule {
  static forConfig(config: Pick<AppConfig, 'maxUploadBytes'>): DynamicModule {
    return {
      module: EvidenceModule,
      controllers: [EvidenceController],
      providers: [EvidenceService, { provide: UploadSettings, useValue: new UploadSettings(config.maxUploadBytes) }],
    };
  }
}
